package dev.roletck.matrix;

import dev.roletck.model.Id;
import dev.roletck.model.Ids;
import dev.roletck.model.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a rule or a conformance case belongs to. The seven <em>rule groups</em> (RULINGS §5) are the six
 * tables and the assignment rules: an implementation implements some of them. The two <em>checks</em>
 * run across the rule groups: {@link #GENERATED} (generated requests compared with the reference
 * policy) and {@link #FAIL_CLOSED} (invalid requests that must be refused); a case of a check also
 * belongs to the rule group it asks about.
 */
public enum Group implements Id {
    ORGANIZATION_ROLES(Table.ORGANIZATION_ROLES, "organization_roles"),
    WEBEX_SITE_ROLES(Table.WEBEX_SITE_ROLES, "webex_site_roles"),
    CONTACT_CENTER(Table.CONTACT_CENTER, "contact_center"),
    CONTACT_CENTER_ROLE_ASSIGNMENT(Table.CONTACT_CENTER_ROLE_ASSIGNMENT, "contact_center_role_assignment"),
    EXTERNAL_ADMIN_ROLES(Table.EXTERNAL_ADMIN_ROLES, "external_admin_roles"),
    PARTNER_SALES_ROLES(Table.PARTNER_SALES_ROLES, "partner_sales_roles"),
    ASSIGNMENT(null, "assignment"),
    /** Generated requests, each compared with the reference policy's answer. */
    GENERATED(null, "generated"),
    /** Invalid requests, each of which must be answered with an error. */
    FAIL_CLOSED(null, "fail_closed");

    private static final Map<String, Group> BY_ID = Ids.index(Group.class);
    private final Table table;
    private final String id;

    Group(Table table, String id) {
        this.table = table;
        this.id = id;
    }

    @Override public String id() { return id; }

    /** Whether this is one of the seven rule groups an implementation can implement, not a check. */
    public boolean isRuleGroup() { return this != GENERATED && this != FAIL_CLOSED; }

    /** The seven rule groups, in order. */
    public static List<Group> ruleGroups() { return Arrays.stream(values()).filter(Group::isRuleGroup).toList(); }

    /** The two checks, in order. */
    public static List<Group> checks() { return List.of(GENERATED, FAIL_CLOSED); }

    /** The table of a table group; empty for {@link #ASSIGNMENT} and the checks. */
    public Optional<Table> table() { return Optional.ofNullable(table); }

    public static Group of(Table table) { return valueOf(table.name()); }

    public static Optional<Group> fromId(String id) { return Ids.find(BY_ID, id); }
}

package dev.roletck.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The six privilege tables of RULINGS §3, each with the roles it lists (its columns) and the
 * relations it declares. A request whose relation a table does not declare is answered
 * not_applicable by that rule, not by cells.
 */
public enum Table implements Id {
    ORGANIZATION_ROLES("organization_roles",
            EnumSet.of(Relation.CUSTOMER),
            List.of(Role.FULL_ADMIN, Role.READ_ONLY_ADMIN, Role.SUPPORT_ADMIN, Role.USER_DEVICE_ADMIN,
                    Role.DEVICE_ADMIN, Role.COMPLIANCE_OFFICER, Role.ADVANCED_TROUBLESHOOTING_ACCESS)),
    WEBEX_SITE_ROLES("webex_site_roles",
            EnumSet.allOf(Relation.class),
            List.of(Role.WEBEX_SITE_ADMIN, Role.WEBEX_USER_ADMIN, Role.WEBEX_READ_ONLY_ADMIN,
                    Role.MEETING_CONTENT_ADMIN)),
    CONTACT_CENTER("contact_center",
            EnumSet.allOf(Relation.class),
            List.of(Role.FULL_ADMIN, Role.CONTACT_CENTER_SERVICE_ADMIN, Role.PROVISIONING_ADMIN,
                    Role.READ_ONLY_ADMIN, Role.SUPERVISOR)),
    CONTACT_CENTER_ROLE_ASSIGNMENT("contact_center_role_assignment",
            EnumSet.allOf(Relation.class),
            List.of(Role.FULL_ADMIN, Role.CONTACT_CENTER_SERVICE_ADMIN)),
    EXTERNAL_ADMIN_ROLES("external_admin_roles",
            EnumSet.of(Relation.PARTNER, Relation.OTHER),
            List.of(Role.FULL_ADMIN, Role.READ_ONLY_ADMIN, Role.PROVISIONING_ADMIN)),
    PARTNER_SALES_ROLES("partner_sales_roles",
            EnumSet.of(Relation.PARTNER),
            List.of(Role.FULL_ADMIN, Role.FULL_SALES_ADMIN, Role.SALES_ADMIN, Role.PROVISIONING_ADMIN));

    private static final Map<String, Table> BY_ID = Ids.index(Table.class);

    private final String id;
    private final Set<Relation> relations;
    private final List<Role> roles;

    Table(String id, EnumSet<Relation> relations, List<Role> roles) {
        this.id = id;
        this.relations = java.util.Collections.unmodifiableSet(relations);
        this.roles = roles;
    }

    @Override public String id() { return id; }

    /** The relations this table declares, in the order customer, partner, other. */
    public Set<Relation> relations() { return relations; }

    public boolean declares(Relation relation) { return relations.contains(relation); }

    /** The roles this table lists, in column order. */
    public List<Role> roles() { return roles; }

    public boolean lists(Role role) { return roles.contains(role); }

    /** The capabilities (rows) of this table, in row order. */
    public List<Capability> capabilities() {
        return Arrays.stream(Capability.values()).filter(c -> c.table() == this).toList();
    }

    public static Optional<Table> fromId(String id) { return Ids.find(BY_ID, id); }
}

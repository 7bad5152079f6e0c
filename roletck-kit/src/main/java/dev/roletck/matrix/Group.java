package dev.roletck.matrix;

import dev.roletck.model.Id;
import dev.roletck.model.Ids;
import dev.roletck.model.Table;
import java.util.Map;
import java.util.Optional;

/** What a rule or a conformance case belongs to: one of the six tables, or the assignment rules (RULINGS §5). */
public enum Group implements Id {
    ORGANIZATION_ROLES(Table.ORGANIZATION_ROLES),
    WEBEX_SITE_ROLES(Table.WEBEX_SITE_ROLES),
    CONTACT_CENTER(Table.CONTACT_CENTER),
    CONTACT_CENTER_ROLE_ASSIGNMENT(Table.CONTACT_CENTER_ROLE_ASSIGNMENT),
    EXTERNAL_ADMIN_ROLES(Table.EXTERNAL_ADMIN_ROLES),
    PARTNER_SALES_ROLES(Table.PARTNER_SALES_ROLES),
    ASSIGNMENT(null);

    private static final Map<String, Group> BY_ID = Ids.index(Group.class);
    private final Table table;

    Group(Table table) { this.table = table; }

    @Override public String id() { return table == null ? "assignment" : table.id(); }

    /** The table of a table group; empty for {@link #ASSIGNMENT}. */
    public Optional<Table> table() { return Optional.ofNullable(table); }

    public static Group of(Table table) { return valueOf(table.name()); }

    public static Optional<Group> fromId(String id) { return Ids.find(BY_ID, id); }
}

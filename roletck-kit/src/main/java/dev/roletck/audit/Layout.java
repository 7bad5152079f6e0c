package dev.roletck.audit;

import java.util.List;

/**
 * The two column layouts of the administrator-list export (READING table F, RULINGS §1): the older
 * five-column export of seed 002 and the newer three-column export of seed 004.
 */
public enum Layout {
    /** First name, last name, display name, user ID/e-mail, admin role (seed 002, l.44-66). */
    FIVE_COLUMNS("five", "002_eb43fb2dbe00fd3d.txt:44",
            List.of(Column.FIRST_NAME, Column.LAST_NAME, Column.DISPLAY_NAME, Column.USER_ID_EMAIL, Column.ADMIN_ROLES)),
    /** First/last name, user ID/e-mail, admin role as a comma-separated list (seed 004, l.55-69). */
    THREE_COLUMNS("three", "004_56a03cdc9c18ca52.txt:55",
            List.of(Column.NAME, Column.USER_ID_EMAIL, Column.ADMIN_ROLES));

    private final String id;
    private final String seed;
    private final List<Column> columns;

    Layout(String id, String seed, List<Column> columns) {
        this.id = id;
        this.seed = seed;
        this.columns = columns;
    }

    /** The id the catalog's messages select on: {@code five} or {@code three}. */
    public String id() { return id; }

    /** The seed line where the layout's table starts. */
    public String seed() { return seed; }

    /** The columns, in the order the seed lists them. */
    public List<Column> columns() { return columns; }

    /** The columns of a CSV export; each has a {@code column.<id>} label in every language. */
    public enum Column {
        FIRST_NAME("first_name"), LAST_NAME("last_name"), DISPLAY_NAME("display_name"),
        USER_ID_EMAIL("user_id_email"), ADMIN_ROLES("admin_roles"), NAME("name");

        private final String id;

        Column(String id) { this.id = id; }

        public String id() { return id; }

        /** The catalog key of the column's localized header. */
        public String key() { return "column." + id; }

        static java.util.Optional<Column> fromKey(String key) {
            for (Column c : values()) if (c.key().equals(key)) return java.util.Optional.of(c);
            return java.util.Optional.empty();
        }
    }
}

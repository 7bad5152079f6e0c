package dev.roletck.audit;

import dev.roletck.model.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/** The checks of one audit, row by row, and R03 at the end. */
final class AuditChecks {
    private final Export export;
    private final RoleNames names;
    private final AdminListAudit.Listener listener;
    private final int userColumn;
    private final int rolesColumn;
    private final UserSet users = new UserSet();
    private long rows;
    private long warnings;
    private long violations;
    private long errors;
    private long fullAdmins;
    private long firstFullAdminLine;
    private String firstFullAdmin = "";

    AuditChecks(Export export, RoleNames names, AdminListAudit.Listener listener) {
        this.export = export;
        this.names = names;
        this.listener = listener;
        this.userColumn = export.indexOf(Layout.Column.USER_ID_EMAIL);
        this.rolesColumn = export.indexOf(Layout.Column.ADMIN_ROLES);
    }

    /** Checks one row; false when the row (or a cell of it) could not be read. */
    boolean row(AdminListReader.Row row) {
        rows++;
        long before = errors;
        String[] v = row.values();
        int expected = export.columns().size();
        if (v.length != expected) {
            Fields.Spans spans = Fields.scan(row.raw(), start(row), row.raw().length(), export.delimiter().character());
            int at = v.length > expected && expected < spans.count() ? spans.starts()[expected] : spans.rowEnd();
            report(Finding.Kind.RAGGED_ROW, row, at, user(v), Map.of("found", v.length, "expected", expected));
            return false;
        }
        String user = user(v);
        String cell = v[rolesColumn];
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        boolean ownFullAdmin = false;
        boolean none = false;
        boolean unreadable = false;
        if (cell.isBlank()) {
            report(Finding.Kind.EMPTY_ROLES, row, rolesAt(row), user, Map.of("none", names.none(export.language())));
            return false;
        }
        int from = 0;
        while (from <= cell.length()) {
            int comma = cell.indexOf(',', from);
            int to = comma < 0 ? cell.length() : comma;
            String token = cell.substring(from, to);
            RoleNames.Name name = names.resolve(token);
            if (name instanceof RoleNames.Known k) {
                roles.add(k.role());
                if (k.role() == Role.FULL_ADMIN && !k.external()) ownFullAdmin = true;
                if (!k.language().getLanguage().equals(export.language().getLanguage())) {
                    report(Finding.Kind.OTHER_LANGUAGE, row, rolesAt(row), user, Map.of("text", token.strip(),
                            "language", k.language().toLanguageTag(), "file_language", export.language().toLanguageTag(),
                            "role", k.role(), "expected", names.label(k.key(), export.language())));
                }
            } else if (name instanceof RoleNames.NoRole) {
                none = true;
            } else if (name instanceof RoleNames.Unknown u) {
                unreadable = true;
                report(Finding.Kind.UNKNOWN_ROLE, row, rolesAt(row), user, Map.of("text", token.strip(),
                        "suggested", u.suggestions().isEmpty() ? "no" : "yes", "suggestions", u.suggestions(),
                        "locale", export.language().toLanguageTag()));
            }
            if (comma < 0) break;
            from = comma + 1;
        }
        if (none && (unreadable || !roles.isEmpty())) {
            report(Finding.Kind.NONE_WITH_ROLES, row, rolesAt(row), user, Map.of("none", names.none(export.language())));
        } else if (none && export.layout() == Layout.FIVE_COLUMNS) {
            report(Finding.Kind.NONE_ROW, row, rolesAt(row), user, Map.of("text", cell.strip()));
        }
        List<Role> clash = new ArrayList<>();
        for (Role r : AdminListAudit.EXCLUSIVE) if (roles.contains(r)) clash.add(r);
        if (clash.size() > 1) {
            report(Finding.Kind.EXCLUSIVE_ROLES, row, rolesAt(row), user, Map.of("roles", clash, "exclusive", AdminListAudit.EXCLUSIVE));
        }
        if (ownFullAdmin) {
            if (fullAdmins == 0) {
                firstFullAdminLine = row.line();
                firstFullAdmin = user;
            }
            fullAdmins++;
        }
        String id = v[userColumn].strip();
        if (!id.isEmpty()) {
            long first = users.addOrGet(id.toLowerCase(Locale.ROOT), row.line());
            if (first != 0) {
                report(Finding.Kind.DUPLICATE_USER, row, fieldAt(row, userColumn), user, Map.of("first", first));
            }
        }
        return errors == before;
    }

    AdminListAudit.Summary finish() {
        if (fullAdmins < 2) {
            Finding f = new Finding(Finding.Kind.FEW_FULL_ADMINS,
                    fullAdmins == 1 ? OptionalLong.of(firstFullAdminLine) : OptionalLong.empty(),
                    fullAdmins == 1 ? 1 : 0, firstFullAdmin, Map.of("count", fullAdmins));
            count(f);
            listener.finding(f);
        }
        return new AdminListAudit.Summary(rows, warnings, violations, errors, fullAdmins);
    }

    /** The user a row is about: the user ID/e-mail, else the name. */
    private String user(String[] v) {
        if (userColumn < v.length && !v[userColumn].isBlank()) return v[userColumn].strip();
        List<String> parts = new ArrayList<>();
        for (Layout.Column c : List.of(Layout.Column.NAME, Layout.Column.DISPLAY_NAME, Layout.Column.FIRST_NAME, Layout.Column.LAST_NAME)) {
            int i = export.indexOf(c);
            if (i >= 0 && i < v.length && !v[i].isBlank()) {
                parts.add(v[i].strip());
                if (c != Layout.Column.FIRST_NAME) break;
            }
        }
        return String.join(" ", parts);
    }

    private int start(AdminListReader.Row row) {
        String raw = row.raw();
        int i = 0;
        while (i < raw.length() && (raw.charAt(i) == '\n' || raw.charAt(i) == '\r')) i++;
        return i;
    }

    private int rolesAt(AdminListReader.Row row) {
        return fieldAt(row, rolesColumn);
    }

    private int fieldAt(AdminListReader.Row row, int field) {
        Fields.Spans spans = Fields.scan(row.raw(), start(row), row.raw().length(), export.delimiter().character());
        return field < spans.count() ? spans.starts()[field] : spans.rowEnd();
    }

    private void report(Finding.Kind kind, AdminListReader.Row row, int offset, String user, Map<String, Object> args) {
        String raw = row.raw();
        int lead = start(row);
        long line = row.line() + Fields.lineBreaks(raw, lead, offset);
        int column = Fields.column(raw, lead, offset);
        Map<String, Object> all = new HashMap<>(args);
        all.put("user", user);
        Finding f = new Finding(kind, OptionalLong.of(line), column, user, all);
        count(f);
        listener.finding(f);
    }

    private void count(Finding f) {
        switch (f.severity()) {
            case WARNING -> warnings++;
            case VIOLATION -> violations++;
            case ERROR -> errors++;
        }
    }
}

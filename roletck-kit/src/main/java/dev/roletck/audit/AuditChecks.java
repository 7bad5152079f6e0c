package dev.roletck.audit;

import dev.roletck.model.Role;
import dev.roletck.output.PrintableText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/** The checks of one audit, row by row, and R03 at the end. */
final class AuditChecks {
    /** The longest text of the file a finding quotes (a role name, a user id). */
    private static final int QUOTED = 300;
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
        if (row.hasQuote()) {
            String raw = row.raw();
            Fields.Spans spans = Fields.scan(raw, start(row), raw.length(), export.delimiter().character());
            if (spans.problem() == Fields.Problem.AFTER_QUOTE) {
                report(Finding.Kind.AFTER_QUOTE, row, spans.problemAt(), user(v), Map.of());
                return false;
            }
        }
        int expected = export.columns().size();
        if (v.length != expected) {
            Fields.Spans spans = Fields.scan(row.raw(), start(row), row.raw().length(), export.delimiter().character());
            int at = v.length > expected && expected < spans.count() ? spans.starts()[expected] : spans.rowEnd();
            report(Finding.Kind.RAGGED_ROW, row, at, user(v), Map.of("found", v.length, "expected", expected));
            return false;
        }
        String user = user(v);
        String cell = v[rolesColumn];
        if (cell.isBlank()) {
            report(Finding.Kind.EMPTY_ROLES, row, rolesAt(row), user, Map.of("none", names.none(export.language())));
            return false;
        }
        Cell c = cells.get(cell);
        if (c == null) {
            c = read(cell);
            if (cells.size() < CELLS) cells.put(cell, c);
        }
        for (RoleNames.Known k : c.otherLanguage()) {
            report(Finding.Kind.OTHER_LANGUAGE, row, rolesAt(row), user, Map.of("text", k.text(),
                    "language", k.language().toLanguageTag(), "file_language", export.language().toLanguageTag(),
                    "role", k.role(), "expected", names.label(k.key(), export.language())));
        }
        for (Map.Entry<String, RoleNames.Unknown> u : c.unknown().entrySet()) {
            List<String> near = u.getValue().suggestions();
            report(Finding.Kind.UNKNOWN_ROLE, row, rolesAt(row), user, Map.of("text", u.getKey(),
                    "suggested", near.isEmpty() ? "no" : "yes", "suggestions", near,
                    "locale", export.language().toLanguageTag()));
        }
        if (c.none() && (!c.unknown().isEmpty() || !c.roles().isEmpty())) {
            report(Finding.Kind.NONE_WITH_ROLES, row, rolesAt(row), user, Map.of("none", names.none(export.language())));
        } else if (c.none() && export.layout() == Layout.FIVE_COLUMNS) {
            report(Finding.Kind.NONE_ROW, row, rolesAt(row), user, Map.of("text", cell.strip()));
        }
        if (c.clash().size() > 1) {
            report(Finding.Kind.EXCLUSIVE_ROLES, row, rolesAt(row), user, Map.of("roles", c.clash(), "exclusive", AdminListAudit.EXCLUSIVE));
        }
        boolean ownFullAdmin = c.ownFullAdmin();
        if (ownFullAdmin) {
            if (fullAdmins == 0) {
                firstFullAdminLine = row.line();
                firstFullAdmin = user;
            }
            fullAdmins++;
        }
        String id = v[userColumn].strip();
        if (!id.isEmpty()) {
            long first = users.addOrGet(id, row.line());
            if (first != 0) {
                report(Finding.Kind.DUPLICATE_USER, row, fieldAt(row, userColumn), user, Map.of("first", first));
            }
        }
        return errors == before;
    }

    /** What a role cell says, read once per distinct cell (an export repeats few role lists). */
    private record Cell(Set<Role> roles, List<Role> clash, boolean ownFullAdmin, boolean none,
                        List<RoleNames.Known> otherLanguage, Map<String, RoleNames.Unknown> unknown) {}

    private static final int CELLS = 4096;
    private final Map<String, Cell> cells = new HashMap<>();

    private Cell read(String cell) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        boolean ownFullAdmin = false;
        boolean none = false;
        List<RoleNames.Known> other = new ArrayList<>();
        Map<String, RoleNames.Unknown> unknown = new LinkedHashMap<>();
        int from = 0;
        while (true) {
            int comma = cell.indexOf(',', from);
            String token = cell.substring(from, comma < 0 ? cell.length() : comma);
            RoleNames.Name name = names.resolve(token);
            if (name instanceof RoleNames.Known k) {
                roles.add(k.role());
                if (k.role() == Role.FULL_ADMIN && !k.external()) ownFullAdmin = true;
                if (!k.language().getLanguage().equals(export.language().getLanguage())) other.add(k.as(token.strip()));
            } else if (name instanceof RoleNames.NoRole) {
                none = true;
            } else if (name instanceof RoleNames.Unknown u) {
                unknown.putIfAbsent(token.strip(), u);
            }
            if (comma < 0) break;
            from = comma + 1;
        }
        List<Role> clash = new ArrayList<>();
        for (Role r : AdminListAudit.EXCLUSIVE) if (roles.contains(r)) clash.add(r);
        return new Cell(Set.copyOf(roles), List.copyOf(clash), ownFullAdmin, none, List.copyOf(other), unknown);
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
        // what the file says is quoted as printable text on one line: a role name or user id with a
        // carriage return or a terminal escape in it must neither break a line nor forge one
        Map<String, Object> all = new HashMap<>(args);
        all.computeIfPresent("text", (k, v) -> PrintableText.oneLine(String.valueOf(v), QUOTED));
        String shown = PrintableText.oneLine(user, QUOTED);
        all.put("user", shown);
        Finding f = new Finding(kind, OptionalLong.of(line), column, shown, all);
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

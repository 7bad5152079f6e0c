package dev.roletck.audit;

import dev.roletck.i18n.Catalog;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an export again with its headers and role names in another language, every other byte as
 * it was: the byte-order mark, delimiters, quoting, line breaks, blank lines, the separators inside a
 * role list. Canonical names come back byte for byte (pl → en → pl); an alias comes back as the
 * canonical name. A row whose roles cannot all be read is copied as it is and reported.
 */
public final class Translation {
    private Translation() {}

    /**
     * Translates {@code file} into {@code target}, writing UTF-8 to {@code out}.
     *
     * @param listener is told the export found and every row that could not be translated (errors only)
     * @return the audit counts of the rows read (only errors are counted)
     */
    public static AdminListAudit.Summary run(Path file, String shown, Catalog catalog, Locale ui, Locale target,
                                             OutputStream out, AdminListAudit.Listener listener) throws AuditException {
        try (AdminListReader reader = AdminListReader.open(file, shown, catalog, ui)) {
            Export export = reader.export();
            listener.started(export);
            RoleNames names = new RoleNames(catalog, export.language());
            char d = export.delimiter().character();
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder());
            if (export.bom()) w.write('\uFEFF');
            String header = reader.headerRaw();
            int lead = leadingBreaks(header);
            Fields.Spans spans = Fields.scan(header, lead, header.length(), d);
            StringBuilder h = new StringBuilder(header.length() + 32).append(header, 0, lead);
            int last = lead;
            for (int i = 0; i < spans.count(); i++) {
                h.append(header, last, spans.starts()[i]);
                h.append(Fields.field(catalog.label(export.columns().get(i).key(), target).text(), spans.quoted()[i], d));
                last = spans.ends()[i];
            }
            w.append(h).append(header, last, header.length());
            int rolesColumn = export.indexOf(Layout.Column.ADMIN_ROLES);
            long rows = 0;
            long errors = 0;
            AdminListAudit.Listener errorsOnly = new AdminListAudit.Listener() {
                @Override public void started(Export e) {}

                @Override public void finding(Finding f) {
                    if (f.severity() == Finding.Severity.ERROR) listener.finding(f);
                }
            };
            AuditChecks checks = new AuditChecks(export, names, errorsOnly);
            for (Optional<AdminListReader.Row> next = reader.next(); next.isPresent(); next = reader.next()) {
                AdminListReader.Row row = next.get();
                rows++;
                String raw = row.raw();
                if (!checks.row(row)) {
                    errors++;
                    w.write(raw);
                    continue;
                }
                int start = leadingBreaks(raw);
                Fields.Spans s = Fields.scan(raw, start, raw.length(), d);
                if (s.problem() != Fields.Problem.NONE || s.count() != row.values().length) {
                    // the fields must lie where the parser read them, or the rewrite would corrupt the row: fail closed
                    throw new IllegalStateException("the fields of line " + row.line() + " were not found where the parser read them");
                }
                // the cell as it stands between its quotes (the parser also keeps white space after a closing quote, which stays where it is)
                String cell = Fields.value(raw, s.starts()[rolesColumn], s.ends()[rolesColumn], s.quoted()[rolesColumn]);
                Optional<String> translated = translate(cell, names, target);
                if (translated.isEmpty()) {
                    errors++;
                    w.write(raw);
                    continue;
                }
                w.append(raw, 0, s.starts()[rolesColumn])
                        .append(Fields.field(translated.get(), s.quoted()[rolesColumn], d))
                        .append(raw, s.ends()[rolesColumn], raw.length());
            }
            w.flush();
            return new AdminListAudit.Summary(rows, 0, 0, errors, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The role cell in the target language, separators kept; empty when a name is unknown. */
    private static Optional<String> translate(String cell, RoleNames names, Locale target) {
        StringBuilder b = new StringBuilder(cell.length() + 16);
        int from = 0;
        while (true) {
            int comma = cell.indexOf(',', from);
            int to = comma < 0 ? cell.length() : comma;
            int s = from;
            int e = to;
            while (s < e && Character.isWhitespace(cell.charAt(s))) s++;
            while (e > s && Character.isWhitespace(cell.charAt(e - 1))) e--;
            RoleNames.Name name = names.resolve(cell.substring(from, to));
            String word;
            if (name instanceof RoleNames.Known k) word = names.label(k.key(), target);
            else if (name instanceof RoleNames.NoRole) word = names.none(target);
            else return Optional.empty();
            b.append(cell, from, s).append(word).append(cell, e, to);
            if (comma < 0) return Optional.of(b.toString());
            b.append(',');
            from = comma + 1;
        }
    }

    private static int leadingBreaks(String raw) {
        int i = 0;
        while (i < raw.length() && (raw.charAt(i) == '\n' || raw.charAt(i) == '\r')) i++;
        return i;
    }
}

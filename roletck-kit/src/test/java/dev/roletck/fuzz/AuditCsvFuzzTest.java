package dev.roletck.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.roletck.audit.AdminListAudit;
import dev.roletck.audit.AuditException;
import dev.roletck.audit.AuditReport;
import dev.roletck.audit.Export;
import dev.roletck.audit.Finding;
import dev.roletck.audit.Translation;
import dev.roletck.i18n.Catalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The admin-list audit's CSV reader on arbitrary bytes: it returns a summary or stops with its own
 * one-line error {@code file:line:col: what — fix}, never anything else; it never runs away; and what
 * it finds is consistent — the counts of the summary are the findings it reported, every finding
 * lies on a line of the file, rows come in order, and {@code --translate} stops exactly where the audit
 * stops. Saved inputs: {@code src/test/resources/dev/roletck/fuzz/AuditCsvFuzzTestInputs/}.
 */
@Isolated("Jazzer hooks the whole JVM (its bug detectors) while a fuzz test runs")
class AuditCsvFuzzTest {
    private static final Catalog CATALOG = Catalog.standard();
    private static final Path DIR;
    private static final String SHOWN = "export.csv";

    static {
        try {
            DIR = Files.createTempDirectory("roletck-fuzz-audit");
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A word ending in Exception or Error that the input did not bring in itself is a leaked Java type. */
    private static final Pattern POSITIONED = Pattern.compile(Pattern.quote(SHOWN) + ":(\\d+):(\\d+): \\S.* — \\S.*");

    @FuzzTest(maxDuration = "30s")
    void audit(byte[] input) throws IOException {
        Path file = Files.write(DIR.resolve(SHOWN), input);
        Locale ui = Locale.ENGLISH;
        String echoed = new String(input, StandardCharsets.UTF_8);
        long lines = lineCount(echoed);
        List<Finding> findings = new ArrayList<>();
        Export[] export = new Export[1];
        AdminListAudit.Listener listener = new AdminListAudit.Listener() {
            @Override public void started(Export e) {
                assertTrue(export[0] == null, "the header is found once");
                export[0] = e;
            }

            @Override public void finding(Finding f) { findings.add(f); }
        };
        long started = System.nanoTime();
        String auditError = null;
        AdminListAudit.Summary summary = null;
        try {
            summary = AdminListAudit.run(file, SHOWN, CATALOG, ui, listener);
        } catch (AuditException e) {
            auditError = e.getMessage();
            checkError(auditError, echoed, lines);
        }
        assertTrue(System.nanoTime() - started < 10_000_000_000L, "an input of " + input.length + " bytes took over 10 s");

        AuditReport words = new AuditReport(CATALOG, ui, SHOWN);
        long previous = 0;
        long[] bySeverity = new long[Finding.Severity.values().length];
        for (Finding f : findings) {
            assertTrue(export[0] != null, "a finding before the header was found: " + f);
            bySeverity[f.severity().ordinal()]++;
            String text = words.line(f);
            assertFalse(text.contains("\n") || text.contains("\r"), "one line: " + text);
            FuzzChecks.noJavaType(text, echoed);
            if (f.line().isPresent()) {
                long line = f.line().getAsLong();
                assertTrue(line >= 2 && line <= lines, "line " + line + " of a file of " + lines + " lines: " + text);
                assertTrue(f.column() >= 1, "a column: " + text);
                if (f.kind() != Finding.Kind.FEW_FULL_ADMINS) {
                    assertTrue(line >= previous, "rows are reported in order: " + text);
                    previous = line;
                }
            }
        }
        if (summary != null) {
            assertTrue(export[0] != null, "an audit without a header");
            assertEquals(bySeverity[Finding.Severity.WARNING.ordinal()], summary.warnings(), "warnings counted");
            assertEquals(bySeverity[Finding.Severity.VIOLATION.ordinal()], summary.violations(), "violations counted");
            assertEquals(bySeverity[Finding.Severity.ERROR.ordinal()], summary.errors(), "errors counted");
            assertTrue(summary.rows() >= 1 && summary.rows() < lines, summary.rows() + " rows in " + lines + " lines");
            assertTrue(summary.fullAdmins() >= 0 && summary.fullAdmins() <= summary.rows(), "full administrators counted");
            int exit = summary.exitCode();
            assertEquals(summary.errors() > 0 ? 2 : summary.violations() > 0 ? 1 : 0, exit);
        }

        // --translate reads through the same reader: it stops exactly where the audit stopped
        String translateError = null;
        Locale target = export[0] != null && export[0].language().getLanguage().equals("pl") ? Locale.ENGLISH : Locale.forLanguageTag("pl");
        ByteArrayOutputStream translated = new ByteArrayOutputStream();
        AdminListAudit.Summary t = null;
        try {
            t = Translation.run(file, SHOWN, CATALOG, ui, target, translated, new AdminListAudit.Listener() {
                @Override public void started(Export e) {}

                @Override public void finding(Finding f) {}
            });
        } catch (AuditException e) {
            translateError = e.getMessage();
        }
        assertEquals(auditError, translateError, "the audit and --translate read the file alike");
        if (t != null && t.errors() == 0) {
            // a translation changes the role cells and nothing else a parser reads
            int roles = export[0].indexOf(dev.roletck.audit.Layout.Column.ADMIN_ROLES);
            List<List<String>> before = records(echoed, export[0].delimiter().character());
            List<List<String>> after = records(translated.toString(StandardCharsets.UTF_8), export[0].delimiter().character());
            assertEquals(before.size(), after.size(), "rows of the translation");
            for (int r = 1; r < before.size(); r++) {
                assertEquals(before.get(r).size(), after.get(r).size(), "fields of row " + r);
                for (int c = 0; c < before.get(r).size(); c++) {
                    if (c != roles) assertEquals(before.get(r).get(c), after.get(r).get(c), "row " + r + " field " + c + " of the translation");
                }
            }
        }
    }

    /** The records of a text as the audit's reader reads them (the byte-order mark dropped). */
    private static List<List<String>> records(String text, char delimiter) throws IOException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> out = new ArrayList<>();
        try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVFormat.RFC4180.builder().setDelimiter(delimiter)
                .setIgnoreEmptyLines(true).setTrailingData(true).get().parse(new java.io.StringReader(body))) {
            for (org.apache.commons.csv.CSVRecord r : p) out.add(r.toList());
        }
        return out;
    }

    private static void checkError(String message, String echoed, long lines) {
        assertFalse(message.contains("\n") || message.contains("\r"), "one line: " + message);
        Matcher m = POSITIONED.matcher(message);
        assertTrue(m.matches(), "file:line:col: what — fix: " + message);
        long line = Long.parseLong(m.group(1));
        assertTrue(line >= 1 && line <= lines + 1, "line " + line + " of " + lines + ": " + message);
        assertTrue(Long.parseLong(m.group(2)) >= 1, "a column: " + message);
        FuzzChecks.noJavaType(message, echoed);
    }


    /** Lines as the audit counts them: LF, CRLF and a lone CR each end one; a last line without a break counts. */
    private static long lineCount(String text) {
        long n = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) n++;
        }
        return n;
    }
}

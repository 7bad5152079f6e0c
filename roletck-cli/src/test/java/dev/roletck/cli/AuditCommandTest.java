package dev.roletck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code roletck audit}: exit codes, the one-line errors of bad inputs, formats, languages, --translate. */
class AuditCommandTest {

    @TempDir Path dir;

    private static final String HEADER3 = "First/Last Name,User ID/Email,Admin Role\n";

    Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** A bad input: exit 2, nothing on stdout, one line on stderr that starts with file:line:col and gives a fix. */
    private void refused(Path p, String position, String what) {
        refused(p, position, what, true);
    }

    /** {@code header}: the header itself is bad, so nothing was audited (else the rows before the fault were). */
    private void refused(Path p, String position, String what, boolean header) {
        CliRun r = CliRun.of("audit", p.toString(), "--locale", "en");
        assertEquals(2, r.exit(), r.out() + r.err());
        if (header) assertEquals("", r.out());
        else assertTrue(r.out().isEmpty() || r.out().startsWith(p + ": the three-column export"), r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        String line = lines.get(0);
        assertTrue(line.startsWith("roletck audit: " + p + ":" + position + ": "), line);
        assertTrue(line.contains(what), line);
        assertTrue(line.contains(" — "), "the line says the fix: " + line);
        assertFalse(line.contains("Exception"), line);
    }

    @Test
    void emptyFile() throws Exception {
        refused(file("empty.csv", ""), "1:1", "the file is empty");
        refused(file("blank.csv", "\n\r\n"), "1:1", "the file is empty");
    }

    @Test
    void headersOnly() throws Exception {
        refused(file("header.csv", HEADER3), "2:1", "a header but no rows");
    }

    @Test
    void unknownHeader() throws Exception {
        refused(file("unknown.csv", "First/Last Name,E-mail,Admin Role\nA,a@x.com,Full Administrator\n"), "1:17",
                "unknown column \"E-mail\" — use one of");
    }

    @Test
    void aHeaderCellIsQuotedAsOnePrintableLine() throws Exception {
        // a carriage return and a terminal escape inside a quoted header cell are shown, not obeyed
        refused(file("escape.csv", "First Name,Last Name,Display Name,\"User\u001b[2J ID\rX\",Admin Role\nA,B,C,d@x.com,Full Administrator\n"),
                "1:35", "unknown column \"User\\x1b[2J ID\\rX\" — use one of");
    }

    @Test
    void headersOfTwoLanguages() throws Exception {
        refused(file("mixed.csv", "Imię i nazwisko,User ID/Email,Admin Role\nA,a@x.com,Full Administrator\n"), "1:1",
                "the column “Imię i nazwisko” is not in English like the others");
        refused(file("mixed-pl.csv", "Imię i nazwisko;Identyfikator/adres e-mail użytkownika;Admin Role\nA;a@x.com;Brak\n"), "1:56",
                "the column “Admin Role” is not in Polish");
    }

    @Test
    void duplicateAndMissingColumns() throws Exception {
        refused(file("dup.csv", "First/Last Name,User ID/Email,User ID/Email\nA,a@x.com,b@x.com\n"), "1:31", "appears twice");
        refused(file("missing.csv", "First Name,Last Name,User ID/Email,Admin Role\nA,B,a@x.com,Full Administrator\n"), "1:1",
                "no column Display Name");
        refused(file("extra.csv", "First/Last Name,First Name,User ID/Email,Admin Role\nA,B,a@x.com,Full Administrator\n"), "1:17",
                "does not go with the others");
    }

    @Test
    void wrongEncoding() throws Exception {
        Path p = dir.resolve("latin1.csv");
        Files.write(p, "Imię;Nazwisko;Nazwa wyświetlana;Identyfikator/adres e-mail użytkownika;Rola administratora\nŁucja;Żak;Ł;l@x.pl;Brak\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1250")));
        refused(p, "1:4", "byte 0xEA (byte 4 of the file) is not UTF-8 — save the file as UTF-8");
        Path later = dir.resolve("latin1-later.csv");
        byte[] head = (HEADER3 + "A B,a@x.com,Full Administrator\nC ").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "D\u00e9,c@x.com,Full Administrator\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        Files.write(later, all);
        refused(later, "3:4", "byte 0xE9 (byte 76 of the file) is not UTF-8");
    }

    @Test
    void aByteOrderMarkIsAcceptedAndCountsInByteOffsets() throws Exception {
        Path p = dir.resolve("bom.csv");
        byte[] text = (HEADER3 + "A B,a@x.com,Full Administrator\nC D,c@x.com,Full Administrator\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[text.length + 3];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(text, 0, all, 3, text.length);
        Files.write(p, all);
        CliRun ok = CliRun.of("audit", p.toString(), "--locale", "en");
        assertEquals(0, ok.exit(), ok.out() + ok.err());
        assertTrue(ok.out().contains("with a byte-order mark"), ok.out());
        all[all.length - 2] = (byte) 0xFE;
        Files.write(p, all);
        refused(p, "3:30", "byte 0xFE (byte " + (all.length - 1) + " of the file) is not UTF-8", false);
    }

    @Test
    void notARegularFileOrTooLargeIsRefusedUnread() throws Exception {
        Path zero = Files.createSymbolicLink(dir.resolve("zero.csv"), Path.of("/dev/zero"));
        refused(zero, "1:1", "a link to something that is not a regular file");
        Path fifo = dir.resolve("pipe.csv");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        refused(fifo, "1:1", "not a regular file");
        Path big = file("big.csv", HEADER3 + "A B,a@x.com,Full Administrator\n");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength((1L << 30) + 1);
        }
        refused(big, "1:1", "the file is larger than 1,024 MB");
    }

    /** A fuzzing finding: header cells were all looked up, each at a cost growing with its length (20,000 cells: 30 s). */
    @Test
    void aHugeHeaderIsRefusedAtOnceAndQuotedShort() throws Exception {
        long start = System.nanoTime();
        refused(file("wide.csv", "a,".repeat(20_000) + "a\nb\n"), "1:1", "unknown column \"a\" — use one of");
        refused(file("wide-known.csv", "Admin Role,".repeat(20_000) + "x\nb\n"), "1:12", "the column “Admin Role” appears twice");
        Path longCell = file("long-cell.csv", "x".repeat(1_000_000) + "\nb\n");
        refused(longCell, "1:1", "unknown column \"" + "x".repeat(60) + "…\" — use one of");
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "three huge headers took " + (System.nanoTime() - start) / 1_000_000 + " ms");
        CliRun r = CliRun.of("audit", longCell.toString(), "--locale", "en");
        assertTrue(r.err().length() < 400, "the error quotes the cell short: " + r.err().length() + " characters");
    }

    @Test
    void aTenMegabyteField() throws Exception {
        String big = "x".repeat(10 * 1024 * 1024);
        refused(file("big.csv", HEADER3 + "A B,a@x.com,Full Administrator\n\"" + big + "\",b@x.com,Full Administrator\n"), "3:1",
                "a field longer than 1,048,576 characters", false);
        refused(file("big-unquoted.csv", HEADER3 + "A B,a@x.com," + big + "\n"), "2:13", "a field longer than", false);
    }

    @Test
    void quotesThatDoNotClose() throws Exception {
        refused(file("open.csv", HEADER3 + "A B,a@x.com,Full Administrator\n\"C D,c@x.com,Full Administrator\n"), "3:1",
                "a quote that is never closed", false);
        refused(file("after-header.csv", "\"First/Last Name\" x,User ID/Email,Admin Role\nA B,a@x.com,Full Administrator\n"), "1:19",
                "a character after a closing quote");
    }

    /** Text after a closing quote spoils one row, not the file: the row is an error, the others are audited. */
    @Test
    void textAfterAClosingQuoteIsOneBadRow() throws Exception {
        Path p = file("after.csv", HEADER3 + "\"A\" B,a@x.com,Full Administrator\nC D,c@x.com,\"Full Administrator, Read-only Administrator\"\n");
        CliRun r = CliRun.of("audit", p.toString(), "--locale", "en");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains(p + ":2:5: error: a character after a closing quote (row of a@x.com) — double a quote inside a value"), r.out());
        assertTrue(r.out().contains(p + ":3:13: violation: c@x.com holds"), "the next row is audited: " + r.out());
    }

    @Test
    void noSuchFile() {
        CliRun r = CliRun.of("audit", dir.resolve("nope.csv").toString(), "--locale", "en");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void raggedRowsAreReportedAndTheOthersAudited() throws Exception {
        Path p = file("ragged.csv", HEADER3 + "A B,a@x.com,Full Administrator,x\nC D,c@x.com\nE F,e@x.com,\"Full Administrator, Read-only Administrator\"\n");
        CliRun r = CliRun.of("audit", p.toString(), "--locale", "en");
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.out().contains(p + ":2:32: error: 4 fields where the header has 3 columns (row of a@x.com)"), r.out());
        assertTrue(r.out().contains(p + ":3:12: error: 2 fields where the header has 3 columns"), r.out());
        assertTrue(r.out().contains(p + ":4:13: violation: e@x.com holds"), "the row after ragged ones is audited: " + r.out());
        assertTrue(r.out().contains("(seed 001_c4461c6f41d4b583.txt:123)"), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pl", "da", "tr"})
    void everyLineIsInTheChosenLanguage(String locale) throws Exception {
        Path p = Path.of("examples/audit/pl-five-columns-findings.csv");
        CliRun r = CliRun.of("audit", p.toString(), "--locale", locale);
        assertEquals(1, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(7, lines.size(), r.out());
        Pattern located = Pattern.compile(Pattern.quote(p.toString()) + "(:\\d+:\\d+)?: .+");
        for (String line : lines.subList(0, 5)) assertTrue(located.matcher(line).matches(), line);
        String words = switch (locale) {
            case "pl" -> "naruszenie";
            case "da" -> "overtrædelse";
            case "tr" -> "ihlal";
            default -> "violation";
        };
        assertTrue(r.out().contains(": " + words + ": "), r.out());
        if (!locale.equals("en")) {
            for (String english : List.of("violation", "warning", "error", " rows ", "holds", "listed again", "export", "None")) {
                assertFalse(r.out().contains(english), "English \"" + english + "\" in " + locale + ": " + r.out());
            }
        }
    }

    @Test
    void saysWhichLayoutLanguageAndDelimiterItFound() {
        CliRun r = CliRun.of("audit", "examples/audit/da-three-columns-findings.csv", "--locale", "en");
        assertTrue(r.out().startsWith("examples/audit/da-three-columns-findings.csv: the three-column export "
                + "(first/last name, user ID/email, admin role) in Danish, fields separated by tabs\n"), r.out());
        CliRun pl = CliRun.of("audit", "examples/audit/tr-three-columns.csv", "--locale", "pl");
        assertEquals(0, pl.exit(), pl.out());
        assertTrue(pl.out().contains("eksport trzykolumnowy") && pl.out().contains("po turecku")
                && pl.out().contains("średnikami") && pl.out().contains("(BOM)"), pl.out());
    }

    @Test
    void jsonFormat() throws Exception {
        CliRun r = CliRun.of("audit", "examples/audit/en-three-columns-findings.csv", "--locale", "en", "--format", "json");
        assertEquals(1, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("three", j.at("/export/layout").asText());
        assertEquals("en", j.at("/export/language").asText());
        assertEquals(3, j.get("findings").size(), r.out());
        JsonNode clash = j.get("findings").get(0);
        assertEquals("exclusive_roles", clash.get("kind").asText());
        assertEquals("R23", clash.get("rule").asText());
        assertEquals(2, clash.get("line").asInt());
        assertEquals("001_c4461c6f41d4b583.txt:123", clash.at("/seeds/0").asText());
        assertEquals(1, j.at("/summary/exit_code").asInt());
        assertEquals(5, j.at("/summary/rows").asInt());
    }

    @Test
    void htmlFormatAndReportFile() throws Exception {
        CliRun r = CliRun.of("audit", "examples/audit/tr-five-columns-findings.csv", "--locale", "tr", "--format", "html");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().startsWith("<!DOCTYPE html>"), r.out());
        assertTrue(r.out().contains("<html lang=\"tr\">"));
        assertEquals(4, r.out().split("<tr class=\"row\"", -1).length - 1, r.out());
        assertTrue(r.out().contains("data-kind=\"exclusive_roles\" data-severity=\"violation\""));
        assertTrue(r.out().contains("data-exit-code=\"1\""));
        Path report = dir.resolve("audit.html");
        CliRun text = CliRun.of("audit", "examples/audit/tr-five-columns-findings.csv", "--locale", "en", "--report", report.toString());
        assertEquals(1, text.exit());
        String page = Files.readString(report);
        assertTrue(page.contains("Admin list audit") && page.contains("data-kind=\"none_row\""), page);
    }

    @Test
    void translateWritesTheFileAndRoundTrips() throws Exception {
        Path original = Path.of("examples/audit/pl-five-columns-findings.csv");
        Path en = dir.resolve("en.csv");
        CliRun r = CliRun.of("audit", original.toString(), "--translate", "en", "--output", en.toString(), "--locale", "en");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("headers and roles in English"), r.out());
        assertTrue(Files.readString(en).contains("Full Administrator, Contact Center Service Administrator"));
        Path back = dir.resolve("pl.csv");
        assertEquals(0, CliRun.of("audit", en.toString(), "--translate", "pl", "--output", back.toString()).exit());
        assertEquals(Arrays.toString(Files.readAllBytes(original)), Arrays.toString(Files.readAllBytes(back)));
    }

    @Test
    void translateRefusesUnknownRolesAndWritesNothing() throws Exception {
        Path p = file("bad.csv", HEADER3 + "A B,a@x.com,Ful Administrator\n");
        Path out = dir.resolve("out.csv");
        CliRun r = CliRun.of("audit", p.toString(), "--translate", "pl", "--output", out.toString(), "--locale", "en");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(p + ":2:13: error: unknown role “Ful Administrator” for a@x.com — did you mean Full Administrator, "), r.err());
        assertTrue(r.err().contains(" or "), r.err());
        assertFalse(Files.exists(out));
        assertEquals(2, CliRun.of("audit", p.toString(), "--translate", "xx").exit());
    }

    @Test
    void unknownFormat() {
        CliRun r = CliRun.of("audit", "examples/audit/en-five-columns.csv", "--format", "xml", "--locale", "en");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown format \"xml\""), r.err());
    }
}

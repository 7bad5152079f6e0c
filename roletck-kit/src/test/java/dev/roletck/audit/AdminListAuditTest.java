package dev.roletck.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.i18n.Catalog;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The audit of admin-list exports: each layout × language, every finding, and --translate. */
class AdminListAuditTest {

    static final Catalog CATALOG = Catalog.standard();
    static final Locale EN = Locale.ENGLISH;

    @TempDir Path dir;

    record Run(Export export, List<Finding> findings, AdminListAudit.Summary summary) {
        Set<Finding.Kind> kinds() {
            return findings.stream().map(Finding::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(Finding.Kind.class)));
        }

        Finding first(Finding.Kind kind) {
            return findings.stream().filter(f -> f.kind() == kind).findFirst().orElseThrow(() -> new AssertionError("no " + kind + " in " + findings));
        }
    }

    static Run audit(Path file) throws AuditException {
        List<Finding> findings = new ArrayList<>();
        Export[] export = new Export[1];
        AdminListAudit.Summary s = AdminListAudit.run(file, file.getFileName().toString(), CATALOG, EN, new AdminListAudit.Listener() {
            @Override public void started(Export e) { export[0] = e; }

            @Override public void finding(Finding f) { findings.add(f); }
        });
        return new Run(export[0], findings, s);
    }

    Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    static Stream<SampleExports.Sample> samples() {
        return SampleExports.samples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachLayoutAndLanguageIsRecognisedAndAudited(SampleExports.Sample sample) throws Exception {
        SampleExports.Style style = sample.style();
        Path p = file(sample.name() + ".csv", SampleExports.write(CATALOG, style, sample.people()));
        Run r = audit(p);
        assertEquals(style.layout(), r.export().layout());
        assertEquals(style.language().getLanguage(), r.export().language().getLanguage());
        assertEquals(style.delimiter(), r.export().delimiter());
        assertEquals(style.bom(), r.export().bom());
        assertEquals(sample.people().size(), r.summary().rows());
        if (sample.people() == SampleExports.CLEAN) {
            assertEquals(List.of(), r.findings());
            assertEquals(0, r.summary().exitCode());
            assertEquals(2, r.summary().fullAdmins(), "the external full administrator does not count for R03");
        } else {
            Set<Finding.Kind> expected = EnumSet.of(Finding.Kind.EXCLUSIVE_ROLES, Finding.Kind.DUPLICATE_USER, Finding.Kind.FEW_FULL_ADMINS);
            // "None" is expected in the three-column export of the Users list, not in the Administrators tab's five columns
            if (style.layout() == Layout.FIVE_COLUMNS) expected.add(Finding.Kind.NONE_ROW);
            assertEquals(expected, r.kinds());
            assertEquals(1, r.summary().exitCode());
            Finding clash = r.first(Finding.Kind.EXCLUSIVE_ROLES);
            assertEquals(2, clash.line().getAsLong());
            assertEquals("anna.nowak@example.com", clash.user());
            Finding dup = r.first(Finding.Kind.DUPLICATE_USER);
            assertEquals(5, dup.line().getAsLong());
            assertEquals(2L, dup.args().get("first"));
            Finding r03 = r.first(Finding.Kind.FEW_FULL_ADMINS);
            assertEquals(Finding.Severity.WARNING, r03.severity());
            assertEquals(1L, r03.args().get("count"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void examplesAreTheGeneratedSamples(SampleExports.Sample sample) throws Exception {
        Path example = Path.of("examples/audit", sample.name() + ".csv");
        String generated = SampleExports.write(CATALOG, sample.style(), sample.people());
        if (Boolean.getBoolean("roletck.regenerate")) Files.writeString(example, generated, StandardCharsets.UTF_8);
        assertEquals(generated, Files.readString(example, StandardCharsets.UTF_8),
                example + " is stale — regenerate with -Droletck.regenerate=true");
    }

    static Stream<Object[]> translations() {
        List<Object[]> out = new ArrayList<>();
        for (SampleExports.Sample s : SampleExports.samples()) {
            for (Locale target : CATALOG.locales()) out.add(new Object[] {s, target});
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} → {1} → back")
    @MethodSource("translations")
    void translateRoundTripsByteForByte(SampleExports.Sample sample, Locale target) throws Exception {
        Path original = file("in.csv", SampleExports.write(CATALOG, sample.style(), sample.people()));
        byte[] there = translate(original, target);
        Path translated = dir.resolve("there.csv");
        Files.write(translated, there);
        Run r = audit(translated);
        assertEquals(target.getLanguage(), r.export().language().getLanguage());
        assertEquals(sample.style().delimiter(), r.export().delimiter());
        assertEquals(sample.style().bom(), r.export().bom());
        assertTrue(r.kinds().stream().noneMatch(k -> k == Finding.Kind.OTHER_LANGUAGE || k.severity() == Finding.Severity.ERROR), r.findings().toString());
        String expected = SampleExports.write(CATALOG, new SampleExports.Style(sample.style().layout(), target,
                sample.style().delimiter(), sample.style().lineBreak(), sample.style().bom()), sample.people());
        assertEquals(expected, new String(there, StandardCharsets.UTF_8), "the translation is the export written in " + target);
        assertArrayEquals(Files.readAllBytes(original), translate(translated, sample.style().language()));
    }

    @Test
    void translateKeepsEveryOtherByte() throws Exception {
        String pl = "\uFEFF\r\nImię;Nazwisko;\"Nazwa wyświetlana\";Identyfikator/adres e-mail użytkownika;Rola administratora\r\n"
                + "\"Anna\";\"No\"\"wak\";\"A\nN\";a@x.pl;\"Administrator z pełnymi uprawnieniami ,Administrator pomocy\"\r\n"
                + "\r\n"
                + "Jan;K;J;j@x.pl;Administrator urządzeń\r\n"
                + "O\"la;K;O;o@x.pl;Administrator z pełnymi uprawnieniami";
        Path p = file("pl.csv", pl);
        byte[] en = translate(p, EN);
        String enText = new String(en, StandardCharsets.UTF_8);
        assertEquals("\uFEFF\r\nFirst Name;Last Name;\"Display Name\";User ID/Email;Admin Role\r\n"
                + "\"Anna\";\"No\"\"wak\";\"A\nN\";a@x.pl;\"Full Administrator ,Support Administrator\"\r\n"
                + "\r\n"
                + "Jan;K;J;j@x.pl;Device Administrator\r\n"
                + "O\"la;K;O;o@x.pl;Full Administrator", enText);
        Path back = dir.resolve("en.csv");
        Files.write(back, en);
        assertArrayEquals(pl.getBytes(StandardCharsets.UTF_8), translate(back, Locale.forLanguageTag("pl")));
    }

    byte[] translate(Path file, Locale target) throws AuditException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Finding> errors = new ArrayList<>();
        AdminListAudit.Summary s = Translation.run(file, file.toString(), CATALOG, EN, target, out, new AdminListAudit.Listener() {
            @Override public void started(Export e) {}

            @Override public void finding(Finding f) { errors.add(f); }
        });
        assertEquals(List.of(), errors);
        assertEquals(0, s.errors());
        return out.toByteArray();
    }

    @Test
    void unknownRoleNamesRowColumnAndNearestLabelsAndTheOtherRowsGoOn() throws Exception {
        Path p = file("u.csv", "Adı/Soyadı,Kullanıcı Kimliği/E-postası,Yönetici Rolü\n"
                + "Ali Veli,ali@x.tr,Tam Yönetici\n"
                + "Ay Su,ay@x.tr,\"Tam Yönetici, Salt Okunur Yonetıcı, Destek Yöneticisi\"\n"
                + "Ece Su,ece@x.tr,\"Tam Yönetici, Uyum Görevlsi\"\n"
                + "Can Su,can@x.tr,Sözleşme Yöneticisi\n");
        Run r = audit(p);
        List<Finding> unknown = r.findings().stream().filter(f -> f.kind() == Finding.Kind.UNKNOWN_ROLE).toList();
        assertEquals(2, unknown.size(), r.findings().toString());
        Finding typo = unknown.get(0);
        assertEquals(4, typo.line().getAsLong());
        assertEquals(17, typo.column());
        assertEquals("ece@x.tr", typo.user());
        assertEquals("yes", typo.args().get("suggested"));
        assertTrue(((List<?>) typo.args().get("suggestions")).contains(CATALOG.label("role.compliance_officer", Locale.forLanguageTag("tr")).text()),
                typo.args().toString());
        assertEquals(2, r.summary().exitCode());
        assertEquals(4, r.summary().rows());
        assertEquals(3, r.summary().fullAdmins(), "rows after an unknown role are still audited");
    }

    @Test
    void whatAFindingQuotesOfTheFileIsOnePrintableLine() throws Exception {
        // a fuzzing finding: a carriage return and NULs inside a quoted role name, a terminal escape in a user id
        Path p = file("q.csv", "First Name,Last Name,Display Name,User ID/Email,Admin Role\r\n"
                + "Anna,Nowak,Anna Nowak,anna@example.com,Full Administrator\r\n"
                + "Ay,Su,Ay Su,\"ay\u001b[2J@example.com\",\"Support Administrator, User an3L\r\u0000\u0000 Administrator\"\r\n");
        Run r = audit(p);
        Finding unknown = r.findings().stream().filter(f -> f.kind() == Finding.Kind.UNKNOWN_ROLE).findFirst().orElseThrow();
        assertEquals("User an3L\\r\\x00\\x00 Administrator", unknown.args().get("text"));
        assertEquals("ay\\x1b[2J@example.com", unknown.user());
        for (Finding f : r.findings()) {
            for (Object v : f.args().values()) {
                String text = String.valueOf(v);
                assertTrue(text.chars().noneMatch(c -> c < 0x20), "printable on one line: " + text);
            }
        }
    }

    @Test
    void aRoleNameOfAnotherLanguageIsAWarningAndStillCounts() throws Exception {
        Path p = file("m.csv", "Navn,Bruger-id/e-mail,Administratorrolle\n"
                .replace("Navn", CATALOG.label("column.name", Locale.forLanguageTag("da")).text())
                + "A B,a@x.dk,Full Administrator\n"
                + "C D,c@x.dk," + CATALOG.label("role.full_admin", Locale.forLanguageTag("pl")).text() + "\n");
        Run r = audit(p);
        assertEquals(EnumSet.of(Finding.Kind.OTHER_LANGUAGE), r.kinds(), r.findings().toString());
        assertEquals(2, r.findings().size());
        assertEquals("en", ((String) r.first(Finding.Kind.OTHER_LANGUAGE).args().get("language")));
        assertEquals(2, r.summary().fullAdmins());
        assertEquals(0, r.summary().exitCode());
    }

    @Test
    void emptyRoleCellsAndNoneWithRolesAreUnreadableRows() throws Exception {
        Path p = file("n.csv", "First/Last Name,User ID/Email,Admin Role\n"
                + "A B,a@x.com,\"Full Administrator, None\"\n"
                + "C D,c@x.com,\n"
                + "E F,e@x.com,Full Administrator\n"
                + "G H,g@x.com,None\n");
        Run r = audit(p);
        assertEquals(EnumSet.of(Finding.Kind.NONE_WITH_ROLES, Finding.Kind.EMPTY_ROLES), r.kinds(), r.findings().toString());
        assertEquals(2, r.first(Finding.Kind.NONE_WITH_ROLES).line().getAsLong());
        assertEquals(3, r.first(Finding.Kind.EMPTY_ROLES).line().getAsLong());
        assertEquals(2, r.summary().exitCode());
    }

    @Test
    void readOnlyAndServiceAdminClashAndExternalFullAdminsDoNotCountForR03() throws Exception {
        Path p = file("x.csv", "First/Last Name\tUser ID/Email\tAdmin Role\n"
                + "A B\ta@x.com\tRead-only Administrator, Contact Center Service Administrator\n"
                + "C D\tc@x.com\tExternal Full Administrator\n"
                + "E F\te@x.com\tExternal Full Administrator\n");
        Run r = audit(p);
        assertEquals(Delimiter.TAB, r.export().delimiter());
        assertEquals(EnumSet.of(Finding.Kind.EXCLUSIVE_ROLES, Finding.Kind.FEW_FULL_ADMINS), r.kinds());
        assertEquals(0L, r.first(Finding.Kind.FEW_FULL_ADMINS).args().get("count"));
        assertTrue(r.first(Finding.Kind.FEW_FULL_ADMINS).line().isEmpty());
        assertEquals(1, r.summary().exitCode());
    }

    @Test
    void linesCountEmbeddedLineBreaksAndRaggedRowsAreReportedAlone() throws Exception {
        Path p = file("r.csv", "First/Last Name,User ID/Email,Admin Role\r\n"
                + "\"A\r\nB\",a@x.com,Full Administrator\r\n"
                + "C D,c@x.com,Full Administrator,extra\r\n"
                + "E F,e@x.com\r\n"
                + "G H,a@x.com,Full Administrator\r\n");
        Run r = audit(p);
        List<Finding> ragged = r.findings().stream().filter(f -> f.kind() == Finding.Kind.RAGGED_ROW).toList();
        assertEquals(2, ragged.size());
        assertEquals(4, ragged.get(0).line().getAsLong());
        assertEquals(32, ragged.get(0).column(), "the first extra field");
        assertEquals(4, ragged.get(0).args().get("found"));
        assertEquals(5, ragged.get(1).line().getAsLong());
        Finding dup = r.first(Finding.Kind.DUPLICATE_USER);
        assertEquals(6, dup.line().getAsLong());
        assertEquals(2L, dup.args().get("first"));
        assertEquals(2, r.summary().exitCode());
    }

    /** Found by hand: the parser skips white space after a closing quote; the positions and --translate must too. */
    @Test
    void whiteSpaceAfterAClosingQuoteIsReadAsTheParserReadsIt() throws Exception {
        String en = "First/Last Name,User ID/Email,Admin Role\n"
                + "\"A B\" ,a@x.com,Full Administrator\n"
                + "C D,c@x.com,\"Full Administrator\" \n"
                + "E F,e@x.com,\"Full Administrator, Read-only Administrator\"\t \n";
        Path p = file("ws.csv", en);
        Run r = audit(p);
        assertEquals(EnumSet.of(Finding.Kind.EXCLUSIVE_ROLES), r.kinds(), r.findings().toString());
        Finding clash = r.first(Finding.Kind.EXCLUSIVE_ROLES);
        assertEquals(4, clash.line().getAsLong());
        assertEquals(13, clash.column(), "the role field, not the start of the line");
        byte[] pl = translate(p, Locale.forLanguageTag("pl"));
        assertEquals("Imię i nazwisko,Identyfikator/adres e-mail użytkownika,Rola administratora\n"
                + "\"A B\" ,a@x.com,Administrator z pełnymi uprawnieniami\n"
                + "C D,c@x.com,\"Administrator z pełnymi uprawnieniami\" \n"
                + "E F,e@x.com,\"Administrator z pełnymi uprawnieniami, Administrator tylko do odczytu\"\t \n",
                new String(pl, StandardCharsets.UTF_8));
        Path back = dir.resolve("pl.csv");
        Files.write(back, pl);
        assertArrayEquals(en.getBytes(StandardCharsets.UTF_8), translate(back, EN));
    }

    @Test
    void textAfterAClosingQuoteIsAnUnreadableRowAndTheOthersGoOn() throws Exception {
        Path p = file("q.csv", "Imię;Nazwisko;Nazwa wyświetlana;Identyfikator/adres e-mail użytkownika;Rola administratora\r\n"
                + "Anna;Nowak;\"Nowak\" Jr.;anna@x.pl;Administrator z pełnymi uprawnieniami\r\n"
                + "Jan;Kot;Jan Kot;jan@x.pl;\"Administrator z pełnymi uprawnieniami\";x\r\n"
                + "Ewa;Lis;Ewa Lis;ewa@x.pl;\"Administrator tylko do odczytu, Administrator usługi centrum kontaktu\"\r\n");
        Run r = audit(p);
        List<Finding> bad = r.findings().stream().filter(f -> f.kind() == Finding.Kind.AFTER_QUOTE).toList();
        assertEquals(1, bad.size(), r.findings().toString());
        assertEquals(2, bad.get(0).line().getAsLong());
        assertEquals(20, bad.get(0).column(), "the character after the closing quote and the space the parser allows");
        assertEquals("anna@x.pl", bad.get(0).user());
        assertEquals(Finding.Severity.ERROR, bad.get(0).severity());
        assertEquals(3, r.first(Finding.Kind.RAGGED_ROW).line().getAsLong(), "the next row is read on its own");
        assertEquals(4, r.first(Finding.Kind.EXCLUSIVE_ROLES).line().getAsLong(), "rows after it are audited");
        assertEquals(3, r.summary().rows());
        assertEquals(2, r.summary().exitCode());
        List<Finding> errors = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AdminListAudit.Summary t = Translation.run(p, "q.csv", CATALOG, EN, EN, out, new AdminListAudit.Listener() {
            @Override public void started(Export e) {}

            @Override public void finding(Finding f) { errors.add(f); }
        });
        assertEquals(2, t.errors(), "--translate refuses the row too: " + errors);
        assertEquals(Finding.Kind.AFTER_QUOTE, errors.get(0).kind());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Anna;Nowak;\"Nowak\" Jr.;anna@x.pl;Administrator z pełnymi uprawnieniami\r\n"),
                "the row is copied as it is");
    }

    /** The headers and role names as the seeds spell them (READING table F; the catalog's seed aliases), in any case. */
    @Test
    void seedSpellingsOfHeadersAndRoleNamesAreRead() throws Exception {
        Run pl = audit(file("pl-seed.csv", "IMIĘ;nazwisko;Nazwa wyświetlana;Identyfikator/adres e-mail użytkownika;rola administratora\n"
                + "A;B;A B;a@x.pl;Pełny administrator, Oficerowie ds. zgodności\n"
                + "C;D;C D;c@x.pl;Administrator z pełnymi uprawnieniami,Administrator Contact Center\n"));
        assertEquals(Layout.FIVE_COLUMNS, pl.export().layout());
        assertEquals("pl", pl.export().language().getLanguage());
        assertEquals(Delimiter.SEMICOLON, pl.export().delimiter());
        assertEquals(EnumSet.of(Finding.Kind.EXCLUSIVE_ROLES), pl.kinds(), "seed aliases are read, and the alias of CCSA clashes: " + pl.findings());
        assertEquals(3, pl.first(Finding.Kind.EXCLUSIVE_ROLES).line().getAsLong());
        Run tr = audit(file("tr-seed.csv", "Adı/Soyadı,Kullanıcı Kimliği/E-postası,Yönetici Rolü\n"
                + "A B,a@x.tr,\"Tam Yönetici, Gelişmiş sorun giderme cccess\"\n"
                + "C D,c@x.tr,TAM YÖNETİCİ\n"
                + "E F,e@x.tr,Yok\n"));
        assertEquals(Layout.THREE_COLUMNS, tr.export().layout());
        assertEquals("tr", tr.export().language().getLanguage());
        assertEquals(List.of(), tr.findings());
        assertEquals(2, tr.summary().fullAdmins());
        Run en = audit(file("en-seed.csv", "First name,Last name,Display name,User ID/email,Admin role\n"
                + "A,B,A B,a@x.com,Full Administrator\nC,D,C D,c@x.com,full administrator\n"));
        assertEquals(Layout.FIVE_COLUMNS, en.export().layout());
        assertEquals(List.of(), en.findings());
        Run da = audit(file("da-seed.csv", "For- og efternavn\tBruger-id/e-mail\tAdministratorrolle\n"
                + "A B\ta@x.dk\tfuld administrator\nC D\tc@x.dk\tKlargoeringsadministrator, fuldgyldig administrator\n"));
        assertEquals(List.of(), da.findings());
        assertEquals(2, da.summary().fullAdmins());
    }

    /** Every kind of finding, in every language: the line names the place, the user, the rule, its statement in that language, and the seeds. */
    @Test
    void everyFindingNamesRowUserRuleStatementAndSeedInEachLanguage() {
        for (Locale ui : CATALOG.locales()) {
            AuditReport words = new AuditReport(CATALOG, ui, "x.csv");
            for (Finding.Kind kind : Finding.Kind.values()) {
                java.util.Map<String, Object> args = new java.util.HashMap<>(java.util.Map.of("user", "u@x.com", "text", "T",
                        "none", "None", "first", 2L, "found", 4, "expected", 3, "count", 1L, "suggested", "yes",
                        "suggestions", List.of("A", "B"), "locale", "en"));
                args.put("roles", List.of(dev.roletck.model.Role.FULL_ADMIN, dev.roletck.model.Role.READ_ONLY_ADMIN));
                args.put("exclusive", AdminListAudit.EXCLUSIVE);
                args.put("language", "en");
                args.put("file_language", "pl");
                args.put("role", dev.roletck.model.Role.FULL_ADMIN);
                Finding f = new Finding(kind, java.util.OptionalLong.of(7), 3, "u@x.com", args);
                String line = words.line(f);
                String statement = CATALOG.label("rule." + kind.rule().id(), ui).text();
                assertTrue(line.startsWith("x.csv:7:3: " + words.severity(f) + ": "), ui + " " + kind + ": " + line);
                assertTrue(kind == Finding.Kind.FEW_FULL_ADMINS || line.contains("u@x.com"), ui + " " + kind + ": " + line);
                assertTrue(line.contains(kind.rule().id()) && line.contains(statement), ui + " " + kind + ": " + line);
                for (String seed : kind.seeds()) assertTrue(line.contains(seed), ui + " " + kind + ": " + line);
                assertTrue(!line.contains("{") && !line.contains("}"), "every argument filled: " + line);
            }
        }
    }

    @Test
    void fingerprintsTellIdsApart() {
        UserSet users = new UserSet();
        for (int i = 1; i <= 200_000; i++) assertEquals(0, users.addOrGet("user" + i + "@example.com", i));
        assertEquals(77, users.addOrGet("user77@example.com", 999_999));
    }
}

package dev.roletck.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.Table;
import dev.roletck.model.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading, fallback and formatting. */
class CatalogApiTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final Locale PL = Locale.forLanguageTag("pl");
    private static final Locale TR = Locale.forLanguageTag("tr");

    @TempDir Path dir;

    private static final String EN = """
            role.full_admin: {label: "Full Administrator", source: translated}
            role.read_only_admin: {label: "Read-only Administrator", source: translated}
            message.count:
              message: "{n, plural, one {# case} other {# cases}}"
              source: original
            """;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void fallsBackFromRegionToLanguageToEnglish() throws IOException {
        write("en.yaml", EN);
        write("pl.yaml", "role.full_admin: {label: \"Administrator z pełnymi uprawnieniami\", source: \"002_eb43fb2dbe00fd3d.txt:97\"}\n");
        Catalog c = Catalog.load(dir);
        Label pl = c.label("role.full_admin", Locale.forLanguageTag("pl-PL"));
        assertEquals("Administrator z pełnymi uprawnieniami", pl.text());
        assertEquals(PL, pl.locale());
        assertFalse(pl.fellBack());
        Label missing = c.label("role.read_only_admin", Locale.forLanguageTag("pl-PL"));
        assertEquals("Read-only Administrator", missing.text());
        assertEquals(Locale.ENGLISH, missing.locale());
        assertTrue(missing.fellBack());
        assertEquals(List.of(PL, Locale.ENGLISH), c.chain(Locale.forLanguageTag("pl-PL")));
        assertTrue(c.label("role.full_admin", Locale.forLanguageTag("fr")).fellBack());
        assertTrue(c.entry("role.read_only_admin", PL).isEmpty(), "entry() does not fall back");
    }

    @Test
    void unknownKeyIsAnErrorWithSuggestions() {
        CatalogException e = assertThrows(CatalogException.class, () -> CATALOG.label("role.full_admn", PL));
        assertTrue(e.getMessage().contains("role.full_admin"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void labelsOfModelValues() {
        assertEquals("Analizler ve Raporlar", CATALOG.label(Capability.SITE_ANALYTICS_AND_REPORTS, TR).text());
        assertEquals("Analitik ve raporlar", CATALOG.label(Capability.ORG_ANALYTICS_AND_REPORTS, TR).text());
        assertEquals("Harici Tam Yönetici", CATALOG.roleLabel(Role.FULL_ADMIN, Relation.PARTNER, TR).text());
        assertEquals("Zewnętrzny pełny administrator", CATALOG.roleLabel(Role.FULL_ADMIN, Relation.OTHER, PL).text());
        assertEquals("Tam yönetici", CATALOG.roleLabel(Role.FULL_ADMIN, Relation.CUSTOMER, TR).text());
        assertEquals("Sağlama Yöneticisi", CATALOG.roleLabel(Role.PROVISIONING_ADMIN, Relation.PARTNER, TR).text());
        assertEquals("capability.webex_site_roles.licenses", Keys.of(Capability.SITE_LICENSES));
    }

    @Test
    void formatsWithLabelsListsAndSelects() {
        String heading = CATALOG.format("message.verify.heading.table", Map.of("table", Table.WEBEX_SITE_ROLES), PL);
        assertTrue(heading.contains("Role administratora witryny Webex"), heading);
        String summary = CATALOG.format("message.verify.summary", Map.of("passed", 3, "cases", 5), Locale.ENGLISH);
        assertEquals("3 of 5 cases passed", summary);
        assertTrue(CATALOG.format("message.verify.deadline", Map.of("count", 1, "first", "X"), Locale.ENGLISH)
                .startsWith("1 case was not answered"));
        String refused = CATALOG.format("message.result.verdict_by",
                Map.of("verdict", Verdict.REFUSED, "rules", List.of("R36", "R42")), PL);
        assertTrue(refused.startsWith(CATALOG.label(Verdict.REFUSED, PL).text()), refused);
        assertTrue(refused.contains("R36 i R42"), refused);
        String allowed = CATALOG.format("message.result.verdict_by",
                Map.of("verdict", Verdict.ALLOWED, "rules", List.of("R01")), Locale.ENGLISH);
        assertTrue(allowed.startsWith(CATALOG.label(Verdict.ALLOWED, Locale.ENGLISH).text()), allowed);
    }

    @Test
    void lineNumbersAreNotGrouped() {
        String s = CATALOG.format("message.csv.unknown_column", Map.of("file", "admins.csv", "line", 12345, "column", 3,
                "header", "Rola", "expected", List.of("Imię", "Nazwisko")), PL);
        assertTrue(s.startsWith("admins.csv:12345:3: "), s);
    }

    @Test
    void missingArgumentIsAnError() {
        CatalogException e = assertThrows(CatalogException.class,
                () -> CATALOG.format("message.verify.summary", Map.of("passed", 3), Locale.ENGLISH));
        assertTrue(e.getMessage().contains("{cases}"), e.getMessage());
    }

    @Test
    void classpathCopyEqualsTheFolder() {
        Catalog packed = Catalog.fromClasspath();
        assertEquals(CATALOG.keys(), packed.keys());
        assertEquals(CATALOG.export(), packed.export());
    }

    // ---- load errors: one line, file:line:col, what and how to fix

    private CatalogException loadError(String en, String pl) throws IOException {
        write("en.yaml", en);
        if (pl != null) write("pl.yaml", pl);
        return assertThrows(CatalogException.class, () -> Catalog.load(dir));
    }

    private static void assertAt(CatalogException e, String file, int line, String what) {
        String m = e.getMessage();
        assertFalse(m.contains("\n"), m);
        assertTrue(m.matches(".*" + java.util.regex.Pattern.quote(file) + ":" + line + ":\\d+: .+ — .+"), m);
        assertTrue(m.contains(what), m);
    }

    @Test
    void badIcuPattern() throws IOException {
        CatalogException e = loadError(EN + "message.broken: {message: \"{n, plural, one {x}\", source: original}\n", null);
        assertAt(e, "en.yaml", 6, "ICU MessageFormat");
    }

    @Test
    void unknownKeyShape() throws IOException {
        assertAt(loadError(EN + "rol.full_admin: {label: \"x\", source: translated}\n", null), "en.yaml", 6, "unknown key");
        assertAt(loadError(EN + "role.chief_admin: {label: \"x\", source: translated}\n", null), "en.yaml", 6, "unknown role id");
        assertAt(loadError(EN + "capability.webex_site_roles.legal_hold: {label: \"x\", source: translated}\n", null),
                "en.yaml", 6, "has no capability");
        assertAt(loadError(EN + "relation.customer@external: {label: \"x\", source: translated}\n", null),
                "en.yaml", 6, "qualifier");
    }

    @Test
    void yamlSyntaxError() throws IOException {
        assertAt(loadError(EN + "role.support_admin: {label: \"x\", source: translated\n", null), "en.yaml", 7, "YAML");
    }

    @Test
    void duplicateKey() throws IOException {
        assertAt(loadError(EN + "role.full_admin: {label: \"Again\", source: translated}\n", null), "en.yaml", 6, "twice");
    }

    @Test
    void missingSourceOrUnknownField() throws IOException {
        assertAt(loadError(EN + "role.support_admin: {label: \"x\"}\n", null), "en.yaml", 6, "no source");
        assertAt(loadError(EN + "role.support_admin: {label: \"x\", source: translated, lable: \"y\"}\n", null),
                "en.yaml", 6, "unknown field");
        assertAt(loadError(EN + "role.support_admin: {label: \"x\", source: \"the web\"}\n", null), "en.yaml", 6, "unknown source");
    }

    @Test
    void missingPluralCategory() throws IOException {
        CatalogException e = loadError(EN, "message.count:\n  message: \"{n, plural, one {# przypadek} other {# przypadku}}\"\n  source: translated\n");
        assertAt(e, "pl.yaml", 2, "few, many");
    }

    @Test
    void argumentNamesMustAgree() throws IOException {
        CatalogException e = loadError(EN, "message.count:\n  message: \"{m, plural, one {#} few {#} many {#} other {#}}\"\n  source: translated\n");
        assertAt(e, "pl.yaml", 1, "{m}");
    }

    @Test
    void keyMustExistInEnglish() throws IOException {
        assertAt(loadError(EN, "role.support_admin: {label: \"Administrator pomocy\", source: translated}\n"),
                "pl.yaml", 1, "not in en.yaml");
    }

    @Test
    void englishIsRequired() throws IOException {
        write("pl.yaml", "role.full_admin: {label: \"x\", source: translated}\n");
        CatalogException e = assertThrows(CatalogException.class, () -> Catalog.load(dir));
        assertTrue(e.getMessage().contains("en.yaml"), e.getMessage());
    }
}

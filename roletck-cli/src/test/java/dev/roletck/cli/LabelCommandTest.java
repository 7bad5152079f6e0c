package dev.roletck.cli;

import dev.roletck.harness.ExitCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roletck.i18n.Catalog;
import dev.roletck.i18n.Entry;
import dev.roletck.i18n.Keys;
import dev.roletck.i18n.SeedTerms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code roletck label} and {@code roletck catalog export}. */
class LabelCommandTest {

    private static final Catalog CATALOG = Catalog.standard();



    static Stream<SeedTerms.Term> seedTerms() {
        return SeedTerms.ALL.stream();
    }

    @ParameterizedTest(name = "label --find {0}")
    @MethodSource("seedTerms")
    void findResolvesEverySeedTerm(SeedTerms.Term term) {
        String kind = term.key().substring(0, term.key().lastIndexOf('.'));
        CliRun r = CliRun.of("label", "--find", term.text(), "--locale", term.locale().toLanguageTag(), "--kind", kind);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith(term.key() + " "), r.out());
    }

    @Test
    void findResolvesEveryAliasInItsLanguage() {
        List<String> lost = new ArrayList<>();
        for (Locale locale : CATALOG.locales()) {
            for (Entry e : CATALOG.entries(locale)) {
                for (Entry.Alias a : e.aliases()) {
                    String kind = e.key().substring(0, e.key().lastIndexOf('.'));
                    CliRun r = CliRun.of("label", "--find", a.text(), "--locale", locale.toLanguageTag(), "--kind", kind,
                            "--format", "json");
                    if (r.exit() != 0 || !r.out().contains("\"key\" : \"" + e.key() + "\"")) {
                        lost.add(locale + " " + a.text() + ": " + r.exit() + " " + r.err());
                    }
                }
            }
        }
        assertEquals(List.of(), lost);
    }

    @Test
    void findUnderstandsTurkishCapitals() {
        CliRun r = CliRun.of("label", "--find", "SALT OKUNUR YÖNETİCİ", "--locale", "tr");
        assertEquals(0, r.exit(), r.err());
        assertEquals("role.read_only_admin  " + CATALOG.label("role.read_only_admin", Locale.forLanguageTag("tr")).text(),
                r.out().strip());
    }

    @Test
    void misspellingExitsTwoWithSuggestions() {
        CliRun r = CliRun.of("label", "--find", "Administrator z pelnymi uprawnieniem", "--locale", "pl");
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("(role.full_admin)"), r.err());
        assertTrue(r.err().contains(CATALOG.label("role.full_admin", Locale.forLanguageTag("pl")).text()), r.err());
    }

    @Test
    void unknownIdExitsTwoWithSuggestions() {
        CliRun r = CliRun.of("label", "full_admn");
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("role.full_admin"), r.err());
    }

    @Test
    void labelOfAnIdInOneLanguage() {
        CliRun r = CliRun.of("label", "read_only_admin", "--locale", "tr");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().strip().lines().toList();
        assertTrue(lines.contains("role.read_only_admin  Salt okunur yönetici"), r.out());
        assertTrue(lines.contains("role.read_only_admin@external  Harici Salt Okunur Yönetici"), r.out());
        CliRun one = CliRun.of("label", "capability.webex_site_roles.analytics_and_reports", "--locale", "tr");
        assertEquals("Analizler ve Raporlar", one.out().strip());
    }

    @Test
    void labelOfAnIdInEveryLanguageAsJson() throws Exception {
        CliRun r = CliRun.of("label", "role.full_sales_admin", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode labels = new ObjectMapper().readTree(r.out()).get(0).get("labels");
        for (Locale l : CATALOG.locales()) {
            assertEquals(CATALOG.entry("role.full_sales_admin", l).orElseThrow().text(),
                    labels.get(l.toLanguageTag()).get("label").asText());
        }
        assertTrue(labels.get("pl").get("aliases").toString().contains("z\u00a0pełnymi"), labels.toString());
    }

    @Test
    void listAsJsonHasEveryIdInEveryLanguage() throws Exception {
        CliRun r = CliRun.of("label", "--list", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode all = new ObjectMapper().readTree(r.out());
        for (String key : Keys.required()) {
            assertTrue(all.has(key), key);
            for (String tag : List.of("en", "pl", "da", "tr")) {
                assertFalse(all.get(key).path(tag).asText().isBlank(), key + " " + tag);
            }
        }
    }

    @Test
    void listAsAlignedTable() {
        CliRun r = CliRun.of("label", "--list", "--locale", "pl");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        int column = lines.get(1).indexOf(CATALOG.label("role.full_admin", Locale.forLanguageTag("pl")).text());
        assertTrue(column > "role.full_admin".length(), lines.get(1));
        for (String line : lines.subList(1, lines.size() - 1)) {
            String key = line.substring(0, line.indexOf(' '));
            assertEquals(CATALOG.label(key, Locale.forLanguageTag("pl")).text(), line.substring(column), line);
        }
        assertEquals(CATALOG.format("message.label.count", Map.of("keys", lines.size() - 2, "locales", 1),
                Locale.forLanguageTag("pl")), lines.get(lines.size() - 1));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("label").exit());
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("label", "full_admin", "--list").exit());
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("label", "full_admin", "--format", "yaml").exit());
        CliRun fr = CliRun.of("label", "full_admin", "--locale", "fr");
        assertEquals(ExitCodes.BAD_INPUT, fr.exit());
        assertEquals(1, fr.err().strip().lines().count(), fr.err());
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("label", "--find", "x", "--kind", "colour").exit());
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("catalog").exit());
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("catalog", "export", "--format", "po").exit());
    }

    @Test
    void exportWritesIcuPatternsPerLanguage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("messages.json");
        CliRun r = CliRun.of("catalog", "export", "--format", "json", "--output", file.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        Map<String, Map<String, String>> expected = CATALOG.export();
        assertEquals(expected.keySet(), iterable(json.fieldNames()));
        for (String tag : expected.keySet()) {
            assertEquals(expected.get(tag).size(), json.get(tag).size());
            expected.get(tag).forEach((k, v) -> assertEquals(v, json.get(tag).get(k).asText(), tag + " " + k));
        }
        assertEquals("{passed} of {cases, plural, one {# case} other {# cases}} passed",
                json.get("en").get("message.verify.summary").asText());
        CliRun stdout = CliRun.of("catalog", "export");
        assertEquals(json, new ObjectMapper().readTree(stdout.out()));
    }

    private static java.util.Set<String> iterable(java.util.Iterator<String> it) {
        java.util.Set<String> s = new java.util.LinkedHashSet<>();
        it.forEachRemaining(s::add);
        return s;
    }
}

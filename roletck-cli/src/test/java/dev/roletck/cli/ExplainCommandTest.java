package dev.roletck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.harness.ExitCodes;
import dev.roletck.i18n.Catalog;
import dev.roletck.model.Access;
import dev.roletck.model.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Isolated("decideExplainsItsAnswer changes the default Locale (decide speaks it)")
class ExplainCommandTest {

    @Test
    void aCombinationShowsEachRolesCellAndWhichGrantCoversWhich() {
        CliRun r = CliRun.of("explain", "organization_roles/device_management/full_admin+read_only_admin/customer", "--locale", "en");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        List<String> lines = r.out().lines().map(String::strip).toList();
        assertEquals("organization_roles/device_management/full_admin+read_only_admin/customer: expected Full", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Full Administrator (full_admin): the cell says Full (full) (basis ")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Read-only Administrator (read_only_admin): the cell says Read-only (read_only) (basis ")),
                r.out());
        assertTrue(lines.contains("Read-only (read_only) is covered by Full (full), so it is left out"), r.out());
        assertTrue(lines.contains("Full (full) is covered by no other grant, so it is in the answer"), r.out());
    }

    @Test
    void aRuleCaseShowsTheRuleAndTheTextOfItsSeedLines() {
        CliRun r = CliRun.of("explain", "R22/1", "--locale", "en");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().contains("Full Administrator (full_admin): the cell says Full (full), but contributes None (none) here"), r.out());
        assertTrue(r.out().contains("rule R22 (enforced):"), r.out());
        // the seed line's own words, read from docs/spec/seeds
        assertTrue(r.out().contains("seed 003_4c75b58bf7aa02a6.txt:77: If a user is assigned a full administrator position"), r.out());
    }

    /** In another language: the labels of that language with their ids beside them, the sentences of its catalog, no English. */
    @ParameterizedTest
    @ValueSource(strings = {"pl", "da", "tr"})
    void theExplanationSpeaksTheLanguage(String language) {
        Locale locale = Locale.forLanguageTag(language);
        CliRun r = CliRun.of("explain", "organization_roles/device_management/full_admin+read_only_admin/customer", "--locale", language);
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        Catalog catalog = Catalog.standard();
        String fullAdmin = catalog.label(Role.FULL_ADMIN, locale).text() + " (full_admin)";
        String full = catalog.label(Access.FULL, locale).text() + " (full)";
        assertTrue(r.out().contains(fullAdmin), fullAdmin + "\n" + r.out());
        assertTrue(r.out().contains(catalog.format("message.explain.kept", Map.of("grant", full), locale)), r.out());
        // a cell's reason is the spec's reading of the seeds, kept in English only: it is shown quoted, in the language's quotes
        String said = r.out().replaceAll("„[^”]*”|»[^«]*«|“[^”]*”", "");
        assertTrue(said.length() < r.out().length(), "the reading's reason is quoted:\n" + r.out());
        assertEquals(List.of(), LocalizedVerifyTest.found(LocalizedVerifyTest.englishWords(locale), said), r.out());
    }

    /** The unknown case id is told in the language of --locale. */
    @ParameterizedTest
    @ValueSource(strings = {"pl", "da", "tr"})
    void anUnknownIdIsToldInTheLanguage(String language) {
        CliRun r = CliRun.of("explain", "organization_roles/device_managment/device_admin/customer", "--locale", language);
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertTrue(r.err().startsWith("roletck explain: " + Catalog.standard().format("message.known_failures.no_match",
                Map.of("kind", "case", "pattern", "organization_roles/device_managment/device_admin/customer", "suggested", "yes",
                        "suggestions", "organization_roles/device_management/device_admin/customer"), Locale.forLanguageTag(language))), r.err());
    }

    @Test
    void anUnknownIdSuggestsTheNearOnes() {
        CliRun r = CliRun.of("explain", "organization_roles/device_managment/device_admin/customer", "--locale", "en");
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("did you mean organization_roles/device_management/device_admin/customer?"), r.err());
    }

    @Test
    void decideExplainsItsAnswer() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            CliRun r = CliRun.of("decide", "--table", "external_admin_roles", "--capability", "licenses_and_upgrades",
                    "--roles", "read_only_admin,provisioning_admin", "--relation", "partner", "--explain");
            assertEquals(ExitCodes.OK, r.exit(), r.err());
            List<String> lines = r.out().lines().map(String::strip).toList();
            assertTrue(lines.get(0).startsWith("{\"access\":\"full\""), lines.get(0));
            assertTrue(lines.contains("Read-only (read_only) is covered by no other grant, so it is in the answer"), r.out());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("Provisioning Administrator (provisioning_admin): the cell says Full (full) [")
                    && l.contains("(services_sold_by_partner)]")), r.out());
        } finally {
            Locale.setDefault(before);
        }
    }
}

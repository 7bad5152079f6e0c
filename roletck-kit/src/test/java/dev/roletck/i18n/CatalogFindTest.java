package dev.roletck.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Finding the key a reader's text names: seed terms, aliases, upper case, accents, misspellings. */
@Isolated("resultDoesNotDependOnTheJvmDefaultLocale changes the default Locale")
class CatalogFindTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final Locale TR = Locale.forLanguageTag("tr");
    private static final Locale PL = Locale.forLanguageTag("pl");

    static Stream<SeedTerms.Term> seedTerms() {
        return SeedTerms.ALL.stream();
    }

    static String group(String key) {
        return key.substring(0, key.lastIndexOf('.') + 1);
    }

    @ParameterizedTest(name = "{0} appears verbatim")
    @MethodSource("seedTerms")
    void seedTermAppearsVerbatim(SeedTerms.Term term) {
        Entry e = CATALOG.entry(term.key(), term.locale()).orElseThrow(() -> new AssertionError("no entry for " + term));
        List<String> spellings = new ArrayList<>();
        spellings.add(e.text());
        e.aliases().forEach(a -> spellings.add(a.text()));
        assertTrue(spellings.contains(term.text()), term + " is not the label or an alias: " + spellings);
    }

    @ParameterizedTest(name = "{0} is found, also in upper case")
    @MethodSource("seedTerms")
    void seedTermIsFound(SeedTerms.Term term) {
        assertEquals(List.of(term.key()), keys(CATALOG.find(term.text(), term.locale(), group(term.key()))), term.toString());
        String upper = UCharacter.toUpperCase(ULocale.forLocale(term.locale()), term.text());
        assertEquals(List.of(term.key()), keys(CATALOG.find(upper, term.locale(), group(term.key()))), upper);
    }

    @Test
    void everyLabelAndAliasIsFoundInItsLanguage() {
        List<String> lost = new ArrayList<>();
        int checked = 0;
        for (Locale locale : CATALOG.locales()) {
            for (Entry e : CATALOG.entries(locale)) {
                if (e.message()) continue;
                List<String> spellings = new ArrayList<>();
                spellings.add(e.text());
                e.aliases().forEach(a -> spellings.add(a.text()));
                for (String s : spellings) {
                    for (String text : List.of(s, UCharacter.toUpperCase(ULocale.forLocale(locale), s))) {
                        checked++;
                        FindResult r = CATALOG.find(text, locale, group(e.key()));
                        if (!keys(r).equals(List.of(e.key()))) lost.add(locale + " \"" + text + "\" → " + keys(r));
                    }
                }
            }
        }
        assertTrue(checked > 1300, "checked " + checked);
        assertEquals(List.of(), lost);
    }

    @Test
    void turkishCapitalsWithDottedI() {
        FindResult r = CATALOG.find("SALT OKUNUR YÖNETİCİ", TR);
        assertEquals(List.of("role.read_only_admin"), keys(r));
        assertEquals("read_only_admin", r.unique().orElseThrow().id());
        assertEquals(List.of("role.full_admin@external"), keys(CATALOG.find("HARİCİ TAM YÖNETİCİ", TR, "role")));
        assertEquals("external", CATALOG.find("HARİCİ TAM YÖNETİCİ", TR, "role").unique().orElseThrow().qualifier().orElseThrow());
        // Typed without Turkish letters: dotless I and plain o
        assertEquals(List.of("role.read_only_admin"), keys(CATALOG.find("SALT OKUNUR YONETICI", TR)));
        assertEquals(List.of("role.user_device_admin"), keys(CATALOG.find("kullanici ve cihaz yoneticisi", TR)));
    }

    @Test
    void noBreakSpaceAndExtraWhiteSpaceAreSpaces() {
        assertEquals(List.of("role.full_sales_admin"),
                keys(CATALOG.find("Administrator sprzedaży z\u00a0pełnymi uprawnieniami", PL)));
        assertEquals(List.of("role.full_sales_admin"),
                keys(CATALOG.find("  administrator   SPRZEDAŻY z pełnymi\tuprawnieniami ", PL)));
        assertEquals(List.of("role.full_admin"), keys(CATALOG.find("Pelny administrator", PL)));
    }

    @Test
    void englishNamesAndIdsAreUnderstoodInEveryLanguage() {
        assertEquals(List.of("role.full_admin"), keys(CATALOG.find("full administrator", PL, "role")));
        assertEquals(List.of("role.full_admin"), keys(CATALOG.find("full_admin", TR, "role")));
        assertEquals(List.of("capability.webex_site_roles.licenses"),
                keys(CATALOG.find("licenses", Locale.forLanguageTag("da"), "capability.webex_site_roles")));
    }

    @Test
    void theSameNameInTwoTablesNeedsTheTable() {
        FindResult both = CATALOG.find("Analityka i raporty", PL, "capability");
        assertEquals(List.of("capability.organization_roles.analytics_and_reports",
                "capability.webex_site_roles.analytics_and_reports"), keys(both));
        assertTrue(both.unique().isEmpty());
        assertEquals(List.of("capability.webex_site_roles.analytics_and_reports"),
                keys(CATALOG.find("Analizler ve Raporlar", TR, "capability")));
        assertEquals(List.of("capability.organization_roles.analytics_and_reports"),
                keys(CATALOG.find("Analitik ve raporlar", TR, "capability")));
    }

    @Test
    void kindRestrictsTheSearch() {
        assertTrue(CATALOG.find("Tylko do odczytu", PL, "role").matches().isEmpty());
        assertEquals(List.of("access.read_only"), keys(CATALOG.find("Tylko do odczytu", PL, "access")));
    }

    @Test
    void misspellingsGetNearSuggestions() {
        FindResult pl = CATALOG.find("Administrator z pelnymi uprawnieniem", PL, "role");
        assertFalse(pl.found());
        assertEquals("role.full_admin", pl.suggestions().get(0).key(), pl.suggestions().toString());
        FindResult tr = CATALOG.find("Salt okunr yönetci", TR, "role");
        assertFalse(tr.found());
        assertEquals("role.read_only_admin", tr.suggestions().get(0).key(), tr.suggestions().toString());
        FindResult da = CATALOG.find("Klargøringsadministratr", Locale.forLanguageTag("da"));
        assertEquals("role.provisioning_admin", da.suggestions().get(0).key(), da.suggestions().toString());
        assertTrue(CATALOG.find("zzzzzzzzzzzzzzzzzz", PL).suggestions().isEmpty(), "nothing near a random text");
    }

    /** Danes without æ/ø/å keys write ae/oe/aa; the plain letters a/o keep working too. */
    @Test
    void danishLettersMeetTheirTwoLetterSpellings() {
        Locale da = Locale.forLanguageTag("da");
        assertEquals(List.of("role.provisioning_admin"), keys(CATALOG.find("klargoeringsadministrator", da, "role")));
        assertEquals(List.of("role.provisioning_admin"), keys(CATALOG.find("klargoringsadministrator", da, "role")));
        assertEquals(List.of("capability.contact_center.manage_business_hours"),
                keys(CATALOG.find("administration af aabningstider", da, "capability.contact_center")));
        assertEquals(List.of("access.not_applicable"), keys(CATALOG.find("ikke tilgaengelig", da, "access")));
        assertFalse(CATALOG.find("klargoeringsadministrator", PL, "role").found(),
                "ae/oe/aa folding is Danish only");
    }

    @Test
    void resultDoesNotDependOnTheJvmDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            List<List<String>> results = new ArrayList<>();
            for (String tag : List.of("tr", "pl", "da", "en")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                results.add(keys(CATALOG.find("SALT OKUNUR YÖNETİCİ", TR)));
                results.add(keys(CATALOG.find("INTEGRACJE APLIKACJI", PL)));
            }
            for (List<String> r : results) assertEquals(1, r.size(), results.toString());
            assertEquals(results.get(0), results.get(6));
        } finally {
            Locale.setDefault(before);
        }
    }

    static List<String> keys(FindResult r) {
        return r.matches().stream().map(FindResult.Match::key).toList();
    }
}

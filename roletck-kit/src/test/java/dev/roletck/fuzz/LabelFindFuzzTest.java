package dev.roletck.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.roletck.i18n.Catalog;
import dev.roletck.i18n.FindResult;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * {@code label --find} on arbitrary text, in every language and with any kind prefix: it never
 * throws, and what it finds is a key under the prefix that finding its own label finds again.
 * Saved inputs: {@code src/test/resources/dev/roletck/fuzz/LabelFindFuzzTestInputs/}.
 */
@Isolated("Jazzer hooks the whole JVM (its bug detectors) while a fuzz test runs")
class LabelFindFuzzTest {
    private static final Catalog CATALOG = Catalog.standard();
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("pl"),
            Locale.forLanguageTag("da"), Locale.forLanguageTag("tr"), Locale.forLanguageTag("de"));
    private static final List<String> KINDS = List.of("", "role", "capability.", "relation", "access", "x");

    @FuzzTest(maxDuration = "30s")
    void find(FuzzedDataProvider data) {
        Locale locale = data.pickValue(LOCALES);
        String kind = data.pickValue(KINDS);
        String text = data.consumeRemainingAsString();
        FindResult result = CATALOG.find(text, locale, kind);
        for (FindResult.Match m : result.matches()) {
            assertTrue(m.key().startsWith(kind), m.key() + " outside " + kind);
            FindResult again = CATALOG.find(m.matched(), m.locale(), kind);
            assertTrue(again.matches().stream().anyMatch(x -> x.key().equals(m.key())),
                    "'" + m.matched() + "' found " + m.key() + " once, not again");
        }
        assertEquals(result.found(), !result.matches().isEmpty());
    }
}

package dev.roletck.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The grammar the messages carry: plurals for counts, CLDR grouping and language names, the language's quotes. */
class IcuMessagesTest {
    private static final Catalog CATALOG = Catalog.standard();
    private static final Locale PL = Locale.forLanguageTag("pl");
    private static final Locale DA = Locale.forLanguageTag("da");
    private static final Locale TR = Locale.forLanguageTag("tr");

    @Test
    void countsAgreeWithTheirNouns() {
        Map<String, Object> one = Map.of("total", 1, "passed", 0, "failed", 0, "expected", 1, "unexpected", 0, "notRun", 0);
        assertTrue(CATALOG.format("message.report.counts", one, Locale.ENGLISH).contains("1 expected failure,"),
                CATALOG.format("message.report.counts", one, Locale.ENGLISH));
        assertTrue(CATALOG.format("message.report.counts", one, DA).contains("1 forventet fejl,"),
                CATALOG.format("message.report.counts", one, DA));
        Map<String, Object> two = Map.of("total", 2, "passed", 0, "failed", 0, "expected", 2, "unexpected", 0, "notRun", 0);
        assertTrue(CATALOG.format("message.report.counts", two, Locale.ENGLISH).contains("2 expected failures,"));
        assertTrue(CATALOG.format("message.report.counts", two, DA).contains("2 forventede fejl,"));
    }

    /** CLDR groups Polish numbers only from five digits on (minimum grouping digits 2): 4125, but 12 345. */
    @Test
    void polishNumbersFollowCldrGrouping() {
        String four = CATALOG.format("message.verify.summary", Map.of("passed", 4125, "cases", 4125), PL);
        assertTrue(four.contains("4125 z 4125 przypadków"), four);
        String five = CATALOG.format("message.verify.summary", Map.of("passed", 12345, "cases", 12345), PL);
        assertTrue(five.contains("12\u00A0345"), five);
    }

    /** ICU4J formats a plural's {@code #} without CLDR's minimum grouping, so Polish messages name their numbers. */
    @Test
    void polishMessagesShowNumbersThroughASkeleton() {
        List<String> bare = new ArrayList<>();
        for (Entry e : CATALOG.entries(PL)) {
            if (!e.message()) continue;
            MessagePattern p = new MessagePattern(e.text());
            for (int i = 0; i < p.countParts(); i++) {
                if (p.getPart(i).getType() == MessagePattern.Part.Type.REPLACE_NUMBER) bare.add(e.key());
            }
        }
        assertEquals(List.of(), bare, "Polish messages with # — write {n, number, ::group-auto} instead");
    }

    @Test
    void languageNamesComeFromCldr() {
        assertEquals("polski", CATALOG.languageName(PL, PL));
        assertEquals("polsk", CATALOG.languageName(PL, DA));
        assertEquals("Lehçe", CATALOG.languageName(PL, TR));
        assertEquals("Turkish", CATALOG.languageName(TR, Locale.ENGLISH));
        assertEquals("tyrkisk", CATALOG.languageName(TR, DA));
    }

    /** Polish „…”, Danish and Turkish “…” (CLDR), never typewriter quotes around a quoted value. */
    @Test
    void messagesQuoteWithTheLanguagesQuotationMarks() {
        List<String> ascii = new ArrayList<>();
        for (Locale l : List.of(PL, DA, TR)) {
            for (Entry e : CATALOG.entries(l)) {
                if (e.message() && e.text().replace("\"\"", "").contains("\"")) ascii.add(l + " " + e.key()); // "" is CSV syntax shown as code
            }
        }
        assertEquals(List.of(), ascii);
        assertFalse(CATALOG.format("message.feature.no_step", Map.of("text", "x", "steps", "S"), PL).contains("\""));
    }
}

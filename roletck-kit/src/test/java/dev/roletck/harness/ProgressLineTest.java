package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.harness.report.ReportText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The progress line: drawn in place, throttled, from the catalog, wiped at the end, silent afterwards. */
class ProgressLineTest {
    @Test
    void theLineIsRewrittenInPlaceThrottledAndWipedAtTheEnd() {
        StringWriter w = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(w), ReportText.of(Locale.ENGLISH));
        line.cases(1, 3, 0);
        assertEquals("\r1 of 3 cases, no failures, 0 s", w.toString());
        line.cases(2, 3, 0); // within the interval: not drawn
        assertEquals("\r1 of 3 cases, no failures, 0 s", w.toString());
        line.cases(3, 3, 1); // the last case is always drawn
        // a shorter line is padded with spaces over the longer one before it
        int width = "1 of 3 cases, no failures, 0 s".length();
        assertTrue(w.toString().endsWith("\r3 of 3 cases, 1 failure, 0 s  "), w.toString().replace("\r", "\\r"));
        line.scenarios();
        String scenarios = "\rRunning the scenarios, 0 s";
        assertTrue(w.toString().contains(scenarios), w.toString());
        assertTrue(w.toString().endsWith(scenarios + " ".repeat(width - (scenarios.length() - 1))), w.toString().replace("\r", "\\r"));
        line.done();
        assertTrue(w.toString().endsWith("\r" + " ".repeat(width) + "\r"), "wiped");
        String after = w.toString();
        line.cases(3, 3, 1);
        assertEquals(after, w.toString(), "nothing is drawn after the end");
        assertFalse(after.contains("\n"), "one line, never a new one");
    }

    @Test
    void inDanishTurkishAndPolishFromTheCatalog() {
        for (String[] l : new String[][] {{"da", "\r2 af 5 tilfælde, ingen fejl, 0 s"}, {"tr", "\r2/5 durum, başarısızlık yok, 0 sn"},
                {"pl", "\r2 z 5 przypadków, bez niepowodzeń, 0 s"}}) {
            StringWriter w = new StringWriter();
            new ProgressLine(new PrintWriter(w), ReportText.of(Locale.forLanguageTag(l[0]))).cases(2, 5, 0);
            assertEquals(l[1], w.toString(), l[0]);
        }
    }
}

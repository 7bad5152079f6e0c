package dev.roletck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roletck.harness.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify --fail-fast, the progress line (--progress / --no-progress, never when piped), and extra answer fields. */
class VerifyRunControlTest {
    private static final String LEGAL_HOLD = "^organization_roles/legal_hold/";

    @TempDir Path dir;

    private static void python() {
        boolean onPath = System.getenv("PATH") != null && java.util.Arrays.stream(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, "python3")));
        if (!onPath && "optional".equals(System.getProperty("roletck.python"))) Assumptions.abort("python3 is not on the PATH");
        assertTrue(onPath, "python3 is not on the PATH (or run with -Droletck.python=optional)");
    }

    @Test
    void failFastOverTheProcessProtocolStopsWritesTheReportsAndSaysSo() throws Exception {
        python();
        CliRun r = CliRun.of("verify", "--locale", "en", "--impl-cmd", "python3 examples/python/wrong_policy.py --bug flipped-cell",
                "--fail-fast", "--generated-assignments", "0", "--run", "^organization_roles/", "--report-dir", dir.toString());
        assertEquals(ExitCodes.FAILED, r.exit(), r.err());
        Matcher m = Pattern.compile("Stopped at the first failure \\((\\S+), --fail-fast\\): ([\\d,]+) cases were not run, and this is no verdict on them\\.")
                .matcher(r.out());
        assertTrue(m.find(), r.out());
        assertTrue(m.group(1).startsWith("organization_roles/device_management/"), m.group(1));
        JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertEquals(m.group(1), json.get("stopped_at").asText());
        assertEquals(Integer.parseInt(m.group(2).replace(",", "")), json.get("summary").get("not_run").asInt());
        assertEquals(1, json.get("summary").get("failed").asInt() + json.get("summary").get("errors").asInt());
        assertTrue(Files.exists(dir.resolve("report.html")) && Files.exists(dir.resolve("report.xml")));
    }

    @Test
    void failFastWithTheFeaturesOnSaysTheyWereNotRun() {
        python();
        CliRun r = CliRun.of("verify", "--locale", "en", "--impl-cmd", "python3 examples/python/wrong_policy.py --bug flipped-cell",
                "--fail-fast", "--generated-assignments", "0", "--lang", "en");
        assertEquals(ExitCodes.FAILED, r.exit(), r.err());
        assertTrue(r.out().contains("Features not run: the run stopped at the first failure (--fail-fast)."), r.out());
        assertFalse(r.out().contains("Features, en"), r.out());
    }

    @Test
    void failFastOnAConformantRunChangesNothing() {
        // The reference policy is conformant: nothing stops, and the verdict does not mention --fail-fast.
        CliRun r = CliRun.of("verify", "--locale", "en", "--fail-fast", "--run", LEGAL_HOLD, "--generated-assignments", "0");
        assertEquals(ExitCodes.OK, r.exit(), r.out() + r.err());
        assertFalse(r.out().contains("--fail-fast"), r.out());
    }

    @Test
    void aPipedRunDrawsNoProgressLine() {
        CliRun r = CliRun.of("verify", "--locale", "en", "--run", LEGAL_HOLD, "--generated-assignments", "0");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertFalse(r.out().contains("\r") || r.err().contains("\r"), "a carriage return in piped output: " + r.err());
        CliRun off = CliRun.of("verify", "--locale", "en", "--no-progress", "--run", LEGAL_HOLD, "--generated-assignments", "0");
        assertFalse(off.out().contains("\r") || off.err().contains("\r"));
    }

    @Test
    void aForcedProgressLineIsDrawnOnStandardErrorAndClearedBeforeTheSummary() {
        CliRun r = CliRun.of("verify", "--locale", "en", "--progress", "--run", LEGAL_HOLD, "--generated-assignments", "0");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        Matcher m = Pattern.compile("\r(\\d+) of (\\d+) cases, no failures, \\d+ s").matcher(r.err());
        assertTrue(m.find(), "no progress line in: " + r.err().replace("\r", "\\r"));
        int total = Integer.parseInt(m.group(2));
        assertTrue(r.err().contains("\r" + total + " of " + total + " cases, no failures"), r.err().replace("\r", "\\r"));
        assertTrue(r.err().endsWith("\r"), "the line is wiped at the end: " + r.err().replace("\r", "\\r"));
        assertFalse(r.out().contains("\r"), "the summary on standard output is clean");
        // in Polish too, from the catalog
        CliRun pl = CliRun.of("verify", "--locale", "pl", "--progress", "--run", LEGAL_HOLD, "--generated-assignments", "0");
        assertTrue(pl.err().contains(" przypadków, bez niepowodzeń, "), pl.err().replace("\r", "\\r"));
    }

    @Test
    void neverAProgressLineWithJsonOrJunitOutput() {
        for (String format : new String[] {"json", "junit"}) {
            CliRun r = CliRun.of("verify", "--locale", "en", "--progress", "--format", format, "--run", LEGAL_HOLD, "--generated-assignments", "0");
            assertEquals(ExitCodes.OK, r.exit(), r.err());
            assertFalse(r.out().contains("\r") || r.err().contains("\r"), format);
        }
    }

    @Test
    void anExtraAnswerFieldPassesAndIsMentionedOnce() {
        python();
        String tookMs = "python3 -c \"import sys,json; sys.path.insert(0, 'examples/python'); import policy;"
                + " policy.main(lambda l: json.dumps(dict(policy.handle(l), took_ms=1)))\"";
        CliRun r = CliRun.of("verify", "--locale", "en", "--impl-cmd", tookMs, "--run", "^organization_roles/", "--generated-assignments", "0");
        assertEquals(ExitCodes.OK, r.exit(), r.out() + r.err());
        String line = "The implementation's answers carry a field the protocol does not define: took_ms (ignored)";
        assertEquals(1, r.out().split(Pattern.quote(line), -1).length - 1, r.out());
    }
}

package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roletck.harness.report.ConsoleReport;
import dev.roletck.harness.report.ReportText;
import dev.roletck.harness.report.Reports;
import dev.roletck.suite.CaseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run notes besides the verdict: extra answer fields (once), and a process's last words on standard error. */
class RemarksTest {
    @TempDir Path dir;

    /** The python example with one field of its own on every answer. */
    static String tookMs() {
        return "python3 -c \"import sys,json; sys.path.insert(0, 'examples/python'); import policy;"
                + " policy.main(lambda l: json.dumps(dict(policy.handle(l), took_ms=1)))\"";
    }

    @Test
    void extraAnswerFieldsAreIgnoredAndMentionedOnceInTheSummaryAndReportJson() throws Exception {
        Python.require();
        HarnessResult result = Harness.run(Fixtures.options(new Implementation.Command(tookMs(), Python.projectDir())).withReportDir(dir),
                Fixtures.sample());
        assertEquals(ExitCodes.OK, result.exitCode(), () -> result.failures().toString());
        assertEquals(Set.of("took_ms"), result.notes().extraAnswerFields());
        String summary = ConsoleReport.render(result, ReportText.of(Locale.ENGLISH));
        String line = "The implementation's answers carry a field the protocol does not define: took_ms (ignored)";
        assertEquals(1, summary.split(java.util.regex.Pattern.quote(line), -1).length - 1, summary);
        JsonNode json = new ObjectMapper().readTree(dir.resolve(Reports.JSON).toFile());
        assertEquals("[\"took_ms\"]", json.get("extra_answer_fields").toString());
        assertFalse(json.has("implementation_stderr"), "no fault, no standard error in the report");
    }

    @Test
    void aPlainImplementationHasNoExtraFieldsLine() {
        HarnessResult result = Harness.run(Fixtures.options(new Implementation.InProcess(new dev.roletck.reference.ReferencePolicy())),
                Fixtures.cases().subList(0, 5));
        assertTrue(result.notes().extraAnswerFields().isEmpty());
        assertFalse(ConsoleReport.render(result, ReportText.of(Locale.ENGLISH)).contains("does not define"));
    }

    @Test
    void theExtraFieldsKeptAreBoundedAndSanitized() {
        ExtraFields extra = new ExtraFields();
        for (int i = 0; i < 100; i++) {
            extra.ofAccess(Json.parse("{\"access\":\"none\",\"f" + i + "\\u001b[31m\":1,\"grants\":[{\"access\":\"none\",\"note\":2}]}"));
        }
        assertEquals(Remarks.MAX_EXTRA_FIELDS, extra.snapshot().size());
        assertTrue(extra.snapshot().stream().noneMatch(f -> f.chars().anyMatch(c -> c < 0x20)), extra.snapshot().toString());
        assertTrue(extra.snapshot().contains("grants[].note"), extra.snapshot().toString());
    }

    @Test
    void aCrashKeepsTheExceptionLineAndReportJsonKeepsTheStandardErrorTail() throws Exception {
        Python.require();
        String crashing = "organization_roles/legal_hold/compliance_officer/customer";
        HarnessResult result = Harness.run(Fixtures.options(new Implementation.Command(Python.command("wrong_policy.py", "--bug", "crash"),
                Python.projectDir())).withReportDir(dir), Fixtures.sample(crashing));
        CaseResult crashed = result.failures().get(0);
        assertEquals(crashing, crashed.id());
        String reason = crashed.reason().orElseThrow();
        assertTrue(reason.startsWith("crash: "), reason);
        assertTrue(reason.contains("RuntimeError: simulated crash)"), "the exception line is cut off: " + reason);
        List<String> tail = result.notes().stderrTail();
        assertTrue(tail.size() > 1 && tail.size() <= Remarks.STDERR_TAIL_LINES, tail.toString());
        assertTrue(tail.contains("Traceback (most recent call last):"), tail.toString());
        assertEquals("RuntimeError: simulated crash", tail.get(tail.size() - 1));
        JsonNode json = new ObjectMapper().readTree(dir.resolve(Reports.JSON).toFile());
        List<String> inReport = new ArrayList<>();
        json.get("implementation_stderr").forEach(n -> inReport.add(n.asText()));
        assertEquals(tail, inReport);
    }

    @Test
    void theLastWordsKeepTheLastLineWholeAndCutAtTheFront() {
        List<String> lines = List.of("Traceback (most recent call last):", "  File \"" + "x".repeat(250) + "\", line 1", "  File \""
                + "y".repeat(250) + "\", line 2", "ValueError: the last word");
        String words = ProcessLane.lastWords(lines, 400);
        assertTrue(words.endsWith("| ValueError: the last word"), words);
        assertTrue(words.startsWith("... | "), words);
        assertTrue(words.length() <= 400 + 6, words.length() + "");
        assertEquals("a | b", ProcessLane.lastWords(List.of("a", "b"), 400));
    }

    /** A tiny JSON reader for the test. */
    private static final class Json {
        static JsonNode parse(String s) {
            try {
                return new ObjectMapper().readTree(s);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
    }
}

package dev.roletck.harness.report;

import dev.roletck.harness.HarnessResult;
import dev.roletck.matrix.Group;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.Summary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary printed at the end of a run, in the reader's language: the cases that did not pass
 * (each one line naming the case, expected, actual and source), counts per rule group, the verdict.
 */
public final class ConsoleReport {
    /** How many problems are printed; the reports list every one. */
    static final int MAX_PROBLEMS = 20;

    private ConsoleReport() {}

    public static String render(HarnessResult result, ReportText text) {
        Summary summary = result.summary();
        return body(result, text) + verdict(summary.conformant(), summary.problems(), text);
    }

    /** Everything but the verdict: the problems, a row per rule group, the totals and the union note. */
    public static String body(HarnessResult result, ReportText text) {
        StringBuilder out = new StringBuilder();
        out.append("RoleTCK — ").append(text.format("implementation", Map.of("impl", result.implementation()))).append('\n');
        List<CaseResult> problems = result.failures();
        for (FailureGroups.FailureGroup g : FailureGroups.of(result.results())) {
            out.append("  ").append(FailureGroups.describe(g, text)).append('\n');
        }
        for (CaseResult r : problems.subList(0, Math.min(MAX_PROBLEMS, problems.size()))) {
            out.append("  ").append(r.message()).append('\n');
        }
        if (problems.size() > MAX_PROBLEMS) {
            out.append("  ").append(text.format("more", Map.of("count", problems.size() - MAX_PROBLEMS))).append('\n');
        }
        Summary summary = result.summary();
        for (Summary.Row row : summary.rows()) {
            out.append(text.message("message.verify.row", Map.of("group", groupName(row.group(), text),
                    "passed", row.passed(), "cases", row.total(), "failed", row.problems())));
            if (row.notRun() + row.expectedFailures() + row.unexpectedPasses() > 0) {
                out.append(" (").append(text.format("row_more", Map.of("notRun", row.notRun(),
                        "expected", row.expectedFailures(), "unexpected", row.unexpectedPasses()))).append(')');
            }
            out.append('\n');
        }
        out.append(text.message("message.verify.summary", Map.of("passed", summary.passed(), "cases", summary.total()))).append('\n');
        out.append(text.message("message.verify.union_note", Map.of())).append('\n');
        return out.toString();
    }

    /** The last line: conformant, or how many checks failed. */
    public static String verdict(boolean conformant, int failed, ReportText text) {
        return (conformant ? text.message("message.verify.conformant", Map.of())
                : text.message("message.verify.not_conformant", Map.of("failed", failed))) + '\n';
    }

    /** The name of a rule group: its table's label, or the heading of the assignment rules. */
    public static String groupName(Group group, ReportText text) {
        return group.table().map(text::label).orElseGet(() -> text.message("message.verify.heading.assignment", Map.of()));
    }

    static String counts(Summary s, ReportText text) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("total", s.total());
        args.put("passed", s.passed());
        args.put("failed", s.failed() + s.errors());
        args.put("expected", s.expectedFailures());
        args.put("unexpected", s.unexpectedPasses());
        args.put("notRun", s.notRun());
        return text.format("counts", args);
    }
}

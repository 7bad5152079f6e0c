package dev.roletck.harness.report;

import dev.roletck.harness.CaseOutcome;
import dev.roletck.harness.HarnessResult;
import dev.roletck.harness.Profile;
import dev.roletck.harness.Status;
import dev.roletck.harness.Summary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The summary printed at the end of a run: counts per rule group, the verdict, the first problems. */
public final class ConsoleReport {
    private static final int MAX_PROBLEMS = 20;

    private ConsoleReport() {}

    public static String render(HarnessResult result, ReportText text) {
        StringBuilder out = new StringBuilder();
        out.append("RoleTCK — ").append(text.format("implementation", Map.of("impl", result.implementation()))).append('\n');
        for (String group : Profile.ALL_GROUPS) {
            List<CaseOutcome> of = result.outcomes().stream().filter(o -> o.group().equals(group)).toList();
            if (of.isEmpty()) continue;
            Summary s = Summary.of(of);
            out.append(String.format(Locale.ROOT, "  %-32s %s%n", group, text.format("group_counts",
                    Map.of("passed", s.passed() + s.expectedFailures(), "failed", s.failed() + s.unexpectedPasses(), "notRun", s.notRun()))));
        }
        Summary s = result.summary();
        out.append(text.get(s.conformant() ? "conformant" : "not_conformant").toUpperCase(text.locale()))
                .append(": ").append(counts(s, text)).append('\n');
        List<CaseOutcome> problems = result.outcomes().stream().filter(o -> o.status().failsRun()).toList();
        for (CaseOutcome o : problems.subList(0, Math.min(MAX_PROBLEMS, problems.size()))) {
            out.append("  ").append(o.status() == Status.FAILED ? "FAIL " : "PASS?").append(' ').append(o.id()).append(": ")
                    .append(o.reason().orElse("")).append('\n');
            if (!o.provenance().summary().isEmpty()) {
                out.append("        ").append(text.get("source")).append(": ").append(o.provenance().summary()).append('\n');
            }
        }
        if (problems.size() > MAX_PROBLEMS) {
            out.append("  ").append(text.format("more", Map.of("count", problems.size() - MAX_PROBLEMS))).append('\n');
        }
        return out.toString();
    }

    static String counts(Summary s, ReportText text) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("total", s.total());
        args.put("passed", s.passed());
        args.put("failed", s.failed());
        args.put("expected", s.expectedFailures());
        args.put("unexpected", s.unexpectedPasses());
        args.put("notRun", s.notRun());
        return text.format("counts", args);
    }
}

package dev.roletck.harness.report;

import dev.roletck.harness.HarnessResult;
import dev.roletck.matrix.Group;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.Summary;
import com.ibm.icu.text.ListFormatter;
import dev.roletck.features.FeatureResults;
import dev.roletck.model.RuleId;
import dev.roletck.suite.CaseKind;
import dev.roletck.suite.Conformance;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** Everything: the problems, a row per rule group, the scenarios, the shrunk cases, and the verdict with its scope. */
    public static String render(HarnessResult result, ReportText text) {
        return body(result, text) + features(result, text) + shrunk(result, text) + verdict(result, text) + '\n';
    }

    /** A row per language of the features, with the scenarios that failed first. */
    public static String features(HarnessResult result, ReportText text) {
        if (result.features().isEmpty()) return "";
        FeatureResults f = result.features().get();
        StringBuilder out = new StringBuilder();
        for (FeatureResults.Failure failure : f.failures().subList(0, Math.min(MAX_PROBLEMS, f.failures().size()))) {
            out.append("  ").append(failure).append('\n');
        }
        if (f.failures().size() > MAX_PROBLEMS) {
            out.append("  ").append(text.format("more", Map.of("count", f.failures().size() - MAX_PROBLEMS))).append('\n');
        }
        for (FeatureResults.Language l : f.languages()) {
            Locale language = Locale.forLanguageTag(l.language());
            out.append(text.message("message.verify.features.row", Map.of("language", language, "passed", l.passed(),
                    "scenarios", l.scenarios(), "failed", l.failed(), "skipped", l.skipped())));
            if (l.notRun() + l.expectedFailures() > 0) {
                out.append('\n').append(text.message("message.verify.features.scope", Map.of("language", language,
                        "notRun", l.notRun(), "expected", l.expectedFailures())));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The seed of the generated cases, and each failing one shrunk to its smallest failing form. */
    public static String shrunk(HarnessResult result, ReportText text) {
        StringBuilder out = new StringBuilder();
        result.seed().ifPresent(seed -> out.append(text.message("message.verify.seed", Map.of("seed", Long.toString(seed)))).append('\n'));
        for (HarnessResult.Shrunk s : result.shrunk()) {
            out.append(text.message("message.verify.shrunk", Map.of("id", s.original().id()))).append('\n');
            s.yaml().lines().forEach(line -> out.append("    ").append(line).append('\n'));
        }
        return out.toString();
    }

    /**
     * The verdict with what it covers: e.g. "Conformant for 2 of 7 rule groups: 1,864 of 4,125 fixed
     * cases, 9,872 generated requests (seed 41), 212 fail-closed checks, 1,028 scenarios in 4
     * languages; rules exercised: R01, R02, …". A run that checks part of the spec says which part.
     */
    public static String verdict(HarnessResult result, ReportText text) {
        int groups = Group.ruleGroups().size();
        int run = result.ruleGroups().size();
        String headline;
        if (!result.conformant()) {
            headline = text.message("message.verdict.not_conformant",
                    Map.of("problems", result.summary().problems() + result.failedScenarios()));
        } else if (run == groups) {
            headline = text.message("message.verdict.conformant_all", Map.of("groups", groups));
        } else {
            headline = text.message("message.verdict.conformant_part", Map.of("run", run, "groups", groups));
        }
        List<String> parts = new ArrayList<>();
        int[] fixed = result.count(FIXED);
        parts.add(text.message("message.verdict.fixed", Map.of("run", fixed[1], "total", fixed[0])));
        int[] generated = result.count(EnumSet.of(CaseKind.GENERATED));
        if (generated[0] > 0) {
            parts.add(text.message("message.verdict.generated", Map.of("count", generated[1],
                    "seed", result.seed().isPresent() ? Long.toString(result.seed().getAsLong()) : "")));
        }
        int[] failClosed = result.count(EnumSet.of(CaseKind.FAIL_CLOSED));
        if (failClosed[0] > 0) {
            boolean inProcess = failClosed[1] == 0 && result.results().stream().anyMatch(r -> r.reason().filter(Conformance.NO_WIRE::equals).isPresent());
            parts.add(inProcess ? text.message("message.verdict.fail_closed_in_process", Map.of())
                    : text.message("message.verdict.fail_closed", Map.of("count", failClosed[1])));
        }
        result.features().ifPresent(f -> {
            int ran = f.languages().stream().mapToInt(l -> l.passed() + l.failed() + l.expectedFailures()).sum();
            parts.add(text.message("message.verdict.scenarios", Map.of("count", ran, "languages", f.languages().size())));
        });
        String rules = result.rulesExercised().stream().map(RuleId::id).collect(Collectors.joining(", "));
        String line = text.message(result.conformant() ? "message.verdict.line" : "message.verdict.line_failed", Map.of("headline", headline,
                "parts", ListFormatter.getInstance(text.locale()).format(parts),
                "rules", text.message("message.verdict.rules", Map.of("rules", rules.isEmpty() ? "—" : rules))));
        // --fail-fast: the verdict covers the cases that ran, and says so.
        if (result.stoppedEarly()) {
            line += " " + text.message("message.verdict.stopped_early", Map.of("case", result.notes().stoppedAt().orElseThrow(),
                    "count", result.notRunAfterStop()));
        }
        return line;
    }

    private static final Set<CaseKind> FIXED = EnumSet.of(CaseKind.CELL, CaseKind.COMBINATION, CaseKind.BOUNDARY, CaseKind.RULE);

    /** Everything but the verdict: the problems, a row per rule group, the totals and the union note. */
    public static String body(HarnessResult result, ReportText text) {
        StringBuilder out = new StringBuilder();
        out.append("RoleTCK — ").append(text.format("implementation", Map.of("impl", result.implementation()))).append('\n');
        List<CaseResult> problems = result.failures();
        for (FailureGroups.FailureGroup g : FailureGroups.of(result.results())) {
            out.append("  ").append(FailureGroups.describe(g, text)).append('\n');
        }
        // Cases the overall deadline cut off say one thing together: one line, not one per case.
        List<CaseResult> cutOff = problems.stream().filter(ConsoleReport::cutOffByDeadline).toList();
        if (!cutOff.isEmpty()) {
            out.append("  ").append(text.message("message.verify.deadline", Map.of("count", cutOff.size(),
                    "first", cutOff.get(0).id()))).append('\n');
            problems = problems.stream().filter(r -> !cutOffByDeadline(r)).toList();
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
        if (!result.notes().extraAnswerFields().isEmpty()) {
            out.append(text.message("message.verify.extra_fields", Map.of("count", result.notes().extraAnswerFields().size(),
                    "fields", String.join(", ", result.notes().extraAnswerFields())))).append('\n');
        }
        return out.toString();
    }

    /** Whether the case failed only because the run's overall deadline came first. */
    static boolean cutOffByDeadline(CaseResult r) {
        return r.outcome() == CaseResult.Outcome.ERROR && r.reason().filter(x -> x.startsWith("deadline: ")).isPresent();
    }

    /** The name of a rule group: its table's label, or the heading of the assignment rules or of a check. */
    public static String groupName(Group group, ReportText text) {
        return group.table().map(text::label).orElseGet(() -> text.message("message.verify.heading." + group.id(), Map.of()));
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

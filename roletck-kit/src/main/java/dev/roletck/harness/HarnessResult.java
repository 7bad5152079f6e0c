package dev.roletck.harness;

import dev.roletck.features.FeatureResults;
import dev.roletck.matrix.Group;
import dev.roletck.model.RuleId;
import dev.roletck.suite.CaseKind;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.Provenance;
import dev.roletck.suite.Summary;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The outcome of a run: every case's result in case order, the feature scenarios when they ran,
 * the smallest failing forms of generated cases, and what the run covered. One verdict follows from
 * it — {@link #conformant()} — which the console, every report and the exit code state alike.
 *
 * @param ruleGroups the rule groups the implementation was held to (profile and {@code --tables})
 * @param features   the scenarios, when they ran
 * @param shrunk     failing generated cases with their smallest failing form, as rules.yaml cases
 * @param notes      what else the run saw: where it stopped early, fields the answers carried that the protocol
 *                   does not define, the implementation's last words on standard error
 */
public record HarnessResult(String implementation, List<CaseResult> results, Duration elapsed, List<Group> ruleGroups,
                            Optional<FeatureResults> features, List<Shrunk> shrunk, Notes notes) {
    public HarnessResult {
        Objects.requireNonNull(implementation, "implementation");
        results = List.copyOf(results);
        Objects.requireNonNull(elapsed, "elapsed");
        ruleGroups = List.copyOf(ruleGroups);
        Objects.requireNonNull(features, "features");
        shrunk = List.copyOf(shrunk);
        Objects.requireNonNull(notes, "notes");
    }

    /** A run with nothing more to note. */
    public HarnessResult(String implementation, List<CaseResult> results, Duration elapsed, List<Group> ruleGroups,
                         Optional<FeatureResults> features, List<Shrunk> shrunk) {
        this(implementation, results, elapsed, ruleGroups, features, shrunk, Notes.NONE);
    }

    /** The cases alone, every rule group. */
    public HarnessResult(String implementation, List<CaseResult> results, Duration elapsed) {
        this(implementation, results, elapsed, Group.ruleGroups(), Optional.empty(), List.of());
    }

    /**
     * What a run saw besides the results.
     *
     * @param stoppedAt         the case the run stopped at ({@code --fail-fast}); the cases after it were not run
     * @param extraAnswerFields fields the implementation's answers carried that protocol v1 does not define
     *                          (ignored when judging), as paths such as {@code took_ms}, sorted
     * @param stderrTail        the last lines the implementation wrote on standard error, sanitized
     *                          ({@link ImplementationText}); kept when a case ended in a fault, empty otherwise
     */
    public record Notes(Optional<String> stoppedAt, SortedSet<String> extraAnswerFields, List<String> stderrTail) {
        public static final Notes NONE = new Notes(Optional.empty(), new TreeSet<>(), List.of());

        public Notes {
            Objects.requireNonNull(stoppedAt, "stoppedAt");
            extraAnswerFields = Collections.unmodifiableSortedSet(new TreeSet<>(extraAnswerFields));
            stderrTail = List.copyOf(stderrTail);
        }
    }

    /** Whether the run stopped at its first failure ({@code --fail-fast}), leaving cases not run. */
    public boolean stoppedEarly() { return notes.stoppedAt().isPresent(); }

    /** How many cases were not run because the run stopped early. */
    public int notRunAfterStop() {
        return (int) results.stream().filter(r -> r.outcome() == CaseResult.Outcome.NOT_RUN
                && r.reason().filter(CaseRunner.STOPPED::equals).isPresent()).count();
    }

    /** A failing generated case, its smallest failing form, and that form written as a rules.yaml case. */
    public record Shrunk(CaseResult original, CaseResult minimal, String yaml) {
        public Shrunk {
            Objects.requireNonNull(original, "original");
            Objects.requireNonNull(minimal, "minimal");
            Objects.requireNonNull(yaml, "yaml");
        }
    }

    public Summary summary() { return Summary.of(results); }

    /** How many feature scenarios failed (none when they did not run). */
    public int failedScenarios() { return features.map(FeatureResults::failed).orElse(0); }

    /** No case failed, errored or passed unexpectedly, and no scenario failed. */
    public boolean conformant() { return summary().conformant() && failedScenarios() == 0; }

    /** 0 conformant, 1 not conformant. */
    public int exitCode() { return conformant() ? ExitCodes.OK : ExitCodes.FAILED; }

    /** The results that make the run not conformant. */
    public List<CaseResult> failures() {
        return results.stream().filter(r -> r.outcome().failsRun()).toList();
    }

    /** The seed the generated cases came from, if the run had any. */
    public OptionalLong seed() {
        return results.stream().map(r -> r.provenance()).filter(p -> p instanceof Provenance.FromReference)
                .mapToLong(p -> ((Provenance.FromReference) p).seed()).findFirst();
    }

    /** How many cases of these kinds there are, and how many of them ran (were not reported not run). */
    public int[] count(Set<CaseKind> kinds) {
        int total = 0;
        int run = 0;
        for (CaseResult r : results) {
            if (!kinds.contains(r.testCase().kind())) continue;
            total++;
            if (r.outcome() != CaseResult.Outcome.NOT_RUN) run++;
        }
        return new int[] {total, run};
    }

    /** The rules whose cases ran, in order. */
    public Set<RuleId> rulesExercised() {
        Set<RuleId> rules = new TreeSet<>();
        for (CaseResult r : results) {
            if (r.outcome() != CaseResult.Outcome.NOT_RUN && r.provenance() instanceof Provenance.FromRule rule) rules.add(rule.rule());
        }
        return rules;
    }
}

package dev.roletck.suite;

import dev.roletck.model.Id;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one case against one policy. {@code expected} and {@code actual} are in the words
 * of {@link Expectation#describe()}; {@code actual} is empty when the policy gave no answer (it
 * threw, timed out, crashed, answered garbage) or the case was not run. {@code reason} says why a
 * case did not pass, or was not run. {@link #message()} is the one-line contract a failure states:
 * the case id, expected, actual, and the cells or rule with their seeds.
 *
 * @param knownFailure the entry of a known-failures list that names this case, if any
 * @param time         how long the policy took to answer, as measured (nanosecond clock)
 * @param judged       what of the answer the case was judged on: the whole answer, or only an AuthZEN decision
 */
public record CaseResult(ConformanceCase testCase, Outcome outcome, String expected, Optional<String> actual,
                         Optional<String> reason, Optional<KnownFailure> knownFailure, Duration time, Judged judged) {

    /** The outcome of a case; the one place run statuses are defined. */
    public enum Outcome implements Id {
        PASSED("passed"),
        /** The policy answered, but not as expected. */
        FAILED("failed"),
        /** The policy gave no answer: it threw, timed out, crashed or answered garbage. A failure too. */
        ERROR("error"),
        /** Failed or errored, and listed as a known failure: does not fail the run. */
        EXPECTED_FAILURE("expected_failure"),
        /** Listed as a known failure but passed: fails the run until the entry is removed. */
        UNEXPECTED_PASS("unexpected_pass"),
        /** Outside the implementation's profile: never counted as passed. */
        NOT_RUN("not_run");

        private final String id;

        Outcome(String id) { this.id = id; }

        @Override public String id() { return id; }

        /** Whether this outcome makes the run not conformant. */
        public boolean failsRun() { return this == FAILED || this == ERROR || this == UNEXPECTED_PASS; }
    }

    public CaseResult {
        Objects.requireNonNull(testCase, "testCase");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(knownFailure, "knownFailure");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(judged, "judged");
    }

    /** A result judged on the whole answer. */
    public CaseResult(ConformanceCase testCase, Outcome outcome, String expected, Optional<String> actual,
                      Optional<String> reason, Optional<KnownFailure> knownFailure, Duration time) {
        this(testCase, outcome, expected, actual, reason, knownFailure, time, Judged.ANSWER);
    }

    /** The same result, judged on {@code how}. */
    public CaseResult judgedOn(Judged how) {
        return new CaseResult(testCase, outcome, expected, actual, reason, knownFailure, time, how);
    }

    /** {@link #time()} in whole milliseconds. */
    public long millis() { return time.toMillis(); }

    /** The policy answered as expected. */
    public static CaseResult passed(ConformanceCase c, String actual, Duration time) {
        return new CaseResult(c, Outcome.PASSED, c.expected().describe(), Optional.of(actual), Optional.empty(),
                Optional.empty(), time);
    }

    /** The policy answered {@code actual}, not {@code expected}. */
    public static CaseResult failed(ConformanceCase c, String expected, String actual, Duration time) {
        return new CaseResult(c, Outcome.FAILED, expected, Optional.of(actual),
                Optional.of("expected " + expected + ", got " + actual), Optional.empty(), time);
    }

    /** The policy gave no answer; {@code why} says what happened instead, e.g. {@code timeout: no answer within 2 s}. */
    public static CaseResult error(ConformanceCase c, String why, Duration time) {
        return new CaseResult(c, Outcome.ERROR, c.expected().describe(), Optional.empty(), Optional.of(why),
                Optional.empty(), time);
    }

    /** The case was not run, for the reason given. */
    public static CaseResult notRun(ConformanceCase c, String why) {
        return new CaseResult(c, Outcome.NOT_RUN, c.expected().describe(), Optional.empty(), Optional.of(why),
                Optional.empty(), Duration.ZERO);
    }

    /** The same result settled against a known-failures entry: another outcome and reason. */
    public CaseResult settled(Outcome newOutcome, Optional<String> newReason, KnownFailure entry) {
        return new CaseResult(testCase, newOutcome, expected, actual, newReason, Optional.of(entry), time, judged);
    }

    public boolean passed() { return outcome == Outcome.PASSED; }

    public String id() { return testCase.id(); }

    public Provenance provenance() { return testCase.provenance(); }

    /**
     * One line: {@code <id>: expected <e>, got <a> — <provenance>} for a failure or an error,
     * {@code <id>: <actual>} for a pass, {@code <id>: <outcome>: <reason>} otherwise.
     */
    public String message() {
        return switch (outcome) {
            case PASSED -> id() + ": " + actual.orElse(expected);
            case FAILED, ERROR -> id() + ": expected " + expected + ", got " + actual.orElseGet(() -> reason.orElse("no answer"))
                    + " — " + provenance().describe();
            case EXPECTED_FAILURE -> id() + ": expected failure (" + knownFailure.map(KnownFailure::reason).orElse("") + "): "
                    + reason.orElse("");
            case UNEXPECTED_PASS, NOT_RUN -> id() + ": " + outcome.id().replace('_', ' ') + ": " + reason.orElse("");
        };
    }
}

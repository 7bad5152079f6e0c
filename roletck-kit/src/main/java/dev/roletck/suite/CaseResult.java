package dev.roletck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roletck.i18n.Phrase;
import dev.roletck.i18n.Phrase.Kind;
import dev.roletck.model.Id;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one case against one policy, as data: the expectation, the answer (empty when the
 * policy gave no answer — it threw, timed out, crashed, answered garbage — or the case was not run)
 * and why a case did not pass or was not run, each a {@link Phrase} that a report formats in its
 * reader's language. {@link #expected()}, {@link #actual()} and {@link #reason()} give the machine
 * form (ids, English) that report.json and logs carry; {@link #line()} is the one-line contract a
 * failure states: the case id, expected, actual, and the cells or rule with their seeds.
 *
 * @param expectation  what the case expects, e.g. {@code read_only [assigned_sites_only]}
 * @param answer       what the policy answered
 * @param why          why the case did not pass, or was not run
 * @param knownFailure the entry of a known-failures list that names this case, if any
 * @param time         how long the policy took to answer, as measured (nanosecond clock)
 * @param judged       what of the answer the case was judged on: the whole answer, or only an AuthZEN decision
 * @param reply        the whole answer as the policy gave it, in the protocol's JSON form (the access level with
 *                     its scopes and grants, or the verdict with its rules; for a fail-closed check whatever it
 *                     answered) — the machine form report.json keeps; empty when it gave no answer
 */
public record CaseResult(ConformanceCase testCase, Outcome outcome, Phrase expectation, Optional<Phrase> answer,
                         Optional<Phrase> why, Optional<KnownFailure> knownFailure, Duration time, Judged judged,
                         Optional<JsonNode> reply) {

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
        Objects.requireNonNull(expectation, "expectation");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(knownFailure, "knownFailure");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(judged, "judged");
        Objects.requireNonNull(reply, "reply");
        reply = reply.map(JsonNode::deepCopy);
    }

    /** A result judged on the whole answer. */
    public CaseResult(ConformanceCase testCase, Outcome outcome, Phrase expectation, Optional<Phrase> answer,
                      Optional<Phrase> why, Optional<KnownFailure> knownFailure, Duration time) {
        this(testCase, outcome, expectation, answer, why, knownFailure, time, Judged.ANSWER, Optional.empty());
    }

    /** The same result, judged on {@code how}. */
    public CaseResult judgedOn(Judged how) {
        return new CaseResult(testCase, outcome, expectation, answer, why, knownFailure, time, how, reply);
    }

    /** The same result, with the whole answer the policy gave in the protocol's JSON form. */
    public CaseResult answered(JsonNode answer) {
        return new CaseResult(testCase, outcome, expectation, this.answer, why, knownFailure, time, judged,
                Optional.of(answer));
    }

    /** {@link #time()} in whole milliseconds. */
    public long millis() { return time.toMillis(); }

    /** The policy answered as expected. */
    public static CaseResult passed(ConformanceCase c, Phrase actual, Duration time) {
        return new CaseResult(c, Outcome.PASSED, c.expected().phrase(), Optional.of(actual), Optional.empty(),
                Optional.empty(), time);
    }

    /** The policy answered {@code actual}, not {@code expected}. */
    public static CaseResult failed(ConformanceCase c, Phrase expected, Phrase actual, Duration time) {
        return new CaseResult(c, Outcome.FAILED, expected, Optional.of(actual),
                Optional.of(Phrase.of(Kind.EXPECTED_GOT, "expected", expected, "actual", actual)), Optional.empty(), time);
    }

    /** The policy gave no answer; {@code why} says what happened instead, e.g. {@code timeout: no answer within 2 s}. */
    public static CaseResult error(ConformanceCase c, Phrase why, Duration time) {
        return new CaseResult(c, Outcome.ERROR, c.expected().phrase(), Optional.empty(), Optional.of(why),
                Optional.empty(), time);
    }

    /** The case was not run, for the reason given. */
    public static CaseResult notRun(ConformanceCase c, Phrase why) {
        return new CaseResult(c, Outcome.NOT_RUN, c.expected().phrase(), Optional.empty(), Optional.of(why),
                Optional.empty(), Duration.ZERO);
    }

    /** The same result settled against a known-failures entry: another outcome and reason. */
    public CaseResult settled(Outcome newOutcome, Optional<Phrase> newReason, KnownFailure entry) {
        return new CaseResult(testCase, newOutcome, expectation, answer, newReason, Optional.of(entry), time, judged, reply);
    }

    public boolean passed() { return outcome == Outcome.PASSED; }

    public String id() { return testCase.id(); }

    public Provenance provenance() { return testCase.provenance(); }

    /** The expectation in its machine form, e.g. {@code read_only [assigned_sites_only]} or {@code refused by R05}. */
    public String expected() { return expectation.plain(); }

    /** The answer in its machine form. */
    public Optional<String> actual() { return answer.map(Phrase::plain); }

    /** Why the case did not pass, in its machine form (English). */
    public Optional<String> reason() { return why.map(Phrase::plain); }

    /**
     * One line: {@code <id>: expected <e>, got <a> — <provenance>} for a failure or an error,
     * {@code <id>: <actual>} for a pass, {@code <id>: <outcome>: <reason>} otherwise.
     */
    public Phrase line() {
        Phrase reasonOrNone = why.orElse(Phrase.of(Kind.NO_ANSWER));
        return switch (outcome) {
            case PASSED -> Phrase.of(Kind.LINE_PASSED, "id", id(), "actual", answer.orElse(expectation));
            case FAILED, ERROR -> Phrase.of(Kind.LINE_FAILED, "id", id(), "expected", expectation,
                    "actual", answer.orElse(reasonOrNone), "source", provenance().phrase());
            case EXPECTED_FAILURE -> Phrase.of(Kind.LINE_EXPECTED_FAILURE, "id", id(),
                    "known", Phrase.verbatim(knownFailure.map(KnownFailure::reason).orElse("")), "reason", reasonOrNone);
            case UNEXPECTED_PASS -> Phrase.of(Kind.LINE_UNEXPECTED_PASS, "id", id(), "reason", reasonOrNone);
            case NOT_RUN -> Phrase.of(Kind.LINE_NOT_RUN, "id", id(), "reason", reasonOrNone);
        };
    }

    /** {@link #line()} in its machine form (English, ids). */
    public String message() { return line().plain(); }
}

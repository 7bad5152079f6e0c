package dev.roletck.suite;

import java.util.Objects;

/**
 * The result of one case against one policy. {@code expected} and {@code actual} are in the words of
 * {@link Expectation#describe()}; {@code message} is the one-line contract a failure states:
 * the case id, expected, actual, and the cells or rule with their seeds.
 */
public record CaseResult(ConformanceCase testCase, Outcome outcome, String expected, String actual, String message) {

    public enum Outcome {
        PASSED,
        /** The policy answered, but not as expected. */
        FAILED,
        /** The policy threw or answered nothing: a failure too. */
        ERROR
    }

    public CaseResult {
        Objects.requireNonNull(testCase, "testCase");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(message, "message");
    }

    public boolean passed() { return outcome == Outcome.PASSED; }

    public String id() { return testCase.id(); }

    public Provenance provenance() { return testCase.provenance(); }
}

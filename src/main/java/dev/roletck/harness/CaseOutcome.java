package dev.roletck.harness;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one case, with everything a report shows: expected and actual answers as text,
 * the reason it failed (a mismatch or a fault), and where the expectation comes from.
 *
 * @param actual    the answer received; empty when there was none (fault, not run)
 * @param reason    why it failed or was not run; empty when it passed
 * @param knownFailure the entry of the known-failures file that names this case, if any
 */
public record CaseOutcome(HarnessCase testCase, Status status, String expected, Optional<String> actual,
                          Optional<String> reason, Optional<KnownFailure> knownFailure, long millis) {
    public CaseOutcome {
        Objects.requireNonNull(testCase, "testCase");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(knownFailure, "knownFailure");
    }

    public String id() { return testCase.id(); }

    public String group() { return testCase.group(); }

    public Provenance provenance() { return testCase.provenance(); }

    CaseOutcome with(Status newStatus, Optional<String> newReason, Optional<KnownFailure> entry) {
        return new CaseOutcome(testCase, newStatus, expected, actual, newReason, entry, millis);
    }
}

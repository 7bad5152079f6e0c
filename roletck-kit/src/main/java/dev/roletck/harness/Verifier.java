package dev.roletck.harness;

import dev.roletck.api.Policy;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.ConformanceCase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Verifies one case at a time against a policy, with the same fault containment and known-failure
 * rules as a whole run; for callers that report case by case, such as the JUnit builder.
 */
public final class Verifier {
    private final Policy policy;
    private final CaseRunner runner;
    private final Profile profile;
    private final KnownFailures knownFailures;
    private final LocalDate today;

    public Verifier(Policy policy, Duration timeout, Profile profile, KnownFailures knownFailures, LocalDate today) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.runner = new CaseRunner(Objects.requireNonNull(timeout, "timeout"), timeout);
        this.profile = Objects.requireNonNull(profile, "profile");
        this.knownFailures = Objects.requireNonNull(knownFailures, "knownFailures");
        this.today = Objects.requireNonNull(today, "today");
    }

    public CaseResult verify(ConformanceCase c) {
        return Harness.settle(runner.run(policy, List.of(c), profile).get(0), knownFailures, today);
    }
}

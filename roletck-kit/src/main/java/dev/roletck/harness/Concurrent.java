package dev.roletck.harness;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.Policy;
import java.util.Objects;

/**
 * A policy that may be asked from several threads at once, and how many calls are worth having in
 * flight: the case runner keeps that many cases running. A policy that is not {@code Concurrent}
 * is asked one case at a time.
 */
interface Concurrent {
    int concurrency();

    /** An in-process policy the user declared thread-safe ({@code --jobs N}): N cases at once. */
    record Threads(Policy policy, int jobs) implements Policy, Concurrent {
        public Threads {
            Objects.requireNonNull(policy, "policy");
        }

        @Override public int concurrency() { return jobs; }

        @Override public AccessDecision decide(AccessRequest request) { return policy.decide(request); }

        @Override public AssignmentDecision decide(AssignmentRequest request) { return policy.decide(request); }
    }
}

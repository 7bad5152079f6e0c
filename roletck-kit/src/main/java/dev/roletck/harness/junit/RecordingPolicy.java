package dev.roletck.harness.junit;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.Policy;
import java.util.Optional;

/**
 * Passes each request to the implementation and keeps what it last threw, so that the JUnit report
 * can carry the implementation's own exception as the cause. The harness asks one case at a time.
 */
final class RecordingPolicy implements Policy {
    private final Policy delegate;
    private volatile Throwable thrown;

    RecordingPolicy(Policy delegate) {
        this.delegate = delegate;
    }

    /** Forgets the last exception; call before each case. */
    void reset() { thrown = null; }

    Optional<Throwable> thrown() { return Optional.ofNullable(thrown); }

    @Override public AccessDecision decide(AccessRequest request) {
        try {
            return delegate.decide(request);
        } catch (RuntimeException | Error e) {
            thrown = e;
            throw e;
        }
    }

    @Override public AssignmentDecision decide(AssignmentRequest request) {
        try {
            return delegate.decide(request);
        } catch (RuntimeException | Error e) {
            thrown = e;
            throw e;
        }
    }

    @Override public String toString() { return delegate.getClass().getName(); }
}

package dev.roletck.suite;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.Policy;
import java.util.Objects;

/**
 * A policy that may answer with less than a whole decision — a stock AuthZEN policy decision
 * point, which says only allow or deny — and says which it gave, so that {@link Conformance}
 * judges each answer on what it can say.
 */
public interface JudgedPolicy extends Policy {

    /**
     * An answer and what it may be judged on. When {@code judged} is {@link Judged#DECISION} only the
     * access level ({@code full}, {@code read_only}, or {@code none} for any denial) or the verdict
     * of {@code decision} is meaningful.
     */
    record Answer<T>(T decision, Judged judged) {
        public Answer {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(judged, "judged");
        }
    }

    Answer<AccessDecision> access(AccessRequest request);

    /**
     * An access request given as a protocol v1 request (without id), sent as it is — its roles in
     * the order given, which an {@link AccessRequest} does not keep.
     */
    Answer<AccessDecision> accessAsSent(ObjectNode v1Request);

    Answer<AssignmentDecision> assignment(AssignmentRequest request);

    @Override default AccessDecision decide(AccessRequest request) { return access(request).decision(); }

    @Override default AssignmentDecision decide(AssignmentRequest request) { return assignment(request).decision(); }
}

package dev.roletck.suite;

import dev.roletck.api.AssignmentRequest;
import dev.roletck.matrix.Group;
import java.util.Objects;

/** A conformance case that asks whether a role may be assigned or revoked; always of kind {@link CaseKind#RULE}. */
public record AssignmentCase(String id, Group group, AssignmentRequest request, ExpectedAssignment expected,
                             Provenance provenance) implements ConformanceCase {
    public AssignmentCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(provenance, "provenance");
    }

    @Override public CaseKind kind() { return CaseKind.RULE; }
}

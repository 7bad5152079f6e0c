package dev.roletck.suite;

import dev.roletck.api.AssignmentRequest;
import dev.roletck.matrix.Group;
import java.util.Objects;
import java.util.Set;

/** A conformance case that asks whether a role may be assigned or revoked: a rule case, or a generated one. */
public record AssignmentCase(String id, Group group, CaseKind kind, AssignmentRequest request, ExpectedAssignment expected,
                             Provenance provenance) implements ConformanceCase {
    public AssignmentCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** A case written out for a rule in rules.yaml. */
    public AssignmentCase(String id, Group group, AssignmentRequest request, ExpectedAssignment expected, Provenance provenance) {
        this(id, group, CaseKind.RULE, request, expected, provenance);
    }

    @Override public Set<Group> requires() {
        return group == Group.ASSIGNMENT ? Set.of(group) : Set.of(group, Group.ASSIGNMENT);
    }
}

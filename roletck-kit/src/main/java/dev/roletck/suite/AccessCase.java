package dev.roletck.suite;

import dev.roletck.api.AccessRequest;
import dev.roletck.matrix.Group;
import java.util.Objects;

/** A conformance case that asks which access a set of roles has. */
public record AccessCase(String id, Group group, CaseKind kind, AccessRequest request, ExpectedAccess expected,
                         Provenance provenance) implements ConformanceCase {
    public AccessCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(provenance, "provenance");
    }
}

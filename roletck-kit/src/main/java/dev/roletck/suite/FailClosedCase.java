package dev.roletck.suite;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.matrix.Group;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A fail-closed check: a request of protocol v1 that is invalid in one way — an unknown or wrongly
 * cased id, a missing field, a wrong type, a context key the table does not take, a site on a role
 * that has none — and must be answered with an error. It can only be sent over a
 * {@link WireChannel}.
 *
 * @param about   the rule group the request asks about, if it names one validly; the check runs only
 *                for an implementation of that group
 * @param request the request as sent, without id
 */
public record FailClosedCase(String id, Optional<Group> about, ObjectNode request, Provenance.FromProtocol provenance)
        implements ConformanceCase {

    public FailClosedCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(about, "about");
        request = request.deepCopy();
        Objects.requireNonNull(provenance, "provenance");
    }

    @Override public ObjectNode request() { return request.deepCopy(); }

    @Override public Group group() { return Group.FAIL_CLOSED; }

    @Override public Set<Group> requires() {
        return about.map(g -> Set.of(Group.FAIL_CLOSED, g)).orElse(Set.of(Group.FAIL_CLOSED));
    }

    @Override public CaseKind kind() { return CaseKind.FAIL_CLOSED; }

    @Override public ExpectedError expected() { return ExpectedError.INSTANCE; }
}

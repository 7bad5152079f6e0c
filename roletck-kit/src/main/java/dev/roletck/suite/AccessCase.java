package dev.roletck.suite;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.api.AccessRequest;
import dev.roletck.matrix.Group;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.protocol.Wire;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A conformance case that asks which access a set of roles has.
 *
 * @param roleOrder the order in which the roles are sent to an implementation reached over a wire;
 *                  the answer must not depend on it (a Java implementation gets a {@link RoleSet})
 */
public record AccessCase(String id, Group group, CaseKind kind, AccessRequest request, ExpectedAccess expected,
                         Provenance provenance, List<Role> roleOrder) implements ConformanceCase {
    public AccessCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(provenance, "provenance");
        roleOrder = List.copyOf(roleOrder);
        if (!RoleSet.copyOf(roleOrder).equals(request.roles()) || roleOrder.size() != request.roles().size()) {
            throw new IllegalArgumentException("the role order " + roleOrder + " is not an order of " + request.roles());
        }
    }

    /** A case whose roles are sent in the order of {@link Role}. */
    public AccessCase(String id, Group group, CaseKind kind, AccessRequest request, ExpectedAccess expected,
                      Provenance provenance) {
        this(id, group, kind, request, expected, provenance, request.roles().toList());
    }

    @Override public Set<Group> requires() {
        Group table = Group.of(request.table());
        return table == group ? Set.of(group) : Set.of(group, table);
    }

    /** The request as protocol v1 sends it (without id), its roles in {@link #roleOrder()}. */
    public ObjectNode wireRequest() {
        ObjectNode json = Wire.toJson(request);
        ArrayNode roles = json.putArray("roles");
        roleOrder.forEach(r -> roles.add(r.id()));
        return json;
    }

    /** Whether the roles go out in an order other than that of {@link Role}. */
    public boolean reordered() { return !roleOrder.equals(request.roles().toList()); }
}

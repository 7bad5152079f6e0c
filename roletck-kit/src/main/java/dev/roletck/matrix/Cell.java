package dev.roletck.matrix;

import dev.roletck.api.Context;
import dev.roletck.api.Grant;
import dev.roletck.model.Access;
import dev.roletck.model.Basis;
import dev.roletck.model.Capability;
import dev.roletck.model.CcLicense;
import dev.roletck.model.Confidence;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.model.Scope;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One cell of a matrix: the access {@code role}, held by an admin of {@code relation}, has to
 * {@code capability}, and how that reading is known. {@code seeds} are the cell's own seeds, or the
 * table's when the cell names none. A non-empty {@code withAnyOf} makes the cell count only together
 * with one of those roles (RULINGS §4.8); {@code unless} makes it count as none when the request
 * carries that Contact Center licence (RULINGS §4.4).
 */
public record Cell(Capability capability, Role role, Relation relation, Access access, Optional<Scope> scope,
                   Basis basis, Confidence confidence, Optional<String> reason, List<String> seeds,
                   RoleSet withAnyOf, Optional<CcLicense> unless) {

    public Cell {
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(reason, "reason");
        seeds = List.copyOf(seeds);
        Objects.requireNonNull(withAnyOf, "withAnyOf");
        Objects.requireNonNull(unless, "unless");
        if (scope.isPresent() && !access.isScopable()) {
            throw new IllegalArgumentException("only full and read_only cells carry a scope");
        }
    }

    /** {@code table/capability/role/relation}, the id of the single-role case of this cell (RULINGS §5). */
    public String id() {
        return capability.qualifiedId() + "/" + role.id() + "/" + relation.id();
    }

    /** The grant the cell states, before add-on and licence conditions. */
    public Grant grant() {
        return new Grant(access, scope);
    }

    /**
     * What the cell contributes when {@code held} are all roles held and the request carries
     * {@code context}: none when an add-on condition is not met or the licence condition applies,
     * otherwise {@link #grant()}.
     */
    public Grant contribution(RoleSet held, Context context) {
        if (!withAnyOf.isEmpty() && !held.containsAny(withAnyOf)) return Grant.of(Access.NONE);
        if (unless.isPresent() && context.ccLicenseOrNone() == unless.get()) return Grant.of(Access.NONE);
        return grant();
    }

    /** The same cell with another access and scope; for mutation tests of a suite. */
    public Cell withGrant(Access newAccess, Optional<Scope> newScope) {
        return new Cell(capability, role, relation, newAccess, newScope, basis, confidence, reason, seeds,
                withAnyOf, unless);
    }
}

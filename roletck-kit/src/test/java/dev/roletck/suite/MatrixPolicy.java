package dev.roletck.suite;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.Grant;
import dev.roletck.api.Policy;
import dev.roletck.matrix.Cell;
import dev.roletck.matrix.Spec;
import dev.roletck.model.Access;
import dev.roletck.model.CcLicense;
import dev.roletck.model.Role;
import dev.roletck.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy that answers access requests straight from the matrices, written apart from the suite's
 * own expectation code so that the suite can be tested against it: it must pass every access case,
 * and a mutated copy of it must fail exactly the cases of the mutated cell.
 */
final class MatrixPolicy implements Policy {
    private final Spec spec;

    MatrixPolicy(Spec spec) {
        this.spec = spec;
    }

    @Override public AccessDecision decide(AccessRequest request) {
        Table table = request.table();
        if (!table.declares(request.relation())) return AccessDecision.only(Access.NOT_APPLICABLE);
        if (request.roles().isEmpty()) return AccessDecision.only(Access.NONE);
        CcLicense licence = request.context().ccLicense().orElse(CcLicense.NONE);
        List<Grant> grants = new ArrayList<>();
        for (Role role : request.roles().toList()) {
            if (!table.roles().contains(role)) {
                grants.add(Grant.of(Access.NOT_APPLICABLE));
                continue;
            }
            Cell cell = spec.matrix(table).cell(request.capability(), role, request.relation());
            boolean addOnMissing = !cell.withAnyOf().isEmpty()
                    && cell.withAnyOf().toList().stream().noneMatch(request.roles()::contains);
            boolean licenceExcludes = cell.unless().map(l -> l == licence).orElse(false);
            grants.add(addOnMissing || licenceExcludes ? Grant.of(Access.NONE) : new Grant(cell.access(), cell.scope()));
        }
        return AccessDecision.union(grants);
    }

    @Override public AssignmentDecision decide(AssignmentRequest request) {
        throw new UnsupportedOperationException("the matrices decide no assignment");
    }
}

package dev.roletck.suite;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.Context;
import dev.roletck.api.Grant;
import dev.roletck.i18n.Phrase;
import dev.roletck.i18n.Phrase.Kind;
import dev.roletck.matrix.Cell;
import dev.roletck.matrix.Group;
import dev.roletck.matrix.Matrix;
import dev.roletck.matrix.RuleSpec;
import dev.roletck.matrix.Spec;
import dev.roletck.model.Access;
import dev.roletck.model.Capability;
import dev.roletck.model.CcLicense;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The conformance cases of a spec. Access expectations are computed from the matrix cells by the
 * union rule of RULINGS §4.6–4.8, never from a policy:
 * <ul>
 *   <li>every cell alone; an add-on cell also with each role it needs; a licence-conditioned cell also under that licence;</li>
 *   <li>every pair of the table's roles, for every declared relation (and under a licence condition either cell carries);</li>
 *   <li>no roles (none), roles the table does not list (not_applicable, alone and beside a listed role),
 *       relations the table does not declare (not_applicable);</li>
 *   <li>the cases written out in rules.yaml.</li>
 * </ul>
 */
public final class Cases {
    private Cases() {}

    /** Every case of the spec: the matrices in table order, then the rules. */
    public static List<ConformanceCase> of(Spec spec) {
        List<ConformanceCase> cases = new ArrayList<>();
        for (Table t : Table.values()) cases.addAll(of(spec.matrix(t)));
        cases.addAll(ofRules(spec.rules()));
        return List.copyOf(cases);
    }

    /** The cases of one matrix; ids are unique, and a case generated twice keeps its first kind. */
    public static List<AccessCase> of(Matrix matrix) {
        Table t = matrix.table();
        Map<String, AccessCase> cases = new LinkedHashMap<>();
        List<Role> roles = t.roles();
        for (Capability cap : t.capabilities()) {
            for (Relation rel : t.relations()) {
                for (Role role : roles) {
                    Cell c = matrix.cell(cap, role, rel);
                    add(cases, matrix, CaseKind.CELL, cap, RoleSet.of(role), rel, Context.EMPTY);
                    for (Role other : c.withAnyOf().toList()) {
                        add(cases, matrix, CaseKind.CELL, cap, RoleSet.of(role, other), rel, Context.EMPTY);
                    }
                    c.unless().ifPresent(l -> add(cases, matrix, CaseKind.CELL, cap, RoleSet.of(role), rel, Context.ccLicense(l)));
                }
            }
            for (Relation rel : t.relations()) {
                for (int i = 0; i < roles.size(); i++) {
                    for (int j = i + 1; j < roles.size(); j++) {
                        RoleSet pair = RoleSet.of(roles.get(i), roles.get(j));
                        add(cases, matrix, CaseKind.COMBINATION, cap, pair, rel, Context.EMPTY);
                        for (Role r : List.of(roles.get(i), roles.get(j))) {
                            matrix.cell(cap, r, rel).unless().ifPresent(l ->
                                    add(cases, matrix, CaseKind.COMBINATION, cap, pair, rel, Context.ccLicense(l)));
                        }
                    }
                }
            }
            for (Relation rel : t.relations()) {
                add(cases, matrix, CaseKind.BOUNDARY, cap, RoleSet.EMPTY, rel, Context.EMPTY);
                for (Role foreign : Role.values()) {
                    if (t.lists(foreign)) continue;
                    add(cases, matrix, CaseKind.BOUNDARY, cap, RoleSet.of(foreign), rel, Context.EMPTY);
                    add(cases, matrix, CaseKind.BOUNDARY, cap, RoleSet.of(foreign, roles.get(0)), rel, Context.EMPTY);
                }
            }
            for (Relation rel : Relation.values()) {
                if (t.declares(rel)) continue;
                add(cases, matrix, CaseKind.BOUNDARY, cap, RoleSet.EMPTY, rel, Context.EMPTY);
                for (Role role : roles) add(cases, matrix, CaseKind.BOUNDARY, cap, RoleSet.of(role), rel, Context.EMPTY);
            }
        }
        return List.copyOf(cases.values());
    }

    /** The cases written out in rules.yaml, numbered per rule: access cases first, then assignment cases. */
    public static List<ConformanceCase> ofRules(List<RuleSpec> rules) {
        List<ConformanceCase> cases = new ArrayList<>();
        for (RuleSpec rule : rules) {
            int n = 0;
            for (RuleSpec.AccessCase a : rule.accessCases()) {
                // A rule's case belongs to the group of what it asks, so that a profile never runs it
                // against an implementation that does not declare that table or the assignment rules.
                cases.add(new AccessCase(rule.id().id() + "/" + (++n), Group.of(a.request().table()), CaseKind.RULE, a.request(),
                        new ExpectedAccess(a.access(), a.scopes(), Optional.empty()), provenance(rule, a.name())));
            }
            for (RuleSpec.AssignmentCase a : rule.cases()) {
                cases.add(new AssignmentCase(rule.id().id() + "/" + (++n), Group.ASSIGNMENT, a.request(),
                        new ExpectedAssignment(a.verdict(), a.rule()), provenance(rule, a.name())));
            }
        }
        return List.copyOf(cases);
    }

    private static Provenance provenance(RuleSpec rule, String caseName) {
        return new Provenance.FromRule(rule.id(), rule.status(), caseName, rule.statement(), rule.seeds());
    }

    /** The id of an access case (RULINGS §5). */
    public static String id(AccessRequest request) {
        String roles = request.roles().isEmpty() ? ConformanceCase.NO_ROLES
                : request.roles().toList().stream().map(Role::id).collect(Collectors.joining("+"));
        String context = request.context().ccLicense().map(l -> "/cc_license=" + l.id()).orElse("");
        return request.capability().qualifiedId() + "/" + roles + "/" + request.relation().id() + context;
    }

    /**
     * The answer the matrix gives: not_applicable for a relation the table does not declare, none
     * for no roles, otherwise the union of what each held role contributes — its cell under the
     * cell's conditions, or not_applicable for a role the table does not list.
     */
    public static AccessDecision expected(Matrix matrix, AccessRequest request) {
        Table t = matrix.table();
        if (t != request.table()) throw new IllegalArgumentException("the request is for table " + request.table().id());
        if (!t.declares(request.relation())) return AccessDecision.only(Access.NOT_APPLICABLE);
        if (request.roles().isEmpty()) return AccessDecision.only(Access.NONE);
        List<Grant> grants = new ArrayList<>();
        for (Role role : request.roles().toList()) {
            grants.add(t.lists(role)
                    ? matrix.cell(request.capability(), role, request.relation()).contribution(request.roles(), request.context())
                    : Grant.of(Access.NOT_APPLICABLE));
        }
        return AccessDecision.union(grants);
    }

    private static void add(Map<String, AccessCase> cases, Matrix matrix, CaseKind kind, Capability cap, RoleSet roles,
                            Relation rel, Context context) {
        AccessRequest request = new AccessRequest(matrix.table(), cap, roles, rel, context);
        String id = id(request);
        if (cases.containsKey(id)) return;
        cases.put(id, new AccessCase(id, Group.of(matrix.table()), kind, request,
                ExpectedAccess.of(expected(matrix, request)), provenance(matrix, request)));
    }

    private static Provenance provenance(Matrix matrix, AccessRequest request) {
        Table t = matrix.table();
        List<Cell> cells = new ArrayList<>();
        List<Phrase> notes = new ArrayList<>();
        if (!t.declares(request.relation())) {
            notes.add(Phrase.of(Kind.NOTE_UNDECLARED, "table", t, "relations", t.relations().stream().sorted().toList(),
                    "na", Access.NOT_APPLICABLE));
            return Provenance.FromCells.of(t, cells, notes, matrix.seeds());
        }
        if (request.roles().isEmpty()) {
            notes.add(Phrase.of(Kind.NOTE_NO_ROLES, "none", Access.NONE));
            return Provenance.FromCells.of(t, cells, notes, matrix.seeds());
        }
        for (Role role : request.roles().toList()) {
            if (!t.lists(role)) {
                notes.add(Phrase.of(Kind.NOTE_NOT_A_COLUMN, "role", role, "table", t, "na", Access.NOT_APPLICABLE));
                continue;
            }
            Cell c = matrix.cell(request.capability(), role, request.relation());
            cells.add(c);
            if (!c.withAnyOf().isEmpty()) {
                boolean met = request.roles().containsAny(c.withAnyOf());
                notes.add(met ? Phrase.of(Kind.NOTE_COUNTS_WITH, "role", role, "roles", c.withAnyOf().toList())
                        : Phrase.of(Kind.NOTE_COUNTS_WITH_NONE_HELD, "role", role, "roles", c.withAnyOf().toList(), "none", Access.NONE));
            }
            Optional<CcLicense> unless = c.unless();
            if (unless.isPresent() && request.context().ccLicenseOrNone() == unless.get()) {
                notes.add(Phrase.of(Kind.NOTE_LICENSE, "role", role, "none", Access.NONE, "license", unless.get().id()));
            }
        }
        if (request.roles().size() > 1) notes.add(Phrase.of(Kind.NOTE_UNION));
        return Provenance.FromCells.of(t, cells, notes, matrix.seeds());
    }
}

package dev.roletck.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.Grant;
import dev.roletck.api.Policy;
import dev.roletck.matrix.Cell;
import dev.roletck.matrix.Group;
import dev.roletck.matrix.Matrix;
import dev.roletck.matrix.Spec;
import dev.roletck.model.Access;
import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.model.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The suite itself: what cases it generates from the matrices and how it reports a policy's answers. */
class ConformanceSuiteTest {
    private static final Spec SPEC = TestSpec.spec();
    // Built for each test, not once per class: under mutation testing (PIT) a class-wide copy would be
    // built before the mutant is in place, and no test could tell the mutant of Cases apart.
    private final List<ConformanceCase> cases = Cases.of(SPEC);
    private final Map<String, ConformanceCase> byId =
            cases.stream().collect(Collectors.toMap(ConformanceCase::id, Function.identity()));

    private List<AccessCase> accessCases() {
        return cases.stream().filter(c -> c instanceof AccessCase).map(c -> (AccessCase) c).toList();
    }

    @Test
    void everyCaseBelongsToTheGroupOfWhatItAsks() {
        for (ConformanceCase c : cases) {
            Group expected = c instanceof AccessCase a ? Group.of(a.request().table()) : Group.ASSIGNMENT;
            assertEquals(expected, c.group(), c.id() + " runs under the profile group of its request");
        }
    }

    @Test
    void caseIdsAreUniqueAndShapedAsRulingsSay() {
        assertEquals(cases.size(), byId.size(), "case ids must be unique");
        for (ConformanceCase c : cases) {
            String shape = c.kind() == CaseKind.RULE ? "R\\d\\d/\\d+"
                    : "[a-z_]+/[a-z_]+/([a-z_]+(\\+[a-z_]+)*)/(customer|partner|other)(/cc_license=[a-z]+)?";
            assertTrue(c.id().matches(shape), c.id());
        }
    }

    @Test
    void aPolicyAnsweringFromTheMatricesPassesEveryAccessCase() {
        List<CaseResult> results = Conformance.run(new MatrixPolicy(SPEC), accessCases());
        List<String> failures = results.stream().filter(r -> !r.passed()).map(CaseResult::message).toList();
        assertEquals(List.of(), failures);
        assertEquals(accessCases().size(), Summary.of(results).passed());
    }

    @ParameterizedTest
    @EnumSource(Table.class)
    void everyCellIsACaseOfItsOwn(Table table) {
        for (Cell cell : SPEC.matrix(table).cells()) {
            ConformanceCase c = byId.get(cell.id());
            assertEquals(CaseKind.CELL, c.kind(), cell.id());
            ExpectedAccess e = (ExpectedAccess) c.expected();
            Access alone = cell.withAnyOf().isEmpty() ? cell.access() : Access.NONE;
            assertEquals(alone, e.access(), cell.id());
            assertEquals(cell.withAnyOf().isEmpty() ? cell.scope().stream().toList() : List.of(), e.scopes(), cell.id());
            assertEquals(List.of(cell), ((Provenance.FromCells) c.provenance()).cells());
        }
    }

    @Test
    void anAddOnCellCountsOnlyWithTheRolesItNames() {
        List<Cell> addOns = SPEC.matrices().values().stream().flatMap(m -> m.cells().stream())
                .filter(c -> !c.withAnyOf().isEmpty()).toList();
        assertFalse(addOns.isEmpty(), "the matrices have add-on cells (RULINGS §4.8)");
        for (Cell cell : addOns) {
            for (Role other : cell.withAnyOf().toList()) {
                AccessCase c = (AccessCase) byId.get(Cases.id(new AccessRequest(cell.capability().table(),
                        cell.capability(), RoleSet.of(cell.role(), other), cell.relation(),
                        dev.roletck.api.Context.EMPTY)));
                assertEquals(CaseKind.CELL, c.kind(), c.id());
                List<Grant> grants = c.expected().grants().orElseThrow();
                assertTrue(grants.stream().anyMatch(g -> g.covers(cell.grant())), c.id() + " counts " + cell.grant());
            }
        }
    }

    @Test
    void aLicenceConditionedCellIsCheckedUnderThatLicence() {
        List<Cell> conditioned = SPEC.matrix(Table.CONTACT_CENTER).cells().stream()
                .filter(c -> c.unless().isPresent()).toList();
        assertFalse(conditioned.isEmpty(), "contact_center has cells conditioned on cc_license (R22)");
        for (Cell cell : conditioned) {
            ConformanceCase c = byId.get(cell.id() + "/cc_license=" + cell.unless().get().id());
            assertEquals(Access.NONE, ((ExpectedAccess) c.expected()).access(), c.id());
        }
    }

    @ParameterizedTest
    @EnumSource(Table.class)
    void everyPairOfRolesIsCheckedForEveryDeclaredRelation(Table table) {
        List<Role> roles = table.roles();
        for (Capability cap : table.capabilities()) {
            for (Relation rel : table.relations()) {
                for (int i = 0; i < roles.size(); i++) {
                    for (int j = i + 1; j < roles.size(); j++) {
                        String id = cap.qualifiedId() + "/" + RoleSet.of(roles.get(i), roles.get(j)) + "/" + rel.id();
                        assertTrue(byId.containsKey(id), id);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Table.class)
    void whatLiesOutsideTheCellsHasItsOwnAnswer(Table table) {
        for (Capability cap : table.capabilities()) {
            for (Relation rel : Relation.values()) {
                Access expected = table.declares(rel) ? Access.NONE : Access.NOT_APPLICABLE;
                assertEquals(expected, access(cap.qualifiedId() + "/" + ConformanceCase.NO_ROLES + "/" + rel.id()));
                for (Role role : Role.values()) {
                    if (!table.lists(role) && table.declares(rel)) {
                        assertEquals(Access.NOT_APPLICABLE, access(cap.qualifiedId() + "/" + role.id() + "/" + rel.id()));
                    }
                    if (table.lists(role) && !table.declares(rel)) {
                        assertEquals(Access.NOT_APPLICABLE, access(cap.qualifiedId() + "/" + role.id() + "/" + rel.id()));
                    }
                }
            }
        }
    }

    private Access access(String id) {
        ConformanceCase c = byId.get(id);
        assertTrue(c != null, "no case " + id);
        return ((ExpectedAccess) c.expected()).access();
    }

    @Test
    void everyRuleCaseIsACaseOfItsRule() {
        long written = SPEC.rules().stream().mapToLong(r -> r.accessCases().size() + r.cases().size()).sum();
        List<ConformanceCase> ruleCases = cases.stream().filter(c -> c.kind() == CaseKind.RULE).toList();
        assertEquals(written, ruleCases.size());
        for (ConformanceCase c : ruleCases) {
            Provenance.FromRule why = (Provenance.FromRule) c.provenance();
            assertTrue(c.id().startsWith(why.rule().id() + "/"), c.id());
            // its group is that of what it asks (everyCaseBelongsToTheGroupOfWhatItAsks), not the rule's own
        }
    }

    /** Flipping one cell in the policy fails its own case and only cases that hold that role there. */
    @ParameterizedTest
    @EnumSource(Table.class)
    void aPolicyWithOneCellChangedFailsExactlyThatCell(Table table) {
        Matrix matrix = SPEC.matrix(table);
        Cell original = matrix.cells().stream().filter(c -> c.withAnyOf().isEmpty() && c.unless().isEmpty())
                .findFirst().orElseThrow();
        Access flipped = original.access() == Access.FULL ? Access.NONE : Access.FULL;
        Spec mutated = SPEC.withMatrix(matrix.withCell(original.withGrant(flipped, Optional.empty())));

        List<CaseResult> failures = Conformance.run(new MatrixPolicy(mutated), accessCases()).stream()
                .filter(r -> !r.passed()).toList();

        List<CaseResult> cellFailures = failures.stream()
                .filter(r -> r.testCase().kind() == CaseKind.CELL && ((AccessCase) r.testCase()).request().roles().size() == 1)
                .toList();
        assertEquals(List.of(original.id()), cellFailures.stream().map(CaseResult::id).toList());
        CaseResult failure = cellFailures.get(0);
        assertEquals(CaseResult.Outcome.FAILED, failure.outcome());
        String expected = new ExpectedAccess(original.access(), original.scope().stream().toList(), Optional.empty()).describe();
        assertEquals(original.id() + ": expected " + expected + ", got " + flipped.id() + " — cell basis "
                + original.basis().id() + "/" + original.confidence().id() + ", seeds " + String.join(", ", original.seeds()),
                failure.message());
        for (CaseResult r : failures) {
            AccessRequest request = ((AccessCase) r.testCase()).request();
            assertEquals(original.capability(), request.capability(), r.id());
            assertEquals(original.relation(), request.relation(), r.id());
            assertTrue(request.roles().contains(original.role()), r.id());
            assertTrue(r.message().startsWith(r.id() + ": expected "), r.message());
        }
    }

    @Test
    void aPolicyThatThrowsFailsThatCaseWithTheReasonAndTheRunGoesOn() {
        Policy matrixPolicy = new MatrixPolicy(SPEC);
        Policy throwing = new Policy() {
            @Override public AccessDecision decide(AccessRequest request) {
                if (request.capability() == Capability.ORG_DEVICE_MANAGEMENT) throw new IllegalStateException("boom");
                return matrixPolicy.decide(request);
            }

            @Override public AssignmentDecision decide(AssignmentRequest request) {
                return null;
            }
        };
        List<CaseResult> results = Conformance.run(throwing, cases);
        assertEquals(cases.size(), results.size());
        Set<String> errorIds = new HashSet<>();
        for (CaseResult r : results) {
            boolean deviceManagement = r.testCase() instanceof AccessCase a
                    && a.request().capability() == Capability.ORG_DEVICE_MANAGEMENT;
            if (deviceManagement) {
                assertEquals(CaseResult.Outcome.ERROR, r.outcome(), r.id());
                assertTrue(r.message().contains(", got an exception, IllegalStateException: boom — "), r.message());
                errorIds.add(r.id());
            } else if (r.testCase() instanceof AssignmentCase) {
                assertEquals(CaseResult.Outcome.ERROR, r.outcome(), r.id());
                assertTrue(r.message().contains(", got no decision (null) — rule "), r.message());
            } else {
                assertTrue(r.passed(), r.message());
            }
        }
        assertTrue(errorIds.contains("organization_roles/device_management/device_admin/customer"));
        dev.roletck.matrix.RuleSpec r01 = SPEC.rule(dev.roletck.model.RuleId.R01);
        dev.roletck.matrix.RuleSpec.AssignmentCase first = r01.cases().get(0);
        String id = "R01/" + (r01.accessCases().size() + 1);
        assertEquals(id + ": expected " + first.verdict().id() + " by " + first.rule().id() + ", got no decision (null) — rule R01 ("
                + r01.status().id() + "), case '" + first.name() + "', seeds " + String.join(", ", r01.seeds()),
                results.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().message());
        Summary summary = Summary.of(results);
        Summary.Row org = summary.rows().stream().filter(row -> row.group() == Group.ORGANIZATION_ROLES).findFirst().orElseThrow();
        long orgCases = cases.stream().filter(c -> c.group() == Group.ORGANIZATION_ROLES).count();
        long orgErrors = results.stream().filter(r -> r.testCase().group() == Group.ORGANIZATION_ROLES && !r.passed()).count();
        assertEquals(orgCases, org.total());
        assertEquals(orgErrors, org.errors());
        assertFalse(summary.conformant());
    }

    @Test
    void aCombinationNamesItsCellsAndTheUnion() {
        ConformanceCase c = byId.get("organization_roles/device_management/full_admin+device_admin/customer");
        assertEquals(CaseKind.COMBINATION, c.kind());
        Matrix m = SPEC.matrix(Table.ORGANIZATION_ROLES);
        Cell full = m.cell(Capability.ORG_DEVICE_MANAGEMENT, Role.FULL_ADMIN, Relation.CUSTOMER);
        Cell device = m.cell(Capability.ORG_DEVICE_MANAGEMENT, Role.DEVICE_ADMIN, Relation.CUSTOMER);
        assertEquals(AccessDecision.union(List.of(full.grant(), device.grant())).access(),
                ((ExpectedAccess) c.expected()).access());
        String describe = c.provenance().describe();
        assertTrue(describe.startsWith("cells full_admin " + full.basis().id() + "/" + full.confidence().id()
                + ", device_admin " + device.basis().id() + "/" + device.confidence().id()
                + "; union of the grants (RULINGS §4.6), seeds "), describe);
        assertTrue(c.displayName().startsWith(c.id() + " → "), c.displayName());
    }
}

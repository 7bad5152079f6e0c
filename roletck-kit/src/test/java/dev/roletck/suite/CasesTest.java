package dev.roletck.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.Context;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The cases built from a matrix, each with its kind, expectation, provenance and group as the
 * Javadoc of {@link Cases} lists them; everything is built inside the test (a class-wide copy would
 * be built before a mutant is in place under mutation testing).
 */
class CasesTest {
    private static final Spec SPEC = TestSpec.spec();

    /** The cases of one matrix as {@link Cases} documents them, in that order, the first kind kept. */
    private static Map<String, CaseKind> documented(Matrix m) {
        Table t = m.table();
        Map<String, CaseKind> out = new LinkedHashMap<>();
        List<Role> roles = t.roles();
        for (Capability cap : t.capabilities()) {
            for (Relation rel : t.relations()) {
                for (Role role : roles) {
                    Cell c = m.cell(cap, role, rel);
                    put(out, cap, RoleSet.of(role), rel, Context.EMPTY, CaseKind.CELL);
                    c.withAnyOf().toList().forEach(o -> put(out, cap, RoleSet.of(role, o), rel, Context.EMPTY, CaseKind.CELL));
                    c.unless().ifPresent(l -> put(out, cap, RoleSet.of(role), rel, Context.ccLicense(l), CaseKind.CELL));
                }
            }
            for (Relation rel : t.relations()) {
                for (int i = 0; i < roles.size(); i++) {
                    for (int j = i + 1; j < roles.size(); j++) {
                        Role a = roles.get(i);
                        Role b = roles.get(j);
                        put(out, cap, RoleSet.of(a, b), rel, Context.EMPTY, CaseKind.COMBINATION);
                        for (Role r : List.of(a, b)) {
                            m.cell(cap, r, rel).unless().ifPresent(l ->
                                    put(out, cap, RoleSet.of(a, b), rel, Context.ccLicense(l), CaseKind.COMBINATION));
                        }
                    }
                }
            }
            for (Relation rel : t.relations()) {
                put(out, cap, RoleSet.EMPTY, rel, Context.EMPTY, CaseKind.BOUNDARY);
                for (Role foreign : Role.values()) {
                    if (t.lists(foreign)) continue;
                    put(out, cap, RoleSet.of(foreign), rel, Context.EMPTY, CaseKind.BOUNDARY);
                    put(out, cap, RoleSet.of(foreign, roles.get(0)), rel, Context.EMPTY, CaseKind.BOUNDARY);
                }
            }
            for (Relation rel : Relation.values()) {
                if (t.declares(rel)) continue;
                put(out, cap, RoleSet.EMPTY, rel, Context.EMPTY, CaseKind.BOUNDARY);
                for (Role role : roles) put(out, cap, RoleSet.of(role), rel, Context.EMPTY, CaseKind.BOUNDARY);
            }
        }
        return out;
    }

    private static void put(Map<String, CaseKind> out, Capability cap, RoleSet roles, Relation rel, Context context, CaseKind kind) {
        out.putIfAbsent(Cases.id(new AccessRequest(cap.table(), cap, roles, rel, context)), kind);
    }

    @ParameterizedTest
    @EnumSource(Table.class)
    void aMatrixGivesEveryDocumentedCaseOnceInOrderWithItsKind(Table table) {
        Matrix m = SPEC.matrix(table);
        Map<String, CaseKind> actual = new LinkedHashMap<>();
        for (AccessCase c : Cases.of(m)) {
            assertEquals(null, actual.put(c.id(), c.kind()), "twice: " + c.id());
            assertEquals(Group.of(table), c.group(), c.id());
            assertEquals(java.util.Set.of(Group.of(table)), c.requires(), c.id());
            assertEquals(Cases.id(c.request()), c.id());
            assertEquals(c.request().roles().toList(), c.roleOrder(), c.id());
        }
        Map<String, CaseKind> expected = documented(m);
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(actual.keySet()));
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @EnumSource(Table.class)
    void everyExpectationIsTheMatrixAnswerWithItsGrants(Table table) {
        Matrix m = SPEC.matrix(table);
        MatrixPolicy policy = new MatrixPolicy(SPEC);
        for (AccessCase c : Cases.of(m)) {
            AccessDecision answer = policy.decide(c.request());
            assertEquals(ExpectedAccess.of(answer), c.expected(), c.id());
            assertEquals(answer, Cases.expected(m, c.request()), c.id());
        }
    }

    @ParameterizedTest
    @EnumSource(Table.class)
    void everyProvenanceNamesTheHeldCellsAndNotesWhatTheyDoNotSay(Table table) {
        Matrix m = SPEC.matrix(table);
        for (AccessCase c : Cases.of(m)) {
            AccessRequest r = c.request();
            Provenance.FromCells p = (Provenance.FromCells) c.provenance();
            assertEquals(table, p.table(), c.id());
            List<Cell> cells = new ArrayList<>();
            List<Phrase> notes = new ArrayList<>();
            if (!table.declares(r.relation())) {
                notes.add(Phrase.of(Kind.NOTE_UNDECLARED, "table", table, "relations",
                        table.relations().stream().sorted().toList(), "na", Access.NOT_APPLICABLE));
            } else if (r.roles().isEmpty()) {
                notes.add(Phrase.of(Kind.NOTE_NO_ROLES, "none", Access.NONE));
            } else {
                for (Role role : r.roles().toList()) {
                    if (!table.lists(role)) {
                        notes.add(Phrase.of(Kind.NOTE_NOT_A_COLUMN, "role", role, "table", table, "na", Access.NOT_APPLICABLE));
                        continue;
                    }
                    Cell cell = m.cell(r.capability(), role, r.relation());
                    cells.add(cell);
                    if (!cell.withAnyOf().isEmpty()) {
                        notes.add(r.roles().containsAny(cell.withAnyOf())
                                ? Phrase.of(Kind.NOTE_COUNTS_WITH, "role", role, "roles", cell.withAnyOf().toList())
                                : Phrase.of(Kind.NOTE_COUNTS_WITH_NONE_HELD, "role", role, "roles", cell.withAnyOf().toList(),
                                        "none", Access.NONE));
                    }
                    if (cell.unless().isPresent() && r.context().ccLicenseOrNone() == cell.unless().get()) {
                        notes.add(Phrase.of(Kind.NOTE_LICENSE, "role", role, "none", Access.NONE, "license", cell.unless().get().id()));
                    }
                }
                if (r.roles().size() >= 2) notes.add(Phrase.of(Kind.NOTE_UNION));
            }
            assertEquals(cells, p.cells(), c.id());
            assertEquals(notes, p.notes(), c.id());
            LinkedHashSet<String> seeds = new LinkedHashSet<>();
            cells.forEach(cell -> seeds.addAll(cell.seeds()));
            assertEquals(seeds.isEmpty() ? m.seeds() : List.copyOf(seeds), p.seeds(), c.id());
            String basis = cells.isEmpty() ? "table rule"
                    : String.join(" + ", cells.stream().map(x -> x.basis().id() + "/" + x.confidence().id()).toList());
            assertEquals(basis, p.basis(), c.id());
        }
    }

    @Test
    void theNotesOfEachKindOfCaseAreThere() {
        // the loop above compares every case; these make sure each branch is met by at least one
        List<Kind> seen = java.util.Arrays.stream(Table.values()).flatMap(t -> Cases.of(SPEC.matrix(t)).stream())
                .flatMap(c -> ((Provenance.FromCells) c.provenance()).notes().stream()).map(Phrase::kind).distinct().toList();
        for (Kind k : List.of(Kind.NOTE_UNDECLARED, Kind.NOTE_NO_ROLES, Kind.NOTE_NOT_A_COLUMN, Kind.NOTE_COUNTS_WITH,
                Kind.NOTE_COUNTS_WITH_NONE_HELD, Kind.NOTE_LICENSE, Kind.NOTE_UNION)) {
            assertTrue(seen.contains(k), k.name());
        }
    }

    @Test
    void theSpecsCasesAreTheMatricesInTableOrderThenTheRules() {
        List<ConformanceCase> expected = new ArrayList<>();
        for (Table t : Table.values()) expected.addAll(Cases.of(SPEC.matrix(t)));
        expected.addAll(Cases.ofRules(SPEC.rules()));
        assertEquals(expected, Cases.of(SPEC));
    }

    @Test
    void ruleCasesAreNumberedPerRuleAccessFirstAndCarryTheRule() {
        List<ConformanceCase> cases = Cases.ofRules(SPEC.rules());
        int i = 0;
        int assignments = 0;
        for (RuleSpec rule : SPEC.rules()) {
            int n = 0;
            for (RuleSpec.AccessCase a : rule.accessCases()) {
                AccessCase c = (AccessCase) cases.get(i++);
                assertEquals(rule.id().id() + "/" + (++n), c.id());
                assertEquals(Group.of(a.request().table()), c.group(), c.id());
                assertEquals(CaseKind.RULE, c.kind());
                assertEquals(a.request(), c.request());
                assertEquals(new ExpectedAccess(a.access(), a.scopes(), Optional.empty()), c.expected(), c.id());
                assertProvenance(rule, a.name(), c);
            }
            for (RuleSpec.AssignmentCase a : rule.cases()) {
                AssignmentCase c = (AssignmentCase) cases.get(i++);
                assignments++;
                assertEquals(rule.id().id() + "/" + (++n), c.id());
                assertEquals(Group.ASSIGNMENT, c.group());
                assertEquals(CaseKind.RULE, c.kind());
                assertEquals(a.request(), c.request());
                assertEquals(new ExpectedAssignment(a.verdict(), a.rule()), c.expected(), c.id());
                assertProvenance(rule, a.name(), c);
            }
        }
        assertEquals(i, cases.size());
        assertTrue(assignments > 0 && assignments < i, "the rules write out access and assignment cases");
    }

    private static void assertProvenance(RuleSpec rule, String name, ConformanceCase c) {
        Provenance.FromRule p = (Provenance.FromRule) c.provenance();
        assertEquals(new Provenance.FromRule(rule.id(), rule.status(), name, rule.statement(), rule.seeds()), p);
        assertEquals("rule " + rule.id().id(), p.basis());
        assertEquals(c.id() + " " + name + " → " + c.expected().describe() + " (rule " + rule.id().id() + ")", c.displayName());
    }

    @Test
    void anIdNamesCapabilityRolesRelationAndLicence() {
        AccessRequest none = new AccessRequest(Table.CONTACT_CENTER, Table.CONTACT_CENTER.capabilities().get(0), RoleSet.EMPTY,
                Relation.PARTNER, Context.ccLicense(CcLicense.values()[CcLicense.values().length - 1]));
        assertEquals(none.capability().qualifiedId() + "/no_roles/partner/cc_license=" + none.context().ccLicense().get().id(),
                Cases.id(none));
        Capability cap = Table.ORGANIZATION_ROLES.capabilities().get(0);
        AccessRequest two = new AccessRequest(Table.ORGANIZATION_ROLES, cap, RoleSet.of(Role.DEVICE_ADMIN, Role.FULL_ADMIN),
                Relation.CUSTOMER, Context.EMPTY);
        assertEquals(cap.qualifiedId() + "/full_admin+device_admin/customer", Cases.id(two));
    }

    @Test
    void theMatrixOfAnotherTableCannotAnswer() {
        Capability cap = Table.ORGANIZATION_ROLES.capabilities().get(0);
        AccessRequest r = new AccessRequest(Table.ORGANIZATION_ROLES, cap, RoleSet.of(Role.FULL_ADMIN), Relation.CUSTOMER, Context.EMPTY);
        Table other = Table.values()[1] == Table.ORGANIZATION_ROLES ? Table.values()[0] : Table.values()[1];
        assertThrows(IllegalArgumentException.class, () -> Cases.expected(SPEC.matrix(other), r));
    }

    @Test
    void aProvenanceWithoutCellsOrNotesNamesItsSeeds() {
        Provenance.FromCells bare = new Provenance.FromCells(Table.ORGANIZATION_ROLES, List.of(), List.of(), List.of("a.md:1"));
        assertEquals(Phrase.of(Kind.SOURCE_SEEDS, "seeds", List.of("a.md:1")), bare.phrase());
        assertEquals("table rule", bare.basis());
        Cell cell = SPEC.matrix(Table.ORGANIZATION_ROLES).cells().get(0);
        Provenance.FromCells one = new Provenance.FromCells(Table.ORGANIZATION_ROLES, List.of(cell), List.of(), cell.seeds());
        assertEquals(Phrase.of(Kind.SOURCE_CELLS, "basis", Phrase.of(Kind.CELL, "basis", cell.basis(), "confidence", cell.confidence()),
                "seeds", cell.seeds()), one.phrase());
        assertEquals(new Provenance.FromReference(7).phrase(), Phrase.of(Kind.SOURCE_REFERENCE, "seed", "7"));
        assertEquals("reference policy", new Provenance.FromReference(7).basis());
        assertEquals(List.of(), new Provenance.FromReference(7).seeds());
        Provenance.FromProtocol protocol = new Provenance.FromProtocol("kind_missing", "no 'kind'");
        assertEquals(Phrase.of(Kind.SOURCE_PROTOCOL, "defect", "kind_missing"), protocol.phrase());
        assertEquals("fail closed", protocol.basis());
        assertEquals(List.of(), protocol.seeds());
    }
}

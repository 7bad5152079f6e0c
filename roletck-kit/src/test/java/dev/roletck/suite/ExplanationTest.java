package dev.roletck.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.api.AccessRequest;
import dev.roletck.api.Context;
import dev.roletck.api.Grant;
import dev.roletck.matrix.Cell;
import dev.roletck.matrix.Matrix;
import dev.roletck.matrix.RuleSpec;
import dev.roletck.matrix.Spec;
import dev.roletck.model.Access;
import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An explanation names each held role's cell and contribution, which contribution covers which, and the seeds. */
class ExplanationTest {
    private static final Spec SPEC = TestSpec.spec();

    @Test
    void everyCaseOfEveryMatrixIsExplainedFromItsCells() {
        int covered = 0;
        for (Table t : Table.values()) {
            Matrix m = SPEC.matrix(t);
            for (AccessCase c : Cases.of(m)) {
                AccessRequest r = c.request();
                Explanation e = Explanation.of(SPEC, c);
                assertEquals(c.id(), e.caseId());
                assertEquals(c.expected().phrase(), e.expected());
                assertEquals(Optional.of(r), e.request());
                assertEquals(Optional.empty(), e.rule());
                assertEquals(((Provenance.FromCells) c.provenance()).notes(), e.notes(), c.id());
                List<Explanation.Contribution> contributions = new ArrayList<>();
                LinkedHashSet<String> seeds = new LinkedHashSet<>();
                if (t.declares(r.relation())) {
                    for (Role role : r.roles().toList()) {
                        if (!t.lists(role)) {
                            contributions.add(new Explanation.Contribution(role, Optional.empty(), Grant.of(Access.NOT_APPLICABLE)));
                            continue;
                        }
                        Cell cell = m.cell(r.capability(), role, r.relation());
                        seeds.addAll(cell.seeds());
                        contributions.add(new Explanation.Contribution(role, Optional.of(cell), cell.contribution(r.roles(), r.context())));
                    }
                }
                assertEquals(contributions, e.contributions(), c.id());
                List<Grant> distinct = contributions.stream().map(Explanation.Contribution::grant).distinct().sorted().toList();
                assertEquals(distinct, e.steps().stream().map(Explanation.Step::grant).toList(), c.id());
                for (Explanation.Step s : e.steps()) {
                    s.coveredBy().ifPresent(by -> {
                        assertTrue(by.covers(s.grant()) && !by.equals(s.grant()), c.id());
                        assertTrue(distinct.contains(by), c.id());
                    });
                    boolean coverable = distinct.stream().anyMatch(o -> !o.equals(s.grant()) && o.covers(s.grant()));
                    assertEquals(coverable, s.coveredBy().isPresent(), c.id() + " " + s);
                    if (coverable) covered++;
                }
                // what is kept is the answer's grants
                if (!e.steps().isEmpty()) {
                    assertEquals(c.expected().grants().orElseThrow(),
                            e.steps().stream().filter(s -> s.coveredBy().isEmpty()).map(Explanation.Step::grant).toList(), c.id());
                }
                LinkedHashSet<String> all = new LinkedHashSet<>(c.provenance().seeds());
                all.addAll(seeds.isEmpty() ? m.seeds() : seeds);
                assertEquals(List.copyOf(all), e.seeds(), c.id());
            }
        }
        assertTrue(covered > 0, "some contributions are covered by others");
    }

    @Test
    void aRequestNoCaseAsksIsExplainedToo() {
        Table t = Table.ORGANIZATION_ROLES;
        Capability cap = t.capabilities().get(0);
        List<Role> three = t.roles().subList(0, 3);
        AccessRequest r = new AccessRequest(t, cap, RoleSet.copyOf(three), t.relations().iterator().next(), Context.EMPTY);
        Explanation e = Explanation.of(SPEC, r);
        assertEquals(Cases.id(r), e.caseId());
        assertEquals(ExpectedAccess.of(Cases.expected(SPEC.matrix(t), r)).phrase(), e.expected());
        assertEquals(three, e.contributions().stream().map(Explanation.Contribution::role).toList());
        assertEquals(List.of(), e.notes());
        Relation undeclared = java.util.Arrays.stream(Relation.values()).filter(x -> !t.declares(x)).findFirst().orElseThrow();
        Explanation none = Explanation.of(SPEC, new AccessRequest(t, cap, RoleSet.copyOf(three), undeclared, Context.EMPTY));
        assertEquals(List.of(), none.contributions());
        assertEquals(List.of(), none.steps());
        assertEquals(SPEC.matrix(t).seeds(), none.seeds());
    }

    @Test
    void aRuleCaseIsExplainedByItsRule() {
        for (ConformanceCase c : Cases.ofRules(SPEC.rules())) {
            Provenance.FromRule p = (Provenance.FromRule) c.provenance();
            RuleSpec rule = SPEC.rule(p.rule());
            Explanation e = Explanation.of(SPEC, c);
            assertEquals(Optional.of(rule), e.rule(), c.id());
            assertEquals(List.of(), e.notes());
            assertEquals(c.expected().phrase(), e.expected());
            if (c instanceof AssignmentCase) {
                assertEquals(Optional.empty(), e.request());
                assertEquals(List.of(), e.contributions());
                assertEquals(rule.seeds(), e.seeds(), c.id());
            } else {
                AccessCase a = (AccessCase) c;
                assertEquals(Optional.of(a.request()), e.request());
                assertEquals(Explanation.of(SPEC, a.request()).contributions(), e.contributions());
                assertTrue(e.seeds().containsAll(rule.seeds()), c.id());
            }
        }
    }
}

package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.matrix.Cell;
import dev.roletck.suite.CaseKind;
import dev.roletck.suite.Cases;
import dev.roletck.suite.ConformanceCase;
import dev.roletck.suite.Provenance;
import dev.roletck.suite.TestSpec;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a known-failures pattern names: case ids and globs, the cells an expectation rests on, a rule; and the near ids of a typo. */
class CasePatternsTest {
    private static final List<CasePatterns.Target> TARGETS = List.of(
            new CasePatterns.Target("t/cap/full_admin/customer", List.of("t/cap/full_admin/customer"), Optional.empty()),
            new CasePatterns.Target("t/cap/full_admin+user_admin/customer",
                    List.of("t/cap/full_admin/customer", "t/cap/user_admin/customer"), Optional.empty()),
            new CasePatterns.Target("t/other/user_admin/partner", List.of("t/other/user_admin/partner"), Optional.empty()),
            new CasePatterns.Target("R22/1", List.of(), Optional.of("R22")),
            new CasePatterns.Target("R22/2", List.of(), Optional.of("R22")),
            CasePatterns.Target.ofId("R02/1"));

    private static List<String> match(CasePatterns.Kind kind, String pattern) {
        return CasePatterns.matching(kind, pattern, TARGETS);
    }

    @Test
    void aCasePatternIsAnIdOrAGlobOverIds() {
        assertEquals(List.of("t/cap/full_admin/customer"), match(CasePatterns.Kind.CASE, "t/cap/full_admin/customer"));
        assertEquals(List.of("t/cap/full_admin/customer"), match(CasePatterns.Kind.CASE, "  t/cap/full_admin/customer "));
        assertEquals(List.of("t/cap/full_admin/customer", "t/cap/full_admin+user_admin/customer"),
                match(CasePatterns.Kind.CASE, "t/cap/*/customer"));
        assertEquals(List.of(), match(CasePatterns.Kind.CASE, "t/*/customer"), "* stays within one segment");
        assertEquals(List.of("t/cap/full_admin/customer", "t/cap/full_admin+user_admin/customer"),
                match(CasePatterns.Kind.CASE, "t/**/customer"));
        assertEquals(List.of("R22/1", "R22/2"), match(CasePatterns.Kind.CASE, "R22/?"));
        assertEquals(List.of(), match(CasePatterns.Kind.CASE, "R22?1"), "? is not a /");
        assertEquals(List.of(), match(CasePatterns.Kind.CASE, "t.cap.full_admin.customer"), "a dot is a dot");
        assertEquals(List.of(), match(CasePatterns.Kind.CASE, "t/cap/full_admin"), "the whole id");
        assertTrue(CasePatterns.isGlob("a/*") && CasePatterns.isGlob("R2?") && !CasePatterns.isGlob("a/b"));
    }

    @Test
    void aCellPatternNamesEveryCaseWhoseExpectationRestsOnTheCell() {
        assertEquals(List.of("t/cap/full_admin/customer", "t/cap/full_admin+user_admin/customer"),
                match(CasePatterns.Kind.CELL, "t/cap/full_admin/customer"));
        assertEquals(List.of("t/cap/full_admin+user_admin/customer", "t/other/user_admin/partner"),
                match(CasePatterns.Kind.CELL, "t/*/user_admin/*"));
    }

    @Test
    void aRulePatternNamesTheCasesOfThatRuleInAnyCase() {
        assertEquals(List.of("R22/1", "R22/2"), match(CasePatterns.Kind.RULE, "R22"));
        assertEquals(List.of("R22/1", "R22/2"), match(CasePatterns.Kind.RULE, " r22 "));
        assertEquals(List.of(), match(CasePatterns.Kind.RULE, "R2"));
        assertEquals(List.of(), match(CasePatterns.Kind.RULE, "R02"), "a case known by its id alone has no rule");
    }

    @Test
    void aTypoSuggestsUpToThreeNearIdsNearestFirst() {
        assertEquals(List.of("t/cap/full_admin/customer"), CasePatterns.near(CasePatterns.Kind.CASE, "t/cap/full_admn/customer", TARGETS));
        assertEquals(List.of("R22/1", "R22/2", "R02/1"), CasePatterns.near(CasePatterns.Kind.CASE, "R22/3", TARGETS));
        assertEquals(List.of("R22/1", "R22/2"), CasePatterns.near(CasePatterns.Kind.CASE, "r22/9", TARGETS).subList(0, 2), "case-blind");
        assertEquals(List.of(), CasePatterns.near(CasePatterns.Kind.CASE, "something else entirely", TARGETS));
        assertEquals(List.of("t/cap/user_admin/customer"), CasePatterns.near(CasePatterns.Kind.CELL, "t/cap/user_admn/customer", TARGETS));
        assertEquals(List.of("R22"), CasePatterns.near(CasePatterns.Kind.RULE, "R23", TARGETS));
        assertEquals(List.of(), CasePatterns.near(CasePatterns.Kind.RULE, "X99", TARGETS));
        // within the distance allowed, only the best and those one further
        List<CasePatterns.Target> spread = List.of(CasePatterns.Target.ofId("abcdefghijkl"), CasePatterns.Target.ofId("abcdefghijkx"),
                CasePatterns.Target.ofId("abcdefghixyz"), CasePatterns.Target.ofId("abcdefghijxy"));
        assertEquals(List.of("abcdefghijkl", "abcdefghijkx"), CasePatterns.near(CasePatterns.Kind.CASE, "abcdefghijkl", spread));
        assertEquals(3, CasePatterns.distance("kitten", "sitting"));
        assertEquals("case", CasePatterns.Kind.CASE.key());
        assertEquals("cell", CasePatterns.Kind.CELL.key());
        assertEquals("rule", CasePatterns.Kind.RULE.key());
    }

    @Test
    void aCaseIsATargetByItsIdItsCellsAndItsRule() {
        List<ConformanceCase> cases = Cases.of(TestSpec.spec());
        ConformanceCase combination = cases.stream().filter(c -> c.kind() == CaseKind.COMBINATION).findFirst().orElseThrow();
        CasePatterns.Target t = CasePatterns.Target.of(combination);
        assertEquals(combination.id(), t.id());
        Provenance.FromCells p = (Provenance.FromCells) combination.provenance();
        assertEquals(2, t.cells().size());
        for (int i = 0; i < 2; i++) {
            Cell cell = p.cells().get(i);
            assertEquals(p.table().id() + "/" + cell.capability().id() + "/" + cell.role().id() + "/" + cell.relation().id(), t.cells().get(i));
        }
        assertEquals(Optional.empty(), t.rule());
        ConformanceCase rule = cases.stream().filter(c -> c.kind() == CaseKind.RULE).findFirst().orElseThrow();
        CasePatterns.Target r = CasePatterns.Target.of(rule);
        assertEquals(Optional.of(((Provenance.FromRule) rule.provenance()).rule().id()), r.rule());
        assertEquals(List.of(), r.cells());
    }
}

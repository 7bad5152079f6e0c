package dev.roletck.matrix;

import dev.roletck.i18n.Message;
import dev.roletck.input.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.api.Context;
import dev.roletck.api.Grant;
import dev.roletck.model.Access;
import dev.roletck.model.Capability;
import dev.roletck.model.CcLicense;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.model.RuleId;
import dev.roletck.model.Scope;
import dev.roletck.model.Table;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The values the loader hands on: what a cell contributes under its add-on and licence conditions
 * (RULINGS §4.4, §4.8), the copies with one cell or one matrix replaced (the suite's mutation checks
 * rest on them), rules by id, the groups of tables, and the problems a spec exception carries.
 */
class SpecValuesTest {
    private static final Spec SPEC = MatrixLoader.loadAll(Path.of(System.getProperty("roletck.home", ".")).resolve("matrices")).orThrow();

    @Test
    void aCellWithAnAddOnConditionCountsOnlyBesideOneOfItsRoles() {
        Matrix m = SPEC.matrix(Table.ORGANIZATION_ROLES);
        Cell ata = m.cells().stream().filter(c -> !c.withAnyOf().isEmpty()).findFirst().orElseThrow();
        Role needed = ata.withAnyOf().toList().get(0);
        assertEquals(ata.grant(), ata.contribution(RoleSet.of(ata.role(), needed), Context.EMPTY));
        assertNotEquals(Access.NONE, ata.grant().access(), "the add-on cell grants something once its condition holds");
        assertEquals(Grant.of(Access.NONE), ata.contribution(RoleSet.of(ata.role()), Context.EMPTY));
        Role other = Table.ORGANIZATION_ROLES.roles().stream().filter(r -> r != ata.role() && !ata.withAnyOf().contains(r)).findFirst().orElseThrow();
        assertEquals(Grant.of(Access.NONE), ata.contribution(RoleSet.of(ata.role(), other), Context.EMPTY));
    }

    @Test
    void aCellWithALicenceConditionCountsAsNoneUnderThatLicenceOnly() {
        Cell cell = SPEC.matrix(Table.CONTACT_CENTER).cells().stream().filter(c -> c.unless().isPresent()).findFirst().orElseThrow();
        CcLicense excluded = cell.unless().get();
        RoleSet held = RoleSet.of(cell.role());
        assertEquals(Grant.of(Access.NONE), cell.contribution(held, Context.ccLicense(excluded)));
        for (CcLicense l : CcLicense.values()) {
            if (l != excluded) assertEquals(cell.grant(), cell.contribution(held, Context.ccLicense(l)), l.id());
        }
        assertEquals(excluded == CcLicense.NONE ? Grant.of(Access.NONE) : cell.grant(), cell.contribution(held, Context.EMPTY));
        assertEquals(new Grant(cell.access(), cell.scope()), cell.grant());
    }

    @Test
    void aCopyWithOneCellReplacedChangesThatCellAlone() {
        Matrix m = SPEC.matrix(Table.WEBEX_SITE_ROLES);
        Cell old = m.cells().get(m.cells().size() / 2);
        Access other = old.access() == Access.FULL ? Access.READ_ONLY : Access.FULL;
        Cell changed = old.withGrant(other, Optional.of(Scope.values()[0]));
        assertEquals(other, changed.access());
        assertEquals(Optional.of(Scope.values()[0]), changed.scope());
        assertEquals(List.of(old.capability(), old.role(), old.relation(), old.basis(), old.reason(), old.seeds(), old.withAnyOf()),
                List.of(changed.capability(), changed.role(), changed.relation(), changed.basis(), changed.reason(), changed.seeds(), changed.withAnyOf()));
        Matrix copy = m.withCell(changed);
        assertEquals(changed, copy.cell(old.capability(), old.role(), old.relation()));
        assertEquals(old, m.cell(old.capability(), old.role(), old.relation()), "the original is unchanged");
        for (int i = 0; i < m.cells().size(); i++) {
            if (m.cells().get(i) != old) assertSame(m.cells().get(i), copy.cells().get(i));
        }
        Spec spec = SPEC.withMatrix(copy);
        assertSame(copy, spec.matrix(Table.WEBEX_SITE_ROLES));
        assertSame(SPEC.matrix(Table.CONTACT_CENTER), spec.matrix(Table.CONTACT_CENTER));
        assertEquals(SPEC.rules(), spec.rules());
        assertThrows(IllegalArgumentException.class, () -> old.withGrant(Access.NONE, Optional.of(Scope.values()[0])),
                "a scope qualifies only full or read_only");
    }

    @Test
    void rulesByIdGroupsByTableAndProblemsOfAnException() {
        for (RuleId id : RuleId.values()) assertEquals(id, SPEC.rule(id).id());
        for (Table t : Table.values()) {
            Group g = Group.of(t);
            assertEquals(t.id(), g.id());
            assertEquals(Optional.of(t), g.table());
            assertTrue(g.isRuleGroup());
        }
        assertEquals(Optional.empty(), Group.ASSIGNMENT.table());
        assertEquals(List.of(Group.GENERATED, Group.FAIL_CLOSED), Group.checks());
        List<Problem> problems = List.of(
                new Problem("a.yaml", 2, 3, Message.of("message.input.empty_file"), Message.of("message.input.fix.see_readme")),
                new Problem("b.yaml", 4, 5, Message.of("message.input.unknown_key", "key", "x"),
                        Message.of("message.input.fix.one_of", "choices", "a, b")));
        SpecException e = new SpecException(problems);
        assertEquals(problems, e.problems());
        assertEquals("a.yaml:2:3: the file is empty — see the format in the README\n"
                + "b.yaml:4:5: unknown key “x” — use one of: a, b", e.getMessage());
        // the same problems said in Polish: the position stays as it is, the words are the catalog's
        assertEquals("a.yaml:2:3: plik jest pusty — zobacz opis formatu w pliku README\n"
                + "b.yaml:4:5: nieznany klucz „x” — użyj jednego z: a, b", e.say(java.util.Locale.forLanguageTag("pl")));
        assertThrows(IllegalArgumentException.class, () -> new SpecException(List.of()));
    }
}

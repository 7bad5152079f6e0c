package dev.roletck.matrix;

import dev.roletck.input.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.model.Access;
import dev.roletck.model.Basis;
import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RuleId;
import dev.roletck.model.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The strict loader: what it accepts, and the one-line, positioned problems it reports for what it does not. */
class MatrixLoaderTest {
    private static final String DIR = "roletck-kit/src/test/resources/bad-matrices/";

    private static List<String> problems(String fixture) {
        Loaded<Matrix> loaded = MatrixLoader.loadMatrix(Path.of(DIR + fixture));
        assertFalse(loaded.ok(), fixture + " must not load");
        return loaded.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theSpecOfThisCheckoutLoads() {
        Loaded<Spec> loaded = MatrixLoader.loadAll(Path.of(System.getProperty("roletck.home", ".")).resolve("matrices"));
        assertEquals(List.of(), loaded.problems());
        Spec spec = loaded.orThrow();
        for (Table t : Table.values()) {
            assertEquals(t.capabilities().size() * t.roles().size() * t.relations().size(), spec.matrix(t).cells().size());
        }
        assertEquals(RuleId.values().length, spec.rules().size());
        spec.rules().forEach(r -> assertEquals(r.id().status(), r.status(), r.id().id()));
    }

    @Test
    void aWellFormedMatrixLoadsWithEveryCellInPlace() {
        Matrix m = MatrixLoader.loadMatrix(Path.of(DIR + "ok.yaml")).orThrow();
        assertEquals(Table.CONTACT_CENTER_ROLE_ASSIGNMENT, m.table());
        assertEquals(List.of("001_c4461c6f41d4b583.txt"), m.seeds());
        Cell cell = m.cell(Capability.CC_ASSIGNMENT_ASSIGN_SERVICE_ADMIN_ROLE_TO_EXTERNAL_USER, Role.FULL_ADMIN, Relation.PARTNER);
        assertEquals(Access.NONE, cell.access());
        assertEquals(Basis.RULING, cell.basis());
        assertEquals(Optional.of("RULINGS 4.3"), cell.reason());
        assertEquals(m.seeds(), cell.seeds());
        assertEquals("contact_center_role_assignment/assign_service_admin_role_to_external_user/full_admin/partner", cell.id());
        assertEquals(Access.NOT_APPLICABLE, m.cell(Capability.CC_ASSIGNMENT_ASSIGN_SERVICE_ADMIN_ROLE_TO_CUSTOMER_USER,
                Role.CONTACT_CENTER_SERVICE_ADMIN, Relation.PARTNER).access());
    }

    @Test
    void aDuplicateKeyIsReportedAtTheSecondKey() {
        assertEquals(List.of(DIR + "duplicate-key.yaml:4:1: duplicate key “title” (first on line 3) — keep one entry per key"),
                problems("duplicate-key.yaml"));
    }

    @Test
    void aDoubledCellIsReportedAtTheSecondCopy() {
        assertEquals(List.of(DIR + "doubled-cell.yaml:14:7: duplicate key “partner” (first on line 13) — keep one entry per key"),
                problems("doubled-cell.yaml"));
    }

    @Test
    void anUnknownRoleNamesTheRolesOfTheTableAndTheCellsItLeavesMissing() {
        assertEquals(List.of(
                DIR + "unknown-role.yaml:11:5: missing cells of role “contact_center_service_admin” for capability "
                        + "“assign_service_admin_role_to_customer_user” — add contact_center_service_admin: with one cell "
                        + "for each relation (customer, partner, other)",
                DIR + "unknown-role.yaml:15:5: unknown role “contact_center_srvice_admin” — use one of: full_admin, "
                        + "contact_center_service_admin"),
                problems("unknown-role.yaml"));
    }

    @Test
    void aMissingCellIsReportedAtItsRole() {
        assertEquals(List.of(DIR + "missing-cell.yaml:12:7: missing cell assign_service_admin_role_to_customer_user/full_admin/other"
                + " — add other: {access: …, scope: …, basis: …, confidence: …}"), problems("missing-cell.yaml"));
    }

    @Test
    void everyBadValueOfAFileIsReportedAtOnce() {
        assertEquals(List.of(
                DIR + "bad-values.yaml:12:26: unknown access level “ful” — use one of: not_applicable, none, read_only, full",
                DIR + "bad-values.yaml:13:38: scope “assigned_sites_only” qualifies only full or read_only, not none"
                        + " — write scope: null",
                DIR + "bad-values.yaml:14:14: cell assign_service_admin_role_to_customer_user/full_admin/other has basis"
                        + " “inferred” but no reason — add reason: saying how the cell was read (only stated cells may omit it)",
                DIR + "bad-values.yaml:14:71: unknown confidence level “sure” — use one of: low, low-medium, medium, medium-high, high"),
                problems("bad-values.yaml"));
    }

    @Test
    void aRelationListOtherThanTheTablesIsRefused() {
        assertEquals(List.of(DIR + "wrong-relations.yaml:5:12: the relations [customer, partner] differ from what table"
                + " “contact_center_role_assignment” declares — write [customer, partner, other]"), problems("wrong-relations.yaml"));
    }

    @Test
    void anAliasBombIsStoppedAtTheAliasOverTheLimit() {
        assertEquals(List.of(DIR + "alias-bomb.yaml:4:12: more than 10 aliases of lists or mappings"
                + " — write the values out instead of using anchors and aliases"), problems("alias-bomb.yaml"));
    }

    @Test
    void aSyntaxErrorIsOneLineWithItsPosition() {
        List<String> problems = problems("syntax-error.yaml");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith(DIR + "syntax-error.yaml:17:14: YAML syntax error: “expected ',' or '}'"), problems.get(0));
        assertTrue(problems.get(0).contains("(while parsing a flow mapping)” (in what begins on line 16)"), problems.get(0));
        assertTrue(problems.get(0).endsWith(" — correct the YAML syntax"), problems.get(0));
    }

    @Test
    void aTagNeverConstructsAnything() {
        assertEquals(List.of(DIR + "unknown-tag.yaml:3:8: tag “!!java.net.URL” is not allowed — remove the tag"),
                problems("unknown-tag.yaml"));
    }

    @Test
    void aLocalTagIsRefusedToo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("local-tag.yaml");
        Files.writeString(file, Files.readString(Path.of(DIR + "ok.yaml")).replace("title: Who", "title: !shout Who"));
        List<String> problems = MatrixLoader.loadMatrix(file).problems().stream().map(Problem::toString).toList();
        assertEquals(List.of(YamlDocDisplay.of(file) + ":3:8: tag “!shout” is not allowed — remove the tag"), problems);
    }

    @Test
    void unknownKeysUndeclaredRelationsAndMisplacedConditionsAreRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cell-keys.yaml");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Path.of(DIR + "ok.yaml")));
        lines.set(11, "      customer: {access: full, scope: null, basis: stated, confidence: high, why: text}");
        lines.set(15, "      customer: {access: full, scope: null, basis: stated, confidence: high,"
                + " with_any_of: [contact_center_service_admin], unless: {cc_license: standard}}");
        lines.add(1, "notes: not a key of a matrix");
        Files.write(file, lines);
        String f = YamlDoc.display(file);
        assertEquals(List.of(
                f + ":2:1: unknown key “notes” — use one of: table, title, seeds, relations, roles,"
                        + " capabilities, cells, revisions",
                f + ":13:78: unknown key “why”"
                        + " — use one of: access, scope, basis, confidence, reason, seeds, with_any_of, unless",
                f + ":17:92: a cell cannot need its own role “contact_center_service_admin” — use one of: full_admin",
                f + ":17:131: “unless” applies only to table “contact_center”, not"
                        + " “contact_center_role_assignment” — remove unless from this cell"),
                MatrixLoader.loadMatrix(file).problems().stream().map(Problem::toString).toList());
    }

    @Test
    void nestingIsBounded(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("deep.yaml");
        Files.writeString(file, "table: " + "[".repeat(30) + "]".repeat(30) + "\n");
        List<Problem> problems = MatrixLoader.loadMatrix(file).problems();
        assertEquals(1, problems.size());
        assertEquals(List.of(1, 27, "nesting deeper than 20 levels"),
                List.of(problems.get(0).line(), problems.get(0).column(), problems.get(0).message()));
    }

    @Test
    void aMissingFileIsOneLine() {
        assertEquals(List.of(DIR + "absent.yaml:1:1: file not found — create it or correct the path"), problems("absent.yaml"));
    }

    @Test
    void rulesAreCheckedAgainstTheRuleIdsAndTheirStatus() {
        List<String> problems = MatrixLoader.loadRules(Path.of(DIR + "rules-bad.yaml")).problems().stream()
                .map(Problem::toString).toList();
        String f = DIR + "rules-bad.yaml:";
        assertTrue(problems.contains(f + "4:3: missing rule R06 — add an entry with id: R06 and status: informative"), problems::toString);
        assertTrue(problems.contains(f + "18:13: rule R03 has status “enforced”, but RULINGS §5 gives it “advisory”"
                + " — write status: advisory"), problems::toString);
        assertTrue(problems.contains(f + "34:9: rule R05 appears twice (first on line 28) — keep one entry per rule"), problems::toString);
        assertTrue(problems.contains(f + "43:12: unknown rule group “assignmnt” — use one of: organization_roles, webex_site_roles,"
                + " contact_center, contact_center_role_assignment, external_admin_roles, partner_sales_roles, assignment"),
                problems::toString);
        assertTrue(problems.contains(f + "50:13: “002_eb43fb2dbe00fd3d.txt” is not a seed line"
                + " — write file:line, e.g. 002_eb43fb2dbe00fd3d.txt:88"), problems::toString);
        assertTrue(problems.contains(f + "72:27: unknown verdict “allowd” — use one of: allowed, refused"), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(f + "147:18: bad request in case “full admin with a standard"
                + " licence”: “") && p.contains("full_admn")), problems::toString);
        assertEquals(7, problems.size(), problems::toString);
    }

    @Test
    void aSpecDirectoryNeedsEveryTableAndNothingElse(@TempDir Path dir) throws IOException {
        Path real = Path.of(System.getProperty("roletck.home", ".")).resolve("matrices");
        try (Stream<Path> files = Files.list(real)) {
            for (Path p : files.toList()) Files.copy(p, dir.resolve(p.getFileName()));
        }
        Files.delete(dir.resolve("partner_sales_roles.yaml"));
        Files.copy(Path.of(DIR + "ok.yaml"), dir.resolve("extra.yaml"));
        List<String> lines = Files.readAllLines(dir.resolve("contact_center.yaml"));
        int tableLine = lines.indexOf("table: contact_center");
        lines.set(tableLine, "table: webex_site_roles");
        Files.write(dir.resolve("contact_center.yaml"), lines);
        List<String> problems = MatrixLoader.loadAll(dir).problems().stream().map(Problem::toString).toList();
        String d = YamlDocDisplay.of(dir);
        assertEquals(List.of(
                d + "/extra.yaml:1:1: “extra.yaml” is neither a table matrix nor rules.yaml — name it <table>.yaml after one"
                        + " of the tables, or move it out of the directory",
                d + "/contact_center.yaml:" + (tableLine + 1) + ":8: the file of table “contact_center” declares table “webex_site_roles”"
                        + " — write table: contact_center or rename the file",
                d + "/partner_sales_roles.yaml:1:1: the matrix of table “partner_sales_roles” is missing"
                        + " — write it (one cell for every capability, role and relation of the table)"),
                problems);
        SpecException e = assertThrows(SpecException.class, () -> MatrixLoader.loadAll(dir).orThrow());
        assertEquals(String.join("\n", problems), e.getMessage());
    }

    @Test
    void notADirectory() {
        assertEquals(List.of(DIR + "ok.yaml:1:1: not a directory — name the directory that holds the <table>.yaml files"
                + " and rules.yaml"), MatrixLoader.loadAll(Path.of(DIR + "ok.yaml")).problems().stream().map(Problem::toString).toList());
    }

    /** How the loader shows a path outside the working directory: as given. */
    private static final class YamlDocDisplay {
        static String of(Path p) { return YamlDoc.display(p); }
    }
}

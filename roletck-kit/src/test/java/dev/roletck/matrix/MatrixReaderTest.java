package dev.roletck.matrix;

import dev.roletck.input.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.api.AssignmentRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shipped matrix with one thing wrong (header lists, add-on and licence conditions, YAML documents
 * and anchors): each mistake is one problem at its place with its fix. And where the problems name
 * their file.
 */
class MatrixReaderTest {
    private static final Path MATRICES = Path.of(System.getProperty("roletck.home", ".")).resolve("matrices");

    @TempDir Path dir;

    /** The problems of shipped {@code table}.yaml with {@code from} (which must occur once) replaced by {@code to}, without the file name. */
    private List<String> problems(String table, String from, String to) throws IOException {
        String text = Files.readString(MATRICES.resolve(table + ".yaml"));
        int at = text.indexOf(from);
        assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, "'" + from + "' occurs once in " + table + ".yaml");
        Path file = Files.writeString(dir.resolve(table + ".yaml"), text.replace(from, to));
        Loaded<Matrix> loaded = MatrixLoader.loadMatrix(file);
        assertFalse(loaded.ok(), "must not load");
        return loaded.problems().stream().map(p -> p.toString().substring(p.toString().indexOf(".yaml:") + 5)).toList();
    }

    private static final String ORG_ROLES = "roles: [full_admin, read_only_admin, support_admin, user_device_admin, device_admin, compliance_officer, advanced_troubleshooting_access]";

    @Test
    void theRoleColumnsMustBeTheTablesInItsOrder() throws IOException {
        List<String> swapped = problems("organization_roles", ORG_ROLES,
                ORG_ROLES.replace("full_admin, read_only_admin", "read_only_admin, full_admin"));
        assertEquals(1, swapped.size(), swapped.toString());
        assertTrue(swapped.get(0).startsWith(":10:8: the roles [read_only_admin, full_admin, ") && swapped.get(0).contains(
                "differ from what table “organization_roles” declares — write [full_admin, read_only_admin, "), swapped.toString());
        List<String> foreign = problems("organization_roles", ORG_ROLES, ORG_ROLES.replace("device_admin, compliance", "device_admin, supervisor, compliance"));
        assertEquals(List.of(":10:86: role “supervisor” is not a column of table “organization_roles” — use one of: full_admin, read_only_admin,"
                + " support_admin, user_device_admin, device_admin, compliance_officer, advanced_troubleshooting_access"), foreign);
        List<String> twice = problems("organization_roles", ORG_ROLES, ORG_ROLES.replace("device_admin, compliance", "device_admin, device_admin, compliance"));
        assertEquals(List.of(":10:86: “device_admin” is listed twice — keep one and remove the other"), twice);
    }

    @Test
    void relationsAreASetButCapabilitiesAreInOrder() throws IOException {
        Path file = Files.writeString(dir.resolve("contact_center.yaml"), Files.readString(MATRICES.resolve("contact_center.yaml"))
                .replace("relations: [customer, partner, other]", "relations: [other, customer, partner]"));
        assertTrue(MatrixLoader.loadMatrix(file).ok(), () -> MatrixLoader.loadMatrix(file).problems().toString());
        List<String> rows = problems("contact_center", "  - administer_features\n  - add_remove_users\n", "  - add_remove_users\n  - administer_features\n");
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).contains("the capabilities [add_remove_users, administer_features, "), rows.toString());
    }

    @Test
    void aLicenceConditionBelongsToTheContactCenterTableOnly() throws IOException {
        String cell = "with_any_of: [full_admin], reason: \"E2 (collapsed pipes)";
        List<String> p = problems("organization_roles", cell, "unless: {cc_license: standard}, " + cell);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).endsWith("“unless” applies only to table “contact_center”, not “organization_roles”"
                + " — remove unless from this cell"), p.toString());
        String first = "  administer_features:\n    full_admin:\n      customer: {access: full,            scope: null,"
                + "                 basis: stated, confidence: high, unless: {cc_license: standard}";
        List<String> unknown = problems("contact_center", first, first.replace("standard}", "basic}"));
        assertEquals(1, unknown.size(), unknown.toString());
        assertTrue(unknown.get(0).contains("unknown Contact Center licence “basic”"), unknown.toString());
    }

    @Test
    void anAddOnConditionNamesOtherRolesOfTheTableEachOnce() throws IOException {
        String from = "with_any_of: [full_admin], reason: \"E2 (collapsed pipes)";
        List<String> empty = problems("organization_roles", from, from.replace("[full_admin]", "[]"));
        assertEquals(1, empty.size(), empty.toString());
        assertTrue(empty.get(0).contains("“with_any_of” is empty — name the roles the cell needs (one of: full_admin, "), empty.toString());
        List<String> own = problems("organization_roles", from, from.replace("[full_admin]", "[full_admin, advanced_troubleshooting_access]"));
        assertEquals(1, own.size(), own.toString());
        assertTrue(own.get(0).contains("advanced_troubleshooting_access"), own.toString());
        List<String> twice = problems("organization_roles", from, from.replace("[full_admin]", "[full_admin, full_admin]"));
        assertEquals(1, twice.size(), twice.toString());
        assertTrue(twice.get(0).contains("“full_admin” is listed twice — keep one and remove the other"), twice.toString());
    }

    @Test
    void tableSeedsAreSeedFileNamesEachOnceAndAtLeastOne() throws IOException {
        String seeds = "seeds: [002_eb43fb2dbe00fd3d.txt]\nrelations: [partner]";
        List<String> empty = problems("partner_sales_roles", seeds, "seeds: []\nrelations: [partner]");
        assertEquals(List.of(":7:8: “seeds” is empty — name at least one seed file, e.g. 002_eb43fb2dbe00fd3d.txt"), empty);
        List<String> twice = problems("partner_sales_roles", seeds, "seeds: [002_eb43fb2dbe00fd3d.txt, 002_eb43fb2dbe00fd3d.txt]\nrelations: [partner]");
        assertEquals(List.of(":7:35: “002_eb43fb2dbe00fd3d.txt” is listed twice — keep one and remove the other"), twice);
        List<String> bad = problems("partner_sales_roles", seeds, "seeds: [seed-two.txt]\nrelations: [partner]");
        assertEquals(List.of(":7:9: “seed-two.txt” is not a seed file name — write it as NNN_<16 hex>.txt, e.g. 002_eb43fb2dbe00fd3d.txt"), bad);
        List<String> mapping = problems("partner_sales_roles", "relations: [partner]", "relations: [{partner: 1}]");
        assertEquals(1, mapping.size(), mapping.toString());
        assertTrue(mapping.get(0).startsWith(":8:13: expected the id of a relation, found a mapping — use one of: partner"), mapping.toString());
    }

    @Test
    void aMissingRowAndAConditionThatIsNotAListAreReported() throws IOException {
        String text = Files.readString(MATRICES.resolve("partner_sales_roles.yaml"));
        int cells = text.indexOf("\ncells:\n") + "\ncells:\n".length();
        int second = text.indexOf("\n  ", cells + 3);
        while (text.charAt(second + 3) == ' ') second = text.indexOf("\n  ", second + 1);
        String firstRow = text.substring(cells, second + 1);
        String row = firstRow.substring(2, firstRow.indexOf(':'));
        List<String> missing = problems("partner_sales_roles", firstRow, "");
        assertEquals(1, missing.size(), missing.toString());
        assertTrue(missing.get(0).contains("missing cells of capability “" + row + "” — add " + row + ": with one cell for each role and relation"),
                missing.toString());
        String from = "with_any_of: [full_admin], reason: \"E2 (collapsed pipes)";
        List<String> scalar = problems("organization_roles", from, from.replace("[full_admin]", "full_admin"));
        assertEquals(1, scalar.size(), scalar.toString());
        assertTrue(scalar.get(0).contains("with_any_of"), scalar.toString());
    }

    @Test
    void aSecondDocumentAndARecursiveAliasAreRefused() throws IOException {
        String text = Files.readString(MATRICES.resolve("partner_sales_roles.yaml"));
        Path two = Files.writeString(dir.resolve("two.yaml"), text + "---\ntable: partner_sales_roles\n");
        List<Problem> p = MatrixLoader.loadMatrix(two).problems();
        assertEquals(1, p.size(), p.toString());
        assertEquals(text.lines().count() + 1, p.get(0).line(), p.toString());
        assertTrue(p.get(0).toString().contains("a second YAML document in one file — keep one document per file"), p.toString());
        Path recursive = Files.writeString(dir.resolve("recursive.yaml"), "table: partner_sales_roles\nrevisions: &r\n  - *r\n");
        List<Problem> r = MatrixLoader.loadMatrix(recursive).problems();
        assertEquals(1, r.size(), r.toString());
        assertEquals(3, r.get(0).line());
        assertTrue(r.get(0).toString().contains("alias “*r” refers to a node that contains it"), r.toString());
    }

    @Test
    void aFileBelowTheWorkingDirectoryIsNamedRelativeToItAndOthersInFull() throws IOException {
        Path below = Path.of("roletck-kit/src/test/resources/bad-matrices/duplicate-key.yaml").toAbsolutePath();
        assertTrue(Files.exists(below), "the tests run in the repository root");
        String shown = MatrixLoader.loadMatrix(below).problems().get(0).toString();
        assertTrue(shown.startsWith("roletck-kit/src/test/resources/bad-matrices/duplicate-key.yaml:4:1: "), shown);
        Path outside = Files.writeString(dir.resolve("x.yaml"), "table: [\n");
        String full = MatrixLoader.loadMatrix(outside).problems().get(0).toString();
        assertTrue(full.startsWith(outside.toAbsolutePath().normalize() + ":"), full);
    }

    @Test
    void yamlBooleansInARequestAreReadAsYamlReadsThem() throws IOException {
        String rules = Files.readString(MATRICES.resolve(MatrixLoader.RULES_FILE));
        String from = "actor: {roles: [full_admin], site_roles: {}, relation: customer, active_sales_relationship: false}";
        int first = rules.indexOf(from);
        assertTrue(first > 0);
        Path file = Files.writeString(dir.resolve("rules.yaml"), rules.substring(0, first)
                + from.replace("false}", "ON}") + rules.substring(first + from.length()));
        List<RuleSpec> read = MatrixLoader.loadRules(file).orThrow();
        AssignmentRequest request = read.get(0).cases().get(0).request();
        assertTrue(request.actor().activeSalesRelationship(), "ON is YAML's true");
    }
}

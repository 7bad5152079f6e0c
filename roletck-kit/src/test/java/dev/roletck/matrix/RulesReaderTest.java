package dev.roletck.matrix;

import dev.roletck.input.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rules.yaml with one thing wrong: each mistake is reported at its place with its fix, and nothing
 * of a rule with a mistake is taken as read. The cases start from the shipped rules.yaml and change
 * one passage.
 */
class RulesReaderTest {
    private static final Path RULES = Path.of(System.getProperty("roletck.home", ".")).resolve("matrices").resolve(MatrixLoader.RULES_FILE);

    @TempDir Path dir;

    /** The problems of the shipped rules.yaml with {@code from} (which must occur once) replaced by {@code to}. */
    private List<String> problems(String from, String to) throws IOException {
        String text = Files.readString(RULES);
        int at = text.indexOf(from);
        assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, "'" + from + "' occurs once in rules.yaml");
        Path file = Files.writeString(dir.resolve("rules.yaml"), text.replace(from, to));
        Loaded<List<RuleSpec>> loaded = MatrixLoader.loadRules(file);
        assertFalse(loaded.ok(), "must not load");
        assertTrue(loaded.value().isEmpty());
        return loaded.problems().stream().map(p -> p.toString().substring(file.toString().length())).toList();
    }

    private static int line(String from) throws IOException {
        String text = Files.readString(RULES);
        return (int) text.substring(0, text.indexOf(from)).lines().count() + (text.substring(0, text.indexOf(from)).endsWith("\n") ? 1 : 0);
    }

    @Test
    void aMissingRuleIsNamedWithItsStatus() throws IOException {
        String r52 = Files.readString(RULES).substring(Files.readString(RULES).indexOf("  - id: R52\n"));
        List<String> p = problems(r52, "");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).endsWith(": missing rule R52 — add an entry with id: R52 and status: informative"), p.toString());
    }

    @Test
    void aRuleTwiceIsReportedAtTheSecond() throws IOException {
        List<String> p = problems("  - id: R52\n", "  - id: R51\n");
        assertTrue(p.stream().anyMatch(s -> s.contains("rule R51 appears twice (first on line ")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("missing rule R52")), p.toString());
    }

    @Test
    void aStatusOtherThanTheRulingsIsRefusedWithTheRightOne() throws IOException {
        String r52 = "  - id: R52\n    title: \"Other things a service admin can do in Control Hub\"\n    status: informative\n";
        List<String> p = problems(r52, r52.replace("status: informative", "status: enforced"));
        assertEquals(List.of(":" + (line(r52) + 2) + ":13: rule R52 has status “enforced”, but RULINGS §5 gives it “informative”"
                + " — write status: informative"), p);
    }

    @Test
    void seedLinesMustBeFileColonLineEachOnceAndAtLeastOne() throws IOException {
        String seeds = "    seeds: [\"001_c4461c6f41d4b583.txt:174\", \"001_c4461c6f41d4b583.txt:176\"";
        List<String> empty = problems(seeds + ", \"001_c4461c6f41d4b583.txt:211\", \"001_c4461c6f41d4b583.txt:302\", \"001_c4461c6f41d4b583.txt:306\"]",
                "    seeds: []");
        assertEquals(1, empty.size(), empty.toString());
        assertTrue(empty.get(0).endsWith("“seeds” is empty — name the seed lines the rule rests on, e.g. 002_eb43fb2dbe00fd3d.txt:88"), empty.toString());
        List<String> twice = problems(seeds, "    seeds: [\"001_c4461c6f41d4b583.txt:174\", \"001_c4461c6f41d4b583.txt:174\"");
        assertEquals(1, twice.size(), twice.toString());
        assertTrue(twice.get(0).endsWith("“001_c4461c6f41d4b583.txt:174” is listed twice — keep one and remove the other"), twice.toString());
        List<String> bad = problems(seeds, "    seeds: [\"001_c4461c6f41d4b583.txt\", \"001_c4461c6f41d4b583.txt:176\"");
        assertEquals(1, bad.size(), bad.toString());
        assertTrue(bad.get(0).endsWith("“001_c4461c6f41d4b583.txt” is not a seed line — write file:line, e.g. 002_eb43fb2dbe00fd3d.txt:88"), bad.toString());
    }

    @Test
    void aCaseNameTwiceInOneRuleIsRefused() throws IOException {
        List<String> p = problems("      - name: \"no roles: no contact center features, even for a partner\"",
                "      - name: \"no roles: no device management\"");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).endsWith("the case name “no roles: no device management” is used twice in this rule"
                + " — give each case of a rule its own name"), p.toString());
    }

    @Test
    void scopesOfAnAccessCaseQualifyOnlyFullOrReadOnlyAndAreSorted() throws IOException {
        String none = "        request: {table: organization_roles, capability: device_management, roles: [], relation: customer, context: {}}\n"
                + "        expect: {access: none, scopes: []}";
        List<String> p = problems(none, none.replace("scopes: []", "scopes: [assigned_sites_only]"));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).endsWith("scopes qualify only full or read_only, not none — write scopes: []"), p.toString());
        String text = Files.readString(RULES);
        String full = "        expect: {access: full, scopes: [assigned_sites_only]}";
        int first = text.indexOf(full);
        assertTrue(first > 0, "rules.yaml has a case with a scoped full access");
        Path twice = Files.writeString(dir.resolve("twice.yaml"), text.substring(0, first)
                + "        expect: {access: full, scopes: [assigned_sites_only, assigned_sites_only]}" + text.substring(first + full.length()));
        List<Problem> repeated = MatrixLoader.loadRules(twice).problems();
        assertEquals(1, repeated.size(), repeated.toString());
        assertTrue(repeated.get(0).toString().endsWith("scopes must be distinct and sorted by id — write [assigned_sites_only]"), repeated.toString());
        List<String> unknown = problems(none, none.replace("scopes: []", "scopes: [everywhere]"));
        assertEquals(1, unknown.size(), unknown.toString());
        assertTrue(unknown.get(0).contains("unknown scope “everywhere”"), unknown.toString());
        List<String> notAList = problems(none, none.replace("scopes: []", "scopes: assigned_sites_only"));
        assertEquals(1, notAList.size(), notAList.toString());
    }

    @Test
    void aRequestThatIsNotAMappingOrThatTheWireRefusesIsAProblemAtTheRequest() throws IOException {
        String request = "        request: {table: organization_roles, capability: device_management, roles: [], relation: customer, context: {}}\n"
                + "        expect: {access: none, scopes: []}";
        List<String> scalar = problems(request, request.replace(
                "{table: organization_roles, capability: device_management, roles: [], relation: customer, context: {}}", "device_management"));
        assertEquals(1, scalar.size(), scalar.toString());
        assertTrue(scalar.get(0).contains(": the request of case “no roles: no device management”")
                && scalar.get(0).endsWith(" must be a mapping, not a single value — write the request as PROTOCOL.md shows, without id and kind"), scalar.toString());
        List<String> role = problems(request, request.replace("roles: []", "roles: [full_admn]"));
        assertEquals(1, role.size(), role.toString());
        String line = role.get(0);
        assertTrue(line.contains(": bad request in case “no roles: no device management”: “"), line);
        assertTrue(line.contains("full_admn"), line);
        assertEquals(1, line.split(" — ").length - 1, "the fix follows one dash: " + line);
        // the relation is a null, a boolean or a number as YAML reads it, never the text "null", "yes" or "7"
        for (String value : List.of("null", "yes", "7", "0x1F")) {
            List<String> typed = problems(request, request.replace("relation: customer", "relation: " + value));
            assertEquals(1, typed.size(), value + ": " + typed);
            assertTrue(typed.get(0).contains("bad request in case “no roles: no device management”"), value + ": " + typed);
        }
        // a quoted word is text: "customer" in quotes is the same request
        String text = Files.readString(RULES).replace(request, request.replace("relation: customer", "relation: \"customer\""));
        Path file = Files.writeString(dir.resolve("quoted.yaml"), text);
        assertTrue(MatrixLoader.loadRules(file).ok(), () -> MatrixLoader.loadRules(file).problems().toString());
    }

    @Test
    void anAssignmentCaseNeedsAKnownVerdictAndRule() throws IOException {
        List<String> verdict = problems("        expect: {verdict: allowed, rule: R01}\n      - name: \"a full admin revokes the device admin role\"",
                "        expect: {verdict: permitted, rule: R01}\n      - name: \"a full admin revokes the device admin role\"");
        assertEquals(1, verdict.size(), verdict.toString());
        assertTrue(verdict.get(0).contains("unknown verdict “permitted”"), verdict.toString());
        List<String> rule = problems("        expect: {verdict: allowed, rule: R01}\n      - name: \"a full admin revokes the device admin role\"",
                "        expect: {verdict: allowed, rule: R99}\n      - name: \"a full admin revokes the device admin role\"");
        assertEquals(1, rule.size(), rule.toString());
        assertTrue(rule.get(0).contains("“R99”"), rule.toString());
    }
}

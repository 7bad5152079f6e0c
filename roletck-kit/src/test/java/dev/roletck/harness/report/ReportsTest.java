package dev.roletck.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.roletck.harness.HarnessResult;
import dev.roletck.harness.ReportFixtures;
import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.Table;
import dev.roletck.suite.TestSpec;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The reports of a run with one wrong cell, one known failure and one group not in the profile. */
class ReportsTest {
    @TempDir static Path dir;
    static HarnessResult result;

    @BeforeAll
    static void run() {
        result = ReportFixtures.mixedRun(dir, Locale.ENGLISH);
    }

    @Test
    void junitXmlIsSurefireShaped() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(Files.readString(dir.resolve(Reports.XML)))));
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        NodeList suites = root.getElementsByTagName("testsuite");
        int testcases = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            NodeList cases = suite.getElementsByTagName("testcase");
            assertEquals(Integer.parseInt(suite.getAttribute("tests")), cases.getLength(), suite.getAttribute("name"));
            assertEquals(Integer.parseInt(suite.getAttribute("failures")), suite.getElementsByTagName("failure").getLength());
            assertEquals(Integer.parseInt(suite.getAttribute("errors")), suite.getElementsByTagName("error").getLength());
            assertEquals(Integer.parseInt(suite.getAttribute("skipped")), suite.getElementsByTagName("skipped").getLength());
            testcases += cases.getLength();
        }
        assertEquals(result.results().size(), testcases);
        assertEquals(result.results().size(), Integer.parseInt(root.getAttribute("tests")));
        Element failure = (Element) root.getElementsByTagName("failure").item(0);
        Element testcase = (Element) failure.getParentNode();
        assertEquals(ReportFixtures.FLIPPED, testcase.getAttribute("name"));
        assertEquals("roletck.organization_roles", testcase.getAttribute("classname"));
        assertEquals("expected full, got none", failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("source: cell basis external/high"), failure.getTextContent());
        Element error = (Element) root.getElementsByTagName("error").item(0);
        assertTrue(error.getAttribute("message").endsWith("got an exception, IllegalStateException: business hours not implemented"),
                error.getAttribute("message"));
    }

    @Test
    void jsonValidatesAgainstThePublishedSchema() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(mapper.readTree(Path.of(System.getProperty("roletck.home", "")).resolve("schemas/report.schema.json").toFile()));
        JsonNode report = mapper.readTree(dir.resolve(Reports.JSON).toFile());
        Set<ValidationMessage> errors = schema.validate(report);
        assertEquals(Set.of(), errors);
        assertEquals(result.results().size(), report.get("cases").size());
        assertEquals(false, report.get("conformant").asBoolean());
        JsonNode flipped = report.get("cases").findParents("id").stream()
                .filter(c -> c.get("id").asText().equals(ReportFixtures.FLIPPED)).findFirst().orElseThrow();
        assertEquals("failed", flipped.get("status").asText());
        assertEquals("full", flipped.get("expected").asText());
        assertEquals("none", flipped.get("actual").asText());
        assertEquals("cells", flipped.at("/provenance/kind").asText());
        assertEquals("external", flipped.at("/provenance/cells/0/basis").asText());
        assertEquals(TestSpec.spec().matrix(Table.ORGANIZATION_ROLES)
                        .cell(Capability.ORG_DEVICE_MANAGEMENT, Role.DEVICE_ADMIN, Relation.CUSTOMER).reason().orElseThrow(),
                flipped.at("/provenance/statement").asText(), "the seed reading of the cell");
        assertTrue(flipped.at("/provenance/seeds/0").asText().endsWith(".txt"), flipped.toString());
        JsonNode rule = report.get("cases").findParents("id").stream()
                .filter(c -> c.get("id").asText().equals("R10/1")).findFirst().orElseThrow();
        assertEquals("rule", rule.at("/provenance/kind").asText());
        assertTrue(rule.at("/provenance/statement").asText().startsWith("A full administrator may assign"), rule.toString());
        assertEquals("refused", rule.at("/expected_answer/verdict").asText());
        JsonNode known = report.get("cases").findParents("id").stream()
                .filter(c -> c.get("id").asText().equals(ReportFixtures.KNOWN)).findFirst().orElseThrow();
        assertEquals("expected_failure", known.get("status").asText());
        assertTrue(known.get("actual").isNull());
        assertEquals("https://tracker.example/7", known.at("/known_failure/link").asText());

        // and a report that breaks the schema is caught by it
        ((com.fasterxml.jackson.databind.node.ObjectNode) report.get("cases").get(0)).put("status", "green");
        assertTrue(!schema.validate(report).isEmpty());
    }

    @Test
    void theRunNotesValidateAgainstTheSchemaToo() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(mapper.readTree(Path.of(System.getProperty("roletck.home", "")).resolve("schemas/report.schema.json").toFile()));
        HarnessResult noted = new HarnessResult(result.implementation(), result.results(), result.elapsed(), result.ruleGroups(),
                result.features(), result.shrunk(), new HarnessResult.Notes(java.util.Optional.of(ReportFixtures.FLIPPED),
                        new java.util.TreeSet<>(Set.of("took_ms", "grants[].note")), java.util.List.of("Traceback (most recent call last):",
                        "RuntimeError: simulated crash")));
        JsonNode report = mapper.readTree(JsonReport.render(noted, ReportText.of(Locale.ENGLISH)));
        assertEquals(Set.of(), schema.validate(report));
        assertEquals(ReportFixtures.FLIPPED, report.get("stopped_at").asText());
        assertEquals("[\"grants[].note\",\"took_ms\"]", report.get("extra_answer_fields").toString());
        assertEquals("RuntimeError: simulated crash", report.at("/implementation_stderr/1").asText());
        ((com.fasterxml.jackson.databind.node.ArrayNode) report.get("implementation_stderr")).add(3);
        assertTrue(!schema.validate(report).isEmpty(), "a line of standard error is a string");
    }

    @Test
    void htmlHasAGridCellPerSingleRoleCase() throws Exception {
        String html = Files.readString(dir.resolve(Reports.HTML));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("data-case=\"" + ReportFixtures.FLIPPED + "\" data-status=\"failed\""));
        assertTrue(html.contains("<section class=\"group\" id=\"table-partner_sales_roles\">"));
        // a column per relation: customer, which the table declares, then partner and other, which it does not
        assertTrue(html.contains("<th colspan=\"3\" class=\"role\" title=\"device_admin\">Device Administrator</th>"), "role labels from the catalog");
        assertTrue(html.contains("title=\"device_management\">Device management</th>"), "capability labels from the catalog");
        assertTrue(!html.contains("<script src") && !html.contains("http://") && !html.contains("<link"), "self-contained");
    }

    @Test
    void htmlAndConsoleFollowTheLocale(@TempDir Path pl) throws Exception {
        HarnessResult polish = ReportFixtures.mixedRun(pl, Locale.forLanguageTag("pl"));
        String html = Files.readString(pl.resolve(Reports.HTML));
        assertTrue(html.contains("<html lang=\"pl\">"));
        assertTrue(html.contains("Raport zgodności RoleTCK"));
        assertTrue(html.contains(">niezaliczony<"), "status label in Polish");
        String console = ConsoleReport.render(polish, ReportText.of(Locale.forLanguageTag("pl")));
        assertTrue(console.contains("Brak zgodności: ") && console.contains("Implementacja: "), console);
        assertTrue(ConsoleReport.render(result, ReportText.of(Locale.forLanguageTag("tr"))).contains("Uyumlu değil: "));
    }
}

package dev.roletck.cli;

import dev.roletck.harness.ExitCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roletck.protocol.Wire;
import dev.roletck.suite.AccessCase;
import dev.roletck.suite.AssignmentCase;
import dev.roletck.suite.Cases;
import dev.roletck.suite.ConformanceCase;
import dev.roletck.suite.TestSpec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** roletck export: every real case as test vectors, with its request, expected answer and provenance. */
class ExportCommandTest {

    private static int export(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = RoleTck.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "export";
        System.arraycopy(args, 0, all, 1, args.length);
        return cl.execute(all);
    }

    @Test
    void writesEveryCaseWithItsRequestExpectationAndProvenance(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out/vectors.json");
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.OK, export(new StringWriter(), err, "--format", "json", "--output", file.toString()), err.toString());
        JsonNode root = Wire.JSON.readTree(file.toFile());
        assertEquals("roletck-vectors/1", root.get("format").asText());
        List<ConformanceCase> cases = Cases.of(TestSpec.spec());
        JsonNode vectors = root.get("cases");
        assertEquals(cases.size(), vectors.size());
        for (int i = 0; i < cases.size(); i++) {
            ConformanceCase c = cases.get(i);
            JsonNode v = vectors.get(i);
            assertEquals(c.id(), v.get("id").asText());
            assertEquals(c.group().id(), v.get("group").asText());
            if (c instanceof AccessCase a) {
                assertEquals(a.request(), Wire.accessRequest(v.get("request")), c.id());
                assertEquals(a.expected().access().id(), v.at("/expected/access").asText(), c.id());
                assertEquals(a.expected().grants().isPresent(), v.get("expected").has("grants"), c.id());
            } else {
                AssignmentCase s = (AssignmentCase) c;
                assertEquals(s.request(), Wire.assignmentRequest(v.get("request")), c.id());
                assertEquals(s.expected().rule().id(), v.at("/expected/rule").asText(), c.id());
                assertEquals("rule", v.at("/provenance/kind").asText());
            }
            assertFalse(v.at("/provenance/statement").asText().isBlank(), c.id());
            assertTrue(v.at("/provenance/seeds").size() > 0, c.id());
        }
    }

    @Test
    void writesToStandardOutputByDefault() {
        StringWriter out = new StringWriter();
        assertEquals(ExitCodes.OK, export(out, new StringWriter()));
        assertTrue(out.toString().startsWith("{"));
    }

    @Test
    void anUnknownFormatIsOneLineAndExit2() {
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.BAD_INPUT, export(new StringWriter(), err, "--format", "csv"));
        // export speaks the JVM's language (CI runs the tests under four)
        assertEquals("roletck export: " + dev.roletck.i18n.Catalog.standard().format("message.error.unknown_format",
                java.util.Map.of("format", "csv", "formats", List.of("json")), java.util.Locale.getDefault()), err.toString().strip());
    }
}

package dev.roletck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.harness.FixtureAccess;
import dev.roletck.harness.HarnessCase;
import dev.roletck.harness.Vectors;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** roletck export: every case as test vectors, which read back to the same cases. */
class ExportCommandTest {

    private static CommandLine command(StringWriter out, StringWriter err) {
        CommandLine cl = new CommandLine(new ExportCommand(FixtureAccess::cases));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl;
    }

    @Test
    void writesVectorsThatReadBackToTheSameCases(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out/vectors.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.OK, command(out, err).execute("--format", "json", "--output", file.toString()));
        List<HarnessCase> back = Vectors.read(Files.readString(file), file.toString());
        assertEquals(FixtureAccess.cases(), back);
        String json = Files.readString(file);
        assertTrue(json.contains("\"format\" : \"roletck-vectors/1\""));
        assertTrue(json.contains("\"sentence\""));
    }

    @Test
    void writesToStandardOutputByDefault() {
        StringWriter out = new StringWriter();
        assertEquals(ExitCodes.OK, command(out, new StringWriter()).execute());
        assertTrue(out.toString().startsWith("{"));
    }

    @Test
    void anUnknownFormatIsOneLineAndExit2() {
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.BAD_INPUT, command(new StringWriter(), err).execute("--format", "csv"));
        assertEquals("roletck export: --format: unknown format 'csv' — use json", err.toString().strip());
    }

    @Test
    void isASubcommandOfRoletck() {
        assertTrue(RoleTck.commandLine().getSubcommands().containsKey("export"));
    }
}

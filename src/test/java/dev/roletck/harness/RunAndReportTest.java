package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.cli.ExitCodes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The verify command's path: options mixin → run → console summary, reports and exit code. */
class RunAndReportTest {

    @Command(name = "verify")
    static final class Verify implements java.util.concurrent.Callable<Integer> {
        @Mixin ImplementationOptions impl;
        @picocli.CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override public Integer call() {
            return Harness.runAndReport(() -> impl.toOptions(Locale.ENGLISH), Fixtures::cases,
                    spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    private static int verify(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = new CommandLine(new Verify());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void exitCodesAndOutput(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        assertEquals(ExitCodes.OK, verify(out, new StringWriter(), "--impl-cmd", Fixtures.python("policy.py"),
                "--report-dir", dir.toString()));
        assertTrue(out.toString().contains("CONFORMANT: 1,336 cases: 1,336 passed"), out.toString());
        assertTrue(Files.exists(dir.resolve("report.xml")) && Files.exists(dir.resolve("report.json")) && Files.exists(dir.resolve("report.html")));

        StringWriter bad = new StringWriter();
        assertEquals(ExitCodes.FAILED, verify(bad, new StringWriter(), "--impl-cmd", Fixtures.python("wrong_policy.py", "--bug", "scope-dropped")));
        assertTrue(bad.toString().contains("NOT CONFORMANT"), bad.toString());
        assertTrue(bad.toString().contains("  FAIL  webex_site_roles/user_management/webex_site_admin/customer: expected full/user_settings_only but was full\n"), bad.toString());

        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.BAD_INPUT, verify(new StringWriter(), err, "--impl-cmd", "x", "--profile", dir.resolve("none.yaml").toString()));
        assertEquals("roletck: " + dir.resolve("none.yaml") + ": no such file — check the path", err.toString().strip());
    }
}

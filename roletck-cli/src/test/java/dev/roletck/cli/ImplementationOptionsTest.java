package dev.roletck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.roletck.harness.Harness;
import dev.roletck.harness.HarnessOptions;
import dev.roletck.harness.Implementation;
import dev.roletck.harness.ProcessSettings;
import dev.roletck.harness.UsageException;
import dev.roletck.reference.ReferencePolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The options mixin as a command would use it. */
class ImplementationOptionsTest {

    @Command(name = "verify")
    static final class Verify implements Runnable {
        @Mixin ImplementationOptions impl;

        @Override public void run() { }
    }

    private static HarnessOptions parse(String... args) {
        Verify v = new Verify();
        new CommandLine(v).parseArgs(args);
        return v.impl.toOptions(Locale.ENGLISH);
    }

    @Test
    void readsEveryOption() {
        HarnessOptions o = parse("--impl-cmd", "python3 p.py", "--timeout", "500ms", "--deadline", "2m", "--profile", "p.yaml",
                "--known-failures", "k.yaml", "--report-dir", "out", "--tables", "organization_roles,assignment");
        assertEquals(new Implementation.Command("python3 p.py", Path.of("").toAbsolutePath()), o.implementation());
        assertEquals(Duration.ofMillis(500), o.timeout());
        assertEquals(Duration.ofMinutes(2), o.deadline());
        assertEquals(Path.of("p.yaml"), o.profile().orElseThrow());
        assertEquals(Path.of("k.yaml"), o.knownFailures().orElseThrow());
        assertEquals(Path.of("out"), o.reportDir().orElseThrow());
        assertEquals(List.of("organization_roles", "assignment"), o.tables());
        assertEquals(Duration.ofSeconds(2), parse("--impl-url", "http://localhost:8080").timeout());
        assertInstanceOf(Implementation.JavaClass.class, parse("--impl-class", "a.B", "--classpath", "x.jar").implementation());
    }

    @Test
    void withoutAnImplementationTheReferencePolicyRunsInProcess() {
        Implementation none = parse().implementation();
        assertInstanceOf(Implementation.InProcess.class, none);
        assertInstanceOf(ReferencePolicy.class, ((Implementation.InProcess) none).policy());
    }

    @Test
    void badUsageIsOneLine() {
        assertEquals("name one implementation: --impl-class, --impl-cmd and --impl-url exclude each other",
                assertThrows(UsageException.class, () -> parse("--impl-cmd", "x", "--impl-url", "http://h")).getMessage());
        assertEquals("--timeout: “soon” is not a duration — write e.g. 2s, 500ms or 10m",
                assertThrows(UsageException.class, () -> parse("--impl-cmd", "x", "--timeout", "soon")).getMessage());
        assertEquals("--impl-url: 'ftp://h' is not an http(s) URL — e.g. http://localhost:8080",
                assertThrows(UsageException.class, () -> parse("--impl-url", "ftp://h")).getMessage());
        assertEquals("--tables: unknown rule group “orgs” — use one of organization_roles, webex_site_roles, contact_center, "
                        + "contact_center_role_assignment, external_admin_roles, partner_sales_roles, assignment, generated, fail_closed",
                assertThrows(UsageException.class, () -> Harness.run(parse("--impl-cmd", "x", "--tables", "orgs"), List.of())).getMessage());
    }

    @Test
    void processOptionsSetTheStartupAllowanceGraceAndJobs() {
        HarnessOptions o = parse("--impl-cmd", "python3 p.py", "--startup-timeout", "45s", "--grace", "750ms", "--jobs", "3");
        ProcessSettings s = ((Implementation.Command) o.implementation()).settings();
        assertEquals(Duration.ofSeconds(45), s.startupTimeout());
        assertEquals(Duration.ofMillis(750), s.grace());
        assertEquals(3, s.jobs());
        assertEquals(ProcessSettings.DEFAULT, ((Implementation.Command) parse("--impl-cmd", "x").implementation()).settings());
        assertEquals(Duration.ofSeconds(10), ((Implementation.JavaClass) parse("--impl-class", "a.B", "--deadline", "10s")
                .implementation()).settings().startupTimeout(), "the deadline bounds a start too");
        assertEquals(4, ((Implementation.InProcess) parse("--jobs", "4").implementation()).jobs());
        assertEquals("--jobs: 0 is out of range — give 1 to 64",
                assertThrows(UsageException.class, () -> parse("--impl-cmd", "x", "--jobs", "0")).getMessage());
        assertEquals("--startup-timeout: “later” is not a duration — write e.g. 2s, 500ms or 10m",
                assertThrows(UsageException.class, () -> parse("--impl-cmd", "x", "--startup-timeout", "later")).getMessage());
    }

    @Test
    void aCommandThatDoesNotExistIsOneLineAndExitTwo() {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Harness.runAndReport(() -> parse("--impl-cmd", "no-such-policy-command"),
                () -> dev.roletck.suite.Cases.of(dev.roletck.suite.TestSpec.spec()).subList(0, 5),
                new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        assertEquals(2, code);
        assertEquals("", out.toString());
        assertEquals(List.of("roletck: --impl-cmd: the implementation did not start — cannot run 'no-such-policy-command': "
                + "no program 'no-such-policy-command' on the PATH — check the command and the PATH"), err.toString().lines().toList());
    }
}

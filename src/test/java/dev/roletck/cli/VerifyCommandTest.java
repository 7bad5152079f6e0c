package dev.roletck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VerifyCommandTest {
    @TempDir Path temp;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = RoleTck.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path copyOfMatrices() throws IOException {
        Path dir = temp.resolve("matrices");
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(Home.path("matrices"))) {
            for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
        return dir;
    }

    @Test
    void theReferencePolicyIsConformant() {
        Run r = run("verify", "--locale", "en");
        assertEquals(ExitCodes.OK, r.exit(), r.err() + r.out());
        assertTrue(r.out().contains("Organization roles: 1,089 of 1,089 cases passed, 0 failed"), r.out());
        assertTrue(r.out().contains("Conformant: every case passed."), r.out());
    }

    @Test
    void oneChangedCellFailsTheRunAndNamesTheCell() throws IOException {
        Path dir = copyOfMatrices();
        Path file = dir.resolve("organization_roles.yaml");
        String yaml = Files.readString(file);
        String cell = "    device_admin:\n      customer: {access: full,";
        int at = yaml.indexOf("  device_management:");
        int cellAt = yaml.indexOf(cell, at);
        assertTrue(at >= 0 && cellAt > at, "fixture: the device_management row and its device_admin cell");
        Files.writeString(file, yaml.substring(0, cellAt)
                + "    device_admin:\n      customer: {access: none,"
                + yaml.substring(cellAt + cell.length()));

        Run r = run("verify", "--locale", "en", "--matrices", dir.toString());
        assertEquals(ExitCodes.FAILED, r.exit(), r.out());
        assertTrue(r.out().contains("organization_roles/device_management/device_admin/customer"), r.out());
        assertTrue(r.out().contains("Not conformant"), r.out());
    }

    @Test
    void aBadMatrixIsReportedByPositionAndNothingRuns() throws IOException {
        Path dir = copyOfMatrices();
        Path file = dir.resolve("partner_sales_roles.yaml");
        Files.writeString(file, Files.readString(file).replaceFirst("\n    sales_admin:", "\n    sales_admn:"));

        Run r = run("verify", "--locale", "en", "--matrices", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertEquals("", r.out(), "nothing else is run");
        String first = r.err().lines().findFirst().orElseThrow();
        assertTrue(first.matches(".*partner_sales_roles\\.yaml:\\d+:\\d+: .+ — .+"), first);
        assertTrue(r.err().contains("unknown role 'sales_admn'"), r.err());
        assertTrue(r.err().lines().noneMatch(l -> l.startsWith("\tat ")), "no stack trace");
    }

    @Test
    void theSummaryIsPrintedInTheChosenLanguage() {
        Run r = run("verify", "--locale", "pl");
        assertEquals(ExitCodes.OK, r.exit());
        assertTrue(r.out().contains("Zgodny: wszystkie przypadki zaliczone."), r.out());
    }

    @Test
    void anUnknownLanguageIsABadUsage() {
        Run r = run("verify", "--locale", "xx");
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}

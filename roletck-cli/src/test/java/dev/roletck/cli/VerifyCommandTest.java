package dev.roletck.cli;

import dev.roletck.harness.ExitCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.harness.Python;
import dev.roletck.suite.Cases;
import dev.roletck.suite.TestSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(value = ExecutionMode.CONCURRENT, reason = "each run has its own copies and report folder; feature runs take turns (FeatureRunner)")
class VerifyCommandTest {
    @TempDir Path temp;



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
        CliRun r = CliRun.of("verify", "--locale", "en");
        assertEquals(ExitCodes.OK, r.exit(), r.err() + r.out());
        assertTrue(r.out().contains("Organization roles: 1,083 of 1,083 cases passed, 0 failed"), r.out());
        assertTrue(r.out().contains("Conformant for all 7 rule groups: 4,125 of 4,125 fixed cases, "), r.out());
        assertTrue(r.out().contains(" generated requests (seed "), "the verdict states what it covered: " + r.out());
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

        CliRun r = CliRun.of("verify", "--locale", "en", "--matrices", dir.toString());
        assertEquals(ExitCodes.FAILED, r.exit(), r.out());
        assertTrue(r.out().contains("organization_roles/device_management/device_admin/customer"), r.out());
        assertTrue(r.out().contains("Not conformant"), r.out());
    }

    @Test
    void aBadMatrixIsReportedByPositionAndNothingRuns() throws IOException {
        Path dir = copyOfMatrices();
        Path file = dir.resolve("partner_sales_roles.yaml");
        Files.writeString(file, Files.readString(file).replaceFirst("\n    sales_admin:", "\n    sales_admn:"));

        CliRun r = CliRun.of("verify", "--locale", "en", "--matrices", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertEquals("", r.out(), "nothing else is run");
        String first = r.err().lines().findFirst().orElseThrow();
        assertTrue(first.matches(".*partner_sales_roles\\.yaml:\\d+:\\d+: .+ — .+"), first);
        assertTrue(r.err().contains("unknown role “sales_admn”"), r.err());
        assertTrue(r.err().lines().noneMatch(l -> l.startsWith("\tat ")), "no stack trace");
    }

    @Test
    void thePythonExampleIsVerifiedOverTheProcessProtocolWithReports() throws IOException {
        Python.require();
        Path reports = temp.resolve("reports");
        CliRun r = CliRun.of("verify", "--locale", "en", "--impl-cmd", Python.command("policy.py"), "--report-dir", reports.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err() + r.out());
        int cases = Cases.of(TestSpec.spec()).size();
        assertTrue(r.out().contains(String.format(java.util.Locale.ENGLISH, "Conformant for all 7 rule groups: %,d of %,d fixed cases, ", cases, cases)), r.out());
        assertTrue(r.out().contains("225 fail-closed checks"), "the fail-closed checks ran over the process protocol: " + r.out());
        assertTrue(r.out().contains("Implementation: cmd: python3 "), r.out());
        for (String report : new String[] {"report.xml", "report.json", "report.html"}) {
            assertTrue(Files.size(reports.resolve(report)) > 10_000, report);
        }

        CliRun bug = CliRun.of("verify", "--locale", "en", "--impl-cmd", Python.command("wrong_policy.py", "--bug", "scope-dropped"));
        assertEquals(ExitCodes.FAILED, bug.exit(), bug.out());
        assertTrue(bug.out().contains("\n  webex_site_roles/user_management/webex_site_admin/customer: expected Full [User settings only], got Full — "),
                bug.out());
        assertTrue(bug.out().contains("Not conformant"), bug.out());
    }

    @Test
    void badOptionsAreOneLineAndNothingRuns() {
        CliRun missing = CliRun.of("verify", "--locale", "en", "--profile", temp.resolve("none.yaml").toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.exit());
        assertEquals("", missing.out());
        assertEquals("roletck: " + temp.resolve("none.yaml") + ": no such file — check the path", missing.err().strip());

        CliRun timeout = CliRun.of("verify", "--locale", "en", "--impl-cmd", "x", "--timeout", "soon");
        assertEquals(ExitCodes.BAD_INPUT, timeout.exit());
        assertEquals("roletck: --timeout: “soon” is not a duration — write e.g. 2s, 500ms or 10m", timeout.err().strip());

        CliRun two = CliRun.of("verify", "--impl-cmd", "x", "--impl-url", "http://localhost:1");
        assertEquals(ExitCodes.BAD_INPUT, two.exit());
        assertEquals(1, two.err().lines().count(), two.err());
    }

    @Test
    void aProfileNarrowsTheRunAndTheRestIsReportedNotRun() throws IOException {
        Path profile = Files.writeString(temp.resolve("profile.yaml"), "implements: [partner_sales_roles]\n");
        CliRun r = CliRun.of("verify", "--locale", "en", "--profile", profile.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.out());
        assertTrue(r.out().contains("Organization roles: 0 of 1,083 cases passed, 0 failed (1,083 not run, "), r.out());
    }

    @Test
    void theSummaryIsPrintedInTheChosenLanguage() {
        CliRun r = CliRun.of("verify", "--locale", "pl");
        assertEquals(ExitCodes.OK, r.exit());
        assertTrue(r.out().contains("Zgodność we wszystkich 7 grupach reguł: "), r.out());
    }

    @Test
    void theFeaturesOfEveryLanguageRunToo() {
        CliRun r = CliRun.of("verify", "--locale", "en");
        // features never skip: the row says what ran, not "skipped"
        assertTrue(!r.out().contains("skipped"), r.out());
        for (String language : new String[] {"English", "Polish", "Danish", "Turkish"}) {
            assertTrue(r.out().matches("(?s).*Features, " + language + ": \\d+ of \\d+ scenarios passed, 0 failed\n.*"),
                    r.out());
        }
    }

    @Test
    void aChangedExpectationInOneFeatureFailsTheRunAndSaysWhere() throws IOException {
        Path features = temp.resolve("features");
        for (String language : new String[] {"en", "pl", "da", "tr"}) {
            Path from = Home.path("features").resolve(language);
            Files.createDirectories(features.resolve(language));
            try (Stream<Path> files = Files.list(from)) {
                for (Path f : files.toList()) Files.copy(f, features.resolve(language).resolve(f.getFileName()));
            }
        }
        Path file = features.resolve("pl").resolve("organization_roles.feature");
        String text = Files.readString(file);
        String row = "| Zarządzanie urządzeniami                                 | Pełny dostęp |";
        assertTrue(text.contains(row), "fixture: the device management row of the full administrator");
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(row),
                "| Zarządzanie urządzeniami                                 | Brak         |"));

        CliRun r = CliRun.of("verify", "--locale", "en", "--lang", "pl", "--features", features.toString());
        assertEquals(ExitCodes.FAILED, r.exit(), r.out());
        assertTrue(r.out().contains("organization_roles.feature:"), r.out());
        assertTrue(r.out().contains("Features, Polish: ") && r.out().contains(" 1 failed"), r.out());
        assertTrue(r.out().contains("Not conformant: 1 check failed, checking "), r.out());
    }

    /** A language folder with no feature in it, or a feature without a scenario, would check nothing: bad usage, nothing run or written. */
    @Test
    void aFeatureFolderThatChecksNothingIsBadUsageAndNothingRuns() throws IOException {
        Path features = temp.resolve("features");
        Path en = Files.createDirectories(features.resolve("en"));
        Path reports = temp.resolve("reports");
        String[] verify = {"verify", "--locale", "en", "--features", features.toString(), "--lang", "en", "--tables", "assignment",
                "--report-dir", reports.toString()};
        CliRun empty = CliRun.of(verify);
        assertEquals(ExitCodes.BAD_INPUT, empty.exit(), empty.out() + empty.err());
        assertEquals("", empty.out());
        assertEquals("roletck verify: " + en + ": holds no .feature file, so the run would check nothing"
                + " — put the features there, or leave the language out with --lang", empty.err().strip());

        Files.writeString(en.resolve("README.md"), "notes, not a feature\n");
        CliRun notes = CliRun.of(verify);
        assertEquals(ExitCodes.BAD_INPUT, notes.exit(), notes.out() + notes.err());
        assertEquals(empty.err(), notes.err());

        Path feature = Files.writeString(en.resolve("empty.feature"), "Feature: nothing here\n");
        CliRun noScenario = CliRun.of(verify);
        assertEquals(ExitCodes.BAD_INPUT, noScenario.exit(), noScenario.out() + noScenario.err());
        assertEquals("", noScenario.out());
        assertTrue(noScenario.err().strip().startsWith("roletck verify: " + feature + ":1:1: the file holds no scenario, so it would check nothing — "),
                noScenario.err());
        assertTrue(Files.notExists(reports.resolve("report.json")), "no report was written");
    }

    @Test
    void anUnknownFeatureLanguageIsABadUsage() {
        CliRun r = CliRun.of("verify", "--lang", "xx");
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("--lang xx"), r.err());
    }

    @Test
    void anUnknownLanguageIsABadUsage() {
        CliRun r = CliRun.of("verify", "--locale", "xx");
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}

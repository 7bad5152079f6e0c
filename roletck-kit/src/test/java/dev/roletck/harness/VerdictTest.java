package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.BadRequestException;
import dev.roletck.features.FeatureResults;
import dev.roletck.features.FeatureRunner;
import dev.roletck.harness.report.ConsoleReport;
import dev.roletck.harness.report.ReportText;
import dev.roletck.harness.report.Reports;
import dev.roletck.matrix.Group;
import dev.roletck.model.Operation;
import dev.roletck.model.Role;
import dev.roletck.model.Table;
import dev.roletck.model.Verdict;
import dev.roletck.reference.ReferencePolicy;
import dev.roletck.suite.CaseKind;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.ConformanceCase;
import dev.roletck.suite.FailClosedCases;
import dev.roletck.suite.GeneratedCases;
import dev.roletck.suite.TestSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The verdict, both ways: bugs that only generated or fail-closed requests reach are caught, and a
 * correct partial implementation is conformant — with the console, the three reports and the exit
 * code saying the same.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "each test has its own policy and report folder; the shared cases are made once, under a lock")
class VerdictTest {
    private static final long SEED = 41;
    private static final Path FEATURES = Path.of(System.getProperty("roletck.home", ".")).resolve("features");
    private static final Path MATRICES = TestSpec.dir();

    @TempDir Path dir;

    private static List<ConformanceCase> everything;

    /** Fixed cases, generated cases (a few hundred assignment requests) and fail-closed checks; made once. */
    private static synchronized List<ConformanceCase> everything() {
        if (everything != null) return everything;
        List<ConformanceCase> cases = new ArrayList<>(Fixtures.cases());
        ReferencePolicy reference = new ReferencePolicy();
        cases.addAll(GeneratedCases.access(SEED, reference));
        cases.addAll(GeneratedCases.assignment(SEED, 400, reference));
        cases.addAll(FailClosedCases.all());
        everything = List.copyOf(cases);
        return everything;
    }

    /** An implementer's policy of the organization roles table alone: anything else is refused. */
    public static final class OrganizationRolesOnly extends Fixtures.Delegating {
        @Override public AccessDecision decide(AccessRequest r) {
            if (r.table() != Table.ORGANIZATION_ROLES) throw new BadRequestException("organization_roles only");
            return inner.decide(r);
        }

        @Override public AssignmentDecision decide(AssignmentRequest r) {
            throw new BadRequestException("no assignment rules here");
        }
    }

    @Test
    void aCorrectPartialImplementationWithItsProfileIsConformantInEveryReport() throws IOException {
        Path profile = Files.writeString(dir.resolve("profile.yaml"), "implements: [organization_roles]\n");
        Path reports = dir.resolve("reports");
        HarnessOptions options = Fixtures.options(new Implementation.InProcess(new OrganizationRolesOnly()))
                .withProfile(profile).withReportDir(reports);
        HarnessResult result = Harness.run(options, everything(),
                Optional.of(new Harness.FeatureRun(FEATURES, Set.copyOf(FeatureRunner.LANGUAGES), MATRICES)));

        assertEquals(ExitCodes.OK, result.exitCode(), () -> String.join("\n", result.failures().stream().map(CaseResult::message).limit(5).toList()));
        FeatureResults features = result.features().orElseThrow();
        assertEquals(0, features.failed(), () -> features.failures().toString());
        assertTrue(features.languages().stream().allMatch(l -> l.notRun() > 0 && l.passed() > 0),
                "scenarios of other groups are not run, those of organization_roles pass: " + features.languages());
        assertEquals(List.of(Group.ORGANIZATION_ROLES), result.ruleGroups());

        String verdict = ConsoleReport.verdict(result, ReportText.of(Locale.ENGLISH));
        assertTrue(verdict.startsWith("Conformant for 1 of 7 rule groups: "), verdict);
        int[] fixed = result.count(Set.of(CaseKind.CELL, CaseKind.COMBINATION, CaseKind.BOUNDARY, CaseKind.RULE));
        assertTrue(fixed[1] < fixed[0], "part of the fixed cases ran: " + fixed[1] + " of " + fixed[0]);
        assertTrue(verdict.contains("no fail-closed checks"), verdict);

        JsonNode json = new ObjectMapper().readTree(reports.resolve(Reports.JSON).toFile());
        assertTrue(json.get("conformant").asBoolean());
        assertEquals(verdict, json.get("verdict").asText());
        assertEquals(0, json.get("features").get("failed").asInt());
        String html = Files.readString(reports.resolve(Reports.HTML));
        assertTrue(html.contains("data-conformant=\"true\""));
        String xml = Files.readString(reports.resolve(Reports.XML));
        Matcher totals = Pattern.compile("<testsuites name=\"RoleTCK\" tests=\"\\d+\" failures=\"(\\d+)\" errors=\"(\\d+)\"").matcher(xml);
        assertTrue(totals.find(), xml.substring(0, 300));
        assertEquals("0", totals.group(1));
        assertEquals("0", totals.group(2));
        assertTrue(xml.contains("<testsuite name=\"roletck.features.pl\""), "the scenarios are in the JUnit XML too");
    }

    @Test
    void aFailingScenarioFailsTheVerdictInEveryReport() throws IOException {
        // Right on every case but one: a device admin's device management, which the fixed cases,
        // the generated cases and the features all ask.
        Path reports = dir.resolve("reports");
        HarnessOptions options = Fixtures.options(new Implementation.InProcess(new Fixtures.Delegating() {
            @Override public AccessDecision decide(AccessRequest r) {
                AccessDecision right = inner.decide(r);
                if (r.capability().id().equals("device_management") && r.table() == Table.ORGANIZATION_ROLES
                        && r.roles().equals(dev.roletck.model.RoleSet.of(Role.DEVICE_ADMIN))) {
                    return AccessDecision.only(dev.roletck.model.Access.NONE);
                }
                return right;
            }
        })).withReportDir(reports).withTables(List.of("organization_roles"));
        HarnessResult result = Harness.run(options, everything(),
                Optional.of(new Harness.FeatureRun(FEATURES, Set.of("en"), MATRICES)));
        assertEquals(ExitCodes.FAILED, result.exitCode());
        assertTrue(result.failedScenarios() > 0, "a scenario asks the flipped cell");
        JsonNode json = new ObjectMapper().readTree(reports.resolve(Reports.JSON).toFile());
        assertFalse(json.get("conformant").asBoolean());
        assertTrue(Files.readString(reports.resolve(Reports.HTML)).contains("data-conformant=\"false\""));
        assertTrue(ConsoleReport.verdict(result, ReportText.of(Locale.ENGLISH)).startsWith("Not conformant: "));
    }

    @Test
    void anAddOnGrantDroppedWhenAThirdRoleIsHeldIsCaughtByTheGeneratedCasesAndShrunk() {
        HarnessOptions options = Fixtures.options(new Implementation.InProcess(new Fixtures.Delegating() {
            @Override public AccessDecision decide(AccessRequest r) {
                if (r.roles().size() >= 3 && r.roles().contains(Role.ADVANCED_TROUBLESHOOTING_ACCESS)) {
                    return inner.decide(new AccessRequest(r.table(), r.capability(),
                            r.roles().without(Role.ADVANCED_TROUBLESHOOTING_ACCESS), r.relation(), r.context()));
                }
                return inner.decide(r);
            }
        })).withTables(List.of("organization_roles"));
        HarnessResult result = Harness.run(options, everything());
        assertEquals(ExitCodes.FAILED, result.exitCode());
        assertTrue(result.failures().stream().allMatch(f -> f.testCase().kind() == CaseKind.GENERATED),
                "only generated cases hold three roles");
        HarnessResult.Shrunk shrunk = result.shrunk().get(0);
        assertEquals(3, ((dev.roletck.suite.AccessCase) shrunk.minimal().testCase()).request().roles().size(),
                "shrunk to the smallest form that still fails: three roles");
        assertTrue(shrunk.yaml().contains("expect: {access: "), shrunk.yaml());
    }

    @Test
    void aSelfAssignmentWithASecondRoleIsCaughtAndShrunkToItsRoles() {
        HarnessOptions options = Fixtures.options(new Implementation.InProcess(new Fixtures.Delegating() {
            @Override public AssignmentDecision decide(AssignmentRequest r) {
                if (r.operation() == Operation.ASSIGN && r.role() == Role.ADVANCED_TROUBLESHOOTING_ACCESS && r.target().sameAsActor()
                        && r.actor().roles().contains(Role.FULL_ADMIN) && r.actor().roles().size() >= 2) {
                    return AssignmentDecision.allowed(List.of(dev.roletck.model.RuleId.R01));
                }
                return inner.decide(r);
            }
        })).withTables(List.of("assignment"));
        HarnessResult result = Harness.run(options, everything());
        assertEquals(ExitCodes.FAILED, result.exitCode());
        HarnessResult.Shrunk shrunk = result.shrunk().get(0);
        AssignmentRequest minimal = ((dev.roletck.suite.AssignmentCase) shrunk.minimal().testCase()).request();
        assertEquals(2, minimal.actor().roles().size(), "shrunk to full_admin and one more role");
        assertTrue(shrunk.yaml().contains("expect: {verdict: refused"), shrunk.yaml());
        assertEquals(Verdict.REFUSED, ((dev.roletck.suite.AssignmentCase) shrunk.minimal().testCase()).expected().verdict());
    }

    @Test
    void theSameSeedGivesTheSameCases() {
        ReferencePolicy reference = new ReferencePolicy();
        assertEquals(GeneratedCases.assignment(7, 50, reference), GeneratedCases.assignment(7, 50, reference));
        assertFalse(GeneratedCases.assignment(7, 50, reference).equals(GeneratedCases.assignment(8, 50, reference)));
    }

    @Test
    void theDeadlineBoundsTheFeatureScenariosToo() {
        HarnessOptions options = Fixtures.options(new Implementation.InProcess(new Fixtures.Delegating() {
            @Override public AccessDecision decide(AccessRequest r) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return inner.decide(r);
            }
        })).withDeadline(java.time.Duration.ofSeconds(2));
        long start = System.nanoTime();
        HarnessResult result = Harness.run(options, Fixtures.cases().subList(0, 2),
                Optional.of(new Harness.FeatureRun(FEATURES, Set.of("en"), MATRICES)));
        long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertTrue(seconds < 10, "the run ended at its deadline, not after every scenario: " + seconds + " s");
        assertEquals(ExitCodes.FAILED, result.exitCode());
        assertTrue(result.features().orElseThrow().failures().get(0).message().startsWith("Features cut off: the overall deadline of 2 s"),
                result.features().orElseThrow().failures().toString());
    }

    @Test
    void theDeadlineBoundsShrinkingToo() {
        // Wrong on every request holding three roles or more, one of them advanced troubleshooting, and 200 ms per answer:
        // the five cases take 1 s, and shrinking them — one request per step — would take several seconds more.
        Fixtures.Delegating slowAndWrong = new Fixtures.Delegating() {
            @Override public AccessDecision decide(AccessRequest r) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (r.roles().size() >= 3 && r.roles().contains(Role.ADVANCED_TROUBLESHOOTING_ACCESS)) {
                    return inner.decide(new AccessRequest(r.table(), r.capability(),
                            r.roles().without(Role.ADVANCED_TROUBLESHOOTING_ACCESS), r.relation(), r.context()));
                }
                return inner.decide(r);
            }
        };
        ReferencePolicy reference = new ReferencePolicy();
        List<ConformanceCase> failing = GeneratedCases.access(SEED, reference).stream()
                .filter(a -> a.request().roles().size() >= 5 && a.request().roles().contains(Role.ADVANCED_TROUBLESHOOTING_ACCESS)
                        && !reference.decide(a.request()).equals(reference.decide(new AccessRequest(a.request().table(),
                        a.request().capability(), a.request().roles().without(Role.ADVANCED_TROUBLESHOOTING_ACCESS),
                        a.request().relation(), a.request().context()))))
                .limit(5).map(c -> (ConformanceCase) c).toList();
        assertEquals(5, failing.size(), "five generated cases the bug fails, each with five roles or more");
        java.time.Duration deadline = java.time.Duration.ofMillis(1500);
        HarnessResult result = Harness.run(Fixtures.options(new Implementation.InProcess(slowAndWrong)).withDeadline(deadline), failing);
        assertEquals(ExitCodes.FAILED, result.exitCode());
        assertEquals(5, result.failures().size(), "every case was answered before the deadline, and failed");
        assertTrue(result.elapsed().compareTo(deadline.plusSeconds(1)) < 0,
                "the run, shrinking included, ended by its deadline: " + result.elapsed().toMillis() + " ms");
    }

    @Test
    void casesCutOffByTheDeadlineAreSummarisedInOneLine() {
        HarnessOptions options = Fixtures.options(new Implementation.InProcess(new Fixtures.Delegating() {
            @Override public AccessDecision decide(AccessRequest r) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return inner.decide(r);
            }
        })).withDeadline(java.time.Duration.ofSeconds(1));
        HarnessResult result = Harness.run(options, Fixtures.cases().subList(0, 300));
        long cutOff = result.results().stream().filter(r -> r.reason().filter(x -> x.startsWith("deadline: ")).isPresent()).count();
        assertTrue(cutOff > 100, "most cases come after the deadline: " + cutOff);
        String console = ConsoleReport.render(result, ReportText.of(Locale.ENGLISH));
        assertTrue(console.contains("  " + cutOff + " cases were not answered before the overall deadline (the first: "), console);
        assertEquals(0, console.lines().filter(l -> l.contains(": expected ") && l.contains("deadline")).count(), console);
    }
}

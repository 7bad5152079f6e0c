package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.harness.report.ConsoleReport;
import dev.roletck.harness.report.ReportText;
import dev.roletck.harness.report.Reports;
import dev.roletck.model.Access;
import dev.roletck.model.Capability;
import dev.roletck.model.Role;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.ConformanceCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --fail-fast: the run stops at the first case that fails it, ends the implementation, and still writes and states its verdict. */
class FailFastTest {
    @TempDir Path dir;

    /** The reference policy with device admins losing device management. */
    private static Implementation flipped() {
        return new Implementation.InProcess(new Fixtures.Delegating() {
            @Override public AccessDecision decide(AccessRequest r) {
                if (r.capability() == Capability.ORG_DEVICE_MANAGEMENT && r.roles().contains(Role.DEVICE_ADMIN)
                        && inner.decide(r).access() == Access.FULL) {
                    return AccessDecision.only(Access.NONE);
                }
                return inner.decide(r);
            }
        });
    }

    private static int indexOf(List<CaseResult> results, String id) {
        for (int i = 0; i < results.size(); i++) if (results.get(i).id().equals(id)) return i;
        throw new AssertionError("no case " + id);
    }

    @Test
    void inProcessTheRunStopsAtTheFirstFailureReportsTheRestNotRunAndSaysSo() throws IOException {
        List<ConformanceCase> cases = Fixtures.cases();
        HarnessResult full = Harness.run(Fixtures.options(flipped()), cases);
        String first = full.failures().get(0).id();
        assertTrue(full.failures().size() > 1, "the flipped cell must fail several cases for this test to mean anything");

        HarnessResult result = Harness.run(Fixtures.options(flipped()).withFailFast(true).withReportDir(dir), cases);
        assertEquals(ExitCodes.FAILED, result.exitCode());
        assertEquals(java.util.Optional.of(first), result.notes().stoppedAt());
        assertEquals(List.of(first), result.failures().stream().map(CaseResult::id).toList());
        int at = indexOf(result.results(), first);
        for (int i = 0; i < result.results().size(); i++) {
            CaseResult r = result.results().get(i);
            boolean stopped = r.outcome() == CaseResult.Outcome.NOT_RUN && r.why().filter(CaseRunner.STOPPED::equals).isPresent();
            assertEquals(i > at, stopped, r.id() + " " + r.outcome() + " " + r.reason());
        }
        assertEquals(cases.size() - at - 1, result.notRunAfterStop());
        assertEquals(0, result.summary().passed() - at, "every case before the failure ran and passed");

        String verdict = ConsoleReport.verdict(result, ReportText.of(Locale.ENGLISH));
        assertTrue(verdict.startsWith("Not conformant: 1 check failed"), verdict);
        assertTrue(verdict.endsWith("Stopped at the first failure (" + first + ", --fail-fast): "
                + String.format(Locale.ENGLISH, "%,d", cases.size() - at - 1) + " cases were not run, and this is no verdict on them."), verdict);

        // the reports are written all the same, and say the same
        JsonNode json = new ObjectMapper().readTree(dir.resolve(Reports.JSON).toFile());
        assertEquals(first, json.get("stopped_at").asText());
        assertFalse(json.get("conformant").asBoolean());
        assertEquals(cases.size() - at - 1, json.get("summary").get("not_run").asInt());
        assertEquals(verdict, json.get("verdict").asText());
        assertTrue(Files.readString(dir.resolve(Reports.HTML)).contains("--fail-fast"));
        assertTrue(Files.exists(dir.resolve(Reports.XML)));
        assertTrue(Files.list(dir).noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }

    @Test
    void aKnownFailureDoesNotStopTheRunTheNextFailureDoes() throws IOException {
        List<ConformanceCase> cases = Fixtures.cases();
        List<String> failing = Harness.run(Fixtures.options(flipped()), cases).failures().stream().map(CaseResult::id).toList();
        Path known = Files.writeString(dir.resolve("known.yaml"), "- case: " + failing.get(0) + "\n  reason: being fixed\n  expires: 2099-12-31\n");
        HarnessResult result = Harness.run(Fixtures.options(flipped()).withKnownFailures(known, LocalDate.of(2026, 1, 1)).withFailFast(true), cases);
        assertEquals(java.util.Optional.of(failing.get(1)), result.notes().stoppedAt());
        assertEquals(CaseResult.Outcome.EXPECTED_FAILURE, result.results().get(indexOf(result.results(), failing.get(0))).outcome());
    }

    @Test
    void aGlobEntryWhoseFailingCasesWereNotRunIsNotCalledStale() throws IOException {
        // device admins lose device management only together with another role: device_admin alone passes (case order: it
        // comes first), full_admin+device_admin fails and stops the run, device_admin+compliance_officer is never run.
        Implementation twoRoles = new Implementation.InProcess(new Fixtures.Delegating() {
            @Override public AccessDecision decide(AccessRequest r) {
                if (r.capability() == Capability.ORG_DEVICE_MANAGEMENT && r.roles().contains(Role.DEVICE_ADMIN) && r.roles().size() > 1
                        && inner.decide(r).access() == Access.FULL) {
                    return AccessDecision.only(Access.NONE);
                }
                return inner.decide(r);
            }
        });
        String alone = "organization_roles/device_management/device_admin/customer";
        Path known = Files.writeString(dir.resolve("known.yaml"),
                "- case: organization_roles/device_management/device_admin*/customer\n  reason: with a second role\n  expires: 2099-12-31\n");
        HarnessResult result = Harness.run(Fixtures.options(twoRoles).withKnownFailures(known, LocalDate.of(2026, 1, 1)).withFailFast(true),
                Fixtures.cases());
        assertEquals(java.util.Optional.of("organization_roles/device_management/full_admin+device_admin/customer"), result.notes().stoppedAt());
        assertEquals(CaseResult.Outcome.PASSED, result.results().get(indexOf(result.results(), alone)).outcome(),
                "not 'every case it names passed — remove the entry': its failing cases were not run");
        assertEquals(List.of("organization_roles/device_management/full_admin+device_admin/customer"),
                result.failures().stream().map(CaseResult::id).toList());
    }

    @Test
    void withoutFailFastTheRunGoesOn() {
        HarnessResult result = Harness.run(Fixtures.options(flipped()), Fixtures.cases());
        assertFalse(result.stoppedEarly());
        assertEquals(0, result.notRunAfterStop());
        assertFalse(ConsoleReport.verdict(result, ReportText.of(Locale.ENGLISH)).contains("--fail-fast"));
    }

    @Test
    void overTheProcessProtocolTheRunStopsAndTheProcessGroupIsEnded() throws Exception {
        Python.require();
        // a copy of its own, so that the check below finds this run's process and not one of another test running beside it
        Path copy = Files.createDirectories(dir.resolve("python"));
        for (String f : List.of("policy.py", "wrong_policy.py")) {
            Files.copy(Python.projectDir().resolve("examples/python").resolve(f), copy.resolve(f));
        }
        String command = "python3 " + copy.resolve("wrong_policy.py") + " --bug flipped-cell";
        List<ConformanceCase> cases = Fixtures.cases();
        long start = System.nanoTime();
        HarnessResult result = Harness.run(Fixtures.options(new Implementation.Command(command, Python.projectDir())).withFailFast(true)
                .withReportDir(dir), cases);
        assertEquals(ExitCodes.FAILED, result.exitCode());
        String first = result.notes().stoppedAt().orElseThrow();
        assertTrue(first.startsWith("organization_roles/device_management/") || first.matches("R\\d\\d/\\d+"), first);
        assertEquals(1, result.failures().size(), result.failures().toString());
        assertTrue(result.notRunAfterStop() > cases.size() / 2, "not run: " + result.notRunAfterStop());
        assertEquals(first, new ObjectMapper().readTree(dir.resolve(Reports.JSON).toFile()).get("stopped_at").asText());
        // the implementation is ended with its process group, as on every exit path
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < deadline && alive(copy.toString())) Thread.sleep(50);
        assertFalse(alive(copy.toString()), "the implementation still runs after the run stopped");
        // a bound against a run that hangs at its end (what stopped early is checked above): generous, for a busy machine
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofMinutes(2)) < 0);
    }

    private static boolean alive(String marker) {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .anyMatch(p -> p.info().commandLine().orElse("").contains(marker));
    }
}

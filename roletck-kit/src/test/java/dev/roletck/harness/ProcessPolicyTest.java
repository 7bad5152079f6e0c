package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.suite.CaseResult;
import dev.roletck.suite.ConformanceCase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Implementations run as a process over protocol v1: the python example against every real case,
 * each deliberate bug of wrong_policy.py caught, and the faults a process can show (crash, hang,
 * garbage, wrong id, error answers, slow start, no start) each failing its case alone.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "each test runs its own python process and mostly waits on it")
class ProcessPolicyTest {

    @BeforeAll
    static void python() {
        Python.require();
    }

    private static String failures(HarnessResult result) {
        return result.failures().stream().limit(5).map(CaseResult::message).toList().toString();
    }

    @Test
    void thePythonExampleIsConformantOnEveryCase() {
        HarnessResult result = Fixtures.runCommand(Python.command("policy.py"), Fixtures.cases());
        assertEquals(List.of(), result.failures().stream().map(CaseResult::message).limit(10).toList());
        assertEquals(Fixtures.cases().size(), result.summary().passed());
        assertTrue(result.results().stream().anyMatch(r -> r.testCase().group() == dev.roletck.matrix.Group.ASSIGNMENT),
                "the assignment rules of rules.yaml are among the cases");
        assertEquals(ExitCodes.OK, result.exitCode());
    }

    /** Each bug, and a case that must be among the failures, with what its reason must contain. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "flipped-cell,     organization_roles/device_management/device_admin/customer,                    expected full, got none",
            "relation-ignored, organization_roles/device_management/full_admin/partner,                        expected not_applicable, got full",
            "scope-dropped,    external_admin_roles/add_and_delete_sites/provisioning_admin/partner,          expected full [services_sold_by_partner], got full",
            "first-role-wins,  organization_roles/analytics_and_reports/read_only_admin+support_admin/customer, expected full, got read_only",
            "self-assignment,  R37/1,                                                                          expected refused by R37, got allowed by R01",
            "crash,            organization_roles/legal_hold/compliance_officer/customer,                      crash: the process exited",
            "hang,             webex_site_roles/licenses/webex_user_admin/other,                               timeout: no answer within 1 s",
            "garbage,          contact_center/manage_business_hours/supervisor/customer,                       malformed reply: the answer is not JSON",
    })
    void eachRealisticBugIsCaught(String bug, String caseId, String reason) {
        List<ConformanceCase> cases = Fixtures.sample(caseId);
        long start = System.nanoTime();
        // the hang is cut after 1 s; the other bugs are answered, given all the time a busy machine needs
        HarnessResult result = Fixtures.runCommand(Python.command("wrong_policy.py", "--bug", bug), cases,
                Duration.ofSeconds(bug.equals("hang") ? 1 : 10));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(ExitCodes.FAILED, result.exitCode(), bug + " must not be conformant");
        CaseResult caught = result.results().stream().filter(o -> o.id().equals(caseId)).findFirst().orElseThrow();
        assertTrue(caught.outcome().failsRun(), caseId + " " + caught.outcome());
        assertTrue(caught.message().contains(reason), caught.message());
        // The fault stays in its case: the process is restarted and the rest still pass.
        assertTrue(result.summary().passed() > cases.size() / 2, "only " + result.summary().passed() + " cases passed with " + bug);
        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, bug + " took " + took);
    }

    @Test
    void aProcessThatCrashesIsRestartedAndOnlyItsCaseFails() {
        String crashing = "organization_roles/legal_hold/compliance_officer/customer";
        HarnessResult result = Fixtures.runCommand(Python.command("wrong_policy.py", "--bug", "crash"), Fixtures.sample(crashing));
        assertEquals(List.of(crashing), result.failures().stream().map(CaseResult::id).toList());
        assertEquals(CaseResult.Outcome.ERROR, result.failures().get(0).outcome());
    }

    @Test
    void aSlowStartIsWaitedForWithinTheStartTimeout() {
        String slow = "sh -c 'sleep 1.5; exec " + Python.command("policy.py") + "'";
        HarnessResult result = Harness.run(Fixtures.options(new Implementation.Command(slow, Python.projectDir())),
                Fixtures.cases().subList(0, 20));
        assertEquals(20, result.summary().passed(), () -> failures(result));
    }

    @Test
    void aCommandThatDoesNotExistIsOneLineOfBadUsageAndNothingRuns() {
        long start = System.nanoTime();
        UsageException e = assertThrows(UsageException.class,
                () -> Fixtures.runCommand("no-such-policy-command --serve", Fixtures.sample()));
        assertEquals("--impl-cmd: the implementation did not start — cannot run 'no-such-policy-command --serve': "
                + "no program 'no-such-policy-command' on the PATH — check the command and the PATH", e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0);
    }

    @Test
    void aProcessThatExitsAtStartIsOneLineWithItsLastWords() {
        String dies = "sh -c 'echo \"config.yaml: no such file\" >&2; exit 3'";
        UsageException e = assertThrows(UsageException.class, () -> Fixtures.runCommand(dies, Fixtures.sample()));
        assertEquals("--impl-cmd: the implementation did not start — exited with code 3 before answering the handshake"
                + " (stderr: config.yaml: no such file) — run 'sh -c echo \"config.yaml: no such file\" >&2; exit 3' by hand to see why",
                e.getMessage());
    }

    @Test
    void aProcessThatNeverAnswersTheHandshakeIsBadUsageAfterTheStartupAllowance() {
        Implementation silent = new Implementation.Command("sleep 30", Python.projectDir(),
                ProcessSettings.DEFAULT.withStartupTimeout(Duration.ofMillis(700)));
        long start = System.nanoTime();
        UsageException e = assertThrows(UsageException.class, () -> Harness.run(Fixtures.options(silent), Fixtures.sample()));
        assertTrue(e.getMessage().startsWith("--impl-cmd: the implementation did not start — no answer to the handshake within 700 ms"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("or raise --startup-timeout"), e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0);
    }

    @Test
    void aReplyWithAnotherIdFailsTheCase() {
        String wrongId = "python3 -c \"import sys,json\nfor l in sys.stdin:\n r=json.loads(l)\n print(json.dumps({'id':r['id']+(7 if r['id'] else 0),'access':'none','scopes':[],'grants':[{'access':'none','scope':None}]}),flush=True)\"";
        HarnessResult result = Harness.run(Fixtures.options(new Implementation.Command(wrongId, Python.projectDir())),
                Fixtures.cases().subList(0, 3));
        assertEquals(3, result.summary().errors());
        // cases run on worker threads, so which wire id each case's request got depends on scheduling
        for (CaseResult r : result.results()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("wrong id: expected id (\\d+) but the answer carries (\\d+)")
                    .matcher(r.reason().orElse(""));
            assertTrue(m.matches(), r.reason().orElse(""));
            assertEquals(Long.parseLong(m.group(1)) + 7, Long.parseLong(m.group(2)), r.reason().orElse(""));
        }
    }

    @Test
    void anErrorAnswerToAValidRequestFailsTheCase() {
        String errors = "python3 -c \"import sys,json\nfor l in sys.stdin:\n r=json.loads(l)\n print(json.dumps({'id':r['id'],'error':'not implemented'}),flush=True)\"";
        HarnessResult result = Harness.run(Fixtures.options(new Implementation.Command(errors, Python.projectDir())),
                Fixtures.cases().subList(0, 3));
        assertEquals(3, result.summary().errors());
        assertEquals("error: answered an error: not implemented", result.results().get(2).reason().orElse(""));
    }

    @Test
    void aMissingReplyFieldIsAMalformedReplyAnExtraOneIsIgnored() {
        String noGrants = "python3 -c \"import sys,json\nfor l in sys.stdin:\n r=json.loads(l)\n print(json.dumps({'id':r['id'],'access':'full','scopes':[]}),flush=True)\"";
        HarnessResult result = Harness.run(Fixtures.options(new Implementation.Command(noGrants, Python.projectDir())),
                Fixtures.cases().subList(0, 2));
        assertEquals("malformed reply: missing field 'grants'", result.results().get(1).reason().orElse(""));
        String extra = "python3 -c \"import sys,json\nfor l in sys.stdin:\n r=json.loads(l)\n print(json.dumps({'id':r['id'],'access':'full','scopes':[],'grants':[{'access':'full','scope':None}],'why':'x'}),flush=True)\"";
        HarnessResult tolerant = Harness.run(Fixtures.options(new Implementation.Command(extra, Python.projectDir())),
                Fixtures.cases().subList(0, 1));
        assertFalse(tolerant.results().get(0).reason().orElse("").startsWith("malformed"),
                tolerant.results().get(0).reason().orElse(""));
    }

    @Test
    void theFailuresNameTheCasesThatCaughtTheBug() {
        HarnessResult result = Fixtures.runCommand(Python.command("wrong_policy.py", "--bug", "flipped-cell"), Fixtures.cases());
        List<String> failed = result.failures().stream().map(CaseResult::id).toList();
        assertTrue(failed.contains("organization_roles/device_management/device_admin/customer"), failed.toString());
        assertFalse(failed.stream().anyMatch(id -> !id.startsWith("organization_roles/device_management/") && !id.matches("R\\d\\d/\\d+")),
                failed.toString());
    }

    @Test
    void commandLinesSplitLikeAShell() {
        assertEquals(List.of("python3", "my policy.py", "--x", "a\"b", "c d"),
                CommandLineSplitter.split("python3 'my policy.py' --x \"a\\\"b\" c\\ d"));
    }
}

package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.cli.ExitCodes;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The python examples over protocol v1: the correct one passes, each deliberate bug is caught. */
class ProcessPolicyTest {

    @Test
    void theCorrectPythonPolicyIsConformant() {
        HarnessResult result = Fixtures.runCommand(Fixtures.python("policy.py"));
        assertEquals(List.of(), result.failures().stream().map(o -> o.id() + ": " + o.reason().orElse("")).toList());
        assertEquals(Fixtures.cases().size(), result.summary().passed());
        assertEquals(ExitCodes.OK, result.exitCode());
    }

    /** Each bug, and a case that must be among the failures, with a word its reason must contain. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "flipped-cell,     organization_roles/device_management/device_admin/customer,                    expected full but was none",
            "relation-ignored, organization_roles/device_management/full_admin/partner,                        expected not_applicable",
            "scope-dropped,    external_admin_roles/add_and_delete_sites/provisioning_admin/partner,          expected full/services_sold_by_partner",
            "first-role-wins,  organization_roles/analytics_and_reports/read_only_admin+support_admin/customer, expected full but was read_only",
            "self-assignment,  R37/1,                                                                          expected refused by R37 but was allowed",
            "crash,            organization_roles/legal_hold/compliance_officer/customer,                      crash: the process exited",
            "hang,             webex_site_roles/licenses/webex_user_admin/other,                               timeout: no answer within 1 s",
            "garbage,          contact_center/manage_business_hours/supervisor/customer,                       malformed reply: the answer is not JSON",
    })
    void eachRealisticBugIsCaught(String bug, String caseId, String reason) {
        long start = System.nanoTime();
        HarnessResult result = Fixtures.runCommand(Fixtures.python("wrong_policy.py", "--bug", bug));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(ExitCodes.FAILED, result.exitCode(), bug + " must not be conformant");
        CaseOutcome caught = result.outcomes().stream().filter(o -> o.id().equals(caseId)).findFirst().orElseThrow();
        assertEquals(Status.FAILED, caught.status(), caseId);
        assertTrue(caught.reason().orElse("").contains(reason), caseId + " failed with: " + caught.reason());
        // The fault stays in its case: the process is restarted and the rest still pass.
        assertTrue(result.summary().passed() > Fixtures.cases().size() / 2,
                "only " + result.summary().passed() + " cases passed with " + bug);
        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, bug + " took " + took);
    }

    @Test
    void aProcessThatCrashesIsRestartedAndOnlyItsCaseFails() {
        HarnessResult result = Fixtures.runCommand(Fixtures.python("wrong_policy.py", "--bug", "crash"));
        assertEquals(List.of("organization_roles/legal_hold/compliance_officer/customer"),
                result.failures().stream().map(CaseOutcome::id).toList());
    }

    @Test
    void aSlowStartIsWaitedForWithinTheStartTimeout() {
        String slow = "sh -c 'sleep 1.5; exec " + Fixtures.python("policy.py") + "'";
        HarnessResult result = Harness.run(Fixtures.options(new Implementation.Command(slow, Fixtures.projectDir())),
                Fixtures.cases().subList(0, 20));
        assertEquals(20, result.summary().passed(), () -> result.failures().stream().map(o -> o.id() + ": " + o.reason().orElse("")).limit(5).toList().toString());
    }

    @Test
    void aCommandThatDoesNotStartFailsEveryCaseQuickly() {
        long start = System.nanoTime();
        HarnessResult result = Fixtures.runCommand("no-such-policy-command --serve");
        assertEquals(Fixtures.cases().size(), result.summary().failed());
        assertTrue(result.outcomes().get(0).reason().orElse("").startsWith("start: did not start: cannot run"),
                result.outcomes().get(0).reason().orElse(""));
        assertTrue(result.outcomes().get(5).reason().orElse("").contains("gave up after two failed starts"));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(10)) < 0);
    }

    @Test
    void aReplyWithAnotherIdFailsTheCase() {
        String wrongId = "python3 -c \"import sys,json\nfor l in sys.stdin:\n r=json.loads(l)\n print(json.dumps({'id':r['id']+(7 if r['id'] else 0),'access':'none','scopes':[],'grants':[{'access':'none','scope':None}]}),flush=True)\"";
        HarnessResult result = Harness.run(Fixtures.options(new Implementation.Command(wrongId, Fixtures.projectDir())),
                Fixtures.cases().subList(0, 3));
        assertEquals(3, result.summary().failed());
        assertEquals("wrong id: expected id 1 but the answer carries 8", result.outcomes().get(0).reason().orElse(""));
    }

    @Test
    void anErrorAnswerToAValidRequestFailsTheCase() {
        String errors = "python3 -c \"import sys,json\nfor l in sys.stdin:\n r=json.loads(l)\n print(json.dumps({'id':r['id'],'error':'not implemented'}),flush=True)\"";
        HarnessResult result = Harness.run(Fixtures.options(new Implementation.Command(errors, Fixtures.projectDir())),
                Fixtures.cases().subList(0, 3));
        assertEquals(3, result.summary().failed());
        assertEquals("error: answered an error: not implemented", result.outcomes().get(2).reason().orElse(""));
    }

    @Test
    void aMissingReplyFieldIsAMalformedReply() {
        String noGrants = "python3 -c \"import sys,json\nfor l in sys.stdin:\n r=json.loads(l)\n print(json.dumps({'id':r['id'],'access':'full','scopes':[]}),flush=True)\"";
        HarnessResult result = Harness.run(Fixtures.options(new Implementation.Command(noGrants, Fixtures.projectDir())),
                Fixtures.cases().subList(0, 2));
        assertEquals("malformed reply: the answer lacks the array 'grants'", result.outcomes().get(1).reason().orElse(""));
    }

    @Test
    void theFailuresNameTheCasesThatCaughtTheBug() {
        HarnessResult result = Fixtures.runCommand(Fixtures.python("wrong_policy.py", "--bug", "flipped-cell"));
        List<String> failed = result.failures().stream().map(CaseOutcome::id).collect(Collectors.toList());
        assertTrue(failed.contains("organization_roles/device_management/device_admin/customer"));
        assertFalse(failed.stream().anyMatch(id -> !id.startsWith("organization_roles/device_management/")), failed.toString());
    }

    @Test
    void commandLinesSplitLikeAShell() {
        assertEquals(List.of("python3", "my policy.py", "--x", "a\"b", "c d"),
                CommandLineSplitter.split("python3 'my policy.py' --x \"a\\\"b\" c\\ d"));
    }
}

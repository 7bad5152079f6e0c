package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.i18n.Phrase;
import dev.roletck.reference.ReferencePolicy;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.Conformance;
import dev.roletck.suite.ConformanceCase;
import dev.roletck.suite.FailClosedCases;
import dev.roletck.suite.GeneratedCases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A process is sent its cases ahead ({@link Pipelined}) and each case is judged on the thread that
 * reads its answer: every result must be the one {@link Conformance#check} gives when the same
 * policy is asked one case at a time, whatever the implementation gets wrong.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "each test starts its own process")
class PipelinedRunTest {
    private static final Duration ANSWER = Duration.ofSeconds(10);

    @BeforeAll
    static void python() {
        Python.require();
    }

    /** Every tenth fixed case, those the bugs below are triggered by, 300 generated requests and every fail-closed check. */
    private static List<ConformanceCase> cases() {
        List<ConformanceCase> all = new ArrayList<>(Fixtures.sample());
        for (ConformanceCase c : Fixtures.cases()) {
            if ((c.id().startsWith("contact_center/manage_business_hours/supervisor/customer")
                    || c.id().startsWith("organization_roles/legal_hold/compliance_officer/customer")) && !all.contains(c)) {
                all.add(c);
            }
        }
        all.addAll(GeneratedCases.of(7, 100, new ReferencePolicy()).subList(0, 300));
        all.addAll(FailClosedCases.all());
        return all;
    }

    /**
     * What a report shows of a result: its id, outcome, reason, answer and what it was judged on —
     * the last words of a crashed process on standard error left out, since they come on a stream
     * of their own and may or may not have arrived when the crash is told, however it was asked.
     */
    private static List<String> shown(List<CaseResult> results) {
        return results.stream().map(r -> r.id() + " | " + r.outcome() + " | " + r.expectation().plain() + " | "
                + r.answer().map(Phrase::plain).orElse("") + " | " + r.reason().orElse("").replaceAll(" \\(stderr: .*\\)$", "") + " | "
                + r.reply().map(Object::toString).orElse("") + " | " + r.judged()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "scope-dropped", "unknown-table-none", "ids-any-case", "garbage", "crash", "self-assignment"})
    void aPipelinedRunJudgesEveryCaseAsAskingOneAtATimeDoes(String bug) {
        String command = bug.equals("none") ? Python.command("policy.py") : Python.command("wrong_policy.py", "--bug", bug);
        List<ConformanceCase> cases = cases();
        List<CaseResult> oneAtATime = new ArrayList<>();
        try (ProcessPolicy policy = new ProcessPolicy(command, ANSWER, ProcessSettings.DEFAULT, Python.projectDir()).started("--impl-cmd")) {
            for (ConformanceCase c : cases) oneAtATime.add(Conformance.check(policy, c));
        }
        List<CaseResult> pipelined;
        try (ProcessPolicy policy = new ProcessPolicy(command, ANSWER, ProcessSettings.DEFAULT, Python.projectDir()).started("--impl-cmd")) {
            assertInstanceOf(Pipelined.class, policy);
            pipelined = new CaseRunner(Duration.ofSeconds(60), Duration.ofSeconds(120)).run(policy, cases, Profile.EVERYTHING);
            // a crash with several requests in flight costs one start more: they are sent again one at a time, the crash found so
            if (!bug.equals("crash")) assertEquals(1, policy.starts(), "one process served the whole run");
        }
        assertEquals(shown(oneAtATime), shown(pipelined));
        if (!bug.equals("none")) assertTrue(pipelined.stream().anyMatch(r -> r.outcome().failsRun()), "the bug is caught: " + bug);
    }

    @Test
    void aCaseIsTimedFromWhenItWasSentNotFromWhenItWasJudged() {
        try (ProcessPolicy policy = new ProcessPolicy(Python.command("policy.py"), ANSWER, ProcessSettings.DEFAULT, Python.projectDir())
                .started("--impl-cmd")) {
            ConformanceCase c = Fixtures.cases().get(0);
            long before = System.nanoTime();
            CompletableFuture<CaseResult> result = policy.check(c);
            CaseResult r = result.join();
            long took = System.nanoTime() - before;
            assertFalse(r.outcome().failsRun(), r.toString());
            assertTrue(r.time().toNanos() > 0 && r.time().toNanos() <= took, r.time() + " within " + Duration.ofNanos(took));
        }
    }

    @Test
    void aRunPastItsDeadlineFailsWhatIsInFlightAndWhatWasNotSent() {
        // wrong_policy.py --bug hang never answers one request: the run's deadline ends it
        String hang = "webex_site_roles/licenses/webex_user_admin/other";
        List<ConformanceCase> cases = Fixtures.sample(Fixtures.cases().stream().map(ConformanceCase::id)
                .filter(id -> id.startsWith(hang)).findFirst().orElseThrow());
        try (ProcessPolicy policy = new ProcessPolicy(Python.command("wrong_policy.py", "--bug", "hang"), Duration.ofSeconds(30),
                ProcessSettings.DEFAULT, Python.projectDir()).started("--impl-cmd")) {
            long start = System.nanoTime();
            List<CaseResult> results = new CaseRunner(Duration.ofSeconds(60), Duration.ofSeconds(2)).run(policy, cases, Profile.EVERYTHING);
            long took = System.nanoTime() - start;
            assertTrue(took < Duration.ofSeconds(10).toNanos(), "bounded by the deadline: " + Duration.ofNanos(took));
            assertEquals(cases.size(), results.size());
            assertTrue(results.stream().anyMatch(r -> r.reason().orElse("").contains("deadline")), shown(results).toString());
            int firstFailure = 0;
            while (!results.get(firstFailure).outcome().failsRun()) firstFailure++;
            for (CaseResult r : results.subList(firstFailure, results.size())) {
                assertTrue(r.outcome().failsRun(), "every case from the hang on fails: " + r);
            }
        }
    }
}

package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.BadRequestException;
import dev.roletck.api.Policy;
import dev.roletck.model.Capability;
import dev.roletck.model.Role;
import dev.roletck.reference.ReferencePolicy;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.ConformanceCase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** In-process implementations: exceptions and hangs are contained per case, and the run ends by its deadline. */
class CaseRunnerTest {

    private static HarnessResult run(Policy policy, Duration timeout, Duration deadline, List<ConformanceCase> cases) {
        return Harness.run(HarnessOptions.of(new Implementation.InProcess(policy)).withTimeout(timeout).withDeadline(deadline), cases);
    }

    @Test
    void theReferencePolicyPassesEveryCaseThroughTheHarness() {
        HarnessResult result = run(new ReferencePolicy(), Duration.ofSeconds(2), Duration.ofSeconds(60), Fixtures.cases());
        assertEquals(ExitCodes.OK, result.exitCode());
        assertEquals(Fixtures.cases().size(), result.summary().passed());
        assertTrue(Fixtures.cases().size() > 4000, "the real cases: " + Fixtures.cases().size());
    }

    @Test
    void anExceptionFailsOnlyItsCase() {
        Policy throwsOnLegalHold = new Fixtures.Delegating() {
            @Override public AccessDecision decide(AccessRequest request) {
                if (request.capability() == Capability.ORG_LEGAL_HOLD) throw new IllegalStateException("boom");
                return inner.decide(request);
            }
        };
        HarnessResult result = run(throwsOnLegalHold, Duration.ofSeconds(2), Duration.ofSeconds(60), Fixtures.cases());
        long legalHoldCases = Fixtures.cases().stream().filter(c -> c.id().startsWith("organization_roles/legal_hold/")
                || c.provenance().describe().contains("legal_hold")).count();
        assertTrue(legalHoldCases > 0);
        assertTrue(result.failures().stream().allMatch(r -> r.outcome() == CaseResult.Outcome.ERROR
                && r.reason().orElse("").equals("an exception, IllegalStateException: boom")), result.failures().get(0).message());
        assertTrue(result.failures().stream().allMatch(r -> r.id().startsWith("organization_roles/legal_hold/")
                || r.id().matches("R\\d\\d/\\d+")), result.failures().toString());
        assertEquals(Fixtures.cases().size() - result.failures().size(), result.summary().passed());
    }

    @Test
    void rejectingAValidRequestIsAFailureNotAPass() {
        Policy rejects = new Fixtures.Delegating() {
            @Override public AccessDecision decide(AccessRequest request) {
                throw new BadRequestException("unsupported");
            }
        };
        HarnessResult result = run(rejects, Duration.ofSeconds(2), Duration.ofSeconds(60), Fixtures.cases().subList(0, 3));
        assertEquals(3, result.summary().errors());
        assertEquals("rejected a valid request: unsupported", result.results().get(0).reason().orElse(""));
        assertEquals(ExitCodes.FAILED, result.exitCode());
    }

    @Test
    void aHangIsCutAtTheTimeoutAndTheRunGoesOn() {
        Policy hangsOnce = new Fixtures.Delegating() {
            @Override public AccessDecision decide(AccessRequest request) {
                if (request.capability() == Capability.ORG_LEGAL_HOLD && request.roles().toList().equals(List.of(Role.COMPLIANCE_OFFICER))) {
                    sleepUninterruptibly();
                }
                return inner.decide(request);
            }
        };
        List<ConformanceCase> cases = Fixtures.cases().stream().filter(c -> c.id().startsWith("organization_roles/")).toList();
        long start = System.nanoTime();
        HarnessResult result = run(hangsOnce, Duration.ofMillis(300), Duration.ofSeconds(60), cases);
        long singles = cases.stream().filter(c -> c.id().matches("organization_roles/legal_hold/compliance_officer/[a-z]+")).count();
        assertEquals(3, singles, "one per relation");
        assertEquals(singles, result.summary().errors());
        assertTrue(result.failures().stream().allMatch(o -> o.reason().orElse("").equals("timeout: no answer within 300 ms")));
        assertEquals(cases.size() - singles, result.summary().passed());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(20)) < 0);
    }

    @Test
    void theOverallDeadlineEndsTheRunAndFailsWhatDidNotRun() {
        Policy alwaysHangs = new Fixtures.Delegating() {
            @Override public AccessDecision decide(AccessRequest request) {
                sleepUninterruptibly();
                return inner.decide(request);
            }
        };
        long start = System.nanoTime();
        HarnessResult result = run(alwaysHangs, Duration.ofMillis(400), Duration.ofSeconds(1), Fixtures.sample());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(Duration.ofSeconds(4)) < 0, "took " + took);
        assertEquals(0, result.summary().passed());
        assertEquals(ExitCodes.FAILED, result.exitCode());
        assertTrue(result.results().get(result.results().size() - 1).reason().orElse("")
                .startsWith("deadline: the overall deadline of 1 s was reached"));
    }

    private static void sleepUninterruptibly() {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException ignored) {
                // a badly behaved implementation ignores interruption
            }
        }
    }
}

package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.harness.report.Reports;
import dev.roletck.protocol.Wire;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.ConformanceCase;
import dev.roletck.suite.WireReply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * How the kit talks to an implementation run as a process (PROTOCOL.md): pipelined requests matched
 * by id, timing that suits slow starters and late answers, restarts only when stuck, answers too
 * long, text sanitized, process groups ended, and --impl-class contained in a JVM of its own.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "each test starts its own processes; the two that count them by name hold FAMILY")
class TransportTest {
    private static final String TRIGGER = "organization_roles/legal_hold/compliance_officer/customer";
    /** The processes {@code faulty_policy.py family} starts, which {@link #leftovers()} counts machine-wide. */
    private static final String FAMILY = "roletck.test.family-processes";
    /** The per-case timeout of the tests that do not test timeouts: no answer takes that long, even on a busy machine. */
    private static final Duration ANSWER = Duration.ofSeconds(10);

    @BeforeAll
    static void python() {
        Python.require();
    }

    @AfterAll
    static void nothingLeftBehind() {
        assertEquals(List.of(), leftovers(), "processes of the tests still running");
    }

    private static String faulty(String mode) {
        return "python3 " + Python.projectDir().resolve("roletck-kit/src/test/python/faulty_policy.py") + " " + mode;
    }

    private static List<CaseResult> run(ProcessPolicy policy, Duration guard, List<ConformanceCase> cases) {
        return new CaseRunner(guard, Duration.ofSeconds(60)).run(policy, cases, Profile.EVERYTHING);
    }

    private static List<String> failed(List<CaseResult> results) {
        return results.stream().filter(r -> r.outcome().failsRun()).map(r -> r.id() + ": " + r.reason().orElse("")).toList();
    }

    @Test
    void aPolicyThatTakesFourSecondsToStartPassesWithTheDefaultTimeout() {
        String slow = "sh -c 'sleep 4; exec " + Python.command("policy.py") + "'";
        HarnessResult result = Harness.run(HarnessOptions.of(new Implementation.Command(slow, Python.projectDir())), Fixtures.sample());
        assertEquals(List.of(), result.failures().stream().map(CaseResult::message).limit(3).toList());
        assertEquals(ExitCodes.OK, result.exitCode());
        assertTrue(result.elapsed().compareTo(Duration.ofSeconds(4)) >= 0, "the start was waited for: " + result.elapsed());
    }

    @Test
    void anAnswerJustPastTheTimeoutFailsItsCaseAloneAndIsDiscardedWithoutARestart() {
        try (ProcessPolicy policy = new ProcessPolicy(faulty("late"), Duration.ofMillis(300), ProcessSettings.DEFAULT,
                Python.projectDir()).started("--impl-cmd")) {
            List<CaseResult> results = run(policy, Duration.ofSeconds(30), Fixtures.sample(TRIGGER));
            assertEquals(List.of(TRIGGER + ": timeout: no answer within 300 ms"), failed(results));
            assertEquals(1, policy.starts(), "a late answer is no reason to restart");
            assertEquals(1, policy.lateAnswers(), "the late answer was read and discarded");
            assertEquals(0, policy.stuckRestarts());
        }
    }

    @Test
    void aProcessSilentPastTheGracePeriodIsRestartedAndTheCasesBehindTheHangStillPass() {
        ProcessSettings settings = ProcessSettings.DEFAULT.withGrace(Duration.ofMillis(500));
        // 5 s, not less: the cases behind the hang go to a freshly started process, which must answer them in time on a busy machine
        try (ProcessPolicy policy = new ProcessPolicy(faulty("hang"), Duration.ofSeconds(5), settings, Python.projectDir())
                .started("--impl-cmd")) {
            List<CaseResult> results = run(policy, Duration.ofSeconds(30), Fixtures.sample(TRIGGER));
            assertEquals(List.of(TRIGGER + ": timeout: no answer within 5 s"), failed(results));
            assertEquals(1, policy.stuckRestarts());
            assertEquals(2, policy.starts());
        }
    }

    @Test
    void requestsArePipelinedAndAnswersInAnyOrderAreMatchedById(@TempDir Path dir) throws IOException {
        Path chunks = dir.resolve("chunks");
        String reverse = "env FAULTY_CHUNKS=" + chunks + " " + faulty("reverse");
        try (ProcessPolicy policy = new ProcessPolicy(reverse, ANSWER, ProcessSettings.DEFAULT, Python.projectDir())
                .started("--impl-cmd")) {
            List<CaseResult> results = run(policy, Duration.ofSeconds(30), Fixtures.cases());
            assertEquals(List.of(), failed(results).stream().limit(3).toList());
            assertEquals(Fixtures.cases().size(), results.size());
        }
        int largest = Integer.parseInt(Files.readString(chunks).strip());
        assertTrue(largest > 1, "several requests were in flight at once, answered in reverse: " + largest);
    }

    @Test
    void severalProcessesShareTheCasesWithJobs() {
        ProcessSettings two = ProcessSettings.DEFAULT.withJobs(2);
        try (ProcessPolicy policy = new ProcessPolicy(Python.command("policy.py"), ANSWER, two, Python.projectDir())
                .started("--impl-cmd")) {
            assertEquals(2, policy.starts());
            assertEquals(2 * ProcessSettings.DEFAULT_WINDOW, policy.concurrency());
            List<CaseResult> results = run(policy, Duration.ofSeconds(30), Fixtures.sample());
            assertEquals(List.of(), failed(results));
        }
    }

    @Test
    void aLineLongerThanTheLimitFailsItsCaseAsTooLongAndRestartsTheProcess() {
        try (ProcessPolicy policy = new ProcessPolicy(faulty("long"), ANSWER, ProcessSettings.DEFAULT, Python.projectDir())
                .started("--impl-cmd")) {
            List<CaseResult> results = run(policy, Duration.ofSeconds(30), Fixtures.sample(TRIGGER));
            assertEquals(List.of(TRIGGER + ": malformed reply: answer too long: a line of more than 1024 KiB; the process was restarted"),
                    failed(results));
            assertEquals(2, policy.starts());
        }
    }

    @Test
    void whatAnImplementationSaysIsSanitizedBeforeItIsPrintedOrWritten(@TempDir Path dir) {
        HarnessResult result = Harness.run(Fixtures.options(new Implementation.Command(faulty("escape"), Python.projectDir()))
                .withReportDir(dir), Fixtures.sample(TRIGGER));
        CaseResult r = result.results().stream().filter(x -> x.id().equals(TRIGGER)).findFirst().orElseThrow();
        String reason = r.reason().orElse("");
        assertEquals("error: answered an error: bad\\nroletck.yaml:1:1: forged \\x1b[31mred \uFFFD", reason);
        assertFalse(reason.chars().anyMatch(c -> c < 0x20 || Character.isSurrogate((char) c)), reason);
        assertTrue(Files.exists(dir.resolve(Reports.HTML)), "the reports were written");
    }

    @Test
    void theWireChannelSendsARequestAsGivenAndTellsARefusalFromAnAnswer() {
        try (ProcessPolicy policy = new ProcessPolicy(Python.command("policy.py"), ANSWER, ProcessSettings.DEFAULT,
                Python.projectDir()).started("--impl-cmd")) {
            ObjectNode valid = (ObjectNode) Wire.JSON.valueToTree(java.util.Map.of("kind", "access", "table", "organization_roles",
                    "capability", "device_management", "roles", List.of("device_admin"), "relation", "customer"));
            WireReply.Answered answered = assertInstanceOf(WireReply.Answered.class, policy.send(valid));
            assertEquals("full", answered.answer().get("access").asText());
            assertFalse(answered.answer().has("id"), "the answer comes without its id");

            ObjectNode wrongCase = valid.deepCopy().put("table", "Organization_Roles");
            WireReply.Refused refused = assertInstanceOf(WireReply.Refused.class, policy.send(wrongCase));
            assertTrue(refused.error().contains("Organization_Roles"), refused.error());
            ObjectNode wrongType = valid.deepCopy();
            wrongType.put("roles", "device_admin");
            assertInstanceOf(WireReply.Refused.class, policy.send(wrongType));
        }
        try (ProcessPolicy failOpen = new ProcessPolicy(faulty("hang"), Duration.ofMillis(300), ProcessSettings.DEFAULT,
                Python.projectDir()).started("--impl-cmd")) {
            ObjectNode hangs = (ObjectNode) Wire.JSON.valueToTree(java.util.Map.of("kind", "access", "table", "organization_roles",
                    "capability", "legal_hold", "roles", List.of("compliance_officer"), "relation", "customer"));
            ImplementationFault f = assertThrows(ImplementationFault.class, () -> failOpen.send(hangs));
            assertEquals("timeout: no answer within 300 ms", f.getMessage());
        }
    }

    @Test
    @ResourceLock(FAMILY)
    void childrenGrandchildrenAndDaemonsOfAnImplementationEndWithIt() throws Exception {
        try (ProcessPolicy policy = new ProcessPolicy(faulty("family"), ANSWER, ProcessSettings.DEFAULT, Python.projectDir())
                .started("--impl-cmd")) {
            assertEquals(List.of(), failed(run(policy, Duration.ofSeconds(30), Fixtures.cases().subList(0, 20))));
            assertEquals(2, waitFor(2), "the grandchild and the daemon run while the implementation does");
        }
        assertEquals(0, waitFor(0), "left behind: " + leftovers());
    }

    @Test
    @ResourceLock(FAMILY)
    void aSigtermToTheKitEndsTheImplementationsGroupToo() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process kit = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Droletck.home=" + Python.projectDir(), KitHoldingAnImplementation.class.getName(), faulty("family"))
                .redirectErrorStream(true).start();
        try {
            String ready = new String(kit.getInputStream().readNBytes(6));
            assertEquals("ready\n", ready);
            assertEquals(2, waitFor(2));
            kit.destroy(); // SIGTERM
            assertTrue(kit.waitFor(10, TimeUnit.SECONDS));
            assertEquals(0, waitFor(0), "left behind: " + leftovers());
        } finally {
            kit.destroyForcibly();
        }
    }

    /** A kit that starts an implementation and waits to be signalled; for the SIGTERM test. */
    public static final class KitHoldingAnImplementation {
        public static void main(String[] args) throws Exception {
            ProcessPolicy policy = new ProcessPolicy(args[0], Duration.ofSeconds(2)).started("--impl-cmd");
            System.out.print("ready\n");
            System.out.flush();
            Thread.sleep(60_000);
            policy.close();
        }
    }

    @Test
    void systemExitInDecideFailsThatCaseAndTheKitGoesOn() {
        HarnessResult result = Harness.run(Fixtures.options(new Implementation.JavaClass(HostilePolicies.ExitsInDecide.class.getName(),
                List.of())), Fixtures.sample(TRIGGER));
        List<String> failed = failed(result.results());
        assertEquals(1, failed.size(), failed.toString());
        assertTrue(failed.get(0).startsWith(TRIGGER + ": crash: the process exited with code 0 before answering"), failed.get(0));
        assertEquals(ExitCodes.FAILED, result.exitCode());
    }

    @Test
    void systemExitInTheConstructorIsOneLineOfBadUsage() {
        UsageException e = assertThrows(UsageException.class, () -> Harness.run(Fixtures.options(new Implementation.JavaClass(
                HostilePolicies.ExitsInConstructor.class.getName(), List.of())), Fixtures.sample()));
        assertEquals("--impl-class: the implementation did not start — exited with code 0 before answering the handshake"
                + " — check that its constructor returns normally and does not call System.exit", e.getMessage());
    }

    @Test
    void aConstructorThatNeverReturnsIsBoundedByTheStartupAllowance() {
        long start = System.nanoTime();
        UsageException e = assertThrows(UsageException.class, () -> Harness.run(Fixtures.options(new Implementation.JavaClass(
                HostilePolicies.HangsInConstructor.class.getName(), List.of(),
                ProcessSettings.DEFAULT.withStartupTimeout(Duration.ofSeconds(3)))), Fixtures.sample()));
        assertTrue(e.getMessage().startsWith("--impl-class: the implementation did not start — no answer to the handshake within 3 s"),
                e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(10)) < 0);
    }

    @Test
    void whatAJavaImplementationPrintsDoesNotMixWithItsAnswers() {
        HarnessResult result = Harness.run(Fixtures.options(new Implementation.JavaClass(HostilePolicies.Chatty.class.getName(),
                List.of())), Fixtures.sample());
        assertEquals(ExitCodes.OK, result.exitCode(), () -> failed(result.results()).toString());
    }

    // ---- processes left behind, seen with ps ----------------------------------------------------

    private static List<String> leftovers() {
        try {
            Process ps = new ProcessBuilder("ps", "-eo", "args").start();
            String out = new String(ps.getInputStream().readAllBytes());
            ps.waitFor();
            return out.lines().filter(l -> l.startsWith("sleep 301.5") || l.startsWith("sleep 302.5")).toList();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Waits up to 5 s for the number of marked processes to be {@code n}; returns the last count. */
    private static int waitFor(int n) throws InterruptedException {
        int seen = -1;
        for (int i = 0; i < 50; i++) {
            seen = leftovers().size();
            if (seen == n) return seen;
            Thread.sleep(100);
        }
        return seen;
    }

    @Test
    void implementationTextIsOneSafeLine() {
        assertEquals("a\\nb\\r\\x1b[2J\\x07 \uFFFD \\u202e ok \uD83D\uDE00", ImplementationText.excerpt("a\nb\r\u001b[2J\u0007 \ud800 \u202e ok \uD83D\uDE00"));
        assertEquals(ImplementationText.EXCERPT + 3, ImplementationText.excerpt("x".repeat(5000)).length());
    }

    @Test
    void theLineReaderSkipsLinesPastItsLimitWithoutKeepingThem() throws IOException {
        byte[] input = ("short\n" + "y".repeat(5000) + "\nlast").getBytes();
        LineReader reader = new LineReader(new java.io.ByteArrayInputStream(input), 1024);
        assertEquals(new LineReader.Line("short", false), reader.next().orElseThrow());
        assertEquals(new LineReader.Line("", true), reader.next().orElseThrow());
        assertEquals(new LineReader.Line("last", false), reader.next().orElseThrow());
        assertTrue(reader.next().isEmpty());
    }

}

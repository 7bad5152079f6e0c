package dev.roletck.harness;

import dev.roletck.api.Policy;
import dev.roletck.protocol.ProtocolServer;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.ConformanceCase;
import java.io.BufferedReader;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs an {@code --impl-class} implementation in a JVM of its own, answering protocol v1 with the
 * kit's own server code, so that nothing it does — {@code System.exit} or {@code Runtime.halt} in
 * its constructor or in {@code decide}, a hang that ignores interruption, running out of memory —
 * can end or stall the kit: the kit sees a process that exited or went silent, and fails the case
 * concerned (or, at start, reports the implementation as not loadable, exit 2).
 *
 * <p>Why a child JVM rather than a guard in the kit's JVM: the only guard against
 * {@code System.exit} is a SecurityManager, deprecated for removal and blind to
 * {@code Runtime.halt}; and a thread stuck in a constructor can be abandoned but never stopped.
 * The price is a JVM start (a fraction of a second) and the protocol's encoding, which pipelining
 * makes cheap.
 */
public final class ChildJvm {
    private ChildJvm() {}

    /** The command line that serves {@code className} from {@code classpath} in a new JVM. */
    static List<String> command(String className, List<Path> classpath) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        // as the launcher runs the kit: one C1-compiled tier, the serial collector with a small young
        // generation, no performance-data file — for a run of seconds, a child JVM that compiles with
        // C2 as well spends more than twice the CPU (22,000 requests of a verify: 2.4 s against 1.0 s)
        cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmn32m", "-XX:-UsePerfData"));
        cmd.add("-Xss1m");
        String home = System.getProperty("roletck.home");
        if (home != null) cmd.add("-Droletck.home=" + home);
        cmd.add("-cp");
        cmd.add(String.join(File.pathSeparator, Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.isEmpty()).map(e -> Path.of(e).toAbsolutePath().toString()).toList()));
        cmd.add(ChildJvm.class.getName());
        cmd.add(className);
        cmd.add(String.join(File.pathSeparator, classpath.stream().map(p -> p.toAbsolutePath().toString()).toList()));
        return cmd;
    }

    /** {@code ChildJvm CLASS [CLASSPATH]}: serves protocol v1 on stdin/stdout with that policy. */
    public static void main(String[] args) throws Exception {
        PrintWriter protocol = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), false);
        System.setOut(System.err); // what the implementation prints must not mix with its answers
        List<Path> classpath = new ArrayList<>();
        if (args.length > 1 && !args[1].isEmpty()) {
            for (String p : args[1].split(File.pathSeparator)) classpath.add(Path.of(p));
        }
        Policy policy;
        try {
            policy = PolicyLoader.load(args[0], classpath);
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            System.err.flush();
            Runtime.getRuntime().halt(ExitCodes.BAD_INPUT);
            return;
        } catch (Throwable t) {
            System.err.println("--impl-class: loading '" + args[0] + "' failed: " + t);
            System.err.flush();
            Runtime.getRuntime().halt(ExitCodes.BAD_INPUT);
            return;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 64 * 1024);
        new ProtocolServer(policy, args[0]).serve(in, protocol);
        protocol.flush();
        Runtime.getRuntime().halt(0); // do not wait for threads the implementation left running
    }

    /**
     * The policy of a child JVM, as the kit sees it: pipelined and contained like any process, but
     * not a {@link dev.roletck.suite.WireChannel} — a malformed request sent to it would be refused
     * by the kit's own server code before the implementation saw it, so fail-closed checks against
     * it would prove nothing about the implementation; they are reported not run, as in process.
     */
    static final class Isolated implements Policy, Pipelined, Remarks, AutoCloseable {
        private final ProcessPolicy process;

        Isolated(ProcessPolicy process) {
            this.process = process;
        }

        @Override public dev.roletck.api.AccessDecision decide(dev.roletck.api.AccessRequest request) { return process.decide(request); }

        @Override public dev.roletck.api.AssignmentDecision decide(dev.roletck.api.AssignmentRequest request) {
            return process.decide(request);
        }

        @Override public int concurrency() { return process.concurrency(); }

        @Override public CompletableFuture<CaseResult> check(ConformanceCase testCase) {
            return process.check(testCase, false);
        }

        int starts() { return process.starts(); }

        @Override public java.util.SortedSet<String> extraAnswerFields() { return process.extraAnswerFields(); }

        @Override public java.util.List<String> stderrTail() { return process.stderrTail(); }

        @Override public void close() { process.close(); }
    }
}

package dev.roletck.harness;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Phase times of a run, for profiling the kit itself: with {@code -Droletck.timing=true} each
 * {@link #mark} prints one line to standard error — the phase that just ended, the wall time since
 * the JVM started and since the previous mark, and the CPU time of the whole process so far.
 * Without the property a mark costs one boolean test, and nothing is printed: normal output never
 * carries these lines.
 */
public final class Timing {
    private static final boolean ON = Boolean.getBoolean("roletck.timing");
    private static long last;

    private Timing() {}

    /** Whether phase times are printed. */
    public static boolean on() { return ON; }

    /** The phase {@code what} has ended (printed only with {@code -Droletck.timing=true}). */
    public static void mark(String what) {
        if (ON) print(what, System.err);
    }

    private static synchronized void print(String what, PrintStream to) {
        long now = System.currentTimeMillis();
        long sinceStart = now - ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(now);
        long step = last == 0 ? sinceStart : now - last;
        last = now;
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long mine = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() / 1_000_000 : -1;
        to.printf("roletck timing: %-28s at %5d ms (+%4d ms)  process cpu %5d ms  [%s cpu %d ms]%n",
                what, sinceStart, step, cpu, Thread.currentThread().getName(), mine);
    }
}

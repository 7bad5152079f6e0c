package dev.roletck.harness;

import dev.roletck.api.Policy;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.Conformance;
import dev.roletck.suite.ConformanceCase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs cases one by one on a worker thread, each with {@link Conformance#check}, so that whatever
 * one case does — throw, hang, crash the process behind the policy — fails that case alone, and the
 * whole run ends by the deadline. A worker stuck in a call that ignores interruption is abandoned
 * (it is a daemon thread) and a fresh one takes the next case.
 */
final class CaseRunner {
    private final Duration guard;
    private final Duration deadline;

    /**
     * @param guard    the longest one case may take, as seen from here
     * @param deadline the longest the whole run may take
     */
    CaseRunner(Duration guard, Duration deadline) {
        this.guard = guard;
        this.deadline = deadline;
    }

    List<CaseResult> run(Policy policy, List<? extends ConformanceCase> cases, Profile profile) {
        long end = System.nanoTime() + deadline.toNanos();
        List<CaseResult> results = new ArrayList<>(cases.size());
        ExecutorService worker = newWorker();
        try {
            for (ConformanceCase c : cases) {
                if (!profile.includes(c.group())) {
                    results.add(CaseResult.notRun(c, "rule group '" + c.group().id() + "' is not in the implementation's profile"));
                    continue;
                }
                long remaining = end - System.nanoTime();
                if (remaining <= 0) {
                    results.add(fault(c, new ImplementationFault(Fault.DEADLINE,
                            "the overall deadline of " + ProcessPolicy.seconds(deadline) + " was reached before this case ran"), 0));
                    continue;
                }
                long wait = Math.min(guard.toNanos(), remaining);
                long start = System.nanoTime();
                Future<CaseResult> future = worker.submit(() -> Conformance.check(policy, c));
                try {
                    results.add(future.get(wait, TimeUnit.NANOSECONDS));
                } catch (TimeoutException e) {
                    future.cancel(true);
                    worker.shutdownNow();
                    worker = newWorker();
                    boolean byDeadline = wait < guard.toNanos();
                    results.add(fault(c, byDeadline
                            ? new ImplementationFault(Fault.DEADLINE, "the overall deadline of " + ProcessPolicy.seconds(deadline) + " was reached during this case")
                            : new ImplementationFault(Fault.TIMEOUT, "no answer within " + ProcessPolicy.seconds(guard)), millisSince(start)));
                } catch (ExecutionException e) {
                    // Conformance.check contains what a policy throws; an Error (out of memory, linkage) ends up here.
                    results.add(fault(c, new ImplementationFault(Fault.ERROR, "threw " + e.getCause()), millisSince(start)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    results.add(fault(c, new ImplementationFault(Fault.DEADLINE, "the run was interrupted"), 0));
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return List.copyOf(results);
    }

    private static CaseResult fault(ConformanceCase c, ImplementationFault f, long ms) {
        return CaseResult.error(c, f.getMessage(), Duration.ofMillis(ms));
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "roletck-case");
            t.setDaemon(true);
            return t;
        });
    }
}

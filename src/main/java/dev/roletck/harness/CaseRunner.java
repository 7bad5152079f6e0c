package dev.roletck.harness;

import dev.roletck.api.BadRequestException;
import dev.roletck.api.Policy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs cases one by one on a worker thread, so that whatever one case does — throw, hang, crash
 * the process behind the policy — fails that case alone, and the whole run ends by the deadline.
 * A worker stuck in a call that ignores interruption is abandoned (it is a daemon thread) and a
 * fresh one takes the next case.
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

    List<CaseOutcome> run(Policy policy, List<HarnessCase> cases, Profile profile) {
        long end = System.nanoTime() + deadline.toNanos();
        List<CaseOutcome> outcomes = new ArrayList<>(cases.size());
        ExecutorService worker = newWorker();
        try {
            for (HarnessCase c : cases) {
                String expected = c.check().expectedText();
                if (!profile.includes(c.group())) {
                    outcomes.add(new CaseOutcome(c, Status.NOT_RUN, expected, Optional.empty(),
                            Optional.of("rule group '" + c.group() + "' is not in the implementation's profile"),
                            Optional.empty(), 0));
                    continue;
                }
                long remaining = end - System.nanoTime();
                if (remaining <= 0) {
                    outcomes.add(fault(c, expected, new ImplementationFault(Fault.DEADLINE,
                            "the overall deadline of " + ProcessPolicy.seconds(deadline) + " was reached before this case ran"), 0));
                    continue;
                }
                long wait = Math.min(guard.toNanos(), remaining);
                long start = System.nanoTime();
                Future<Check.Answer> future = worker.submit(() -> c.check().ask(policy));
                try {
                    Check.Answer answer = future.get(wait, TimeUnit.NANOSECONDS);
                    long ms = millisSince(start);
                    outcomes.add(new CaseOutcome(c, answer.passed() ? Status.PASSED : Status.FAILED, expected,
                            Optional.of(answer.text()), answer.mismatch(), Optional.empty(), ms));
                } catch (TimeoutException e) {
                    future.cancel(true);
                    worker.shutdownNow();
                    worker = newWorker();
                    boolean byDeadline = wait < guard.toNanos();
                    outcomes.add(fault(c, expected, byDeadline
                            ? new ImplementationFault(Fault.DEADLINE, "the overall deadline of " + ProcessPolicy.seconds(deadline) + " was reached during this case")
                            : new ImplementationFault(Fault.TIMEOUT, "no answer within " + ProcessPolicy.seconds(guard)), millisSince(start)));
                } catch (ExecutionException e) {
                    outcomes.add(fault(c, expected, asFault(e.getCause()), millisSince(start)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    outcomes.add(fault(c, expected, new ImplementationFault(Fault.DEADLINE, "the run was interrupted"), 0));
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return List.copyOf(outcomes);
    }

    private static ImplementationFault asFault(Throwable t) {
        if (t instanceof ImplementationFault f) return f;
        if (t instanceof BadRequestException b) {
            return new ImplementationFault(Fault.ERROR, "rejected a valid request: " + b.getMessage());
        }
        return new ImplementationFault(Fault.ERROR, "threw " + t);
    }

    private static CaseOutcome fault(HarnessCase c, String expected, ImplementationFault f, long ms) {
        return new CaseOutcome(c, Status.FAILED, expected, Optional.empty(), Optional.of(f.reason()), Optional.empty(), ms);
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

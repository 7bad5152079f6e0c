package dev.roletck.harness;

import dev.roletck.api.Policy;
import dev.roletck.i18n.Phrase;
import dev.roletck.i18n.Phrase.Kind;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.Conformance;
import dev.roletck.suite.ConformanceCase;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs cases on worker threads, each with {@link Conformance#check}, so that whatever one case does
 * — throw, hang, crash the process behind the policy — fails that case alone, and the whole run ends
 * by the deadline. A policy that is {@link Concurrent} gets that many cases in flight at once (a
 * process: pipelined requests); any other one case at a time. A worker stuck in a call that ignores
 * interruption is abandoned (it is a daemon thread) and no longer counts against the window.
 * Results come back in the order of the cases, whatever order the answers came in.
 */
final class CaseRunner {
    private final Duration guard;
    private final Duration deadline;
    /** When every run of this runner ends ({@link System#nanoTime}), or none: each run ends {@code deadline} after it starts. */
    private final OptionalLong end;

    /**
     * @param guard    the longest one case may take, as seen from here
     * @param deadline the longest each {@link #run} may take
     */
    CaseRunner(Duration guard, Duration deadline) {
        this.guard = guard;
        this.deadline = deadline;
        this.end = OptionalLong.empty();
    }

    /**
     * A runner whose every {@link #run} ends by {@code end} ({@link System#nanoTime}), the end of a
     * whole verification: the cases and then each shrinking step share one deadline.
     *
     * @param deadline the deadline as given, for the messages of the cases it cuts off
     */
    CaseRunner(Duration guard, Duration deadline, long end) {
        this.guard = guard;
        this.deadline = deadline;
        this.end = OptionalLong.of(end);
    }

    /** Whether the deadline of a runner made for a whole verification has passed. */
    boolean pastDeadline() {
        return end.isPresent() && end.getAsLong() - System.nanoTime() <= 0;
    }

    private record Running(int index, ConformanceCase testCase, Future<CaseResult> future, long start) {}

    /** Hears each result as it comes, in case order; {@code true} stops the run there ({@code --fail-fast}). */
    interface Watcher {
        Watcher NONE = r -> false;

        boolean stopAfter(CaseResult result);
    }

    /** Why the cases after a stop were not run. */
    static final Phrase STOPPED = Phrase.of(Kind.STOPPED);

    List<CaseResult> run(Policy policy, List<? extends ConformanceCase> cases, Profile profile) {
        return run(policy, cases, profile, Watcher.NONE);
    }

    /**
     * As {@link #run(Policy, List, Profile)}, telling {@code watcher} each result; when it says stop,
     * the cases still in flight are cancelled (their answers, should they come, are not waited for)
     * and they and the cases not yet sent are reported not run.
     */
    List<CaseResult> run(Policy policy, List<? extends ConformanceCase> cases, Profile profile, Watcher watcher) {
        int window = policy instanceof Concurrent c ? Math.max(1, c.concurrency()) : 1;
        long end = this.end.orElse(System.nanoTime() + deadline.toNanos());
        CaseResult[] results = new CaseResult[cases.size()];
        ExecutorService workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "roletck-case");
            t.setDaemon(true);
            return t;
        });
        Deque<Running> inFlight = new ArrayDeque<>();
        int next = 0;
        boolean stopped = false;
        try {
            while (!stopped && (next < cases.size() || !inFlight.isEmpty())) {
                while (!stopped && next < cases.size() && inFlight.size() < window) {
                    int i = next++;
                    ConformanceCase c = cases.get(i);
                    if (!profile.includes(c.group())) {
                        results[i] = CaseResult.notRun(c, Phrase.of(Kind.NOT_IN_PROFILE, "count", 1, "groups", List.of(c.group().id())));
                        stopped = watcher.stopAfter(results[i]);
                    } else if (end - System.nanoTime() <= 0) {
                        results[i] = fault(c, new ImplementationFault(Fault.DEADLINE,
                                Phrase.of(Kind.DEADLINE_BEFORE, "time", Phrase.duration(deadline))), 0);
                        stopped = watcher.stopAfter(results[i]);
                    } else {
                        inFlight.addLast(new Running(i, c, workers.submit(() -> Conformance.check(policy, c)), System.nanoTime()));
                    }
                }
                if (stopped) break;
                Running r = inFlight.pollFirst();
                if (r == null) continue;
                results[r.index()] = await(r, end);
                stopped = watcher.stopAfter(results[r.index()]);
            }
            for (Running r : inFlight) {
                r.future().cancel(true);
                results[r.index()] = CaseResult.notRun(r.testCase(), STOPPED);
            }
            for (int i = 0; i < results.length; i++) {
                if (results[i] == null) results[i] = CaseResult.notRun(cases.get(i), STOPPED);
            }
        } finally {
            workers.shutdownNow();
        }
        return Arrays.asList(results).stream().toList();
    }

    private CaseResult await(Running r, long end) {
        long byGuard = r.start() + guard.toNanos();
        long wait = Math.min(byGuard, end) - System.nanoTime();
        try {
            return r.future().get(Math.max(0, wait), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            r.future().cancel(true);
            boolean byDeadline = end < byGuard;
            return fault(r.testCase(), byDeadline
                    ? new ImplementationFault(Fault.DEADLINE, Phrase.of(Kind.DEADLINE_DURING, "time", Phrase.duration(deadline)))
                    : new ImplementationFault(Fault.TIMEOUT, Phrase.of(Kind.NO_ANSWER_WITHIN, "time", Phrase.duration(guard))),
                    millisSince(r.start()));
        } catch (ExecutionException e) {
            // Conformance.check contains what a policy throws; an Error (out of memory, linkage) ends up here.
            return fault(r.testCase(), new ImplementationFault(Fault.ERROR,
                    Phrase.of(Kind.THREW, "error", ImplementationText.excerpt(String.valueOf(e.getCause())))),
                    millisSince(r.start()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            r.future().cancel(true);
            return fault(r.testCase(), new ImplementationFault(Fault.DEADLINE, Phrase.of(Kind.INTERRUPTED)), 0);
        }
    }

    private static CaseResult fault(ConformanceCase c, ImplementationFault f, long ms) {
        return CaseResult.error(c, f.phrase(), Duration.ofMillis(ms));
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}

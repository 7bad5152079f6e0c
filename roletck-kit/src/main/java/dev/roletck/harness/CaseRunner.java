package dev.roletck.harness;

import dev.roletck.api.Policy;
import dev.roletck.i18n.Phrase;
import dev.roletck.i18n.Phrase.Kind;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.Conformance;
import dev.roletck.suite.ConformanceCase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs cases on worker threads, each with {@link Conformance#check}, so that whatever one case does
 * — throw, hang, crash the process behind the policy — fails that case alone, and the whole run ends
 * by the deadline. A policy that is {@link Concurrent} gets that many cases in flight at once (a
 * process: pipelined requests); any other one case at a time. Results come back in the order of the
 * cases, whatever order the answers came in.
 *
 * <p>The workers are long-lived: each takes the next case itself, runs it, and hands over its result
 * under one lock; the worker that completes the oldest case in flight tells the watcher every result
 * that is now in order. So a case costs no thread hand-off of its own — a run of 20,000 in-process
 * cases is one worker going through them. The calling thread is only the watchdog: it wakes when
 * the oldest case in flight could pass its guard or the run its deadline, fails such a case, and
 * abandons its worker (a daemon, interrupted, no longer counting against the window) for a new one.
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
     * the cases still in flight are abandoned (their answers, should they come, are not waited for)
     * and they and the cases not yet sent are reported not run.
     */
    List<CaseResult> run(Policy policy, List<? extends ConformanceCase> cases, Profile profile, Watcher watcher) {
        int window = policy instanceof Concurrent c ? Math.max(1, c.concurrency()) : 1;
        long until = this.end.orElse(System.nanoTime() + deadline.toNanos());
        if (policy instanceof Pipelined p) return new Pipeline(p, cases, profile, watcher, window, until).go();
        return new Run(policy, cases, profile, watcher, window, until).go();
    }

    /**
     * What both kinds of run share: the cases, their results told to the watcher in case order, the
     * watcher's stop and the run's end. Every field below {@code lock} is guarded by it.
     */
    private abstract class Ordered {
        final List<? extends ConformanceCase> cases;
        final Profile profile;
        final Watcher watcher;
        /** How many cases may be asked at once. */
        final int window;
        /**
         * How far past the oldest case not yet told a case may be taken: with one at a time, the next
         * case only; with several, a few windows, so that a case done need not wait for the oldest
         * one's answer — the window itself is still the bound on what is asked at once.
         */
        final int lookahead;
        final long end;
        final ReentrantLock lock = new ReentrantLock();
        final CaseResult[] results;
        /** The next case to take. */
        int next;
        /** How many results the watcher has heard, in order: the oldest case in flight is this one. */
        int told;
        boolean stopped;
        boolean over;

        Ordered(List<? extends ConformanceCase> cases, Profile profile, Watcher watcher, int window, long end) {
            this.cases = cases;
            this.profile = profile;
            this.watcher = watcher;
            this.window = window;
            this.lookahead = window == 1 ? 1 : 4 * window;
            this.end = end;
            this.results = new CaseResult[cases.size()];
        }

        /** Tells the watcher every result now in order (under lock); whether any was told. */
        boolean tellInOrder() {
            int before = told;
            while (!stopped && told < results.length && results[told] != null) {
                if (watcher.stopAfter(results[told++])) stopped = true;
            }
            return told != before;
        }

        /** The result of a case that is not to be asked — outside the profile, or the deadline passed — or empty. */
        Optional<CaseResult> notAsked(ConformanceCase c) {
            if (!profile.includes(c.group())) {
                return Optional.of(CaseResult.notRun(c, Phrase.of(Kind.NOT_IN_PROFILE, "count", 1, "groups", List.of(c.group().id()))));
            }
            if (end - System.nanoTime() <= 0) {
                return Optional.of(fault(c, new ImplementationFault(Fault.DEADLINE, Phrase.of(Kind.DEADLINE_BEFORE, "time", Phrase.duration(deadline))), 0));
            }
            return Optional.empty();
        }

        /** The calling thread was interrupted: every case not yet told fails so, in order, as the watcher lets. */
        void failInterrupted() {
            while (!stopped && told < results.length) {
                int i = told;
                if (results[i] == null) {
                    results[i] = fault(cases.get(i), new ImplementationFault(Fault.DEADLINE, Phrase.of(Kind.INTERRUPTED)), 0);
                }
                if (watcher.stopAfter(results[told++])) stopped = true;
            }
        }

        /** The run is over (under lock): every case not told is reported not run, and the results are final. */
        List<CaseResult> finished() {
            over = true;
            for (int i = 0; i < results.length; i++) {
                if (results[i] == null || i >= told) results[i] = CaseResult.notRun(cases.get(i), STOPPED);
            }
            return Arrays.asList(results.clone()).stream().toList();
        }
    }

    /**
     * A run against a {@link Pipelined} policy. A sender thread sends cases while the window has
     * room; each result comes back on the thread that read its answer, which tells the watcher every
     * result now in order and wakes the sender only once half the window is free, so that cases go
     * out in batches rather than one per answer. The calling thread is the watchdog, as in {@link Run}:
     * it fails a case past its guard, and every case left at the deadline, without waiting on the
     * implementation.
     */
    private final class Pipeline extends Ordered {
        private final Pipelined policy;
        /** How much room in the window wakes a waiting sender. */
        private final int batch;
        /** Signalled for the sender: room for a batch, or the run is over. */
        private final Condition room = lock.newCondition();
        /** Signalled for the watchdog: every result told, or the run stopped. */
        private final Condition settled = lock.newCondition();
        /** When each case sent was sent ({@link System#nanoTime}). */
        private final long[] sent;
        private int inFlight;
        private boolean senderWaiting;
        /** Whether the sender is inside the policy (it may be waiting there: a process starting). */
        private boolean sending;

        Pipeline(Pipelined policy, List<? extends ConformanceCase> cases, Profile profile, Watcher watcher, int window, long end) {
            super(cases, profile, watcher, window, end);
            this.policy = policy;
            this.batch = Math.max(1, window / 2);
            this.sent = new long[cases.size()];
        }

        List<CaseResult> go() {
            Thread sender = new Thread(this::send, "roletck-send");
            sender.setDaemon(true);
            lock.lock();
            try {
                sender.start();
                try {
                    watch();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    over = true;
                    failInterrupted();
                }
                over = true;
                room.signalAll();
                if (sending) sender.interrupt();
                return finished();
            } finally {
                lock.unlock();
            }
        }

        /** The sender: sends cases while the window has room; waits (for a batch's room) when it has none. */
        private void send() {
            lock.lock();
            try {
                while (!over && !stopped && next < results.length) {
                    if (inFlight >= window || next >= told + lookahead) {
                        senderWaiting = true;
                        try {
                            room.await();
                        } catch (InterruptedException e) {
                            return;
                        } finally {
                            senderWaiting = false;
                        }
                        continue;
                    }
                    int i = next++;
                    ConformanceCase c = cases.get(i);
                    Optional<CaseResult> notAsked = notAsked(c);
                    if (notAsked.isPresent()) {
                        settle(i, notAsked.get(), false);
                        continue;
                    }
                    inFlight++;
                    sent[i] = System.nanoTime();
                    sending = true;
                    lock.unlock();
                    CompletableFuture<CaseResult> result;
                    try {
                        result = policy.check(c);
                    } catch (Throwable e) {
                        result = CompletableFuture.completedFuture(threw(c, e, sent[i]));
                    } finally {
                        lock.lock();
                        sending = false;
                    }
                    result.whenComplete((r, e) -> done(i, r, e)); // at once, on this thread, if it is complete already
                }
            } finally {
                lock.unlock();
            }
        }

        /** A result came (on the thread that read the answer): kept unless the watchdog failed the case already or the run is over. */
        private void done(int i, CaseResult r, Throwable e) {
            lock.lock();
            try {
                if (over || results[i] != null) return;
                settle(i, r != null ? r : threw(cases.get(i), e, sent[i]), true);
            } finally {
                lock.unlock();
            }
        }

        /** Sets a case's result (under lock), tells the watcher every result now in order, and wakes whom it concerns. */
        private void settle(int i, CaseResult r, boolean wasInFlight) {
            results[i] = r;
            if (wasInFlight) inFlight--;
            tellInOrder();
            if (stopped || told >= results.length) {
                settled.signal();
                room.signal();
            } else if (senderWaiting && inFlight <= window - batch && next + batch <= told + lookahead) {
                room.signal();
            }
        }

        /** Waits (under lock) until every result is told or the watcher stopped the run, failing cases past their guard or the deadline. */
        private void watch() throws InterruptedException {
            while (!stopped && told < results.length) {
                long now = System.nanoTime();
                if (end - now <= 0) {
                    pastDeadline();
                    return;
                }
                long wake = end;
                for (int i = told; i < next; i++) {
                    if (results[i] != null) continue;
                    long byGuard = sent[i] + guard.toNanos();
                    if (byGuard - now <= 0) {
                        settle(i, fault(cases.get(i), new ImplementationFault(Fault.TIMEOUT,
                                Phrase.of(Kind.NO_ANSWER_WITHIN, "time", Phrase.duration(guard))), millisSince(sent[i])), true);
                        continue;
                    }
                    wake = Math.min(wake, byGuard);
                }
                if (stopped || told >= results.length) return;
                // a case sent after this look is timed from its sending: it is looked at within a guard
                wake = Math.min(wake, now + guard.toNanos());
                settled.awaitNanos(Math.max(TimeUnit.MILLISECONDS.toNanos(1), wake - now));
            }
        }

        /** The deadline passed: the cases in flight fail so, and the cases not yet sent fail as not sent before it. */
        private void pastDeadline() {
            for (int i = told; i < results.length; i++) {
                if (results[i] != null) continue;
                ConformanceCase c = cases.get(i);
                results[i] = i < next
                        ? fault(c, new ImplementationFault(Fault.DEADLINE, Phrase.of(Kind.DEADLINE_DURING, "time", Phrase.duration(deadline))), millisSince(sent[i]))
                        : fault(c, new ImplementationFault(Fault.DEADLINE, Phrase.of(Kind.DEADLINE_BEFORE, "time", Phrase.duration(deadline))), 0);
            }
            next = results.length;
            inFlight = 0;
            tellInOrder();
        }
    }

    /**
     * A run of a policy asked one call at a time per thread: long-lived worker threads, as many as
     * the window, each taking the next case itself.
     */
    private final class Run extends Ordered {
        private final Policy policy;
        /** Signalled when the oldest case moves on: room in the window for a waiting worker. */
        private final Condition room = lock.newCondition();
        /** Signalled when the run is over (every result told, or stopped) or a worker left: the watchdog looks again. */
        private final Condition settled = lock.newCondition();
        /** Workers waiting for room in the window. */
        private int waiting;
        private final List<Worker> workers = new ArrayList<>();

        Run(Policy policy, List<? extends ConformanceCase> cases, Profile profile, Watcher watcher, int window, long end) {
            super(cases, profile, watcher, window, end);
            this.policy = policy;
        }

        /** A thread that takes cases until none is left, or until it is abandoned. */
        private final class Worker implements Runnable {
            /** The case it runs now, -1 when none (guarded by lock). */
            int index = -1;
            long start;
            boolean abandoned;
            Thread thread;

            @Override public void run() {
                CaseResult r = null;
                while (true) {
                    ConformanceCase c;
                    // One locked step hands over the last result and takes the next case, so that the
                    // watchdog never sees this worker between cases while it has work.
                    lock.lock();
                    try {
                        if (r != null) {
                            if (abandoned) return; // the watchdog failed this case and went on without this thread
                            results[index] = r;
                            index = -1;
                            tell();
                        }
                        int i = take();
                        if (i < 0) {
                            workers.remove(this);
                            settled.signal();
                            return;
                        }
                        c = cases.get(i);
                        index = i;
                        start = System.nanoTime();
                    } finally {
                        lock.unlock();
                    }
                    r = runOne(c);
                }
            }

            /** The next case this worker may run, or -1 when there is none for it; waits while the window is full. */
            private int take() {
                while (true) {
                    if (abandoned || stopped || over || next >= results.length) return -1;
                    if (next < told + lookahead) return next++;
                    waiting++;
                    try {
                        room.await();
                    } catch (InterruptedException e) {
                        return -1;
                    } finally {
                        waiting--;
                    }
                }
            }
        }

        private CaseResult runOne(ConformanceCase c) {
            Optional<CaseResult> notAsked = notAsked(c);
            if (notAsked.isPresent()) return notAsked.get();
            long start = System.nanoTime();
            try {
                return Conformance.check(policy, c);
            } catch (Throwable e) {
                // Conformance.check contains what a policy throws; an Error (out of memory, linkage) ends up here.
                return threw(c, e, start);
            }
        }

        /** Tells the watcher every result now in order (under lock); wakes workers waiting for the window and the watchdog when it is over. */
        private void tell() {
            int before = told;
            if (!tellInOrder()) return;
            if (stopped) room.signalAll();
            else for (int k = Math.min(waiting, told - before); k > 0; k--) room.signal(); // one waiting worker per slot freed
            if (stopped || told >= results.length) settled.signal();
        }

        private void startWorker() {
            Worker w = new Worker();
            Thread t = new Thread(w, "roletck-case");
            t.setDaemon(true);
            w.thread = t;
            workers.add(w);
            t.start();
        }

        List<CaseResult> go() {
            lock.lock();
            try {
                int threads = Math.min(window, results.length);
                for (int i = 0; i < threads; i++) startWorker();
                try {
                    watch();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    for (Worker w : workers) {
                        w.abandoned = true;
                        w.thread.interrupt();
                    }
                    workers.clear();
                    failInterrupted();
                }
                over = true;
                for (Worker w : workers) {
                    if (w.index >= 0) {
                        w.abandoned = true;
                        w.thread.interrupt();
                    }
                }
                room.signalAll();
                return finished();
            } finally {
                lock.unlock();
            }
        }

        /** Waits (under lock) until every result is told or the watcher stopped the run, failing cases past their guard. */
        private void watch() throws InterruptedException {
            while (!stopped && told < results.length) {
                long now = System.nanoTime();
                long wake = end;
                for (Worker w : List.copyOf(workers)) {
                    if (w.index < 0) continue;
                    long byGuard = w.start + guard.toNanos();
                    long limit = Math.min(byGuard, end);
                    if (limit - now <= 0) {
                        timedOut(w, end < byGuard);
                        continue;
                    }
                    wake = Math.min(wake, limit);
                }
                if (stopped || told >= results.length) return;
                if (workers.isEmpty() && next >= results.length) return; // nothing left to wait for
                // a worker about to take its first case, or back from waiting for room, is looked at within a guard
                wake = Math.min(wake, now + guard.toNanos());
                settled.awaitNanos(Math.max(TimeUnit.MILLISECONDS.toNanos(1), wake - now));
            }
        }

        /** A case past its guard (or the run's deadline) fails; its worker is abandoned and another takes its place. */
        private void timedOut(Worker w, boolean byDeadline) {
            int i = w.index;
            ConformanceCase c = cases.get(i);
            w.abandoned = true;
            w.index = -1;
            workers.remove(w);
            w.thread.interrupt();
            results[i] = fault(c, byDeadline
                    ? new ImplementationFault(Fault.DEADLINE, Phrase.of(Kind.DEADLINE_DURING, "time", Phrase.duration(deadline)))
                    : new ImplementationFault(Fault.TIMEOUT, Phrase.of(Kind.NO_ANSWER_WITHIN, "time", Phrase.duration(guard))),
                    millisSince(w.start));
            tell();
            if (!stopped && next < results.length) startWorker();
        }
    }

    /** A case whose policy call threw past {@link Conformance#check}'s own containment (an Error), or whose answer could not be judged. */
    private static CaseResult threw(ConformanceCase c, Throwable e, long start) {
        return fault(c, new ImplementationFault(Fault.ERROR, Phrase.of(Kind.THREW, "error", ImplementationText.excerpt(String.valueOf(e)))),
                millisSince(start));
    }

    private static CaseResult fault(ConformanceCase c, ImplementationFault f, long ms) {
        return CaseResult.error(c, f.phrase(), Duration.ofMillis(ms));
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}

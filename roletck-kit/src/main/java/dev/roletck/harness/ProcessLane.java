package dev.roletck.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.i18n.Phrase;
import dev.roletck.i18n.Phrase.Kind;
import dev.roletck.protocol.Wire;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * One process speaking protocol v1, with up to {@code window} requests in flight, its answers
 * matched to their requests by {@code id}. It is restarted when it exits, writes a line longer than
 * the limit, or stays silent past the grace period with an answer overdue.
 *
 * <p><b>Timeouts.</b> Only the oldest unanswered request is timed, from when it was sent or became
 * the oldest, whichever is later: a program that answers in order spends that time on it alone, so
 * the request is charged its own time, not the queue's. When it times out, its case fails and its
 * answer, should it come, is read and discarded. While nothing at all comes out after a timeout,
 * the requests behind it are not charged; if the silence lasts the grace period the process is
 * taken for stuck, ended with its process group, and those requests are sent again, with new ids,
 * to a new process.
 *
 * <p><b>Lines the kit cannot match</b> to a request in flight — not JSON, another id, too long, or
 * the process ending — are charged to the oldest request in flight.
 *
 * <p><b>Two ways to ask.</b> {@link #exchange} waits for its answer; {@link #submit} does not, and
 * its future completes on the thread that read the answer (or timed it out), so that a pipelined
 * run costs no thread hand-off per request. Requests are resolved under the lane's lock but their
 * futures are completed after it is released, so what a caller chains onto one never runs under it;
 * a request to be sent again is sent from a thread of its own, never from the reader or the monitor
 * (sending may wait: for a process to start, or for the requests in flight to drain).
 */
final class ProcessLane implements AutoCloseable {
    private static final int STDERR_LINES = 5;
    private static final int STDERR_LINE_CHARS = 300;
    private static final int RETRIES = 2;
    private static final long TICK_MS = 5;
    private static final byte[] CLOSE = new byte[0];

    private final List<String> command;
    private final Path directory;
    private final Duration timeout;
    private final ProcessSettings settings;
    private final AtomicLong ids;
    private final Semaphore window;
    /** Requests asked and not yet resolved, both ways of asking. */
    private final AtomicInteger busy = new AtomicInteger();

    private final Object lock = new Object();
    private final Object startLock = new Object();
    // ---- guarded by lock
    private Live live;
    private final LinkedHashMap<Long, Call> pending = new LinkedHashMap<>();
    private final Set<Long> abandoned = new HashSet<>();
    private long headSince;
    private long blockedSince;
    private boolean closed;
    private int starts;
    private int failedStarts;
    private Optional<Phrase> broken = Optional.empty();
    /** Requests resolved under the lock, whose futures are completed once it is released. */
    private final List<Resolved> due = new ArrayList<>();
    /** Sends the requests to be sent again after a restart (created on first need). */
    private ExecutorService resender;
    private long lateAnswers;
    private long stuckRestarts;
    /** How many requests are still to be sent one at a time, after a crash with several in flight. */
    private int careful;
    // ----
    private final Semaphore alone = new Semaphore(1);
    private final Thread monitor;
    /** The last lines on standard error of this lane's processes, over restarts (guarded by itself). */
    private final Deque<String> stderrLog = new ArrayDeque<>();

    ProcessLane(List<String> command, Path directory, Duration timeout, ProcessSettings settings, AtomicLong ids) {
        this.command = List.copyOf(command);
        this.directory = directory;
        this.timeout = timeout;
        this.settings = settings;
        this.ids = ids;
        this.window = new Semaphore(settings.window());
        this.monitor = new Thread(this::watch, "roletck-impl-monitor");
        monitor.setDaemon(true);
        monitor.start();
    }

    /** What became of one request: its answer, a fault, or "send it again". */
    private record Outcome(JsonNode reply, ImplementationFault fault, boolean retry) {
        static Outcome answer(JsonNode reply) { return new Outcome(reply, null, false); }
        static Outcome failed(ImplementationFault f) { return new Outcome(null, f, false); }
        static Outcome again(ImplementationFault why) { return new Outcome(null, why, true); }
    }

    private record Resolved(Call call, Outcome outcome) { }

    private static final class Call {
        final long id;
        final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        long sent;

        Call(long id) { this.id = id; }
    }

    int inFlight() { return busy.get(); }

    int starts() { synchronized (lock) { return starts; } }

    long lateAnswers() { synchronized (lock) { return lateAnswers; } }

    long stuckRestarts() { synchronized (lock) { return stuckRestarts; } }

    /** What happened, followed by the last words the process wrote on standard error (quoted as they are), if any. */
    static Phrase withStderr(Phrase what, String stderr) {
        return stderr.isEmpty() ? what : Phrase.of(Kind.WITH_STDERR, "detail", what, "stderr", stderr);
    }

    /** The last lines this lane's processes wrote on standard error, oldest first, sanitized. */
    List<String> stderrTail() {
        synchronized (stderrLog) {
            return List.copyOf(stderrLog);
        }
    }

    /**
     * The lines joined with " | ", cut at the front when too long: the last line — where an
     * exception says what it is — is always kept whole. Each line is already sanitized and at
     * most {@code STDERR_LINE_CHARS} long.
     */
    static String lastWords(List<String> lines, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (b.length() > 0 && b.length() + line.length() + 3 > max) {
                b.insert(0, "... | ");
                break;
            }
            b.insert(0, b.length() == 0 ? line : line + " | ");
        }
        return b.toString();
    }

    /** Starts the process now, if it is not running, and waits for its handshake; a failure is a {@link Fault#START}. */
    void start() { ensureLive(); }

    /**
     * Sends {@code request} (an {@code id} is added) and returns the answer line as read, id included.
     * Waits as long as it takes; the monitor resolves every request in bounded time.
     */
    JsonNode exchange(ObjectNode request) {
        try {
            window.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImplementationFault(Fault.TIMEOUT, Phrase.of(Kind.INTERRUPTED_WHILE, "stage", "sending", "uri", ""));
        }
        busy.incrementAndGet();
        try {
            for (int attempt = 0; ; attempt++) {
                Outcome o = awaited(carefully() ? alone(request) : send(request));
                if (!o.retry()) {
                    if (o.fault() != null) throw o.fault();
                    return o.reply();
                }
                if (attempt >= RETRIES) throw o.fault();
            }
        } finally {
            busy.decrementAndGet();
            window.release();
        }
    }

    /**
     * Sends {@code request} (an {@code id} is added) and returns at once: the future completes with
     * the answer line as read, id included, or with the {@link ImplementationFault} that stands for
     * it, on the thread that read the answer or timed it out. Waits only to send: while a process
     * starts, or while requests go one at a time to find the one a process ended on. The caller
     * bounds how many are in flight; the monitor resolves every request in bounded time.
     */
    CompletableFuture<JsonNode> submit(ObjectNode request) {
        busy.incrementAndGet();
        CompletableFuture<JsonNode> answer = attempt(request, 0);
        answer.whenComplete((reply, fault) -> busy.decrementAndGet());
        return answer;
    }

    private CompletableFuture<JsonNode> attempt(ObjectNode request, int attempt) {
        Call call;
        try {
            call = carefully() ? alone(request) : send(request);
        } catch (ImplementationFault e) {
            return CompletableFuture.failedFuture(e);
        }
        return call.outcome.thenCompose(o -> {
            if (!o.retry()) return o.fault() != null ? CompletableFuture.failedFuture(o.fault()) : CompletableFuture.completedFuture(o.reply());
            if (attempt >= RETRIES) return CompletableFuture.failedFuture(o.fault());
            try {
                return CompletableFuture.supplyAsync(() -> attempt(request, attempt + 1), resender()).thenCompose(Function.identity());
            } catch (RejectedExecutionException closing) {
                return CompletableFuture.failedFuture(new ImplementationFault(Fault.CRASH, Phrase.of(Kind.KIT_STOPPED)));
            }
        });
    }

    private ExecutorService resender() {
        synchronized (lock) {
            if (closed) throw new RejectedExecutionException("closed");
            if (resender == null) {
                resender = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "roletck-impl-resend");
                    t.setDaemon(true);
                    return t;
                });
            }
            return resender;
        }
    }

    /** Waits for a call's outcome; interrupted, the call is abandoned (its answer, should it come, is discarded). */
    private Outcome awaited(Call call) {
        try {
            return call.outcome.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            synchronized (lock) {
                if (pending.remove(call.id) != null) abandoned.add(call.id);
            }
            throw new ImplementationFault(Fault.TIMEOUT, Phrase.of(Kind.INTERRUPTED_WHILE, "stage", "answer", "uri", ""));
        } catch (ExecutionException e) {
            throw new ImplementationFault(Fault.ERROR, Phrase.of(Kind.INTERNAL, "error", String.valueOf(e.getCause())));
        }
    }

    private boolean carefully() {
        synchronized (lock) {
            return careful > 0;
        }
    }

    /** Sends one request once nothing else is in flight, to tell which request a process ends on. */
    private Call alone(ObjectNode request) {
        alone.acquireUninterruptibly();
        try {
            synchronized (lock) {
                if (careful > 0) careful--;
            }
            while (true) {
                synchronized (lock) {
                    if (pending.isEmpty() || live == null) break;
                }
                Thread.onSpinWait();
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ImplementationFault(Fault.TIMEOUT, Phrase.of(Kind.INTERRUPTED_WHILE, "stage", "sending", "uri", ""));
                }
            }
            return send(request);
        } finally {
            alone.release();
        }
    }

    /** Sends one request, starting the process first when none runs; the call's outcome comes later (or at once: "send it again"). */
    private Call send(ObjectNode request) {
        Live l = ensureLive();
        Call call = new Call(ids.getAndIncrement());
        byte[] bytes = withId(request, call.id);
        synchronized (lock) {
            if (closed) throw new ImplementationFault(Fault.CRASH, Phrase.of(Kind.KIT_STOPPED));
            if (l != live) {
                call.outcome.complete(Outcome.again(new ImplementationFault(Fault.CRASH, Phrase.of(Kind.RESTARTED, "why", "none", "time", ""))));
                return call;
            }
            call.sent = System.nanoTime();
            if (pending.isEmpty()) headSince = call.sent;
            pending.put(call.id, call);
            try {
                l.write(bytes); // queued under the lock, so that requests reach the process in the order they wait here
            } catch (IOException e) {
                // The process is going away: its end of output resolves this call.
            }
        }
        return call;
    }

    /** The request's line with {@code "id":N} first, written without copying the tree. */
    private static byte[] withId(ObjectNode request, long id) {
        if (request.has("id")) {
            ObjectNode copy = request.deepCopy();
            copy.remove("id");
            return withId(copy, id);
        }
        String json = request.toString();
        String line = json.length() <= 2 ? "{\"id\":" + id + "}\n" : "{\"id\":" + id + "," + json.substring(1) + "\n";
        return line.getBytes(StandardCharsets.UTF_8);
    }

    // ---- starting --------------------------------------------------------------------------

    private Live ensureLive() {
        synchronized (startLock) {
            synchronized (lock) {
                if (closed) throw new ImplementationFault(Fault.CRASH, Phrase.of(Kind.KIT_STOPPED));
                if (broken.isPresent()) throw new ImplementationFault(Fault.START, broken.get());
                if (live != null) return live;
            }
            Live l;
            try {
                l = Live.start(command, directory, settings, stderrLog);
            } catch (ImplementationFault e) {
                throw startFailed(e);
            }
            Optional<ImplementationFault> failure = l.handshake(settings.startupTimeout());
            if (failure.isPresent()) {
                l.end();
                throw startFailed(failure.get());
            }
            synchronized (lock) {
                starts++;
                failedStarts = 0;
                if (closed) {
                    l.end();
                    throw new ImplementationFault(Fault.CRASH, Phrase.of(Kind.KIT_STOPPED));
                }
                live = l;
                l.serving(this);
                return l;
            }
        }
    }

    private ImplementationFault startFailed(ImplementationFault e) {
        synchronized (lock) {
            if (++failedStarts >= 2) broken = Optional.of(Phrase.of(Kind.GAVE_UP, "last", e.what()));
        }
        return e;
    }

    // ---- what the reader thread reports ------------------------------------------------------

    private void onLine(Live l, LineReader.Line line) {
        List<Live> toEnd = new ArrayList<>(1);
        synchronized (lock) {
            if (l != live) return;
            long now = System.nanoTime();
            blockedSince = 0;
            if (line.tooLong()) {
                failHead(new ImplementationFault(Fault.MALFORMED_REPLY, Phrase.of(Kind.TOO_LONG, "kib", String.valueOf(settings.maxLine() / 1024))), now);
                toEnd.add(lose(Phrase.of(Kind.RESTARTED, "why", "too_long", "time", "")));
            } else {
                dispatch(line.text(), now);
            }
        }
        completeDue();
        toEnd.forEach(Live::end);
    }

    /** Completes (outside the lock) the futures of the requests resolved under it. */
    private void completeDue() {
        List<Resolved> now;
        synchronized (lock) {
            if (due.isEmpty()) return;
            now = new ArrayList<>(due);
            due.clear();
        }
        for (Resolved r : now) r.call().outcome.complete(r.outcome());
    }

    /** Resolves a call (under the lock); its future is completed by {@link #completeDue}. */
    private void resolve(Call call, Outcome outcome) {
        due.add(new Resolved(call, outcome));
    }

    private void dispatch(String text, long now) {
        JsonNode reply;
        try {
            reply = Wire.JSON.readTree(text);
        } catch (IOException e) {
            failHead(new ImplementationFault(Fault.MALFORMED_REPLY, Phrase.of(Kind.NOT_JSON, "object", "no", "text", ImplementationText.excerpt(text))), now);
            return;
        }
        if (reply == null || !reply.isObject()) {
            failHead(new ImplementationFault(Fault.MALFORMED_REPLY, Phrase.of(Kind.NOT_JSON, "object", "yes", "text", ImplementationText.excerpt(text))), now);
            return;
        }
        JsonNode idNode = reply.get("id");
        if (idNode != null && idNode.canConvertToExactIntegral() && idNode.isIntegralNumber()) {
            long id = idNode.asLong();
            Call call = pending.remove(id);
            if (call != null) {
                boolean wasHead = pending.isEmpty() || call.sent <= firstSent();
                resolve(call, Outcome.answer(reply));
                if (wasHead) headSince = now;
                return;
            }
            if (abandoned.remove(id)) {
                lateAnswers++;
                headSince = now; // an in-order program starts on the next request only now
                return;
            }
        } else if ((idNode == null || idNode.isNull()) && reply.has("error")) {
            // An error the implementation could not tie to a request: the oldest one's, for an in-order program.
            Call head = head();
            if (head != null) {
                pending.remove(head.id);
                resolve(head, Outcome.answer(reply));
                headSince = now;
            }
            return;
        }
        Call head = head();
        if (head != null) {
            failHead(new ImplementationFault(Fault.WRONG_ID, Phrase.of(Kind.ANSWER_ID, "expected", String.valueOf(head.id),
                    "hasId", idNode == null ? "no" : "yes", "carried", idNode == null ? "" : ImplementationText.excerpt(idNode.toString()))), now);
        }
    }

    private long firstSent() {
        Call head = head();
        return head == null ? Long.MAX_VALUE : head.sent;
    }

    /**
     * The process ended. With one request in flight, that request is the one it ended on; with
     * several, any of them may be, so all are sent again, one at a time, to find it.
     */
    private void onEnd(Live l, Phrase how) {
        String tail = l.stderrTail();
        Live toEnd;
        synchronized (lock) {
            if (l != live) return;
            if (pending.size() == 1) {
                failHead(new ImplementationFault(Fault.CRASH, withStderr(Phrase.of(Kind.PROCESS_ENDED, "how", how, "when", "before"), tail)), System.nanoTime());
            } else {
                careful += pending.size();
            }
            toEnd = lose(withStderr(Phrase.of(Kind.PROCESS_ENDED, "how", how, "when", "in_flight"), tail));
        }
        completeDue();
        toEnd.end();
    }

    // ---- the monitor ----------------------------------------------------------------------

    private void watch() {
        while (true) {
            Live toEnd = null;
            synchronized (lock) {
                if (closed) return;
                Live l = live;
                if (l != null) {
                    long now = System.nanoTime();
                    Call head = head();
                    if (blockedSince != 0) {
                        if (now - blockedSince >= settings.grace().toNanos()) {
                            stuckRestarts++;
                            toEnd = lose(Phrase.of(Kind.RESTARTED, "why", "stuck", "time", Phrase.duration(settings.grace())));
                        }
                    } else if (head != null && now - Math.max(head.sent, headSince) >= timeout.toNanos()) {
                        pending.remove(head.id);
                        abandoned.add(head.id);
                        resolve(head, Outcome.failed(new ImplementationFault(Fault.TIMEOUT,
                                Phrase.of(Kind.NO_ANSWER_WITHIN, "time", Phrase.duration(timeout)))));
                        blockedSince = now;
                        headSince = now;
                    }
                }
                if (toEnd == null && due.isEmpty()) {
                    try {
                        lock.wait(TICK_MS);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            completeDue();
            if (toEnd != null) toEnd.end();
        }
    }

    // ---- helpers (under lock) ---------------------------------------------------------------

    private Call head() {
        Iterator<Call> it = pending.values().iterator();
        return it.hasNext() ? it.next() : null;
    }

    private void failHead(ImplementationFault fault, long now) {
        Call head = head();
        if (head == null) return;
        pending.remove(head.id);
        resolve(head, Outcome.failed(fault));
        headSince = now;
    }

    /** Forgets the current process; every request in flight is to be sent again. Returns the process to end. */
    private Live lose(Phrase why) {
        Live l = live;
        live = null;
        for (Call c : pending.values()) resolve(c, Outcome.again(new ImplementationFault(Fault.CRASH, why)));
        pending.clear();
        abandoned.clear();
        blockedSince = 0;
        return l;
    }

    /** Closes the process's input, lets it exit for a moment, then ends its process group. */
    @Override public void close() {
        Live l;
        ExecutorService resending;
        synchronized (lock) {
            if (closed) return;
            closed = true;
            l = live;
            live = null;
            for (Call c : pending.values()) resolve(c, Outcome.failed(new ImplementationFault(Fault.CRASH, Phrase.of(Kind.KIT_STOPPED))));
            pending.clear();
            resending = resender;
            lock.notifyAll();
        }
        completeDue();
        if (resending != null) resending.shutdownNow();
        monitor.interrupt();
        if (l != null) l.closeGently(Duration.ofSeconds(1));
    }

    /** One started process: its input, a reader thread for its answers and one for its standard error. */
    private static final class Live {
        final Process process;
        final OutputStream in;
        final String name;
        final LineReader reader;
        final Deque<String> stderr = new ArrayDeque<>();
        final java.util.concurrent.BlockingQueue<byte[]> outbox = new java.util.concurrent.LinkedBlockingQueue<>();
        volatile boolean writeFailed;
        Thread writer;
        final CompletableFuture<Optional<ImplementationFault>> hello = new CompletableFuture<>();
        volatile ProcessLane owner;

        /** The lane's log of standard error, over restarts (guarded by itself). */
        final Deque<String> log;

        private Live(Process process, String name, int maxLine, Deque<String> log) {
            this.log = log;
            this.process = process;
            this.in = new BufferedOutputStream(process.getOutputStream(), 16 * 1024);
            this.name = name;
            this.reader = new LineReader(process.getInputStream(), maxLine);
        }

        static Live start(List<String> command, Path directory, ProcessSettings settings, Deque<String> log) {
            String name = String.join(" ", command);
            checkRunnable(command.get(0), directory, name);
            Process process;
            try {
                process = ProcessGroups.start(new ProcessBuilder(command).directory(directory.toFile()));
            } catch (IOException e) {
                throw new ImplementationFault(Fault.START, Phrase.of(Kind.CANNOT_RUN, "command", ImplementationText.excerpt(name),
                        "why", "io", "program", "", "error", ImplementationText.excerpt(String.valueOf(e.getMessage()))));
            }
            Live l = new Live(process, name, settings.maxLine(), log);
            Thread out = new Thread(l::pump, "roletck-impl-stdout");
            out.setDaemon(true);
            out.start();
            Thread err = new Thread(l::drainStderr, "roletck-impl-stderr");
            err.setDaemon(true);
            err.start();
            l.writer = new Thread(l::writeLoop, "roletck-impl-stdin");
            l.writer.setDaemon(true);
            l.writer.start();
            ObjectNode hello = Wire.JSON.createObjectNode();
            hello.put("id", 0);
            hello.put("kind", "hello");
            try {
                l.write((hello + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // it ended already: the reader reports how
            }
            return l;
        }

        /** A command that names no runnable file is reported as such, before anything is started. */
        private static void checkRunnable(String program, Path directory, String name) {
            boolean found;
            if (program.contains("/") || program.contains(java.io.File.separator)) {
                Path p = directory.resolve(program);
                found = Files.isRegularFile(p) && Files.isExecutable(p);
            } else {
                String path = System.getenv("PATH");
                found = false;
                if (path != null) {
                    for (String dir : path.split(java.io.File.pathSeparator)) {
                        if (dir.isEmpty()) continue;
                        Path p = Path.of(dir, program);
                        if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                            found = true;
                            break;
                        }
                    }
                }
            }
            if (!found) {
                throw new ImplementationFault(Fault.START, Phrase.of(Kind.CANNOT_RUN, "command", ImplementationText.excerpt(name),
                        "why", program.contains("/") ? "not_executable" : "not_on_path", "program", ImplementationText.excerpt(program), "error", ""));
            }
        }

        /** Waits for the answer to the handshake; empty when it came (an error answer counts). */
        Optional<ImplementationFault> handshake(Duration wait) {
            try {
                return hello.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return Optional.of(new ImplementationFault(Fault.START, withStderr(Phrase.of(Kind.NO_HANDSHAKE, "time", Phrase.duration(wait)), stderrTail())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of(new ImplementationFault(Fault.START, Phrase.of(Kind.INTERRUPTED_WHILE, "stage", "handshake", "uri", "")));
            } catch (ExecutionException e) {
                return Optional.of(new ImplementationFault(Fault.START, Phrase.of(Kind.INTERNAL, "error", String.valueOf(e.getCause()))));
            }
        }

        void serving(ProcessLane lane) {
            owner = lane;
            synchronized (this) {
                notifyAll();
            }
        }

        private ProcessLane awaitOwner() {
            synchronized (this) {
                while (owner == null && process.isAlive()) {
                    try {
                        wait(50);
                    } catch (InterruptedException e) {
                        return null;
                    }
                }
            }
            return owner;
        }

        private void pump() {
            boolean greeted = false;
            try {
                while (true) {
                    Optional<LineReader.Line> next = reader.next();
                    if (next.isEmpty()) break;
                    LineReader.Line line = next.get();
                    if (!line.tooLong() && line.text().isBlank()) continue;
                    if (!greeted) {
                        greeted = true;
                        hello.complete(handshakeFault(line));
                        if (hello.join().isPresent()) return;
                        continue;
                    }
                    ProcessLane lane = owner != null ? owner : awaitOwner();
                    if (lane == null) return;
                    lane.onLine(this, line);
                }
            } catch (IOException e) {
                // the process went away: reported below
            }
            Phrase how = exitDescription();
            if (!greeted) {
                hello.complete(Optional.of(new ImplementationFault(Fault.START,
                        withStderr(Phrase.of(Kind.PROCESS_ENDED, "how", how, "when", "handshake"), stderrTail()))));
                return;
            }
            ProcessLane lane = owner != null ? owner : awaitOwner();
            if (lane != null) lane.onEnd(this, how);
        }

        private static Optional<ImplementationFault> handshakeFault(LineReader.Line line) {
            if (line.tooLong()) return Optional.of(new ImplementationFault(Fault.START, Phrase.of(Kind.BAD_HANDSHAKE, "tooLong", "yes", "text", "")));
            try {
                JsonNode n = Wire.JSON.readTree(line.text());
                if (n != null && n.isObject()) return Optional.empty();
            } catch (IOException e) {
                // below
            }
            return Optional.of(new ImplementationFault(Fault.START, Phrase.of(Kind.BAD_HANDSHAKE, "tooLong", "no",
                    "text", ImplementationText.excerpt(line.text()))));
        }

        private Phrase exitDescription() {
            try {
                process.waitFor(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return process.isAlive() ? Phrase.of(Kind.PROCESS_EXIT, "closed", "yes", "code", "")
                    : Phrase.of(Kind.PROCESS_EXIT, "closed", "no", "code", String.valueOf(process.exitValue()));
        }

        private void drainStderr() {
            try {
                LineReader err = new LineReader(process.getErrorStream(), 64 * 1024);
                while (true) {
                    Optional<LineReader.Line> next = err.next();
                    if (next.isEmpty()) return;
                    String text = next.get().tooLong() ? "(a very long line)" : ImplementationText.clean(next.get().text(), STDERR_LINE_CHARS);
                    if (text.isBlank()) continue;
                    synchronized (stderr) {
                        stderr.addLast(text);
                        if (stderr.size() > STDERR_LINES) stderr.removeFirst();
                    }
                    synchronized (log) {
                        log.addLast(text);
                        if (log.size() > Remarks.STDERR_TAIL_LINES) log.removeFirst();
                    }
                }
            } catch (IOException e) {
                // nothing more to collect
            }
        }

        /** The last lines of standard error, sanitized, as " (stderr: …)", or nothing. */
        String stderrTail() {
            try {
                Thread.sleep(20); // let the last words on stderr arrive
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            List<String> tail;
            synchronized (stderr) {
                tail = new ArrayList<>(stderr);
            }
            return tail.isEmpty() ? "" : ProcessLane.lastWords(tail, 400);
        }

        /**
         * Queues one request line for the writer thread, which writes whatever is queued in one go:
         * pipelined requests reach the implementation in few large writes, not one system call each.
         */
        void write(byte[] line) throws IOException {
            if (writeFailed) throw new IOException("the implementation's input is closed");
            outbox.add(line);
        }

        private void writeLoop() {
            List<byte[]> batch = new ArrayList<>();
            try {
                while (true) {
                    batch.add(outbox.take());
                    outbox.drainTo(batch);
                    for (byte[] b : batch) {
                        if (b == CLOSE) {
                            in.flush();
                            in.close();
                            return;
                        }
                        in.write(b);
                    }
                    in.flush();
                    batch.clear();
                }
            } catch (IOException e) {
                writeFailed = true; // the process is going away: its end of output resolves what is in flight
            } catch (InterruptedException e) {
                writeFailed = true;
            }
        }

        void closeGently(Duration wait) {
            outbox.add(CLOSE); // after what is queued; a write stuck on a full pipe ends when the process is ended
            try {
                writer.join(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            end();
        }

        void end() {
            ProcessGroups.end(process);
            if (writer != null) writer.interrupt();
        }
    }

}

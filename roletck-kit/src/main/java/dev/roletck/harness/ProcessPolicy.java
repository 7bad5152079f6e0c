package dev.roletck.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.Policy;
import dev.roletck.protocol.Wire;
import dev.roletck.suite.WireChannel;
import dev.roletck.suite.WireReply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A policy written in any language, run as a process speaking protocol v1 (PROTOCOL.md) on its
 * standard input and output. A reader thread moves each output line to a queue, so that a reply
 * is awaited with a timeout; a process that times out, answers out of turn or garbles its output
 * is killed and started afresh for the next request, and one that exits is restarted likewise.
 * Every such fault surfaces as an {@link ImplementationFault} for the request it spoiled.
 */
public final class ProcessPolicy implements Policy, WireChannel, AutoCloseable {
    private static final int STDERR_LINES = 5;

    private final List<String> command;
    private final Duration timeout;
    private final Duration startTimeout;
    private final Path directory;

    private Running running;
    private long nextId = 1;
    private int failedStarts;
    private Optional<String> brokenReason = Optional.empty();

    /**
     * @param command      the command line, split like a shell does (quotes and backslashes), not run by a shell
     * @param timeout      how long to wait for each answer
     * @param startTimeout how long to wait for the answer to the handshake after a (re)start
     */
    public ProcessPolicy(String command, Duration timeout, Duration startTimeout, Path directory) {
        this.command = CommandLineSplitter.split(command);
        if (this.command.isEmpty()) throw new IllegalArgumentException("the implementation command is empty");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.startTimeout = Objects.requireNonNull(startTimeout, "startTimeout");
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    public ProcessPolicy(String command, Duration timeout) {
        this(command, timeout, timeout.compareTo(Duration.ofSeconds(10)) > 0 ? timeout : Duration.ofSeconds(10),
                Path.of("").toAbsolutePath());
    }

    @Override public AccessDecision decide(AccessRequest request) {
        return Answers.access(exchange(Wire.toJson(request)));
    }

    @Override public AssignmentDecision decide(AssignmentRequest request) {
        return Answers.assignment(exchange(Wire.toJson(request)));
    }

    /** How many times the process was started, for reports and tests. */
    public synchronized int starts() { return starts; }

    private int starts;

    /**
     * Sends one request (without id; one is added) and returns its answer without the id. An
     * {@code error} answer is a fault: every request the kit sends is valid.
     */
    synchronized JsonNode exchange(ObjectNode request) {
        WireReply reply = send(request);
        if (reply instanceof WireReply.Refused r) {
            throw new ImplementationFault(Fault.ERROR, "answered an error: " + ImplementationFault.excerpt(r.error()));
        }
        return ((WireReply.Answered) reply).answer();
    }

    /** Sends the request as given, with an id added; an {@code error} answer is a refusal, not a fault. */
    @Override public synchronized WireReply send(ObjectNode request) {
        Running p = ensureRunning();
        long id = nextId++;
        ObjectNode line = request.deepCopy();
        line.put("id", id);
        JsonNode reply = p.send(line, timeout, id);
        if (reply.has("error")) return new WireReply.Refused(reply.get("error").asText());
        ObjectNode answer = ((ObjectNode) reply).deepCopy();
        answer.remove("id");
        return new WireReply.Answered(answer);
    }

    private Running ensureRunning() {
        if (brokenReason.isPresent()) throw new ImplementationFault(Fault.START, brokenReason.get());
        if (running != null && !running.killed && running.process.isAlive()) return running;
        if (running != null) running.kill();
        running = null;
        try {
            Running p = Running.start(command, directory);
            starts++;
            running = p;
            ObjectNode hello = Wire.JSON.createObjectNode();
            hello.put("id", 0);
            hello.put("kind", "hello");
            p.send(hello, startTimeout, 0); // an error answer to the handshake is fine
            failedStarts = 0;
            return p;
        } catch (ImplementationFault e) {
            if (running != null) running.kill();
            running = null;
            ImplementationFault atStart = new ImplementationFault(Fault.START,
                    "did not start: " + e.detail());
            if (++failedStarts >= 2) brokenReason = Optional.of("gave up after two failed starts; last: " + e.detail());
            throw atStart;
        }
    }

    /** Closes the implementation's standard input, waits a moment for it to exit, then kills it. */
    @Override public synchronized void close() {
        if (running == null) return;
        running.closeInput();
        try {
            if (!running.process.waitFor(1, TimeUnit.SECONDS)) running.kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.kill();
        }
        running = null;
    }

    /** One started process with its reader threads. */
    private static final class Running {
        private static final String EOF = new String("EOF");
        final Process process;
        final OutputStream in;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final Deque<String> stderr = new ArrayDeque<>();
        /** Set by {@link #kill}: the process may take a moment to die, and must not be asked again meanwhile. */
        volatile boolean killed;

        private Running(Process process) {
            this.process = process;
            this.in = process.getOutputStream();
        }

        static Running start(List<String> command, Path directory) {
            Process process;
            try {
                process = new ProcessBuilder(command).directory(directory.toFile()).start();
            } catch (IOException e) {
                throw new ImplementationFault(Fault.START, "cannot run '" + String.join(" ", command) + "': " + e.getMessage());
            }
            Running r = new Running(process);
            Thread out = new Thread(() -> r.pump(), "roletck-impl-stdout");
            out.setDaemon(true);
            out.start();
            Thread err = new Thread(() -> r.drainStderr(), "roletck-impl-stderr");
            err.setDaemon(true);
            err.start();
            return r;
        }

        private void pump() {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank()) lines.add(line);
                }
            } catch (IOException e) {
                // the process went away: reported through EOF below
            } finally {
                lines.add(EOF);
            }
        }

        private void drainStderr() {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    synchronized (stderr) {
                        stderr.addLast(line);
                        if (stderr.size() > STDERR_LINES) stderr.removeFirst();
                    }
                }
            } catch (IOException e) {
                // nothing more to collect
            }
        }

        JsonNode send(ObjectNode request, Duration wait, long id) {
            try {
                in.write((request.toString() + "\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
            } catch (IOException e) {
                throw crashed();
            }
            String line;
            try {
                line = lines.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
                throw new ImplementationFault(Fault.TIMEOUT, "interrupted while waiting for an answer");
            }
            if (line == null) {
                kill();
                throw new ImplementationFault(Fault.TIMEOUT, "no answer within " + seconds(wait));
            }
            if (line == EOF) throw crashed();
            JsonNode reply;
            try {
                reply = Wire.JSON.readTree(line);
            } catch (IOException e) {
                kill();
                throw new ImplementationFault(Fault.MALFORMED_REPLY, "the answer is not JSON: " + ImplementationFault.excerpt(line));
            }
            if (reply == null || !reply.isObject()) {
                kill();
                throw new ImplementationFault(Fault.MALFORMED_REPLY, "the answer is not a JSON object: " + ImplementationFault.excerpt(line));
            }
            JsonNode replyId = reply.get("id");
            if (replyId == null || !replyId.canConvertToLong() || replyId.asLong() != id) {
                kill();
                throw new ImplementationFault(Fault.WRONG_ID, "expected id " + id + " but the answer carries "
                        + (replyId == null ? "no id" : replyId.toString()));
            }
            return reply;
        }

        private ImplementationFault crashed() {
            try {
                process.waitFor(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String code = process.isAlive() ? "closed its output" : "exited with code " + process.exitValue();
            kill();
            List<String> tail;
            synchronized (stderr) {
                tail = new ArrayList<>(stderr);
            }
            String err = tail.isEmpty() ? "" : " (stderr: " + ImplementationFault.excerpt(String.join(" | ", tail)) + ")";
            return new ImplementationFault(Fault.CRASH, "the process " + code + " before answering" + err);
        }

        void closeInput() {
            try {
                in.close();
            } catch (IOException e) {
                // already gone
            }
        }

        void kill() {
            killed = true;
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}

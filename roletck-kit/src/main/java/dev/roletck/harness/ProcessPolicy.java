package dev.roletck.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.Policy;
import dev.roletck.i18n.Phrase;
import dev.roletck.protocol.Wire;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.Conformance;
import dev.roletck.suite.ConformanceCase;
import dev.roletck.suite.NoAnswerException;
import dev.roletck.suite.WireChannel;
import dev.roletck.suite.WireReply;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A policy written in any language, run as a process speaking protocol v1 (PROTOCOL.md) on its
 * standard input and output. Thread-safe: calls from several threads are pipelined — each process
 * has up to {@link ProcessSettings#window()} requests in flight, answers are matched by id — and
 * with {@link ProcessSettings#jobs()} above one, spread over that many processes.
 *
 * <p>Whatever a process does wrong — crash, hang, garble, answer with another id, write a line
 * longer than the limit — surfaces as an {@link ImplementationFault} for the request it spoiled;
 * how a process is timed and restarted is described on {@link ProcessLane}. Processes run in a
 * process group of their own, ended with everything in it on {@link #close} and when the kit exits.
 */
public final class ProcessPolicy implements Policy, WireChannel, Pipelined, Remarks, AutoCloseable {
    private final List<ProcessLane> lanes;
    private final ExtraFields extra = new ExtraFields();
    private final ProcessSettings settings;
    private final String description;

    /**
     * @param command   the command line, split like a shell does (quotes and backslashes), not run by a shell
     * @param timeout   how long to wait for each answer
     * @param directory the working directory of the process
     */
    public ProcessPolicy(String command, Duration timeout, ProcessSettings settings, Path directory) {
        this(CommandLineSplitter.split(command), timeout, settings, directory);
    }

    /** As above, with the command already split into words. */
    public ProcessPolicy(List<String> command, Duration timeout, ProcessSettings settings, Path directory) {
        if (command.isEmpty()) throw UsageException.of("message.usage.impl_cmd_empty", Map.of());
        Objects.requireNonNull(timeout, "timeout");
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(directory, "directory");
        this.description = String.join(" ", command);
        AtomicLong ids = new AtomicLong(1);
        List<ProcessLane> l = new ArrayList<>(settings.jobs());
        for (int i = 0; i < settings.jobs(); i++) l.add(new ProcessLane(command, directory, timeout, settings, ids));
        this.lanes = List.copyOf(l);
    }

    public ProcessPolicy(String command, Duration timeout) {
        this(command, timeout, ProcessSettings.DEFAULT, Path.of("").toAbsolutePath());
    }

    /**
     * Starts every process and waits for its handshake, within the start-up allowance. A process
     * that cannot be run, exits, or does not answer is a {@link UsageException} saying what failed
     * and how to fix it: a run against an implementation that cannot run is bad usage, not a verdict.
     */
    public ProcessPolicy started(String option) {
        return started(option, Otherwise.RUN_BY_HAND);
    }

    /** The advice of a failed start when the process ran but failed for no reason the kit can tell. */
    public enum Otherwise {
        /** Run the command by hand to see why. */
        RUN_BY_HAND("by_hand"),
        /** A Java class in a child JVM: its constructor must return normally. */
        CHECK_CONSTRUCTOR("constructor");

        private final String hint;

        Otherwise(String hint) { this.hint = hint; }
    }

    /** As {@link #started(String)}, with the advice given when the process ran but failed. */
    public ProcessPolicy started(String option, Otherwise otherwise) {
        try {
            for (ProcessLane lane : lanes) lane.start();
            return this;
        } catch (ImplementationFault e) {
            close();
            throw UsageException.of("message.usage.did_not_start", Map.of("option", option, "detail", e.what(),
                    "hint", hint(e.what(), otherwise), "hello", "{\"id\":0,\"kind\":\"hello\"}",
                    "command", ImplementationText.excerpt(description)));
        }
    }

    /** The fix of a failed start, by what failed (a fault with the process's stderr is judged by the fault). */
    private static String hint(Phrase what, Otherwise otherwise) {
        Phrase fault = what.kind() == Phrase.Kind.WITH_STDERR ? (Phrase) what.args().get("detail") : what;
        return switch (fault.kind()) {
            case CANNOT_RUN -> "command";
            case NO_HANDSHAKE -> "handshake";
            case BAD_HANDSHAKE -> "protocol";
            default -> otherwise.hint;
        };
    }

    @Override public AccessDecision decide(AccessRequest request) {
        return access(lane().exchange(Wire.toJson(request)));
    }

    @Override public AssignmentDecision decide(AssignmentRequest request) {
        return assignment(lane().exchange(Wire.toJson(request)));
    }

    /**
     * Sends one request as given, an id added, for the fail-closed checks: an error answer is
     * {@link WireReply.Refused}, any other answer {@link WireReply.Answered} (without its id).
     */
    @Override public WireReply send(ObjectNode request) {
        return wireReply(lane().exchange(request));
    }

    @Override public CompletableFuture<CaseResult> check(ConformanceCase testCase) {
        return check(testCase, true);
    }

    /**
     * A case sent ahead and judged when its answer comes ({@link Pipelined}), as {@link
     * Conformance#check} judges it against this policy, or — {@code channel} false, for a child JVM
     * — against a policy that is not a {@link WireChannel}.
     */
    CompletableFuture<CaseResult> check(ConformanceCase testCase, boolean channel) {
        long start = System.nanoTime();
        Optional<ObjectNode> request = Conformance.wireRequest(testCase, channel);
        if (request.isEmpty()) return CompletableFuture.completedFuture(Conformance.check(replay(null, null, channel), testCase, start));
        CompletableFuture<JsonNode> reply;
        try {
            reply = lane().submit(request.get());
        } catch (RuntimeException e) {
            reply = CompletableFuture.failedFuture(e);
        }
        return reply.handle((answer, fault) -> Conformance.check(replay(answer, fault, channel), testCase, start));
    }

    /** The access decision of an answer line, its extra fields noted. */
    private AccessDecision access(JsonNode reply) {
        JsonNode answer = answer(reply);
        extra.ofAccess(answer);
        return Answers.access(answer);
    }

    private AssignmentDecision assignment(JsonNode reply) {
        JsonNode answer = answer(reply);
        extra.ofAssignment(answer);
        return Answers.assignment(answer);
    }

    private static WireReply wireReply(JsonNode reply) {
        JsonNode error = reply.get("error");
        if (error != null) return new WireReply.Refused(ImplementationText.excerpt(error.isTextual() ? error.asText() : error.toString()));
        return new WireReply.Answered(withoutId(reply));
    }

    /** The answer to a valid request; an error answer is a fault, since every such request the kit sends is valid. */
    private static JsonNode answer(JsonNode reply) {
        JsonNode error = reply.get("error");
        if (error != null) {
            throw new ImplementationFault(Fault.ERROR, dev.roletck.i18n.Phrase.of(dev.roletck.i18n.Phrase.Kind.ANSWERED_ERROR, "error",
                    ImplementationText.clean(ImplementationText.excerpt(error.isTextual() ? error.asText() : error.toString()), 2000)));
        }
        return withoutId(reply);
    }

    /** The answer without its id; the reply was parsed for this call alone, so it is changed in place. */
    private static JsonNode withoutId(JsonNode reply) {
        ((ObjectNode) reply).remove("id");
        return reply;
    }

    /**
     * A policy that answers the one question {@link Conformance#check} asks for a case with the
     * answer already read (or throws the fault that stood for it), through the same reading as
     * {@link #decide} and {@link #send}: a case judged ahead is judged as if it had been asked now.
     */
    private Policy replay(JsonNode reply, Throwable fault, boolean channel) {
        return channel ? new WireReplay(reply, fault) : new Replay(reply, fault);
    }

    private class Replay implements Policy {
        private final JsonNode reply;
        private final Throwable fault;

        Replay(JsonNode reply, Throwable fault) {
            this.reply = reply;
            this.fault = fault;
        }

        JsonNode reply() {
            if (fault == null) return reply;
            Throwable cause = fault instanceof CompletionException && fault.getCause() != null ? fault.getCause() : fault;
            if (cause instanceof NoAnswerException e) throw e;
            throw new ImplementationFault(Fault.ERROR, Phrase.of(Phrase.Kind.INTERNAL, "error", String.valueOf(cause)));
        }

        @Override public AccessDecision decide(AccessRequest request) { return access(reply()); }

        @Override public AssignmentDecision decide(AssignmentRequest request) { return assignment(reply()); }
    }

    private final class WireReplay extends Replay implements WireChannel {
        WireReplay(JsonNode reply, Throwable fault) { super(reply, fault); }

        @Override public WireReply send(ObjectNode request) { return wireReply(reply()); }
    }

    private ProcessLane lane() {
        if (lanes.size() == 1) return lanes.get(0);
        return lanes.stream().min(Comparator.comparingInt(ProcessLane::inFlight)).orElseThrow();
    }

    /** How many requests may usefully be in flight at once: processes × window. */
    @Override public int concurrency() { return settings.jobs() * settings.window(); }

    /** How many times a process was started, over all of them, for reports and tests. */
    public int starts() { return lanes.stream().mapToInt(ProcessLane::starts).sum(); }

    /** Answers that came after their request had timed out, read and discarded. */
    public long lateAnswers() { return lanes.stream().mapToLong(ProcessLane::lateAnswers).sum(); }

    /** Restarts of a process that stayed silent for the grace period after a timeout. */
    public long stuckRestarts() { return lanes.stream().mapToLong(ProcessLane::stuckRestarts).sum(); }

    /** The fields the answers carried that protocol v1 does not define (ignored when judging). */
    @Override public java.util.SortedSet<String> extraAnswerFields() { return extra.snapshot(); }

    /** The last lines on standard error, of every process, the newest {@link Remarks#STDERR_TAIL_LINES}. */
    @Override public List<String> stderrTail() {
        List<String> all = new ArrayList<>();
        for (ProcessLane lane : lanes) all.addAll(lane.stderrTail());
        return all.subList(Math.max(0, all.size() - STDERR_TAIL_LINES), all.size());
    }

    /** Closes each process's input, waits a moment for it to exit, then ends its process group. */
    @Override public void close() {
        lanes.parallelStream().forEach(ProcessLane::close);
    }

    /** A duration as given ({@code 50 ms}, {@code 2 s}); see {@link Durations#format}. */
    static String seconds(Duration d) {
        return Durations.format(d);
    }
}

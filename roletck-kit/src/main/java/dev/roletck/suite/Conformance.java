package dev.roletck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.api.AccessDecision;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.BadRequestException;
import dev.roletck.api.Policy;
import java.time.Duration;
import dev.roletck.model.Access;
import dev.roletck.model.Verdict;
import dev.roletck.protocol.Wire;
import dev.roletck.i18n.Phrase;
import dev.roletck.i18n.Phrase.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs conformance cases against a {@link Policy}: the one comparison of an answer with a case's
 * expectation. Independent of any test framework: the command line, the JUnit tests of this kit and
 * the harness for other implementations (inside its fault containment) all use it.
 */
public final class Conformance {
    private Conformance() {}

    /** Every case, in order; a case whose policy call throws is an error, and the run goes on. */
    public static List<CaseResult> run(Policy policy, List<? extends ConformanceCase> cases) {
        List<CaseResult> results = new ArrayList<>(cases.size());
        for (ConformanceCase c : cases) results.add(check(policy, c));
        return List.copyOf(results);
    }

    /** One case. Never throws for what the policy does. */
    public static CaseResult check(Policy policy, ConformanceCase testCase) {
        return check(policy, testCase, System.nanoTime());
    }

    /**
     * One case, its time counted from {@code start} ({@link System#nanoTime}): a case whose answer
     * was asked for earlier and is judged now, once it came, is timed from when it was asked.
     */
    public static CaseResult check(Policy policy, ConformanceCase testCase, long start) {
        try {
            if (testCase instanceof AccessCase a) return access(policy, a, start);
            if (testCase instanceof FailClosedCase f) return failClosed(policy, f, start);
            AssignmentCase s = (AssignmentCase) testCase;
            if (policy instanceof JudgedPolicy judging) return judged(judging.assignment(s.request()), s, start);
            return compare(s, policy.decide(s.request()), start);
        } catch (NoAnswerException e) {
            return CaseResult.error(testCase, e.phrase(), since(start));
        } catch (BadRequestException e) {
            return CaseResult.error(testCase, Phrase.of(Kind.REJECTED_VALID, "detail", oneLine(e.getMessage())), since(start));
        } catch (RuntimeException | StackOverflowError e) {
            String type = e.getClass().getSimpleName();
            Phrase why = e.getMessage() == null ? Phrase.of(Kind.EXCEPTION, "type", type)
                    : Phrase.of(Kind.EXCEPTION_SAYING, "type", type, "detail", oneLine(e.getMessage()));
            return CaseResult.error(testCase, why, since(start));
        }
    }

    /**
     * The protocol v1 request (without id) that {@link #check} has a policy answered over a wire
     * asked for a case — a policy whose {@code decide} sends {@link Wire#toJson} of its request, and
     * which, when {@code channel}, is also a {@link WireChannel} — so that the request can be sent
     * ahead and the answer judged by {@link #check} once it comes. Empty when the case asks such a
     * policy nothing (a fail-closed check without a channel).
     */
    public static Optional<ObjectNode> wireRequest(ConformanceCase testCase, boolean channel) {
        if (testCase instanceof AccessCase a) {
            return Optional.of(a.reordered() && channel ? a.wireRequest() : Wire.toJson(a.request()));
        }
        if (testCase instanceof FailClosedCase f) return channel ? Optional.of(f.request()) : Optional.empty();
        return Optional.of(Wire.toJson(((AssignmentCase) testCase).request()));
    }

    /** Why a fail-closed check is not run against an implementation in this JVM. */
    public static final Phrase NO_WIRE = Phrase.of(Kind.NO_WIRE);

    private static CaseResult access(Policy policy, AccessCase a, long start) {
        if (policy instanceof JudgedPolicy judging) {
            return judged(a.reordered() ? judging.accessAsSent(a.wireRequest()) : judging.access(a.request()), a, start);
        }
        return compare(a, a.reordered() && policy instanceof WireChannel wire ? overWire(wire, a) : policy.decide(a.request()), start);
    }

    /** An access answer against the case's expectation. */
    private static CaseResult compare(AccessCase a, AccessDecision actual, long start) {
        if (actual == null) return CaseResult.error(a, Phrase.of(Kind.NO_DECISION), since(start));
        Phrase shown = a.expected().describeActual(actual);
        CaseResult r = a.expected().matches(actual) ? CaseResult.passed(a, shown, since(start))
                : CaseResult.failed(a, a.expected().describeAgainst(actual), shown, since(start));
        return r.answered(Wire.toJson(actual));
    }

    /** An assignment answer against the case's expectation. */
    private static CaseResult compare(AssignmentCase s, AssignmentDecision actual, long start) {
        if (actual == null) return CaseResult.error(s, Phrase.of(Kind.NO_DECISION), since(start));
        Phrase shown = ExpectedAssignment.describeActual(actual);
        CaseResult r = s.expected().matches(actual) ? CaseResult.passed(s, shown, since(start))
                : CaseResult.failed(s, s.expected().phrase(), shown, since(start));
        return r.answered(Wire.toJson(actual));
    }


    /** The case's request with its roles in the case's order, sent as it is. */
    private static AccessDecision overWire(WireChannel wire, AccessCase a) {
        WireReply reply = wire.send(a.wireRequest());
        if (reply instanceof WireReply.Refused r) throw new BadRequestException(r.error());
        try {
            return Wire.accessDecision(((WireReply.Answered) reply).answer());
        } catch (BadRequestException | IllegalArgumentException e) {
            throw new NoAnswerException(Phrase.of(Kind.FAULT, "fault", "malformed_reply", "detail", oneLine(e.getMessage())));
        }
    }

    private static CaseResult failClosed(Policy policy, FailClosedCase f, long start) {
        if (!(policy instanceof WireChannel wire)) return CaseResult.notRun(f, NO_WIRE);
        WireReply reply = wire.send(f.request());
        if (reply instanceof WireReply.Refused r) {
            return CaseResult.passed(f, Phrase.of(Kind.REFUSED_WITH, "error", oneLine(r.error())), since(start));
        }
        JsonNode answer = ((WireReply.Answered) reply).answer();
        return CaseResult.failed(f, f.expected().phrase(), Phrase.of(Kind.ANSWERED, "answer", oneLine(answer.toString())),
                since(start)).answered(answer);
    }

    /**
     * An answer of a policy that may answer decisions only: a whole answer is compared as any
     * other; a decision is judged on what a boolean can say — the level (none and not_applicable
     * alike, scopes and grants unseen) or the verdict (rules unseen) — and the result says so.
     */
    private static CaseResult judged(JudgedPolicy.Answer<AccessDecision> answer, AccessCase a, long start) {
        if (answer.judged() == Judged.ANSWER) return compare(a, answer.decision(), start);
        Access expected = levelOfDecision(a.expected().access());
        Access actual = levelOfDecision(answer.decision().access());
        Phrase shown = Phrase.of(Kind.DECISION_ONLY, "answer", Phrase.of(Kind.LEVEL, "access", actual));
        CaseResult r = expected == actual ? CaseResult.passed(a, shown, since(start))
                : CaseResult.failed(a, Phrase.of(Kind.LEVEL, "access", expected), shown, since(start));
        return r.answered(Wire.toJson(answer.decision())).judgedOn(Judged.DECISION);
    }

    private static CaseResult judged(JudgedPolicy.Answer<AssignmentDecision> answer, AssignmentCase s, long start) {
        if (answer.judged() == Judged.ANSWER) return compare(s, answer.decision(), start);
        Verdict actual = answer.decision().verdict();
        Phrase shown = Phrase.of(Kind.DECISION_ONLY, "answer", Phrase.of(Kind.VERDICT, "verdict", actual));
        CaseResult r = s.expected().verdict() == actual ? CaseResult.passed(s, shown, since(start))
                : CaseResult.failed(s, Phrase.of(Kind.VERDICT, "verdict", s.expected().verdict()), shown, since(start));
        return r.answered(Wire.toJson(answer.decision())).judgedOn(Judged.DECISION);
    }

    /** What a boolean per level can say: full, read_only, or none for any denial (none and not_applicable alike). */
    static Access levelOfDecision(Access access) {
        return access.atLeast(Access.READ_ONLY) ? access : Access.NONE;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

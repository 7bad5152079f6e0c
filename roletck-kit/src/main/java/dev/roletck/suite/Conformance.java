package dev.roletck.suite;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.BadRequestException;
import dev.roletck.api.Policy;
import java.time.Duration;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.protocol.Wire;
import java.util.ArrayList;
import java.util.List;

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
        long start = System.nanoTime();
        try {
            if (testCase instanceof AccessCase a) return access(policy, a, start);
            if (testCase instanceof FailClosedCase f) return failClosed(policy, f, start);
            AssignmentCase s = (AssignmentCase) testCase;
            AssignmentDecision actual = policy.decide(s.request());
            if (actual == null) return CaseResult.error(testCase, "no decision (null)", since(start));
            String shown = ExpectedAssignment.describeActual(actual);
            return s.expected().matches(actual) ? CaseResult.passed(testCase, shown, since(start))
                    : CaseResult.failed(testCase, s.expected().describe(), shown, since(start));
        } catch (NoAnswerException e) {
            return CaseResult.error(testCase, oneLine(e.getMessage()), since(start));
        } catch (BadRequestException e) {
            return CaseResult.error(testCase, "rejected a valid request: " + oneLine(e.getMessage()), since(start));
        } catch (RuntimeException | StackOverflowError e) {
            String why = e.getMessage() == null ? "" : ": " + oneLine(e.getMessage());
            return CaseResult.error(testCase, "an exception, " + e.getClass().getSimpleName() + why, since(start));
        }
    }

    /** Why a fail-closed check is not run against an implementation in this JVM. */
    public static final String NO_WIRE = "an implementation in this JVM cannot be sent an invalid request: "
            + "the API's records refuse to be built malformed";

    private static CaseResult access(Policy policy, AccessCase a, long start) {
        AccessDecision actual = a.reordered() && policy instanceof WireChannel wire ? overWire(wire, a) : policy.decide(a.request());
        if (actual == null) return CaseResult.error(a, "no decision (null)", since(start));
        String shown = a.expected().describeActual(actual);
        if (a.expected().matches(actual)) return CaseResult.passed(a, shown, since(start));
        return CaseResult.failed(a, a.expected().describeAgainst(actual), shown, since(start));
    }

    /** The case's request with its roles in the case's order, sent as it is. */
    private static AccessDecision overWire(WireChannel wire, AccessCase a) {
        ObjectNode request = Wire.toJson(a.request());
        ArrayNode roles = request.putArray("roles");
        a.roleOrder().forEach(r -> roles.add(r.id()));
        WireReply reply = wire.send(request);
        if (reply instanceof WireReply.Refused r) throw new BadRequestException(r.error());
        try {
            return Wire.accessDecision(((WireReply.Answered) reply).answer());
        } catch (BadRequestException | IllegalArgumentException e) {
            throw new NoAnswerException("malformed reply: " + oneLine(e.getMessage()));
        }
    }

    private static CaseResult failClosed(Policy policy, FailClosedCase f, long start) {
        if (!(policy instanceof WireChannel wire)) return CaseResult.notRun(f, NO_WIRE);
        WireReply reply = wire.send(f.request());
        if (reply instanceof WireReply.Refused r) return CaseResult.passed(f, "error: " + oneLine(r.error()), since(start));
        return CaseResult.failed(f, f.expected().describe(),
                "an answer, " + oneLine(((WireReply.Answered) reply).answer().toString()), since(start));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

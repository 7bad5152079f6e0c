package dev.roletck.suite;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.BadRequestException;
import dev.roletck.api.Policy;
import dev.roletck.model.Access;
import dev.roletck.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
            if (policy instanceof JudgedPolicy judging) return checkJudged(judging, testCase, start);
            if (testCase instanceof AccessCase a) {
                AccessDecision actual = policy.decide(a.request());
                if (actual == null) return CaseResult.error(testCase, "no decision (null)", millisSince(start));
                String shown = a.expected().describeActual(actual);
                if (a.expected().matches(actual)) return CaseResult.passed(testCase, shown, millisSince(start));
                return CaseResult.failed(testCase, a.expected().describeAgainst(actual), shown, millisSince(start));
            }
            AssignmentCase s = (AssignmentCase) testCase;
            AssignmentDecision actual = policy.decide(s.request());
            if (actual == null) return CaseResult.error(testCase, "no decision (null)", millisSince(start));
            String shown = ExpectedAssignment.describeActual(actual);
            return s.expected().matches(actual) ? CaseResult.passed(testCase, shown, millisSince(start))
                    : CaseResult.failed(testCase, s.expected().describe(), shown, millisSince(start));
        } catch (NoAnswerException e) {
            return CaseResult.error(testCase, oneLine(e.getMessage()), millisSince(start));
        } catch (BadRequestException e) {
            return CaseResult.error(testCase, "rejected a valid request: " + oneLine(e.getMessage()), millisSince(start));
        } catch (RuntimeException | StackOverflowError e) {
            String why = e.getMessage() == null ? "" : ": " + oneLine(e.getMessage());
            return CaseResult.error(testCase, "an exception, " + e.getClass().getSimpleName() + why, millisSince(start));
        }
    }

    /** A case against a policy that may answer decisions only; such answers are judged on what a boolean can say. */
    private static CaseResult checkJudged(JudgedPolicy policy, ConformanceCase testCase, long start) {
        if (testCase instanceof AccessCase a) {
            JudgedPolicy.Answer<AccessDecision> answer = policy.access(a.request());
            if (answer.judged() == Judged.ANSWER) return check(answer.decision(), a, start);
            Access expected = levelOfDecision(a.expected().access());
            Access actual = levelOfDecision(answer.decision().access());
            String shown = actual.id() + DECISION_NOTE;
            CaseResult r = expected == actual ? CaseResult.passed(testCase, shown, millisSince(start))
                    : CaseResult.failed(testCase, expected.id(), shown, millisSince(start));
            return r.judgedOn(Judged.DECISION);
        }
        AssignmentCase s = (AssignmentCase) testCase;
        JudgedPolicy.Answer<AssignmentDecision> answer = policy.assignment(s.request());
        if (answer.judged() == Judged.ANSWER) return check(answer.decision(), s, start);
        Verdict actual = answer.decision().verdict();
        String shown = actual.id() + DECISION_NOTE;
        CaseResult r = s.expected().verdict() == actual ? CaseResult.passed(testCase, shown, millisSince(start))
                : CaseResult.failed(testCase, s.expected().verdict().id(), shown, millisSince(start));
        return r.judgedOn(Judged.DECISION);
    }

    private static final String DECISION_NOTE = " (AuthZEN decision only)";

    /** What a boolean per level can say: full, read_only, or none for any denial (none and not_applicable alike). */
    static Access levelOfDecision(Access access) {
        return access.atLeast(Access.READ_ONLY) ? access : Access.NONE;
    }

    private static CaseResult check(AccessDecision actual, AccessCase a, long start) {
        String shown = a.expected().describeActual(actual);
        if (a.expected().matches(actual)) return CaseResult.passed(a, shown, millisSince(start));
        return CaseResult.failed(a, a.expected().describeAgainst(actual), shown, millisSince(start));
    }

    private static CaseResult check(AssignmentDecision actual, AssignmentCase s, long start) {
        String shown = ExpectedAssignment.describeActual(actual);
        return s.expected().matches(actual) ? CaseResult.passed(s, shown, millisSince(start))
                : CaseResult.failed(s, s.expected().describe(), shown, millisSince(start));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}

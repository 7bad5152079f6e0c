package dev.roletck.suite;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.Policy;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs conformance cases against a {@link Policy}. Independent of any test framework: the command
 * line, the JUnit tests of this kit and the harness for other implementations all use it.
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
        String expected = testCase.expected().describe();
        try {
            if (testCase instanceof AccessCase a) {
                AccessDecision actual = policy.decide(a.request());
                if (actual == null) return error(testCase, expected, "no decision (null)");
                if (a.expected().matches(actual)) return passed(testCase, expected, a.expected().describeActual(actual));
                return failed(testCase, a.expected().describeAgainst(actual), a.expected().describeActual(actual));
            }
            AssignmentCase s = (AssignmentCase) testCase;
            AssignmentDecision actual = policy.decide(s.request());
            if (actual == null) return error(testCase, expected, "no decision (null)");
            String shown = ExpectedAssignment.describeActual(actual);
            return s.expected().matches(actual) ? passed(testCase, expected, shown) : failed(testCase, expected, shown);
        } catch (RuntimeException | StackOverflowError e) {
            String why = e.getMessage() == null ? "" : ": " + e.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
            return error(testCase, expected, "an exception, " + e.getClass().getSimpleName() + why);
        }
    }

    private static CaseResult passed(ConformanceCase c, String expected, String actual) {
        return new CaseResult(c, CaseResult.Outcome.PASSED, expected, actual, c.id() + ": " + actual);
    }

    private static CaseResult failed(ConformanceCase c, String expected, String actual) {
        return new CaseResult(c, CaseResult.Outcome.FAILED, expected, actual, message(c, expected, actual));
    }

    private static CaseResult error(ConformanceCase c, String expected, String actual) {
        return new CaseResult(c, CaseResult.Outcome.ERROR, expected, actual, message(c, expected, actual));
    }

    private static String message(ConformanceCase c, String expected, String actual) {
        return c.id() + ": expected " + expected + ", got " + actual + " — " + c.provenance().describe();
    }
}

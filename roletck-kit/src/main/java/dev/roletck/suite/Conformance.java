package dev.roletck.suite;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.BadRequestException;
import dev.roletck.api.Policy;
import java.time.Duration;
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
            if (testCase instanceof AccessCase a) {
                AccessDecision actual = policy.decide(a.request());
                if (actual == null) return CaseResult.error(testCase, "no decision (null)", since(start));
                String shown = a.expected().describeActual(actual);
                if (a.expected().matches(actual)) return CaseResult.passed(testCase, shown, since(start));
                return CaseResult.failed(testCase, a.expected().describeAgainst(actual), shown, since(start));
            }
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

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

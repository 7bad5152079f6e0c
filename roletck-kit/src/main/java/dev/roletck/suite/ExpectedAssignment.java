package dev.roletck.suite;

import dev.roletck.api.AssignmentDecision;
import dev.roletck.model.RuleId;
import dev.roletck.model.Verdict;
import java.util.Objects;
import java.util.stream.Collectors;

/** A verdict, and a rule that must be among the rules the answer names (PROTOCOL.md). */
public record ExpectedAssignment(Verdict verdict, RuleId rule) implements Expectation {

    public ExpectedAssignment {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(rule, "rule");
    }

    public boolean matches(AssignmentDecision actual) {
        return actual.verdict() == verdict && actual.rules().contains(rule);
    }

    @Override public String describe() {
        return verdict.id() + " by " + rule.id();
    }

    static String describeActual(AssignmentDecision actual) {
        return actual.verdict().id() + " by " + actual.rules().stream().map(RuleId::id).collect(Collectors.joining(", "));
    }
}

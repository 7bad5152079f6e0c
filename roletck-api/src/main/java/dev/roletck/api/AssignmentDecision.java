package dev.roletck.api;

import dev.roletck.model.RuleId;
import dev.roletck.model.Verdict;
import java.util.List;
import java.util.Objects;

/** The answer to an assignment request: allowed or refused, and the ids of the rules that decided. */
public record AssignmentDecision(Verdict verdict, List<RuleId> rules) {
    public AssignmentDecision {
        Objects.requireNonNull(verdict, "verdict");
        rules = List.copyOf(rules);
        if (rules.isEmpty()) throw new IllegalArgumentException("a decision names at least one rule");
    }

    public static AssignmentDecision allowed(List<RuleId> rules) {
        return new AssignmentDecision(Verdict.ALLOWED, rules);
    }

    public static AssignmentDecision refused(List<RuleId> rules) {
        return new AssignmentDecision(Verdict.REFUSED, rules);
    }

    public boolean isAllowed() { return verdict == Verdict.ALLOWED; }
}

package dev.roletck.suite;

import dev.roletck.api.AssignmentDecision;
import dev.roletck.model.RuleId;
import dev.roletck.model.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A verdict, and the rules of which the answer must name at least one (PROTOCOL.md): a rule case
 * names one; a generated case accepts any rule the reference policy named.
 */
public record ExpectedAssignment(Verdict verdict, List<RuleId> anyOf) implements Expectation {

    public ExpectedAssignment {
        Objects.requireNonNull(verdict, "verdict");
        anyOf = List.copyOf(anyOf);
        if (anyOf.isEmpty()) throw new IllegalArgumentException("an expected assignment names at least one rule");
    }

    public ExpectedAssignment(Verdict verdict, RuleId rule) {
        this(verdict, List.of(rule));
    }

    /** The expected answer of the reference policy: its verdict, and any of its rules. */
    public static ExpectedAssignment of(AssignmentDecision reference) {
        return new ExpectedAssignment(reference.verdict(), reference.rules());
    }

    /** The (first) rule the answer must name. */
    public RuleId rule() { return anyOf.get(0); }

    public boolean matches(AssignmentDecision actual) {
        return actual.verdict() == verdict && anyOf.stream().anyMatch(actual.rules()::contains);
    }

    @Override public String describe() {
        return verdict.id() + " by " + (anyOf.size() == 1 ? rule().id()
                : "one of " + anyOf.stream().map(RuleId::id).collect(Collectors.joining(", ")));
    }

    static String describeActual(AssignmentDecision actual) {
        return actual.verdict().id() + " by " + actual.rules().stream().map(RuleId::id).collect(Collectors.joining(", "));
    }
}

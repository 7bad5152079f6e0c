package dev.roletck.suite;

import dev.roletck.api.AssignmentDecision;
import dev.roletck.i18n.Phrase;
import dev.roletck.i18n.Phrase.Kind;
import dev.roletck.model.RuleId;
import dev.roletck.model.Verdict;
import java.util.List;
import java.util.Objects;

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

    @Override public Phrase phrase() {
        return anyOf.size() == 1 ? Phrase.of(Kind.VERDICT_BY, "verdict", verdict, "rules", rule().id())
                : Phrase.of(Kind.VERDICT_BY_ONE_OF, "verdict", verdict, "rules", anyOf.stream().map(RuleId::id).toList());
    }

    static Phrase describeActual(AssignmentDecision actual) {
        return Phrase.of(Kind.VERDICT_BY, "verdict", actual.verdict(), "rules", actual.rules().stream().map(RuleId::id).toList());
    }
}

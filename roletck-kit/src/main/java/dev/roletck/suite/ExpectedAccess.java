package dev.roletck.suite;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.Grant;
import dev.roletck.model.Access;
import dev.roletck.model.Scope;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An access level and its scopes; when {@code grants} is present (cases computed from the matrices)
 * the uncovered grants must match too (PROTOCOL.md, RULINGS §4.6).
 */
public record ExpectedAccess(Access access, List<Scope> scopes, Optional<List<Grant>> grants) implements Expectation {

    public ExpectedAccess {
        Objects.requireNonNull(access, "access");
        scopes = List.copyOf(scopes);
        grants = grants.map(List::copyOf);
    }

    /** The whole decision, grants included. */
    public static ExpectedAccess of(AccessDecision decision) {
        return new ExpectedAccess(decision.access(), decision.scopes(), Optional.of(decision.grants()));
    }

    public boolean matches(AccessDecision actual) {
        return actual.access() == access && actual.scopes().equals(scopes)
                && grants.map(g -> g.equals(actual.grants())).orElse(true);
    }

    @Override public String describe() {
        return level(access, scopes);
    }

    /** The answer in the same words, with its grants when the level alone does not show the difference. */
    String describeActual(AccessDecision actual) {
        String level = level(actual.access(), actual.scopes());
        boolean levelAgrees = actual.access() == access && actual.scopes().equals(scopes);
        return levelAgrees && !matches(actual) ? level + " with grants " + actual.grants() : level;
    }

    /** The expectation, with its grants when the answer differs from it only there. */
    String describeAgainst(AccessDecision actual) {
        boolean levelAgrees = actual.access() == access && actual.scopes().equals(scopes);
        return levelAgrees && !matches(actual) ? describe() + grants.map(g -> " with grants " + g).orElse("") : describe();
    }

    static String level(Access access, List<Scope> scopes) {
        return access.id() + (scopes.isEmpty() ? ""
                : scopes.stream().map(Scope::id).collect(Collectors.joining(", ", " [", "]")));
    }
}

package dev.roletck.suite;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.Grant;
import dev.roletck.i18n.Phrase;
import dev.roletck.i18n.Phrase.Kind;
import dev.roletck.model.Access;
import dev.roletck.model.Scope;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    @Override public Phrase phrase() {
        return level(access, scopes);
    }

    /** The answer in the same words, with its grants when the level alone does not show the difference. */
    Phrase describeActual(AccessDecision actual) {
        Phrase level = level(actual.access(), actual.scopes());
        boolean levelAgrees = actual.access() == access && actual.scopes().equals(scopes);
        return levelAgrees && !matches(actual) ? Phrase.of(Kind.WITH_GRANTS, "level", level, "grants", grants(actual.grants())) : level;
    }

    /** The expectation, with its grants when the answer differs from it only there. */
    Phrase describeAgainst(AccessDecision actual) {
        boolean levelAgrees = actual.access() == access && actual.scopes().equals(scopes);
        return levelAgrees && !matches(actual) && grants.isPresent()
                ? Phrase.of(Kind.WITH_GRANTS, "level", phrase(), "grants", grants(grants.get())) : phrase();
    }

    /** Each grant as a level: its access, and its scope where it has one. */
    static List<Phrase> grants(List<Grant> grants) {
        return grants.stream().map(g -> level(g.access(), g.scope().stream().toList())).toList();
    }

    static Phrase level(Access access, List<Scope> scopes) {
        return scopes.isEmpty() ? Phrase.of(Kind.LEVEL, "access", access)
                : Phrase.of(Kind.LEVEL_SCOPED, "access", access, "scopes", scopes);
    }
}

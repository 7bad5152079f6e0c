package dev.roletck.api;

import dev.roletck.model.Access;
import dev.roletck.model.Scope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The answer to an access request (RULINGS §4.6): the grants no other grant covers, strongest
 * first; {@code access} is the strongest level among them and {@code scopes} the sorted scopes of
 * the grants at that level, empty when one of them is unscoped.
 */
public record AccessDecision(Access access, List<Scope> scopes, List<Grant> grants) {

    public AccessDecision {
        Objects.requireNonNull(access, "access");
        scopes = List.copyOf(scopes);
        grants = List.copyOf(grants);
        if (grants.isEmpty()) throw new IllegalArgumentException("a decision has at least one grant");
    }

    /**
     * The decision the given contributions make together: uncovered grants, strongest first.
     * Each role contributes one grant; an empty collection is not allowed (see the policies for
     * what an empty role list answers).
     */
    public static AccessDecision union(Collection<Grant> contributions) {
        TreeSet<Grant> distinct = new TreeSet<>(contributions);
        List<Grant> uncovered = new ArrayList<>();
        for (Grant g : distinct) {
            boolean covered = false;
            for (Grant other : distinct) {
                if (!other.equals(g) && other.covers(g)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) uncovered.add(g);
        }
        Access top = uncovered.get(0).access();
        List<Scope> scopes = new ArrayList<>();
        boolean unscopedAtTop = false;
        for (Grant g : uncovered) {
            if (g.access() != top) continue;
            if (g.scope().isEmpty()) unscopedAtTop = true;
            else scopes.add(g.scope().get());
        }
        return new AccessDecision(top, unscopedAtTop ? List.of() : scopes, uncovered);
    }

    /** A decision of one unscoped grant. */
    public static AccessDecision only(Access access) {
        return new AccessDecision(access, List.of(), List.of(Grant.of(access)));
    }
}

package dev.roletck.api;

import dev.roletck.model.Access;
import dev.roletck.model.Scope;
import java.util.Objects;
import java.util.Optional;

/** What one held role contributes: an access level, qualified by a scope or not. */
public record Grant(Access access, Optional<Scope> scope) implements Comparable<Grant> {

    public Grant {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(scope, "scope");
        if (scope.isPresent() && !access.isScopable()) {
            throw new IllegalArgumentException("only full and read_only grants carry a scope, not " + access.id());
        }
    }

    public static Grant of(Access access) {
        return new Grant(access, Optional.empty());
    }

    public static Grant of(Access access, Scope scope) {
        return new Grant(access, Optional.of(scope));
    }

    /**
     * RULINGS §4.6: (a, s) covers (b, t) when a ≥ b and s is unscoped or s = t.
     */
    public boolean covers(Grant other) {
        return access.atLeast(other.access) && (scope.isEmpty() || scope.equals(other.scope));
    }

    /** Strongest first; at one level the unscoped grant first, then by scope id. */
    @Override public int compareTo(Grant o) {
        int byAccess = o.access.compareTo(access);
        if (byAccess != 0) return byAccess;
        if (scope.isEmpty() || o.scope.isEmpty()) return Boolean.compare(scope.isPresent(), o.scope.isPresent());
        return scope.get().compareTo(o.scope.get());
    }

    @Override public String toString() {
        return access.id() + scope.map(s -> "/" + s.id()).orElse("");
    }
}

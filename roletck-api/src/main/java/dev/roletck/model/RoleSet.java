package dev.roletck.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An immutable set of roles, held as a bit mask so that policy decisions can test membership
 * without allocating. Iteration order is the declaration order of {@link Role}.
 */
public record RoleSet(long bits) {
    private static final Role[] ROLES = Role.values();
    public static final RoleSet EMPTY = new RoleSet(0L);

    public RoleSet {
        if ((bits & ~((1L << ROLES.length) - 1)) != 0) {
            throw new IllegalArgumentException("role bits out of range: " + Long.toBinaryString(bits));
        }
    }

    public static RoleSet of(Role... roles) {
        long bits = 0;
        for (Role r : roles) bits |= bit(r);
        return new RoleSet(bits);
    }

    public static RoleSet copyOf(Collection<Role> roles) {
        return of(roles.toArray(Role[]::new));
    }

    private static long bit(Role role) { return 1L << role.ordinal(); }

    public boolean contains(Role role) { return (bits & bit(role)) != 0; }

    /** Whether this set holds at least one of {@code roles}. */
    public boolean containsAny(RoleSet roles) { return (bits & roles.bits) != 0; }

    public boolean isEmpty() { return bits == 0; }

    public int size() { return Long.bitCount(bits); }

    public RoleSet with(Role role) { return new RoleSet(bits | bit(role)); }

    public RoleSet without(Role role) { return new RoleSet(bits & ~bit(role)); }

    /** The role at {@code ordinal} of {@link Role#values()}; for allocation-free loops with {@link #contains}. */
    public static Role roleAt(int ordinal) { return ROLES[ordinal]; }

    public List<Role> toList() {
        List<Role> list = new ArrayList<>(size());
        for (Role r : ROLES) if (contains(r)) list.add(r);
        return List.copyOf(list);
    }

    @Override public String toString() {
        return toList().stream().map(Role::id).reduce((a, b) -> a + "+" + b).orElse("(no roles)");
    }
}

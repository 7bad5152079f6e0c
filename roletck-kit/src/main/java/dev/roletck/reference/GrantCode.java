package dev.roletck.reference;

import dev.roletck.api.Grant;
import dev.roletck.model.Access;
import dev.roletck.model.Scope;

/**
 * A grant packed into an int, so that rules return grants and decisions combine them without
 * allocating: {@code access.ordinal() * 8 + slot}, where slot 0 is unscoped and slot
 * {@code 1 + scope.ordinal()} is scoped. With four levels and seven scopes every code fits in 0..31,
 * so a set of grants is one int bit mask.
 */
final class GrantCode {
    private GrantCode() {}

    static final int COUNT = 32;
    private static final Access[] ACCESS = Access.values();
    private static final Scope[] SCOPES = Scope.values();

    static final int NOT_APPLICABLE = of(Access.NOT_APPLICABLE);
    static final int NONE = of(Access.NONE);
    static final int READ_ONLY = of(Access.READ_ONLY);
    static final int FULL = of(Access.FULL);

    /** For each code, the mask of the other codes that cover it (RULINGS §4.6). */
    private static final int[] COVERED_BY = new int[COUNT];

    static {
        for (int g = 0; g < COUNT; g++) {
            if (!isValid(g)) continue;
            for (int h = 0; h < COUNT; h++) {
                if (h != g && isValid(h) && toGrant(h).covers(toGrant(g))) COVERED_BY[g] |= 1 << h;
            }
        }
    }

    static int of(Access access) {
        return access.ordinal() * 8;
    }

    static int of(Access access, Scope scope) {
        return access.ordinal() * 8 + 1 + scope.ordinal();
    }

    static int full(Scope scope) { return of(Access.FULL, scope); }

    static int readOnly(Scope scope) { return of(Access.READ_ONLY, scope); }

    static Access access(int code) { return ACCESS[code >>> 3]; }

    static boolean isValid(int code) {
        int slot = code & 7;
        return slot == 0 || (slot <= SCOPES.length && access(code).isScopable());
    }

    static Grant toGrant(int code) {
        int slot = code & 7;
        return slot == 0 ? Grant.of(access(code)) : Grant.of(access(code), SCOPES[slot - 1]);
    }

    /** The grants of {@code mask} that no other grant of the mask covers. */
    static int uncovered(int mask) {
        int result = 0;
        for (int rest = mask; rest != 0; rest &= rest - 1) {
            int g = Integer.numberOfTrailingZeros(rest);
            if ((COVERED_BY[g] & mask) == 0) result |= 1 << g;
        }
        return result;
    }
}

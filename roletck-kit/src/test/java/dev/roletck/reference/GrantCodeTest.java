package dev.roletck.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.Grant;
import dev.roletck.model.Access;
import dev.roletck.model.Scope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The packed grants the rules return: every grant has its own code in 0..31, a code names a grant
 * exactly when it is valid, and the uncovered codes of a mask are the grants the union rule keeps
 * (RULINGS §4.6).
 */
class GrantCodeTest {

    /** Every grant there is: each level unscoped, and full and read-only under each scope. */
    static List<Grant> everyGrant() {
        List<Grant> all = new ArrayList<>();
        for (Access a : Access.values()) {
            all.add(Grant.of(a));
            if (a.isScopable()) for (Scope s : Scope.values()) all.add(Grant.of(a, s));
        }
        return all;
    }

    static int code(Grant g) {
        return g.scope().isPresent() ? GrantCode.of(g.access(), g.scope().get()) : GrantCode.of(g.access());
    }

    @Test
    void everyGrantHasItsOwnValidCodeThatNamesItBack() {
        Set<Integer> codes = new HashSet<>();
        for (Grant g : everyGrant()) {
            int code = code(g);
            assertTrue(code >= 0 && code < GrantCode.COUNT, g + " packs into " + code);
            assertTrue(codes.add(code), g + " shares its code " + code);
            assertTrue(GrantCode.isValid(code), g + "'s code " + code + " is valid");
            assertEquals(g, GrantCode.toGrant(code));
            assertEquals(g.access(), GrantCode.access(code));
        }
        assertEquals(4 + 2 * Scope.values().length, codes.size());
        for (int code = 0; code < GrantCode.COUNT; code++) {
            assertEquals(codes.contains(code), GrantCode.isValid(code), "code " + code + " is valid exactly when it names a grant");
        }
        assertEquals(GrantCode.of(Access.FULL), GrantCode.FULL);
        assertEquals(GrantCode.of(Access.READ_ONLY), GrantCode.READ_ONLY);
        assertEquals(GrantCode.of(Access.NONE), GrantCode.NONE);
        assertEquals(GrantCode.of(Access.NOT_APPLICABLE), GrantCode.NOT_APPLICABLE);
        assertEquals(Grant.of(Access.FULL, Scope.ASSIGNED_SITES_ONLY), GrantCode.toGrant(GrantCode.full(Scope.ASSIGNED_SITES_ONLY)));
        assertEquals(Grant.of(Access.READ_ONLY, Scope.USER_SETTINGS_ONLY), GrantCode.toGrant(GrantCode.readOnly(Scope.USER_SETTINGS_ONLY)));
        assertFalse(GrantCode.isValid(GrantCode.NONE + 1), "none carries no scope");
        assertFalse(GrantCode.isValid(GrantCode.NOT_APPLICABLE + 1), "not_applicable carries no scope");
    }

    @Test
    void theUncoveredCodesOfEveryPairAndTripleAreTheGrantsTheUnionRuleKeeps() {
        List<Grant> all = everyGrant();
        int compared = 0;
        for (int i = 0; i < all.size(); i++) {
            for (int j = i; j < all.size(); j++) {
                for (int k = j; k < all.size(); k++) {
                    List<Grant> grants = List.of(all.get(i), all.get(j), all.get(k));
                    int mask = 0;
                    for (Grant g : grants) mask |= 1 << code(g);
                    Set<Grant> kept = new HashSet<>();
                    for (int rest = GrantCode.uncovered(mask); rest != 0; rest &= rest - 1) {
                        kept.add(GrantCode.toGrant(Integer.numberOfTrailingZeros(rest)));
                    }
                    assertEquals(Set.copyOf(AccessDecision.union(grants).grants()), kept, grants.toString());
                    compared++;
                }
            }
        }
        assertTrue(compared > 1_000, "only " + compared + " sets compared");
    }
}

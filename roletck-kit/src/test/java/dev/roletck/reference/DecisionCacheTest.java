package dev.roletck.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.Grant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The interned decisions: a fresh cache answers, for the mask of any set of grants, the decision the
 * union rule makes of them (RULINGS §4.6), and the same instance every time — also after it has grown
 * past its first size (a thousand masks against 256 slots).
 */
class DecisionCacheTest {

    @Test
    void everyMaskGetsTheUnionOfItsGrantsOnceAndForAll() {
        DecisionCache cache = new DecisionCache();
        List<Grant> all = GrantCodeTest.everyGrant();
        Map<Integer, AccessDecision> first = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i; j < all.size(); j++) {
                for (int k = j; k < all.size(); k++) {
                    List<Grant> grants = List.of(all.get(i), all.get(j), all.get(k));
                    int mask = 0;
                    for (Grant g : grants) mask |= 1 << GrantCodeTest.code(g);
                    AccessDecision d = cache.get(mask);
                    assertEquals(AccessDecision.union(grants), d, grants.toString());
                    AccessDecision earlier = first.putIfAbsent(mask, d);
                    if (earlier != null) assertSame(earlier, d, grants + " was answered before");
                    assertSame(d, cache.get(mask), grants + " asked again at once");
                }
            }
        }
        assertTrue(first.size() > 900, "only " + first.size() + " distinct masks");
        List<Integer> masks = new ArrayList<>(first.keySet());
        for (int mask : masks) assertSame(first.get(mask), cache.get(mask), "mask " + Integer.toBinaryString(mask) + " after the cache grew");
    }
}

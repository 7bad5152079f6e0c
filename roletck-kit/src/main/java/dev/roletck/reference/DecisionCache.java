package dev.roletck.reference;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.Grant;
import java.util.ArrayList;
import java.util.List;

/**
 * Interned decisions keyed by their uncovered-grant mask. Only a few dozen distinct masks ever
 * occur, so a lookup is a probe in a small open-addressed table and allocates nothing; a miss
 * builds the decision once and republishes a copy of the table.
 */
final class DecisionCache {
    private static final class Entries {
        final int[] keys;
        final AccessDecision[] values;

        Entries(int size) {
            keys = new int[size];
            values = new AccessDecision[size];
        }
    }

    private volatile Entries entries = new Entries(256);

    AccessDecision get(int mask) {
        Entries e = entries;
        int slot = index(mask, e.keys.length);
        while (e.values[slot] != null) {
            if (e.keys[slot] == mask) return e.values[slot];
            slot = (slot + 1) & (e.keys.length - 1);
        }
        return add(mask);
    }

    private synchronized AccessDecision add(int mask) {
        Entries old = entries;
        int count = 0;
        for (AccessDecision v : old.values) if (v != null) count++;
        Entries grown = new Entries(count * 2 + 2 > old.keys.length ? old.keys.length * 2 : old.keys.length);
        for (int i = 0; i < old.keys.length; i++) if (old.values[i] != null) put(grown, old.keys[i], old.values[i]);
        AccessDecision existing = find(grown, mask);
        if (existing != null) return existing;
        AccessDecision decision = build(mask);
        put(grown, mask, decision);
        entries = grown;
        return decision;
    }

    private static AccessDecision find(Entries e, int mask) {
        int slot = index(mask, e.keys.length);
        while (e.values[slot] != null) {
            if (e.keys[slot] == mask) return e.values[slot];
            slot = (slot + 1) & (e.keys.length - 1);
        }
        return null;
    }

    private static void put(Entries e, int mask, AccessDecision decision) {
        int slot = index(mask, e.keys.length);
        while (e.values[slot] != null) slot = (slot + 1) & (e.keys.length - 1);
        e.keys[slot] = mask;
        e.values[slot] = decision;
    }

    private static int index(int mask, int length) {
        return (mask * 0x9E3779B1 >>> 16) & (length - 1);
    }

    private static AccessDecision build(int mask) {
        List<Grant> grants = new ArrayList<>();
        for (int rest = mask; rest != 0; rest &= rest - 1) grants.add(GrantCode.toGrant(Integer.numberOfTrailingZeros(rest)));
        return AccessDecision.union(grants);
    }
}

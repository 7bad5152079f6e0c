package dev.roletck.reference;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.Context;
import dev.roletck.model.Capability;
import dev.roletck.model.CcLicense;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.model.Table;
import java.util.List;
import java.util.function.Function;

/**
 * The access decisions of the rules, precomputed: for every capability, relation, context and set
 * of held roles, the decision {@link ReferencePolicy#decideByRules} gives. The rule classes stay the
 * statement of the rules; this table is derived from them when first used, and a test checks the
 * two agree on every input.
 *
 * <p>Held roles are compacted per table: the roles it lists map to a dense index by one multiply
 * and shift, and every role it does not list shares one more bit (the rules answer not_applicable
 * for any of them alike), so a decision is a few loads, a multiply and no allocation.
 */
final class GrantTable {
    private static final Relation[] RELATIONS = Relation.values();
    private static final CcLicense[] LICENCES = CcLicense.values();
    private static final Role[] ROLES = Role.values();
    /** Contexts by index: 0 carries no licence, 1 + ordinal carries that licence. */
    static final int CONTEXTS = 1 + LICENCES.length;

    /**
     * The decisions about one capability. The roles the table lists map to a dense index by a
     * multiply-and-shift ({@code ((held & listed) * magic) >>> shift}, a magic found once per table
     * so that no two sets of listed roles share an index); any role the table does not list sets
     * one more bit, {@code other}.
     */
    private record Row(long listed, long magic, int shift, int other, int contextShift, boolean hasContext,
                       AccessDecision[] decisions) {}

    private final Row[] rows = new Row[Capability.values().length];

    GrantTable(Function<AccessRequest, AccessDecision> rules) {
        for (Table table : Table.values()) {
            List<Role> listedRoles = table.roles();
            long listed = 0;
            for (Role r : listedRoles) listed |= 1L << r.ordinal();
            long[] magic = new long[1];
            int bits = magic(listed, listedRoles.size(), magic);
            int other = 1 << bits;
            int contextShift = bits + 1;
            int shift = 64 - bits;
            // the role held for the "any other role" bit: the first role the table does not list
            Role stranger = null;
            for (Role r : ROLES) if (!listedRoles.contains(r)) { stranger = r; break; }
            boolean hasContext = false;
            for (int ctx = 1; ctx < CONTEXTS; ctx++) hasContext |= context(ctx).appliesTo(table);
            for (Capability capability : table.capabilities()) {
                AccessDecision[] row = new AccessDecision[(RELATIONS.length * CONTEXTS) << contextShift];
                for (Relation relation : RELATIONS) {
                    for (int ctx = 0; ctx < CONTEXTS; ctx++) {
                        Context context = context(ctx);
                        if (!context.appliesTo(table)) continue; // such a request cannot be built
                        for (int subset = 0; subset < 1 << listedRoles.size(); subset++) {
                            long held = 0;
                            for (int i = 0; i < listedRoles.size(); i++) if ((subset & (1 << i)) != 0) held |= 1L << listedRoles.get(i).ordinal();
                            int index = (int) ((held * magic[0]) >>> shift);
                            for (int withOther = 0; withOther < (stranger == null ? 1 : 2); withOther++) {
                                long h = withOther == 0 ? held : held | 1L << stranger.ordinal();
                                row[((relation.ordinal() * CONTEXTS + ctx) << contextShift) | index | (withOther == 0 ? 0 : other)] =
                                        rules.apply(new AccessRequest(table, capability, new RoleSet(h), relation, context));
                            }
                        }
                    }
                }
                rows[capability.ordinal()] = new Row(listed, magic[0], shift, other, contextShift, hasContext, row);
            }
        }
    }

    /**
     * A multiplier that maps every subset of the {@code count} bits of {@code listed} to a distinct
     * value of its top bits, and how many top bits: as few as a fixed-seed search finds.
     */
    private static int magic(long listed, int count, long[] out) {
        long[] subsets = new long[1 << count];
        for (int s = 0; s < subsets.length; s++) {
            long v = 0;
            long rest = listed;
            for (int i = 0; i < count; i++) {
                long low = rest & -rest;
                rest &= rest - 1;
                if ((s & (1 << i)) != 0) v |= low;
            }
            subsets[s] = v;
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261206L);
        for (int bits = Math.max(count, 1); bits < 20; bits++) {
            boolean[] used = new boolean[1 << bits];
            for (int attempt = 0; attempt < 20_000; attempt++) {
                long m = random.nextLong() & random.nextLong() & random.nextLong();
                java.util.Arrays.fill(used, false);
                boolean ok = true;
                for (long v : subsets) {
                    int i = (int) ((v * m) >>> (64 - bits));
                    if (used[i]) { ok = false; break; }
                    used[i] = true;
                }
                if (ok) {
                    out[0] = m;
                    return bits;
                }
            }
        }
        throw new IllegalStateException("no multiplier separates the roles " + Long.toBinaryString(listed));
    }

    static Context context(int index) {
        return index == 0 ? Context.EMPTY : Context.ccLicense(LICENCES[index - 1]);
    }

    AccessDecision decide(AccessRequest request) {
        Row row = rows[request.capability().ordinal()];
        long held = request.roles().bits();
        int index = (int) (((held & row.listed) * row.magic) >>> row.shift) | ((held & ~row.listed) != 0 ? row.other : 0);
        int ctx = 0;
        if (row.hasContext) {
            var licence = request.context().ccLicense();
            if (licence.isPresent()) ctx = 1 + licence.get().ordinal();
        }
        return row.decisions[((request.relation().ordinal() * CONTEXTS + ctx) << row.contextShift) | index];
    }
}

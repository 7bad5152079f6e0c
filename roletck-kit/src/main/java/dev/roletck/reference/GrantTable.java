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
 * <p>Held roles are compacted per table: each role the table lists gets one bit, and every role it
 * does not list shares one more bit (the rules answer not_applicable for any of them alike). The
 * compact index of a role set is the OR of three 256-entry lookups, one per byte of the role bits,
 * so a decision is four array loads, a few shifts and no allocation.
 */
final class GrantTable {
    private static final Relation[] RELATIONS = Relation.values();
    private static final CcLicense[] LICENCES = CcLicense.values();
    private static final Role[] ROLES = Role.values();
    /** Contexts by index: 0 carries no licence, 1 + ordinal carries that licence. */
    static final int CONTEXTS = 1 + LICENCES.length;
    /** Bytes of role bits, each looked up in its own 256-entry slice of a table's compaction. */
    private static final int ROLE_BYTES = (ROLES.length + 7) / 8;

    static {
        if (ROLE_BYTES != 3) throw new ExceptionInInitializerError("GrantTable reads three bytes of role bits; there are " + ROLES.length + " roles");
    }

    /** Per table, role bits byte by byte to the compact index ({@code ROLE_BYTES} slices of 256). */
    private final int[][] compaction = new int[Table.values().length][];
    /** Per capability, decisions by {@code ((relation * CONTEXTS + context) << bits) | compact index}. */
    private final AccessDecision[][] byCapability = new AccessDecision[Capability.values().length][];
    /** Per table, the bits of its compact index: its listed roles, plus one for any other role. */
    private final int[] bits = new int[Table.values().length];

    GrantTable(Function<AccessRequest, AccessDecision> rules) {
        for (Table table : Table.values()) {
            List<Role> listed = table.roles();
            int k = listed.size() + 1;
            bits[table.ordinal()] = k;
            int other = 1 << listed.size();
            int[] c = new int[ROLE_BYTES * 256];
            for (int b = 0; b < ROLE_BYTES; b++) {
                for (int v = 0; v < 256; v++) {
                    int idx = 0;
                    for (int i = 0; i < 8; i++) {
                        int ordinal = b * 8 + i;
                        if ((v & (1 << i)) == 0 || ordinal >= ROLES.length) continue;
                        int at = listed.indexOf(ROLES[ordinal]);
                        idx |= at >= 0 ? 1 << at : other;
                    }
                    c[b * 256 + v] = idx;
                }
            }
            compaction[table.ordinal()] = c;
            // the role held for the "any other role" bit: the first role the table does not list
            Role stranger = null;
            for (Role r : ROLES) if (!listed.contains(r)) { stranger = r; break; }
            for (Capability capability : table.capabilities()) {
                AccessDecision[] row = new AccessDecision[(RELATIONS.length * CONTEXTS) << k];
                for (Relation relation : RELATIONS) {
                    for (int ctx = 0; ctx < CONTEXTS; ctx++) {
                        Context context = context(ctx);
                        if (!context.appliesTo(table)) continue; // such a request cannot be built
                        for (int subset = 0; subset < 1 << k; subset++) {
                            long held = 0;
                            for (int i = 0; i < listed.size(); i++) if ((subset & (1 << i)) != 0) held |= 1L << listed.get(i).ordinal();
                            if ((subset & other) != 0) {
                                if (stranger == null) continue;
                                held |= 1L << stranger.ordinal();
                            }
                            row[((relation.ordinal() * CONTEXTS + ctx) << k) | subset] =
                                    rules.apply(new AccessRequest(table, capability, new RoleSet(held), relation, context));
                        }
                    }
                }
                byCapability[capability.ordinal()] = row;
            }
        }
    }

    static Context context(int index) {
        return index == 0 ? Context.EMPTY : Context.ccLicense(LICENCES[index - 1]);
    }

    AccessDecision decide(AccessRequest request) {
        int t = request.table().ordinal();
        int[] c = compaction[t];
        long held = request.roles().bits();
        int idx = c[(int) held & 0xFF] | c[256 + ((int) (held >>> 8) & 0xFF)] | c[512 + ((int) (held >>> 16) & 0xFF)];
        var licence = request.context().ccLicense();
        int ctx = licence.isPresent() ? 1 + licence.get().ordinal() : 0;
        return byCapability[request.capability().ordinal()][((request.relation().ordinal() * CONTEXTS + ctx) << bits[t]) | idx];
    }
}

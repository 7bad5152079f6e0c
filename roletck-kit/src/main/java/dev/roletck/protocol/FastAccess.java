package dev.roletck.protocol;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.Context;
import dev.roletck.api.Policy;
import dev.roletck.model.Capability;
import dev.roletck.model.CcLicense;
import dev.roletck.model.Id;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.model.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fast reader of {@link ByteLines}: answers an access request straight from its bytes when the
 * line is in the plain form clients send — one object whose keys are the access fields each at
 * most once, whose strings are printable ASCII without escapes, an integer id, a list of role ids
 * and a context of at most {@code cc_license} — and every id is known. It declines (returns false)
 * for anything else, and the line then goes to {@link ProtocolServer#answer(String)}, which is the
 * statement of the protocol: the fast reader only takes lines that path would answer the same way,
 * and it writes the same bytes.
 */
final class FastAccess {
    private static final byte[] K_ID = ascii("id"), K_KIND = ascii("kind"), K_TABLE = ascii("table"),
            K_CAPABILITY = ascii("capability"), K_ROLES = ascii("roles"), K_RELATION = ascii("relation"),
            K_CONTEXT = ascii("context"), K_CC_LICENSE = ascii("cc_license"), V_ACCESS = ascii("access");
    private static final Table[] TABLES = Table.values();
    private static final Relation[] RELATIONS = Relation.values();
    private static final Role[] ROLES = Role.values();
    private static final CcLicense[] LICENCES = CcLicense.values();
    private static final byte[][] TABLE_IDS = ids(TABLES), RELATION_IDS = ids(RELATIONS), ROLE_IDS = ids(ROLES),
            LICENCE_IDS = ids(LICENCES);
    private static final Capability[][] CAPABILITIES = new Capability[TABLES.length][];
    private static final byte[][][] CAPABILITY_IDS = new byte[TABLES.length][][];
    private static final Context[] CONTEXTS = new Context[LICENCES.length];

    static {
        for (Table t : TABLES) {
            List<Capability> cs = t.capabilities();
            CAPABILITIES[t.ordinal()] = cs.toArray(Capability[]::new);
            CAPABILITY_IDS[t.ordinal()] = ids(CAPABILITIES[t.ordinal()]);
        }
        for (CcLicense l : LICENCES) CONTEXTS[l.ordinal()] = Context.ccLicense(l);
    }

    /** Answers written so far, by decision: a policy gives few distinct ones. Bounded. */
    private final Map<AccessDecision, byte[]> answers = new HashMap<>();
    private final Policy policy;
    private AccessDecision lastDecision;
    private byte[] lastAnswer;

    // the line being read
    private byte[] b;
    private int p;
    private int end;
    private int strStart;
    private int strEnd;

    FastAccess(Policy policy) {
        this.policy = policy;
    }

    /** Answers the line {@code bytes[from, to)} into {@code out}; false, writing nothing, when it declines. */
    boolean answer(byte[] bytes, int from, int to, ByteLines out) throws IOException {
        b = bytes;
        p = from;
        end = to;
        long id = 0;
        int seen = 0;
        int table = -1, capabilityFrom = 0, capabilityTo = 0, relation = -1, licence = -1;
        long roles = 0;
        skipSpace();
        if (!take('{')) return false;
        skipSpace();
        if (!take('}')) {
            while (true) {
                if (!string()) return false;
                int kFrom = strStart, kTo = strEnd;
                skipSpace();
                if (!take(':')) return false;
                skipSpace();
                int bit;
                if (is(kFrom, kTo, K_ID)) {
                    bit = 1;
                    if (p < end && b[p] == '"') return false; // a string id: the general path
                    long[] v = NUMBER;
                    if (!integer(v)) return false;
                    id = v[0];
                } else if (is(kFrom, kTo, K_KIND)) {
                    bit = 2;
                    if (!string() || !is(strStart, strEnd, V_ACCESS)) return false;
                } else if (is(kFrom, kTo, K_TABLE)) {
                    bit = 4;
                    if (!string() || (table = find(TABLE_IDS)) < 0) return false;
                } else if (is(kFrom, kTo, K_CAPABILITY)) {
                    bit = 8;
                    if (!string()) return false;
                    capabilityFrom = strStart;
                    capabilityTo = strEnd;
                } else if (is(kFrom, kTo, K_ROLES)) {
                    bit = 16;
                    if (!take('[')) return false;
                    skipSpace();
                    if (!take(']')) {
                        while (true) {
                            int r;
                            if (!string() || (r = find(ROLE_IDS)) < 0) return false;
                            roles |= 1L << r;
                            skipSpace();
                            if (take(']')) break;
                            if (!take(',')) return false;
                            skipSpace();
                        }
                    }
                } else if (is(kFrom, kTo, K_RELATION)) {
                    bit = 32;
                    if (!string() || (relation = find(RELATION_IDS)) < 0) return false;
                } else if (is(kFrom, kTo, K_CONTEXT)) {
                    bit = 64;
                    if (!take('{')) return false;
                    skipSpace();
                    if (!take('}')) {
                        if (!string() || !is(strStart, strEnd, K_CC_LICENSE)) return false;
                        skipSpace();
                        if (!take(':')) return false;
                        skipSpace();
                        if (!string() || (licence = find(LICENCE_IDS)) < 0) return false;
                        skipSpace();
                        if (!take('}')) return false;
                    }
                } else {
                    return false;
                }
                if ((seen & bit) != 0) return false;
                seen |= bit;
                skipSpace();
                if (take('}')) break;
                if (!take(',')) return false;
                skipSpace();
            }
        }
        skipSpace();
        if (p != end || (seen & 63) != 63) return false; // something follows, or a field is missing
        Table t = TABLES[table];
        Capability capability = null;
        byte[][] capabilityIds = CAPABILITY_IDS[table];
        for (int i = 0; i < capabilityIds.length; i++) {
            if (is(capabilityFrom, capabilityTo, capabilityIds[i])) {
                capability = CAPABILITIES[table][i];
                break;
            }
        }
        if (capability == null) return false;
        Context context = licence < 0 ? Context.EMPTY : CONTEXTS[licence];
        if (!context.appliesTo(t)) return false;
        AccessDecision decision;
        try {
            decision = policy.decide(new AccessRequest(t, capability, new RoleSet(roles), RELATIONS[relation], context));
        } catch (RuntimeException e) {
            return false; // the general path says what went wrong
        }
        if (decision == null) return false;
        byte[] answer = body(decision);
        out.write(ANSWER_START);
        out.writeLong(id);
        out.write(answer);
        out.write('\n');
        return true;
    }

    private static final byte[] ANSWER_START = ascii("{\"id\":");
    private final long[] NUMBER = new long[1];

    /** The answer after its id: ",\"access\":…}" as the general path writes it. */
    private byte[] body(AccessDecision decision) {
        if (decision == lastDecision) return lastAnswer;
        byte[] body = answers.get(decision);
        if (body == null) {
            byte[] whole = ProtocolServer.bytes(Wire.toJson(decision)); // {"access":…}
            body = new byte[whole.length];
            body[0] = ',';
            System.arraycopy(whole, 1, body, 1, whole.length - 1);
            if (answers.size() < 4096) answers.put(decision, body);
        }
        lastDecision = decision;
        lastAnswer = body;
        return body;
    }

    private void skipSpace() {
        while (p < end) {
            byte c = b[p];
            if (c != ' ' && c != '\t' && c != '\r') return;
            p++;
        }
    }

    private boolean take(char c) {
        if (p < end && b[p] == c) {
            p++;
            return true;
        }
        return false;
    }

    /** A string of printable ASCII without escapes; its contents in {@code [strStart, strEnd)}. */
    private boolean string() {
        if (p >= end || b[p] != '"') return false;
        int i = p + 1;
        while (i < end) {
            byte c = b[i];
            if (c == '"') {
                strStart = p + 1;
                strEnd = i;
                p = i + 1;
                return true;
            }
            if (c < 0x20 || c > 0x7E || c == '\\') return false;
            i++;
        }
        return false;
    }

    /** An integer as JSON writes it (no fraction, exponent or leading zero), at most 18 digits. */
    private boolean integer(long[] v) {
        boolean negative = take('-');
        int start = p;
        long n = 0;
        while (p < end && b[p] >= '0' && b[p] <= '9') {
            n = n * 10 + (b[p] - '0');
            p++;
        }
        int digits = p - start;
        if (digits == 0 || digits > 18 || (digits > 1 && b[start] == '0')) return false;
        if (p < end && (b[p] == '.' || b[p] == 'e' || b[p] == 'E')) return false;
        v[0] = negative ? -n : n;
        return true;
    }

    private boolean is(int from, int to, byte[] id) {
        if (to - from != id.length) return false;
        for (int i = 0; i < id.length; i++) if (b[from + i] != id[i]) return false;
        return true;
    }

    /** The index of the string just read among {@code ids}, or -1. */
    private int find(byte[][] ids) {
        for (int i = 0; i < ids.length; i++) if (is(strStart, strEnd, ids[i])) return i;
        return -1;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[][] ids(Id[] values) {
        byte[][] out = new byte[values.length][];
        for (int i = 0; i < values.length; i++) out[i] = values[i].id().getBytes(StandardCharsets.UTF_8);
        return out;
    }
}

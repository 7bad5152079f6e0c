package dev.roletck.audit;

/**
 * The user IDs seen so far, as 64-bit fingerprints with the line each was first seen on: 12 bytes a
 * slot at most 3/4 full, so a million users take 24 MB (36 MB while the table doubles). Two different IDs share a fingerprint
 * with a chance of about n²/2⁶⁵ (3·10⁻⁸ for a million users).
 */
final class UserSet {
    private long[] keys = new long[1 << 12];
    private int[] lines = new int[1 << 12];
    private int size;

    /** Adds an ID (case does not count) first seen on {@code line}; returns the line it was first seen on, or 0 when it is new. */
    long addOrGet(String id, long line) {
        long fp = fingerprint(id);
        int mask = keys.length - 1;
        int i = (int) (fp ^ (fp >>> 32)) & mask;
        while (keys[i] != 0) {
            if (keys[i] == fp) return lines[i];
            i = (i + 1) & mask;
        }
        keys[i] = fp;
        lines[i] = (int) Math.min(line, Integer.MAX_VALUE);
        if (++size * 4L > keys.length * 3L) grow();
        return 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == 0) continue;
            int i = (int) (oldKeys[j] ^ (oldKeys[j] >>> 32)) & mask;
            while (keys[i] != 0) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            lines[i] = oldLines[j];
        }
    }

    /** FNV-1a over the UTF-16 code units folded to lower case, then the 64-bit finaliser of MurmurHash3; never 0. */
    static long fingerprint(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= Character.toLowerCase(s.charAt(i));
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}

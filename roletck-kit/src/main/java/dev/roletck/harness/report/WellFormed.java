package dev.roletck.harness.report;

/**
 * Makes any string writable as UTF-8: a lone surrogate (which an implementation's message may carry,
 * e.g. from a JSON {@code "\ud800"} escape) becomes U+FFFD, so that writing a report never fails.
 */
final class WellFormed {
    private WellFormed() {}

    static String text(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                if (b != null) b.append(c).append(s.charAt(i + 1));
                i++;
            } else if (Character.isSurrogate(c)) {
                if (b == null) b = new StringBuilder(s.length()).append(s, 0, i);
                b.append('\uFFFD');
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}

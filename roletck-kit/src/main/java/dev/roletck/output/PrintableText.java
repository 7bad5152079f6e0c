package dev.roletck.output;

/**
 * Text from outside the kit — what an implementation says, a value of a user's file — made safe to
 * print on one line of the console or of a report: line breaks and other control characters
 * (terminal escapes among them) become visible escapes such as {@code \n} and {@code \x1b},
 * bidirectional overrides and line separators become {@code \u202e}-style escapes, a lone surrogate
 * becomes U+FFFD, and the text is cut to a length. A message built from it can therefore neither
 * forge a {@code file:line:col} line nor break the writing of a report.
 */
public final class PrintableText {
    private PrintableText() {}

    /** {@code text} made printable on one line, cut to about {@code max} characters (with "..." when cut). */
    public static String oneLine(String text, int max) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
        for (int i = 0; i < text.length(); ) {
            if (out.length() >= max) {
                out.append("...");
                break;
            }
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            i++;
            if (Character.isSurrogate(c)) out.append('\uFFFD');
            else if (c == '\n') out.append("\\n");
            else if (c == '\r') out.append("\\r");
            else if (c == '\t') out.append("\\t");
            else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) out.append(String.format("\\x%02x", (int) c));
            else if (isInvisibleFormat(c)) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.toString();
    }

    /** Characters that reorder or hide text on a terminal: bidi controls, line and paragraph separators. */
    private static boolean isInvisibleFormat(char c) {
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
                || c == 0x2028 || c == 0x2029 || c == 0x061c || c == 0xfeff;
    }
}

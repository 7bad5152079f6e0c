package dev.roletck.harness;

import dev.roletck.output.PrintableText;

/**
 * What an implementation says — an error text, a line of its standard error, an exception message —
 * made safe to print on one line of the console or of a report ({@link PrintableText}), cut to the
 * kit's excerpt length.
 */
public final class ImplementationText {
    /** The longest excerpt printed of one thing an implementation said. */
    public static final int EXCERPT = 200;

    private ImplementationText() {}

    /** {@code text} made printable on one line, cut to {@link #EXCERPT} characters. */
    public static String excerpt(String text) {
        return clean(text, EXCERPT);
    }

    /** {@code text} made printable on one line, cut to about {@code max} characters (with "..." when cut); see {@link PrintableText}. */
    public static String clean(String text, int max) {
        return PrintableText.oneLine(text, max);
    }
}

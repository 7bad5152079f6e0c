package dev.roletck.input;

import dev.roletck.i18n.Catalog;
import dev.roletck.i18n.Message;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with an input file, at a 1-based line and column: what is wrong and how to fix
 * it, each a catalog {@link Message}. {@link #say} is the one line every tool prints, in the
 * reader's language: {@code file:line:col: what — fix} (the position is the same in every
 * language); {@link #toString()} is that line in English.
 */
public record Problem(String file, int line, int column, Message what, Message fix) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(fix, "fix");
        if (line < 1 || column < 1) throw new IllegalArgumentException("positions are 1-based");
    }

    /** {@code file:line:col: } — the language-neutral start of the line. */
    public String where() { return file + ":" + line + ":" + column + ": "; }

    /** The line in the reader's language. */
    public String say(Catalog catalog, Locale locale) {
        return where() + what.render(catalog, locale) + " — " + fix.render(catalog, locale);
    }

    /** The line in the reader's language, from the kit's standard catalog. */
    public String say(Locale locale) { return say(Catalog.standard(), locale); }

    /** What is wrong, in English (for logs and tests of the machine form). */
    public String message() { return what.english(); }

    @Override public String toString() { return say(Locale.ENGLISH); }
}

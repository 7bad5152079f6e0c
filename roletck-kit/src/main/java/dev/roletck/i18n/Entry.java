package dev.roletck.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One entry of one language's catalog, as written in its file.
 *
 * @param text    the canonical label, or the ICU pattern of a message
 * @param source  a seed file with the line quoted ({@code 002_eb43fb2dbe00fd3d.txt:97}), {@code translated}
 *                (no seed gives the term in this language) or {@code original} (a message written for RoleTCK)
 * @param aliases other spellings accepted by {@code find}, each with its own source
 */
public record Entry(String key, Locale locale, String text, String source, List<Alias> aliases,
                    Optional<String> note, boolean message) {

    /** Another spelling of a label, with the place it comes from. */
    public record Alias(String text, String source) {}

    public Entry {
        aliases = List.copyOf(aliases);
    }

    /** Whether the text is quoted from a seed (rather than translated or written for RoleTCK). */
    public boolean fromSeed() {
        return !source.equals(Sources.TRANSLATED) && !source.equals(Sources.ORIGINAL);
    }
}

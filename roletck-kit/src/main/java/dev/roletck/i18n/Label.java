package dev.roletck.i18n;

import java.util.Locale;

/**
 * A label as shown to a reader.
 *
 * @param key      the catalog key, e.g. {@code role.full_admin}
 * @param text     the canonical label (or, for a message key, its pattern)
 * @param locale   the language whose catalog gave the text
 * @param fellBack whether that is another language than the one asked for (the chain is
 *                 {@code pl-PL → pl → en}, so only reaching a different language counts)
 * @param source   where the text comes from: a seed file with its line, {@code translated} or {@code original}
 */
public record Label(String key, String text, Locale locale, boolean fellBack, String source) {
    @Override public String toString() { return text; }
}

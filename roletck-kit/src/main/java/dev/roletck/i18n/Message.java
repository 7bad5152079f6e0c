package dev.roletck.i18n;

import dev.roletck.model.Id;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One catalog message kept as data until it is shown: its key and its named arguments. Arguments
 * are numbers, model values ({@link Id}, shown by their label), language tags, other messages or
 * {@link Phrase}s, lists of these, or strings shown verbatim — what a file or another tool wrote,
 * ids, paths, never words of the kit. {@link #render} says it in the reader's language; so a
 * problem found deep in a reader is worded only where it is printed, in the run's language.
 */
public record Message(String key, Map<String, Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        if (!key.startsWith("message.")) throw new IllegalArgumentException("not a message key: " + key);
        args = Arguments.checked(args, true);
    }

    /** The message {@code key} with arguments given as name, value, name, value … */
    public static Message of(String key, Object... namesAndValues) {
        return new Message(key, Arguments.pairs(namesAndValues));
    }

    /** This message in the reader's language. */
    public String render(Catalog catalog, Locale locale) {
        Map<String, Object> shown = new LinkedHashMap<>();
        args.forEach((k, v) -> shown.put(k, value(v, catalog, locale)));
        return catalog.format(key, shown, locale);
    }

    /** This message in English, from the kit's standard catalog (logs, exception messages). */
    public String english() { return render(Catalog.standard(), Locale.ENGLISH); }

    private static Object value(Object v, Catalog catalog, Locale locale) {
        if (v instanceof Message m) return m.render(catalog, locale);
        if (v instanceof Phrase p) return p.render(catalog, locale);
        if (v instanceof List<?> items) {
            List<Object> shown = new ArrayList<>();
            for (Object item : items) shown.add(value(item, catalog, locale));
            return shown;
        }
        return v;
    }

    @Override public String toString() { return english(); }
}

package dev.roletck.i18n;

import dev.roletck.model.Id;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
        Map<String, Object> copy = new LinkedHashMap<>();
        args.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "name"), check(k, v)));
        args = Collections.unmodifiableMap(copy);
    }

    /** The message {@code key} with arguments given as name, value, name, value … */
    public static Message of(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) throw new IllegalArgumentException("names and values come in pairs");
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) args.put((String) namesAndValues[i], namesAndValues[i + 1]);
        return new Message(key, args);
    }

    private static Object check(String name, Object v) {
        Objects.requireNonNull(v, () -> "argument " + name);
        if (v instanceof Collection<?> c) {
            List<Object> items = new ArrayList<>();
            for (Object item : c) items.add(check(name, item));
            return List.copyOf(items);
        }
        if (v instanceof Message || v instanceof Phrase || v instanceof Id || v instanceof Number || v instanceof String
                || v instanceof Locale) return v;
        throw new IllegalArgumentException("argument " + name + " is a " + v.getClass().getSimpleName()
                + " — pass a message, a phrase, a model value, a number or a string");
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

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

/** The named arguments of a {@link Phrase} or a {@link Message}: given in pairs, checked, kept unmodifiable. */
final class Arguments {
    private Arguments() {}

    /** Arguments given as name, value, name, value … */
    static Map<String, Object> pairs(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) throw new IllegalArgumentException("names and values come in pairs");
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) args.put((String) namesAndValues[i], namesAndValues[i + 1]);
        return args;
    }

    /**
     * A checked, unmodifiable copy: every value is a phrase, a model value, a number, a string, a
     * language tag, a list of these — or, where {@code messages} allows it, a {@link Message}.
     */
    static Map<String, Object> checked(Map<String, Object> args, boolean messages) {
        Map<String, Object> copy = new LinkedHashMap<>();
        args.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "name"), check(k, v, messages)));
        return Collections.unmodifiableMap(copy);
    }

    private static Object check(String name, Object v, boolean messages) {
        Objects.requireNonNull(v, () -> "argument " + name);
        if (v instanceof Collection<?> c) {
            List<Object> items = new ArrayList<>();
            for (Object item : c) items.add(check(name, item, messages));
            return List.copyOf(items);
        }
        if ((messages && v instanceof Message) || v instanceof Phrase || v instanceof Id || v instanceof Number
                || v instanceof String || v instanceof Locale) return v;
        throw new IllegalArgumentException("argument " + name + " is a " + v.getClass().getSimpleName()
                + " — pass " + (messages ? "a message, " : "") + "a phrase, a model value, a number or a string");
    }
}

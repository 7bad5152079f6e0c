package dev.roletck.harness;

import dev.roletck.i18n.Catalog;
import dev.roletck.i18n.Phrase;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Bad usage or bad input that stops a run before any case runs (exit code 2). The message is one
 * line: {@code file:line:col: what is wrong — how to fix it}, or what is wrong and the fix. One the
 * kit words itself is a catalog message with its arguments ({@link #of}), said in the reader's
 * language by {@link #say}; {@link #getMessage()} is its English form.
 */
public final class UsageException extends RuntimeException {
    private final Optional<String> key;
    private final Map<String, Object> args;

    /** A message already worded (one that quotes another tool or a file). */
    public UsageException(String message) {
        super(message);
        this.key = Optional.empty();
        this.args = Map.of();
    }

    private UsageException(String key, Map<String, Object> args) {
        super(format(key, args, Locale.ENGLISH));
        this.key = Optional.of(key);
        this.args = Map.copyOf(args);
    }

    /** The catalog message {@code key} with its arguments. */
    public static UsageException of(String key, Map<String, Object> args) {
        return new UsageException(Objects.requireNonNull(key, "key"), args);
    }

    /** The message in the reader's language (as worded, when it is not the kit's). */
    public String say(Locale locale) {
        return key.map(k -> format(k, args, locale)).orElseGet(this::getMessage);
    }

    /** The message with its arguments; a {@link Phrase} argument (a fault, a duration) is said in the same language. */
    private static String format(String key, Map<String, Object> args, Locale locale) {
        Map<String, Object> shown = new LinkedHashMap<>();
        args.forEach((name, value) -> shown.put(name, value instanceof Phrase p ? p.render(locale) : value));
        return Catalog.standard().format(key, shown, locale);
    }
}

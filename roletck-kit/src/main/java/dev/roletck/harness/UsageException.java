package dev.roletck.harness;

import dev.roletck.i18n.Catalog;
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
        super(Catalog.standard().format(key, args, Locale.ENGLISH));
        this.key = Optional.of(key);
        this.args = Map.copyOf(args);
    }

    /** The catalog message {@code key} with its arguments. */
    public static UsageException of(String key, Map<String, Object> args) {
        return new UsageException(Objects.requireNonNull(key, "key"), args);
    }

    /** The message in the reader's language (as worded, when it is not the kit's). */
    public String say(Locale locale) {
        return key.map(k -> Catalog.standard().format(k, args, locale)).orElseGet(this::getMessage);
    }
}

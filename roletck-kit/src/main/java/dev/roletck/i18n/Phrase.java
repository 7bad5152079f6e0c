package dev.roletck.i18n;

import dev.roletck.model.Id;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A sentence for a person, kept as data until it is shown: a {@link Kind} (one catalog message,
 * {@code message.result.<kind>}) and its named arguments. Arguments are numbers, model values
 * ({@link Id}: shown by their label, or by their id in {@link #plain()}), other phrases, lists of
 * these, or strings shown verbatim — ids, seed references and what an implementation itself wrote,
 * never words of the kit. Results carry phrases; {@link #render} formats one in the reader's
 * language, so no text is built in English and parsed back.
 */
public record Phrase(Kind kind, Map<String, Object> args) {

    /** The messages results are told with; each is {@code message.result.<lower-case name>} in every catalog. */
    public enum Kind {
        // what a case expects, and what the implementation answered
        LEVEL, LEVEL_SCOPED, WITH_GRANTS, VERDICT_BY, VERDICT_BY_ONE_OF, AN_ERROR, REFUSED_WITH, ANSWERED, NO_ANSWER,
        // why a case did not pass
        EXPECTED_GOT, NO_DECISION, REJECTED_VALID, EXCEPTION, EXCEPTION_SAYING, NO_WIRE, FAULT,
        NO_ANSWER_WITHIN, DEADLINE_BEFORE, DEADLINE_DURING, THREW, INTERRUPTED, NOT_IN_PROFILE,
        KNOWN_EXPIRED, KNOWN_PASSED, KNOWN_FAILURE, VERBATIM,
        // one line per result
        LINE_PASSED, LINE_FAILED, LINE_EXPECTED_FAILURE, LINE_UNEXPECTED_PASS, LINE_NOT_RUN,
        // where an expectation comes from
        SOURCE_CELLS, SOURCE_SEEDS, CELL, CELLS, CELL_OF, ALSO, NOTE_UNDECLARED, NOTE_NO_ROLES, NOTE_NOT_A_COLUMN,
        NOTE_COUNTS_WITH, NOTE_COUNTS_WITH_NONE_HELD, NOTE_LICENSE, NOTE_UNION, SOURCE_RULE, SOURCE_REFERENCE,
        SOURCE_PROTOCOL,
        // the comment beside a shrunk case
        SHRUNK_ACCESS, SHRUNK_ASSIGNMENT, ANSWERED_WITH,
        // added after the first set: durations, AuthZEN decisions, known-failure patterns
        DURATION, VERDICT, DECISION_ONLY, KNOWN_PATTERN_PASSED, ANSWERED_ERROR, STOPPED,
        // what went wrong on the way to an implementation and back (a process, an AuthZEN PDP)
        INTERRUPTED_WHILE, KIT_STOPPED, RESTARTED, INTERNAL, GAVE_UP, TOO_LONG, NOT_JSON, ANSWER_ID, PROCESS_EXIT,
        PROCESS_ENDED, NO_HANDSHAKE, BAD_HANDSHAKE, CANNOT_RUN, HTTP_STATUS, HTTP_STATUS_BATCH, BATCH_MISMATCH,
        NO_DECISION_FIELD, CONTEXT_NOT_OBJECT, NO_BATCH_WITHIN, NO_CONNECTION, CONNECTION_REFUSED, REQUEST_FAILED,
        REQUEST_ID, WITH_STDERR, CONTEXTS_DIFFER, FULL_WITHOUT_READ, DECISION_DISAGREES, TLS_FAILED;

        /** The catalog key of this kind's message. */
        public String key() { return "message.result." + name().toLowerCase(Locale.ROOT); }
    }

    public Phrase {
        Objects.requireNonNull(kind, "kind");
        args = Arguments.checked(args, false);
    }

    /** A phrase without arguments. */
    public static Phrase of(Kind kind) { return new Phrase(kind, Map.of()); }

    /** A phrase with arguments given as name, value, name, value … */
    public static Phrase of(Kind kind, Object... namesAndValues) {
        return new Phrase(kind, Arguments.pairs(namesAndValues));
    }

    /** Text the kit did not write (an implementation's error, an exception's message), shown as it is. */
    public static Phrase verbatim(String text) { return of(Kind.VERBATIM, "text", text); }

    /**
     * A duration as a person gives it — {@code 50 ms}, {@code 2 s}, {@code 1.5 s}, {@code 10 min} —
     * with the number in the reader's notation ({@code 1,5 s} in Polish).
     */
    public static Phrase duration(java.time.Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) return of(Kind.DURATION, "amount", ms, "unit", "ms");
        if (ms % 60_000 == 0) return of(Kind.DURATION, "amount", ms / 60_000, "unit", "min");
        if (ms % 1000 == 0) return of(Kind.DURATION, "amount", ms / 1000, "unit", "s");
        return of(Kind.DURATION, "amount", java.math.BigDecimal.valueOf(ms, 3).stripTrailingZeros(), "unit", "s");
    }

    /** Phrases one after the other, separated as the language separates clauses ({@code a; b}). */
    public static Phrase clauses(List<Phrase> parts) {
        if (parts.isEmpty()) throw new IllegalArgumentException("no clauses");
        Phrase out = parts.get(0);
        for (Phrase p : parts.subList(1, parts.size())) out = of(Kind.ALSO, "first", out, "then", p);
        return out;
    }

    /** This phrase in a reader's language: labels for model values, the language's list patterns. */
    public String render(Catalog catalog, Locale locale) {
        return catalog.format(kind.key(), resolve(catalog, locale, false), locale);
    }

    /** This phrase in the kit's standard catalog. */
    public String render(Locale locale) { return render(Catalog.standard(), locale); }

    /**
     * The machine form: the English message with ids (not labels) and lists joined by ", ", e.g.
     * {@code expected read_only [assigned_sites_only], got none} — what report.json and logs carry.
     */
    public String plain() {
        Catalog catalog = Catalog.standard();
        return catalog.format(kind.key(), resolve(catalog, Locale.ENGLISH, true), Locale.ENGLISH);
    }

    private Map<String, Object> resolve(Catalog catalog, Locale locale, boolean plain) {
        Map<String, Object> out = new LinkedHashMap<>();
        args.forEach((k, v) -> out.put(k, value(v, catalog, locale, plain)));
        return out;
    }

    private static Object value(Object v, Catalog catalog, Locale locale, boolean plain) {
        if (v instanceof Phrase p) return plain ? p.plain() : p.render(catalog, locale);
        if (v instanceof Id id && plain) return id.id();
        if (v instanceof List<?> items) {
            List<Object> shown = new ArrayList<>();
            for (Object item : items) shown.add(value(item, catalog, locale, plain));
            if (plain) return String.join(", ", shown.stream().map(String::valueOf).toList());
            return shown;
        }
        return v;
    }

    @Override public String toString() { return plain(); }
}

package dev.roletck.harness;

import dev.roletck.i18n.Phrase;
import dev.roletck.suite.NoAnswerException;
import java.util.Locale;
import java.util.Objects;

/**
 * An implementation did not answer one request properly; the case is an error whose reason is
 * {@code <fault>: <what happened>}, e.g. {@code timeout: no answer within 2 s}, told by the catalog
 * ({@code message.result.fault}). What the kit states itself is a {@link Phrase} shown in the
 * reader's language; what quotes the implementation is sanitized ({@link ImplementationText}) and
 * shown as it is.
 */
public final class ImplementationFault extends NoAnswerException {
    private final Fault fault;
    private final String detail;
    private final Phrase what;

    /** A fault whose detail quotes the implementation or its transport (shown as it is, sanitized). */
    public ImplementationFault(Fault fault, String detail) {
        this(fault, Phrase.verbatim(ImplementationText.clean(detail, 2000)));
    }

    /** A fault whose detail the kit states itself, e.g. {@code no answer within 2 s}: shown in the reader's language. */
    public ImplementationFault(Fault fault, Phrase detail) {
        super(Phrase.of(Phrase.Kind.FAULT, "fault", Objects.requireNonNull(fault, "fault").name().toLowerCase(Locale.ROOT),
                "detail", detail));
        this.fault = fault;
        this.detail = detail.plain();
        this.what = detail;
    }

    public Fault fault() { return fault; }

    /** What happened, without the fault's label, as a phrase to show in the reader's language. */
    public Phrase what() { return what; }

    /** What happened, without the fault's label, in its machine form. */
    public String detail() { return detail; }

    /** Cuts what an implementation wrote to one short, printable line, for a failure message. */
    static String excerpt(String s) {
        return ImplementationText.excerpt(s);
    }
}

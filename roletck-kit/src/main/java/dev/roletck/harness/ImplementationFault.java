package dev.roletck.harness;

import dev.roletck.suite.NoAnswerException;
import java.util.Objects;

/**
 * An implementation did not answer one request properly; the case is an error with the message
 * {@code <fault>: <what happened>}, e.g. {@code timeout: no answer within 2 s}. What happened is
 * sanitized ({@link ImplementationText}): it may quote the implementation.
 */
public final class ImplementationFault extends NoAnswerException {
    private final Fault fault;
    private final String detail;

    public ImplementationFault(Fault fault, String detail) {
        this(fault, ImplementationText.clean(detail, 2000), true);
    }

    private ImplementationFault(Fault fault, String clean, boolean sanitized) {
        super(Objects.requireNonNull(fault, "fault").label() + ": " + clean);
        this.fault = fault;
        this.detail = clean;
    }

    public Fault fault() { return fault; }

    /** What happened, without the fault's label. */
    public String detail() { return detail; }

    /** Cuts what an implementation wrote to one short, printable line, for a failure message. */
    static String excerpt(String s) {
        return ImplementationText.excerpt(s);
    }
}

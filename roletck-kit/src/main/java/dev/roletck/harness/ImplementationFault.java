package dev.roletck.harness;

import dev.roletck.suite.NoAnswerException;
import java.util.Objects;

/**
 * An implementation did not answer one request properly; the case is an error with the message
 * {@code <fault>: <what happened>}, e.g. {@code timeout: no answer within 2 s}.
 */
public final class ImplementationFault extends NoAnswerException {
    private final Fault fault;
    private final String detail;

    public ImplementationFault(Fault fault, String detail) {
        super(Objects.requireNonNull(fault, "fault").label() + ": " + detail);
        this.fault = fault;
        this.detail = detail;
    }

    public Fault fault() { return fault; }

    /** What happened, without the fault's label. */
    public String detail() { return detail; }

    /** Cuts what an implementation wrote to one short line, for a failure message. */
    static String excerpt(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 120 ? one : one.substring(0, 117) + "...";
    }
}

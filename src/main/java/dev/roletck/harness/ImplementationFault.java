package dev.roletck.harness;

import java.util.Objects;

/** An implementation did not answer one request properly; the case fails with this reason. */
public final class ImplementationFault extends RuntimeException {
    private final Fault fault;

    public ImplementationFault(Fault fault, String message) {
        super(message);
        this.fault = Objects.requireNonNull(fault, "fault");
    }

    public Fault fault() { return fault; }

    /** {@code timeout: no answer within 2 s}. */
    public String reason() { return fault.label() + ": " + getMessage(); }
}

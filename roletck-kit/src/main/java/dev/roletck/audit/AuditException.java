package dev.roletck.audit;

/** The input cannot be read at all; the message is one localized line {@code file:line:col: what — fix}. */
public final class AuditException extends Exception {
    public AuditException(String message) {
        super(message, null, false, false);
    }
}

package dev.roletck.api;

/**
 * A request the policy cannot answer: an unknown id, a missing relation, a context key that does
 * not apply to the table, an inconsistent assignment. Never answered with an allow.
 */
public final class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}

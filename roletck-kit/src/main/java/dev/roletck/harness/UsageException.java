package dev.roletck.harness;

/**
 * Bad usage or bad input that stops a run before any case runs (exit code 2). The message is one
 * line: {@code file:line:col: what is wrong — how to fix it}, or what is wrong and the fix.
 */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}

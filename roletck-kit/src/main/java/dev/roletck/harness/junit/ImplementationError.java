package dev.roletck.harness.junit;

/**
 * A case the implementation gave no answer to: it threw, timed out, crashed or answered garbage.
 * Not an {@link AssertionError}, so that JUnit reports count it as an error, not a failure; when
 * the implementation threw in this JVM, its exception is the cause, stack trace and all.
 */
public final class ImplementationError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImplementationError(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.roletck.harness;

/** The exit codes of every command, documented in the README. */
public final class ExitCodes {
    private ExitCodes() {}

    /** Everything checked passed (conformant). */
    public static final int OK = 0;
    /** Some case failed (not conformant). */
    public static final int FAILED = 1;
    /** Bad usage or bad input: nothing was run. */
    public static final int BAD_INPUT = 2;
}

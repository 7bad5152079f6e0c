package dev.roletck.matrix;

import java.util.Objects;

/**
 * One thing wrong with a spec file, at a 1-based line and column: what is wrong and how to fix it.
 * {@link #toString()} is the one-line form every tool prints: {@code file:line:col: message — fix}.
 */
public record Problem(String file, int line, int column, String message, String fix) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
        if (line < 1 || column < 1) throw new IllegalArgumentException("positions are 1-based");
    }

    @Override public String toString() {
        return file + ":" + line + ":" + column + ": " + message + " — " + fix;
    }
}

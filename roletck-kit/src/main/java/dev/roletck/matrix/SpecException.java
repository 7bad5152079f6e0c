package dev.roletck.matrix;

import dev.roletck.input.Problem;
import dev.roletck.input.ProblemException;
import java.util.List;

/** Thrown when a spec is asked for but its files have problems; the message lists them, one a line. */
public final class SpecException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public SpecException(List<Problem> problems) {
        super(problems);
    }
}

package dev.roletck.matrix;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a spec is asked for but its files have problems; the message lists them, one a line. */
public final class SpecException extends RuntimeException {
    private final transient List<Problem> problems;

    public SpecException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) throw new IllegalArgumentException("a spec exception names at least one problem");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() { return problems; }
}

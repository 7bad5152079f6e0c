package dev.roletck.matrix;

import dev.roletck.input.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading spec files: the value when they have no problem, otherwise every problem
 * found (never only the first).
 */
public record Loaded<T>(Optional<T> value, List<Problem> problems) {

    public Loaded {
        Objects.requireNonNull(value, "value");
        problems = List.copyOf(problems);
        if (value.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("either a value or problems, not both");
        }
    }

    static <T> Loaded<T> of(T value) { return new Loaded<>(Optional.of(value), List.of()); }

    static <T> Loaded<T> failed(List<Problem> problems) { return new Loaded<>(Optional.empty(), problems); }

    public boolean ok() { return value.isPresent(); }

    /** The value, or a {@link SpecException} listing the problems. */
    public T orThrow() {
        return value.orElseThrow(() -> new SpecException(problems));
    }
}

package dev.roletck.matrix;

import java.util.List;
import java.util.Objects;

/** An older revision of a table in the seeds, and how it differs from the one the matrix follows (RULINGS §4.1). */
public record Revision(List<String> seeds, String note) {
    public Revision {
        seeds = List.copyOf(seeds);
        Objects.requireNonNull(note, "note");
    }
}

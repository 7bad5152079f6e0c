package dev.roletck.harness;

import java.util.List;
import java.util.Objects;

/**
 * Where a case's expectation comes from: the basis and confidence of the reading, the seed files
 * it rests on, and the seed sentence (or the reading's note) that states it.
 */
public record Provenance(String basis, String confidence, List<String> seeds, String sentence) {
    public static final Provenance NONE = new Provenance("", "", List.of(), "");

    public Provenance {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(confidence, "confidence");
        seeds = List.copyOf(seeds);
        Objects.requireNonNull(sentence, "sentence");
    }

    /** One line for tooltips and console output: {@code stated, high — 002, 004: "…"}. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        if (!basis.isEmpty()) b.append(basis);
        if (!confidence.isEmpty()) b.append(b.isEmpty() ? "" : ", ").append(confidence);
        if (!seeds.isEmpty()) b.append(b.isEmpty() ? "" : " — ").append(String.join(", ", seeds));
        if (!sentence.isEmpty()) b.append(b.isEmpty() ? "" : ": ").append('"').append(sentence).append('"');
        return b.toString();
    }
}

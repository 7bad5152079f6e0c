package dev.roletck.model;

import java.util.Map;
import java.util.Optional;

/** How a matrix cell is known (READING.md §0, RULINGS §1). */
public enum Basis implements Id {
    STATED("stated"), POSITIONAL("positional"), EXTERNAL("external"),
    POSITIONAL_EXTERNAL("positional+external"), INFERRED("inferred"), RULING("ruling");

    private static final Map<String, Basis> BY_ID = Ids.index(Basis.class);
    private final String id;

    Basis(String id) { this.id = id; }

    @Override public String id() { return id; }

    public static Optional<Basis> fromId(String id) { return Ids.find(BY_ID, id); }
}

package dev.roletck.model;

import java.util.Map;
import java.util.Optional;

/** How sure the reading of a cell is, weakest first. */
public enum Confidence implements Id {
    LOW("low"), LOW_MEDIUM("low-medium"), MEDIUM("medium"), MEDIUM_HIGH("medium-high"), HIGH("high");

    private static final Map<String, Confidence> BY_ID = Ids.index(Confidence.class);
    private final String id;

    Confidence(String id) { this.id = id; }

    @Override public String id() { return id; }

    public static Optional<Confidence> fromId(String id) { return Ids.find(BY_ID, id); }
}

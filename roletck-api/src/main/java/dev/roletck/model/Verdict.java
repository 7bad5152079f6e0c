package dev.roletck.model;

import java.util.Map;
import java.util.Optional;

/** The outcome of a role assignment request. */
public enum Verdict implements Id {
    ALLOWED("allowed"),
    REFUSED("refused");

    private static final Map<String, Verdict> BY_ID = Ids.index(Verdict.class);
    private final String id;

    Verdict(String id) { this.id = id; }

    @Override public String id() { return id; }

    public static Optional<Verdict> fromId(String id) { return Ids.find(BY_ID, id); }
}

package dev.roletck.model;

import java.util.Map;
import java.util.Optional;

/**
 * An access level, declared weakest first so that {@link #atLeast} is the order
 * {@code full > read_only > none > not_applicable} of RULINGS §4.6.
 */
public enum Access implements Id {
    /** NA: the role does not exist for an admin of that relation. */
    NOT_APPLICABLE("not_applicable"),
    /** Blank or X in a table. */
    NONE("none"),
    READ_ONLY("read_only"),
    /** A checkmark. */
    FULL("full");

    private static final Map<String, Access> BY_ID = Ids.index(Access.class);
    private final String id;

    Access(String id) { this.id = id; }

    @Override public String id() { return id; }

    public boolean atLeast(Access other) { return compareTo(other) >= 0; }

    /** Whether a scope may qualify this level (only full and read_only are ever scoped). */
    public boolean isScopable() { return this == FULL || this == READ_ONLY; }

    public static Optional<Access> fromId(String id) { return Ids.find(BY_ID, id); }
}

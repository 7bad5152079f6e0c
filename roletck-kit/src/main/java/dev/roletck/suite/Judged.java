package dev.roletck.suite;

import dev.roletck.model.Id;

/**
 * What of an implementation's answer a case was judged on. A stock AuthZEN policy decision point
 * answers only a boolean {@code decision}; the kit then judges what a boolean can say (the access
 * level asked, or the verdict) and not the scopes, grants or rules it cannot say (PROTOCOL.md,
 * "Levels as AuthZEN actions").
 */
public enum Judged implements Id {
    /** The whole answer: level, scopes and grants, or verdict and rules. */
    ANSWER("answer"),
    /** Only the boolean decisions of an AuthZEN answer without the kit's context. */
    DECISION("decision");

    private final String id;

    Judged(String id) { this.id = id; }

    @Override public String id() { return id; }
}

package dev.roletck.model;

import java.util.Map;
import java.util.Optional;

/** Whether a role assignment request gives a role or takes it away. */
public enum Operation implements Id {
    ASSIGN("assign"),
    REVOKE("revoke");

    private static final Map<String, Operation> BY_ID = Ids.index(Operation.class);
    private final String id;

    Operation(String id) { this.id = id; }

    @Override public String id() { return id; }

    public static Optional<Operation> fromId(String id) { return Ids.find(BY_ID, id); }
}

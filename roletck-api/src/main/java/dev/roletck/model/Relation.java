package dev.roletck.model;

import java.util.Map;
import java.util.Optional;

/** How the acting admin's organization stands to the organization being administered (RULINGS §1). */
public enum Relation implements Id {
    /** A member of the administered organization itself. */
    CUSTOMER("customer"),
    /** An admin of the partner organization that manages the subscription. */
    PARTNER("partner"),
    /** Any other organization. */
    OTHER("other");

    private static final Map<String, Relation> BY_ID = Ids.index(Relation.class);
    private final String id;

    Relation(String id) { this.id = id; }

    @Override public String id() { return id; }

    /** An external administrator is one of relation partner or other. */
    public boolean isExternal() { return this != CUSTOMER; }

    public static Optional<Relation> fromId(String id) { return Ids.find(BY_ID, id); }
}

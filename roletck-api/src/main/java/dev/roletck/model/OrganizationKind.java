package dev.roletck.model;

import java.util.Map;
import java.util.Optional;

/** The kind of organization being administered in a role assignment (RULINGS §6). */
public enum OrganizationKind implements Id {
    CUSTOMER("customer"),
    PARTNER("partner");

    private static final Map<String, OrganizationKind> BY_ID = Ids.index(OrganizationKind.class);
    private final String id;

    OrganizationKind(String id) { this.id = id; }

    @Override public String id() { return id; }

    public static Optional<OrganizationKind> fromId(String id) { return Ids.find(BY_ID, id); }
}

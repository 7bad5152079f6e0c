package dev.roletck.model;

import java.util.Map;
import java.util.Optional;

/** The Contact Center licence of the customer-organization member a contact_center request concerns (R22). */
public enum CcLicense implements Id {
    NONE("none"), STANDARD("standard"), PREMIUM("premium");

    private static final Map<String, CcLicense> BY_ID = Ids.index(CcLicense.class);
    private final String id;

    CcLicense(String id) { this.id = id; }

    @Override public String id() { return id; }

    public static Optional<CcLicense> fromId(String id) { return Ids.find(BY_ID, id); }
}

package dev.roletck.model;

import java.util.Map;
import java.util.Optional;

/** Which tool manages a Webex site (R12). */
public enum SiteManagement implements Id {
    CONTROL_HUB("control_hub"),
    SITE_ADMINISTRATION("site_administration");

    private static final Map<String, SiteManagement> BY_ID = Ids.index(SiteManagement.class);
    private final String id;

    SiteManagement(String id) { this.id = id; }

    @Override public String id() { return id; }

    public static Optional<SiteManagement> fromId(String id) { return Ids.find(BY_ID, id); }
}

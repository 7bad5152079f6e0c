package dev.roletck.model;

import java.util.Map;
import java.util.Optional;

/** The kind of a target user's home organization (R41). */
public enum HomeOrganization implements Id {
    ORDINARY("ordinary"),
    CONSUMER("consumer"),
    FREE_SELF_SIGN_UP("free_self_sign_up");

    private static final Map<String, HomeOrganization> BY_ID = Ids.index(HomeOrganization.class);
    private final String id;

    HomeOrganization(String id) { this.id = id; }

    @Override public String id() { return id; }

    public static Optional<HomeOrganization> fromId(String id) { return Ids.find(BY_ID, id); }
}

package dev.roletck.model;

import java.util.Map;
import java.util.Optional;

/**
 * What qualifies a full or read-only grant (RULINGS §1). Declared in the alphabetical order of
 * the ids, so that sorting by the enum's order is sorting by id, as the protocol reports them.
 */
public enum Scope implements Id {
    ALL_MANAGED_CUSTOMERS("all_managed_customers"),
    ASSIGNED_CUSTOMERS_ONLY("assigned_customers_only"),
    ASSIGNED_SITES_ONLY("assigned_sites_only"),
    SERVICE_ADMINS_ONLY("service_admins_only"),
    SERVICES_SOLD_BY_PARTNER("services_sold_by_partner"),
    SITES_OF_SUBSCRIPTIONS_SOLD_BY_PARTNER("sites_of_subscriptions_sold_by_partner"),
    USER_SETTINGS_ONLY("user_settings_only");

    private static final Map<String, Scope> BY_ID = Ids.index(Scope.class);
    private final String id;

    Scope(String id) { this.id = id; }

    @Override public String id() { return id; }

    public static Optional<Scope> fromId(String id) { return Ids.find(BY_ID, id); }
}

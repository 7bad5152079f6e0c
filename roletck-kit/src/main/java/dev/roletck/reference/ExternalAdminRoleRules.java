package dev.roletck.reference;

import static dev.roletck.model.Capability.*;
import static dev.roletck.model.Scope.SERVICES_SOLD_BY_PARTNER;
import static dev.roletck.model.Scope.SITES_OF_SUBSCRIPTIONS_SOLD_BY_PARTNER;

import dev.roletck.api.Context;
import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import java.util.EnumSet;
import java.util.Set;

/** Table D, external administrator roles (seed revision of 002 and 004). */
final class ExternalAdminRoleRules implements TableRules {

    /** What the partner provisions: orders, the licences and the sites of what it sold. */
    private static final Set<Capability> PROVISIONING = EnumSet.of(
            EXTERNAL_LICENSES_AND_UPGRADES, EXTERNAL_PROVISION_ORDERS, EXTERNAL_ADD_AND_DELETE_SITES);

    /** What a read-only external admin does not even see: it provisions and adds nothing. */
    private static final Set<Capability> NOT_FOR_READ_ONLY = EnumSet.of(
            EXTERNAL_PROVISION_ORDERS, EXTERNAL_ADD_AND_DELETE_SITES, EXTERNAL_ADD_EXTERNAL_ADMINISTRATORS);

    @Override
    public int grant(Capability capability, Role role, Relation relation, RoleSet held, Context context) {
        return switch (role) {
            case FULL_ADMIN -> fullAdmin(capability);
            case READ_ONLY_ADMIN -> NOT_FOR_READ_ONLY.contains(capability) ? GrantCode.NONE : GrantCode.READ_ONLY;
            case PROVISIONING_ADMIN -> provisioningAdmin(capability, relation);
            default -> GrantCode.NOT_APPLICABLE;
        };
    }

    /**
     * An external full admin administers everything, adds and deletes only the sites of
     * subscriptions the partner sold, and never adds external admins (R36).
     */
    private static int fullAdmin(Capability capability) {
        return switch (capability) {
            case EXTERNAL_ADD_EXTERNAL_ADMINISTRATORS -> GrantCode.NONE;
            case EXTERNAL_ADD_AND_DELETE_SITES -> GrantCode.full(SITES_OF_SUBSCRIPTIONS_SOLD_BY_PARTNER);
            default -> GrantCode.FULL;
        };
    }

    /** The provisioning admin belongs to the partner only and acts on the services it sold. */
    private static int provisioningAdmin(Capability capability, Relation relation) {
        if (relation != Relation.PARTNER) return GrantCode.NOT_APPLICABLE;
        return PROVISIONING.contains(capability) ? GrantCode.full(SERVICES_SOLD_BY_PARTNER) : GrantCode.NONE;
    }
}

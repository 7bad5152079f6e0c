package dev.roletck.reference;

import static dev.roletck.model.Capability.*;

import dev.roletck.api.Context;
import dev.roletck.model.Capability;
import dev.roletck.model.CcLicense;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.model.Scope;

/** Table C1, Contact Center-specific privileges (newest revision, 001), as RULINGS §4.2 reads it. */
final class ContactCenterRules implements TableRules {

    @Override
    public int grant(Capability capability, Role role, Relation relation, RoleSet held, Context context) {
        return switch (role) {
            case FULL_ADMIN -> agentDesktopOnly(relation, context) ? GrantCode.NONE : fullAdmin(capability, relation);
            case CONTACT_CENTER_SERVICE_ADMIN -> serviceAdmin(capability, relation);
            case PROVISIONING_ADMIN -> provisioningAdmin(capability, relation);
            case READ_ONLY_ADMIN -> readOnlyAdmin(capability, relation);
            case SUPERVISOR -> supervisor(capability, relation);
            default -> GrantCode.NOT_APPLICABLE;
        };
    }

    /**
     * R22: a customer-organization full admin with only a standard Contact Center licence signs in
     * to Agent Desktop only: the full-admin role gives nothing here.
     */
    private static boolean agentDesktopOnly(Relation relation, Context context) {
        return relation == Relation.CUSTOMER && context.ccLicenseOrNone() == CcLicense.STANDARD;
    }

    /**
     * A full admin administers every Contact Center feature; only a customer-organization full
     * admin may grant or revoke the service-admin role for external admins.
     */
    private static int fullAdmin(Capability capability, Relation relation) {
        if (capability == CC_GRANT_REVOKE_SERVICE_ADMIN_ROLE_FOR_EXTERNAL_ADMINS && relation != Relation.CUSTOMER) {
            return GrantCode.NONE;
        }
        return GrantCode.FULL;
    }

    /**
     * The service admin administers the service but not the user lifecycle (R27), sees only other
     * service admins (R29), does not exist for the partner organization, and from any other
     * organization cannot grant the role to external admins (R26).
     */
    private static int serviceAdmin(Capability capability, Relation relation) {
        if (relation == Relation.PARTNER) return GrantCode.NOT_APPLICABLE;
        return switch (capability) {
            case CC_ADD_REMOVE_USERS -> GrantCode.NONE;
            case CC_VIEW_EXTERNAL_ADMINS -> GrantCode.full(Scope.SERVICE_ADMINS_ONLY);
            case CC_GRANT_REVOKE_SERVICE_ADMIN_ROLE_FOR_EXTERNAL_ADMINS ->
                    relation == Relation.CUSTOMER ? GrantCode.FULL : GrantCode.NONE;
            default -> GrantCode.FULL;
        };
    }

    /**
     * The provisioning admin exists only for the partner: it administers the features, manages
     * no users and can only view the other external admins.
     */
    private static int provisioningAdmin(Capability capability, Relation relation) {
        if (relation != Relation.PARTNER) return GrantCode.NOT_APPLICABLE;
        return switch (capability) {
            case CC_ADMINISTER_FEATURES, CC_MANAGE_BUSINESS_HOURS, CC_VIEW_EXTERNAL_ADMINS -> GrantCode.FULL;
            default -> GrantCode.NONE;
        };
    }

    /**
     * A customer-organization read-only admin cannot reach the service at all; an external one sees
     * read-only what the full admin of the same relation may do, never more.
     */
    private static int readOnlyAdmin(Capability capability, Relation relation) {
        if (relation == Relation.CUSTOMER) return GrantCode.NONE;
        return fullAdmin(capability, relation) == GrantCode.FULL ? GrantCode.READ_ONLY : GrantCode.NONE;
    }

    /** R32: a supervisor of the customer organization manages business hours only. */
    private static int supervisor(Capability capability, Relation relation) {
        if (relation != Relation.CUSTOMER) return GrantCode.NOT_APPLICABLE;
        return capability == CC_MANAGE_BUSINESS_HOURS ? GrantCode.FULL : GrantCode.NONE;
    }
}

package com.example.roles;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.BadRequestException;
import dev.roletck.api.Grant;
import dev.roletck.api.Policy;
import dev.roletck.model.Access;
import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.model.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An implementer's policy that covers the organization roles table only; it refuses to answer
 * anything else (fail closed), and its test declares that profile to RoleTCK.
 */
public final class OrganizationRolesPolicy implements Policy {

    private static final Set<Capability> MANAGED = EnumSet.range(
            Capability.ORG_ADD_DELETE_USERS_ASSIGN_LICENSES, Capability.ORG_WEBEX_SITE_MANAGEMENT);

    @Override
    public AccessDecision decide(AccessRequest request) {
        if (request.table() != Table.ORGANIZATION_ROLES) {
            throw new BadRequestException("this policy answers the organization_roles table only");
        }
        if (request.relation() != Relation.CUSTOMER) return AccessDecision.only(Access.NOT_APPLICABLE);
        if (request.roles().isEmpty()) return AccessDecision.only(Access.NONE);
        List<Grant> grants = new ArrayList<>();
        for (Role role : request.roles().toList()) {
            grants.add(Grant.of(access(request.capability(), role, request.roles())));
        }
        return AccessDecision.union(grants);
    }

    private static Access access(Capability c, Role role, RoleSet held) {
        switch (role) {
            case FULL_ADMIN:
                return MANAGED.contains(c) || c == Capability.ORG_ADMIN_ACTIONS_AUDIT_LOG
                        || c == Capability.ORG_PRODUCT_EMAIL_NOTIFICATIONS ? Access.FULL : Access.NONE;
            case READ_ONLY_ADMIN:
                return MANAGED.contains(c) ? Access.READ_ONLY : Access.NONE;
            case SUPPORT_ADMIN:
                return c == Capability.ORG_ANALYTICS_AND_REPORTS || c == Capability.ORG_TROUBLESHOOTING
                        ? Access.FULL : Access.NONE;
            case USER_DEVICE_ADMIN:
                return c == Capability.ORG_ADD_DELETE_USERS_ASSIGN_LICENSES || c == Capability.ORG_DEVICE_MANAGEMENT
                        || c == Capability.ORG_LICENSES_AND_UPGRADES ? Access.FULL : Access.NONE;
            case DEVICE_ADMIN:
                return c == Capability.ORG_DEVICE_MANAGEMENT ? Access.FULL : Access.NONE;
            case COMPLIANCE_OFFICER:
                return c == Capability.ORG_ACCESS_TO_USER_GENERATED_CONTENT || c == Capability.ORG_LEGAL_HOLD
                        ? Access.FULL : Access.NONE;
            case ADVANCED_TROUBLESHOOTING_ACCESS:
                if (c == Capability.ORG_ACCESS_TO_LIVE_MEETINGS && (held.contains(Role.FULL_ADMIN)
                        || held.contains(Role.READ_ONLY_ADMIN) || held.contains(Role.SUPPORT_ADMIN))) {
                    return Access.FULL;
                }
                return c == Capability.ORG_ACCESS_TO_JOIN_IN_PROGRESS_MEETINGS && held.contains(Role.FULL_ADMIN)
                        ? Access.FULL : Access.NONE;
            default:
                return Access.NOT_APPLICABLE;
        }
    }

    @Override
    public AssignmentDecision decide(AssignmentRequest request) {
        throw new BadRequestException("this policy does not decide role assignments");
    }
}

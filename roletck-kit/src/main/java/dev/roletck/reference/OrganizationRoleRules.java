package dev.roletck.reference;

import static dev.roletck.model.Capability.*;

import dev.roletck.api.Context;
import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import java.util.EnumSet;
import java.util.Set;

/** Table A, organization roles: the org-wide roles of a customer organization. */
final class OrganizationRoleRules implements TableRules {

    /** The ten management rows: a full admin manages them, a read-only admin sees them. */
    private static final Set<Capability> MANAGEMENT = EnumSet.of(
            ORG_ADD_DELETE_USERS_ASSIGN_LICENSES, ORG_ASSIGN_ROLES_TO_USERS, ORG_DEVICE_MANAGEMENT,
            ORG_COMPANY_POLICY_AND_TEMPLATES, ORG_ANALYTICS_AND_REPORTS, ORG_TROUBLESHOOTING,
            ORG_LICENSES_AND_UPGRADES, ORG_ORGANIZATION_SETTINGS, ORG_APP_INTEGRATIONS, ORG_WEBEX_SITE_MANAGEMENT);

    /** Only the full admin keeps the audit log and receives product e-mails. */
    private static final Set<Capability> FULL_ADMIN_DUTIES = EnumSet.of(
            ORG_ADMIN_ACTIONS_AUDIT_LOG, ORG_PRODUCT_EMAIL_NOTIFICATIONS);

    private static final Set<Capability> SUPPORT = EnumSet.of(ORG_ANALYTICS_AND_REPORTS, ORG_TROUBLESHOOTING);

    private static final Set<Capability> USERS_AND_DEVICES = EnumSet.of(
            ORG_ADD_DELETE_USERS_ASSIGN_LICENSES, ORG_DEVICE_MANAGEMENT, ORG_LICENSES_AND_UPGRADES);

    /** Compliance officers reach user-generated content for legal purposes (R04). */
    private static final Set<Capability> COMPLIANCE = EnumSet.of(ORG_ACCESS_TO_USER_GENERATED_CONTENT, ORG_LEGAL_HOLD);

    /** R09: the live meeting page is for full, read-only and support admins holding ATA. */
    private static final RoleSet LIVE_MEETING_VIEWERS =
            RoleSet.of(Role.FULL_ADMIN, Role.READ_ONLY_ADMIN, Role.SUPPORT_ADMIN);
    /** R09: joining in-progress meetings is for full admins holding ATA. */
    private static final RoleSet MEETING_JOINERS = RoleSet.of(Role.FULL_ADMIN);

    @Override
    public int grant(Capability capability, Role role, Relation relation, RoleSet held, Context context) {
        return switch (role) {
            case FULL_ADMIN -> MANAGEMENT.contains(capability) || FULL_ADMIN_DUTIES.contains(capability)
                    ? GrantCode.FULL : GrantCode.NONE;
            case READ_ONLY_ADMIN -> MANAGEMENT.contains(capability) ? GrantCode.READ_ONLY : GrantCode.NONE;
            case SUPPORT_ADMIN -> SUPPORT.contains(capability) ? GrantCode.FULL : GrantCode.NONE;
            case USER_DEVICE_ADMIN -> USERS_AND_DEVICES.contains(capability) ? GrantCode.FULL : GrantCode.NONE;
            case DEVICE_ADMIN -> capability == ORG_DEVICE_MANAGEMENT ? GrantCode.FULL : GrantCode.NONE;
            case COMPLIANCE_OFFICER -> COMPLIANCE.contains(capability) ? GrantCode.FULL : GrantCode.NONE;
            case ADVANCED_TROUBLESHOOTING_ACCESS -> advancedTroubleshooting(capability, held);
            default -> GrantCode.NOT_APPLICABLE;
        };
    }

    /** ATA grants nothing alone; it opens meeting pages to the roles R09 names. */
    private static int advancedTroubleshooting(Capability capability, RoleSet held) {
        if (capability == ORG_ACCESS_TO_LIVE_MEETINGS && held.containsAny(LIVE_MEETING_VIEWERS)) return GrantCode.FULL;
        if (capability == ORG_ACCESS_TO_JOIN_IN_PROGRESS_MEETINGS && held.containsAny(MEETING_JOINERS)) return GrantCode.FULL;
        return GrantCode.NONE;
    }
}

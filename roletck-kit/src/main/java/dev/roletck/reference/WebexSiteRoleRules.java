package dev.roletck.reference;

import static dev.roletck.model.Capability.*;
import static dev.roletck.model.Scope.ASSIGNED_SITES_ONLY;
import static dev.roletck.model.Scope.USER_SETTINGS_ONLY;

import dev.roletck.api.Context;
import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;

/**
 * Table B, Webex site roles (newest revision, 004). The same for every relation. Starred rows
 * hold only for the sites assigned to the admin (R16); user management means user settings only.
 */
final class WebexSiteRoleRules implements TableRules {

    private static final RoleSet SITE_ROLES =
            RoleSet.of(Role.WEBEX_SITE_ADMIN, Role.WEBEX_USER_ADMIN, Role.WEBEX_READ_ONLY_ADMIN);
    private static final RoleSet SITE_MANAGERS = RoleSet.of(Role.WEBEX_SITE_ADMIN, Role.WEBEX_USER_ADMIN);

    @Override
    public int grant(Capability capability, Role role, Relation relation, RoleSet held, Context context) {
        return switch (role) {
            case WEBEX_SITE_ADMIN -> siteAdmin(capability);
            case WEBEX_USER_ADMIN -> userAdmin(capability);
            case WEBEX_READ_ONLY_ADMIN -> readOnlyAdmin(capability);
            case MEETING_CONTENT_ADMIN -> meetingContentAdmin(capability, held);
            default -> GrantCode.NOT_APPLICABLE;
        };
    }

    /** The site admin runs its assigned sites; recordings need the meeting content toggle. */
    private static int siteAdmin(Capability capability) {
        return switch (capability) {
            case SITE_USER_MANAGEMENT -> GrantCode.full(USER_SETTINGS_ONLY);
            case SITE_ANALYTICS_AND_REPORTS -> GrantCode.READ_ONLY;
            case SITE_LICENSES, SITE_ASSIGN_ROLES, SITE_SITE_CONFIGURATION -> GrantCode.full(ASSIGNED_SITES_ONLY);
            default -> GrantCode.NONE;
        };
    }

    /** The user admin manages users and their licences; roles and configuration it only sees. */
    private static int userAdmin(Capability capability) {
        return switch (capability) {
            case SITE_USER_MANAGEMENT -> GrantCode.full(USER_SETTINGS_ONLY);
            case SITE_ANALYTICS_AND_REPORTS -> GrantCode.READ_ONLY;
            case SITE_LICENSES -> GrantCode.full(ASSIGNED_SITES_ONLY);
            case SITE_ASSIGN_ROLES, SITE_SITE_CONFIGURATION -> GrantCode.readOnly(ASSIGNED_SITES_ONLY);
            default -> GrantCode.NONE;
        };
    }

    /** The read-only site admin sees everything but recordings, read-only. */
    private static int readOnlyAdmin(Capability capability) {
        return switch (capability) {
            case SITE_USER_MANAGEMENT, SITE_ANALYTICS_AND_REPORTS -> GrantCode.READ_ONLY;
            case SITE_LICENSES, SITE_ASSIGN_ROLES, SITE_SITE_CONFIGURATION -> GrantCode.readOnly(ASSIGNED_SITES_ONLY);
            default -> GrantCode.NONE;
        };
    }

    /**
     * R17: the meeting content admin is a toggle on a site admin role. It opens recordings and
     * transcripts to any site role, and never lifts a read-only site admin above read-only.
     */
    private static int meetingContentAdmin(Capability capability, RoleSet held) {
        return switch (capability) {
            case SITE_RECORDINGS_AND_TRANSCRIPTS ->
                    held.containsAny(SITE_ROLES) ? GrantCode.full(ASSIGNED_SITES_ONLY) : GrantCode.NONE;
            case SITE_USER_MANAGEMENT ->
                    held.containsAny(SITE_MANAGERS) ? GrantCode.full(USER_SETTINGS_ONLY) : GrantCode.NONE;
            case SITE_ANALYTICS_AND_REPORTS -> held.containsAny(SITE_ROLES) ? GrantCode.READ_ONLY : GrantCode.NONE;
            default -> GrantCode.NONE;
        };
    }
}

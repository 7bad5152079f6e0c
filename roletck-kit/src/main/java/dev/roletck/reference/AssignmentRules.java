package dev.roletck.reference;

import static dev.roletck.model.Role.*;

import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.BadRequestException;
import dev.roletck.model.HomeOrganization;
import dev.roletck.model.Operation;
import dev.roletck.model.OrganizationKind;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.model.RuleId;
import dev.roletck.model.SiteManagement;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may assign or revoke which role, as docs/assignment-rules.md states it: every refusal that
 * applies is reported; otherwise a rule must give the actor authority, else the request is
 * refused by R01 (fail closed).
 */
final class AssignmentRules {

    private static final RoleSet SITE_ADMIN_ROLES = RoleSet.of(WEBEX_SITE_ADMIN, WEBEX_USER_ADMIN, WEBEX_READ_ONLY_ADMIN);
    /** R10: who may hold advanced troubleshooting access. */
    private static final RoleSet TROUBLESHOOTING_HOLDERS = RoleSet.of(FULL_ADMIN, READ_ONLY_ADMIN, SUPPORT_ADMIN);
    /** R23: one user holds at most one of these. */
    private static final RoleSet EXCLUSIVE_WITH_SERVICE_ADMIN = RoleSet.of(FULL_ADMIN, READ_ONLY_ADMIN);
    private static final RoleSet SALES_ROLES = RoleSet.of(FULL_SALES_ADMIN, SALES_ADMIN);
    /** R42: what a user of the partner organization may be added as. */
    private static final RoleSet FOR_PARTNER_USERS = RoleSet.of(FULL_ADMIN, PROVISIONING_ADMIN);
    /** R42: what a user of any other organization may be added as. */
    private static final RoleSet FOR_OTHER_USERS = RoleSet.of(FULL_ADMIN, READ_ONLY_ADMIN, CONTACT_CENTER_SERVICE_ADMIN,
            WEBEX_SITE_ADMIN, WEBEX_USER_ADMIN, WEBEX_READ_ONLY_ADMIN, MEETING_CONTENT_ADMIN);
    /** R46: the roles the seeds describe in a partner organization. */
    private static final RoleSet PARTNER_ORGANIZATION_ROLES =
            RoleSet.of(FULL_ADMIN, READ_ONLY_ADMIN, FULL_SALES_ADMIN, SALES_ADMIN);

    AssignmentDecision decide(AssignmentRequest request) {
        Set<RuleId> refusals = EnumSet.noneOf(RuleId.class);
        Set<RuleId> authority = EnumSet.noneOf(RuleId.class);
        Set<RuleId> passed = EnumSet.noneOf(RuleId.class);
        if (holdsNothing(request) && !regainsProvisioning(request)) refusals.add(RuleId.R02);
        if (request.organization() == OrganizationKind.PARTNER) {
            partnerOrganization(request, refusals, authority, passed);
        } else {
            customerOrganization(request, refusals, authority, passed);
        }
        if (!refusals.isEmpty()) return AssignmentDecision.refused(List.copyOf(refusals));
        if (authority.isEmpty()) return AssignmentDecision.refused(List.of(RuleId.R01)); // fail closed
        authority.addAll(passed);
        return AssignmentDecision.allowed(List.copyOf(authority));
    }

    private static boolean holdsNothing(AssignmentRequest request) {
        return request.actor().roles().isEmpty()
                && request.actor().siteRoles().values().stream().allMatch(RoleSet::isEmpty);
    }

    /** R37: while it sells to the customer, the partner may give itself provisioning access back. */
    private static boolean regainsProvisioning(AssignmentRequest r) {
        return r.organization() == OrganizationKind.CUSTOMER && r.operation() == Operation.ASSIGN
                && r.role() == PROVISIONING_ADMIN && r.target().sameAsActor()
                && r.actor().relation() == Relation.PARTNER && r.actor().activeSalesRelationship();
    }

    // ---- customer organization -------------------------------------------------------------

    private static void customerOrganization(AssignmentRequest r, Set<RuleId> refusals, Set<RuleId> authority,
                                             Set<RuleId> passed) {
        Role role = r.role();
        boolean assign = r.operation() == Operation.ASSIGN;
        RoleSet actorRoles = r.actor().roles();
        Relation actorRelation = r.actor().relation();
        Relation targetRelation = r.target().relation();
        boolean fullAdmin = actorRoles.contains(FULL_ADMIN);
        boolean siteAuthority = role.isSiteRole()
                && r.actor().siteRolesOn(r.site().orElseThrow().id()).contains(WEBEX_SITE_ADMIN);
        boolean selfProvisioning = assign && role == PROVISIONING_ADMIN && r.target().sameAsActor()
                && actorRelation == Relation.PARTNER;

        // Authority.
        if (fullAdmin) authority.add(RuleId.R01);
        if (actorRoles.contains(CONTACT_CENTER_SERVICE_ADMIN) && role == CONTACT_CENTER_SERVICE_ADMIN) authority.add(RuleId.R27);
        if (siteAuthority) authority.add(RuleId.R13);
        if (selfProvisioning && r.actor().activeSalesRelationship()) authority.add(RuleId.R37);
        if (!assign && fullAdmin && actorRelation == Relation.CUSTOMER && targetRelation == Relation.PARTNER) {
            authority.add(RuleId.R38);
        }

        // R27: a service admin assigns only the service-admin role.
        if (actorRoles.contains(CONTACT_CENTER_SERVICE_ADMIN) && !fullAdmin && !siteAuthority
                && role != CONTACT_CENTER_SERVICE_ADMIN) {
            refusals.add(RuleId.R27);
        }
        // R46: sales roles exist only in partner organizations.
        if (SALES_ROLES.contains(role)) refusals.add(RuleId.R46);

        if (assign) {
            assignmentConstraints(r, refusals, passed, selfProvisioning);
        } else {
            revocationConstraints(r, refusals);
        }
    }

    /** The constraints on giving a role; those that pass are named in an allowed answer. */
    private static void assignmentConstraints(AssignmentRequest r, Set<RuleId> refusals, Set<RuleId> passed,
                                              boolean selfProvisioning) {
        Role role = r.role();
        RoleSet targetRoles = r.target().roles();
        Relation actorRelation = r.actor().relation();
        Relation targetRelation = r.target().relation();

        // R10: advanced troubleshooting access goes to another full, read-only or support admin.
        if (role == ADVANCED_TROUBLESHOOTING_ACCESS) {
            boolean ok = !r.target().sameAsActor() && targetRoles.containsAny(TROUBLESHOOTING_HOLDERS);
            (ok ? passed : refusals).add(RuleId.R10);
        }
        // R12: site roles only for sites Control Hub manages.
        if (role.isSiteRole()) {
            boolean ok = r.site().orElseThrow().managedBy() == SiteManagement.CONTROL_HUB;
            (ok ? passed : refusals).add(RuleId.R12);
        }
        // R17: the meeting content admin is a toggle on a site admin role of the same site.
        if (role == MEETING_CONTENT_ADMIN) {
            boolean ok = r.target().siteRolesOn(r.site().orElseThrow().id()).containsAny(SITE_ADMIN_ROLES);
            (ok ? passed : refusals).add(RuleId.R17);
        }
        // R20, R23–R26: the Contact Center Service Administrator role.
        if (role == CONTACT_CENTER_SERVICE_ADMIN) {
            passed.add(RuleId.R20);
            (targetRoles.containsAny(EXCLUSIVE_WITH_SERVICE_ADMIN) ? refusals : passed).add(RuleId.R23);
            if (targetRelation.isExternal() && r.target().contactCenterEnabled()) refusals.add(RuleId.R24);
            if (targetRelation == Relation.PARTNER) refusals.add(RuleId.R25);
            if (actorRelation == Relation.OTHER && r.actor().roles().contains(CONTACT_CENTER_SERVICE_ADMIN)
                    && targetRelation.isExternal()) {
                refusals.add(RuleId.R26);
            }
        }
        if (EXCLUSIVE_WITH_SERVICE_ADMIN.contains(role) && targetRoles.contains(CONTACT_CENTER_SERVICE_ADMIN)) {
            refusals.add(RuleId.R23);
        }
        // R36: external admins cannot add external admins; R37 lets the selling partner back in.
        if (actorRelation.isExternal() && targetRelation.isExternal() && !selfProvisioning) {
            refusals.add(RuleId.R36);
        }
        // R37: the partner cannot make itself full admin, and regains provisioning only while it sells.
        if (actorRelation == Relation.PARTNER && r.target().sameAsActor()) {
            if (role == FULL_ADMIN || (role == PROVISIONING_ADMIN && !r.actor().activeSalesRelationship())) {
                refusals.add(RuleId.R37);
            }
        }
        // R41: no external admins from the consumer organization.
        if (targetRelation == Relation.OTHER) {
            (r.target().home() == HomeOrganization.CONSUMER ? refusals : passed).add(RuleId.R41);
        }
        // R42: the roles an external admin may be added with; provisioning is the partner's alone.
        if (targetRelation.isExternal() || role == PROVISIONING_ADMIN) {
            RoleSet offered = switch (targetRelation) {
                case PARTNER -> FOR_PARTNER_USERS;
                case OTHER -> FOR_OTHER_USERS;
                case CUSTOMER -> RoleSet.EMPTY;
            };
            (offered.contains(role) ? passed : refusals).add(RuleId.R42);
        }
        // R43: promoting or demoting an external admin replaces full with read-only or back.
        if (targetRelation.isExternal() && r.actor().roles().contains(FULL_ADMIN)
                && ((role == FULL_ADMIN && targetRoles.contains(READ_ONLY_ADMIN))
                    || (role == READ_ONLY_ADMIN && targetRoles.contains(FULL_ADMIN)))) {
            passed.add(RuleId.R43);
        }
    }

    private static void revocationConstraints(AssignmentRequest r, Set<RuleId> refusals) {
        Role role = r.role();
        if (SITE_ADMIN_ROLES.contains(role) && dependsOnSiteRole(r)) refusals.add(RuleId.R17);
        // C1, C2: external admins cannot add or revoke the service-admin role of other external admins.
        if (role == CONTACT_CENTER_SERVICE_ADMIN && r.actor().relation().isExternal() && r.target().relation().isExternal()) {
            refusals.add(RuleId.R36);
            if (r.actor().relation() == Relation.OTHER && r.actor().roles().contains(CONTACT_CENTER_SERVICE_ADMIN)) {
                refusals.add(RuleId.R26);
            }
        }
    }

    /** R17: revoking the last site admin role of a site would strand the meeting content toggle there. */
    private static boolean dependsOnSiteRole(AssignmentRequest r) {
        RoleSet onSite = r.target().siteRolesOn(r.site().orElseThrow().id());
        return onSite.contains(MEETING_CONTENT_ADMIN) && !onSite.without(r.role()).containsAny(SITE_ADMIN_ROLES);
    }

    // ---- partner organization --------------------------------------------------------------

    private static void partnerOrganization(AssignmentRequest r, Set<RuleId> refusals, Set<RuleId> authority,
                                            Set<RuleId> passed) {
        if (r.actor().relation() != Relation.PARTNER || r.target().relation() != Relation.PARTNER) {
            throw new BadRequestException("in a partner organization the actor and the target are its members: "
                    + "both must have relation 'partner'");
        }
        Role role = r.role();
        RoleSet actorRoles = r.actor().roles();
        if (!PARTNER_ORGANIZATION_ROLES.contains(role)) {
            refusals.add(RuleId.R46);
            return;
        }
        if (role == FULL_ADMIN || role == READ_ONLY_ADMIN) {
            (actorRoles.contains(FULL_ADMIN) ? authority : refusals).add(RuleId.R01);
            return;
        }
        // R46: full admins and full sales admins hand out the sales roles.
        boolean salesAuthority = actorRoles.contains(FULL_ADMIN) || actorRoles.contains(FULL_SALES_ADMIN);
        (salesAuthority ? authority : refusals).add(RuleId.R46);
        // R48: sales roles combine with full admin; giving up full sales admin needs full admin.
        boolean selfRevoke = r.operation() == Operation.REVOKE && r.target().sameAsActor() && role == FULL_SALES_ADMIN;
        if (selfRevoke) (actorRoles.contains(FULL_ADMIN) ? passed : refusals).add(RuleId.R48);
        if (r.operation() == Operation.ASSIGN && r.target().roles().contains(FULL_ADMIN)) passed.add(RuleId.R48);
    }
}

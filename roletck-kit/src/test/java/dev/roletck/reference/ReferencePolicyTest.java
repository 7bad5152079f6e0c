package dev.roletck.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.BadRequestException;
import dev.roletck.api.Context;
import dev.roletck.api.Grant;
import dev.roletck.model.Access;
import dev.roletck.model.Capability;
import dev.roletck.model.CcLicense;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.model.Scope;
import dev.roletck.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The union rule and the edges of the reference policy; every cell is checked by the conformance suite. */
class ReferencePolicyTest {
    private final ReferencePolicy policy = new ReferencePolicy();

    private AccessDecision decide(Capability c, Relation relation, Role... roles) {
        return policy.decide(AccessRequest.of(c, RoleSet.of(roles), relation));
    }

    @Test
    void rulingsExampleOfTheUnionRule() {
        AccessDecision d = decide(Capability.EXTERNAL_LICENSES_AND_UPGRADES, Relation.PARTNER,
                Role.READ_ONLY_ADMIN, Role.PROVISIONING_ADMIN);
        assertEquals(Access.FULL, d.access());
        assertEquals(List.of(Scope.SERVICES_SOLD_BY_PARTNER), d.scopes());
        assertEquals(List.of(Grant.of(Access.FULL, Scope.SERVICES_SOLD_BY_PARTNER), Grant.of(Access.READ_ONLY)), d.grants());
    }

    @Test
    void anEmptyRoleListHasNoPrivilegesWhereTheTableApplies() {
        assertEquals(AccessDecision.only(Access.NONE), decide(Capability.ORG_LEGAL_HOLD, Relation.CUSTOMER));
        assertEquals(AccessDecision.only(Access.NOT_APPLICABLE), decide(Capability.ORG_LEGAL_HOLD, Relation.PARTNER));
    }

    @Test
    void aRelationTheTableDoesNotDeclareIsNotApplicableWhateverTheRoles() {
        assertEquals(AccessDecision.only(Access.NOT_APPLICABLE),
                decide(Capability.ORG_DEVICE_MANAGEMENT, Relation.OTHER, Role.FULL_ADMIN));
        assertEquals(AccessDecision.only(Access.NOT_APPLICABLE),
                decide(Capability.EXTERNAL_USER_MANAGEMENT, Relation.CUSTOMER, Role.FULL_ADMIN));
    }

    @Test
    void aRoleTheTableDoesNotListContributesNotApplicable() {
        assertEquals(AccessDecision.only(Access.NOT_APPLICABLE),
                decide(Capability.ORG_DEVICE_MANAGEMENT, Relation.CUSTOMER, Role.WEBEX_SITE_ADMIN));
        assertEquals(AccessDecision.only(Access.FULL),
                decide(Capability.ORG_DEVICE_MANAGEMENT, Relation.CUSTOMER, Role.WEBEX_SITE_ADMIN, Role.DEVICE_ADMIN));
    }

    @Test
    void advancedTroubleshootingAccessCountsOnlyWithTheRolesR09Names() {
        assertEquals(Access.NONE, decide(Capability.ORG_ACCESS_TO_LIVE_MEETINGS, Relation.CUSTOMER,
                Role.ADVANCED_TROUBLESHOOTING_ACCESS).access());
        assertEquals(Access.FULL, decide(Capability.ORG_ACCESS_TO_LIVE_MEETINGS, Relation.CUSTOMER,
                Role.ADVANCED_TROUBLESHOOTING_ACCESS, Role.SUPPORT_ADMIN).access());
        assertEquals(Access.NONE, decide(Capability.ORG_ACCESS_TO_JOIN_IN_PROGRESS_MEETINGS, Relation.CUSTOMER,
                Role.ADVANCED_TROUBLESHOOTING_ACCESS, Role.SUPPORT_ADMIN).access());
        assertEquals(Access.FULL, decide(Capability.ORG_ACCESS_TO_JOIN_IN_PROGRESS_MEETINGS, Relation.CUSTOMER,
                Role.ADVANCED_TROUBLESHOOTING_ACCESS, Role.FULL_ADMIN).access());
    }

    @Test
    void aStandardLicenceTakesTheCustomerFullAdminToAgentDesktopOnly() {
        Capability c = Capability.CC_ADMINISTER_FEATURES;
        RoleSet full = RoleSet.of(Role.FULL_ADMIN);
        assertEquals(Access.NONE, policy.decide(new AccessRequest(Table.CONTACT_CENTER, c, full, Relation.CUSTOMER,
                Context.ccLicense(CcLicense.STANDARD))).access());
        assertEquals(Access.FULL, policy.decide(new AccessRequest(Table.CONTACT_CENTER, c, full, Relation.CUSTOMER,
                Context.ccLicense(CcLicense.PREMIUM))).access());
        assertEquals(Access.FULL, policy.decide(new AccessRequest(Table.CONTACT_CENTER, c, full, Relation.PARTNER,
                Context.ccLicense(CcLicense.STANDARD))).access());
        assertEquals(Access.FULL, policy.decide(new AccessRequest(Table.CONTACT_CENTER, c,
                full.with(Role.CONTACT_CENTER_SERVICE_ADMIN), Relation.CUSTOMER, Context.ccLicense(CcLicense.STANDARD))).access());
    }

    @Test
    void aScopedGrantDoesNotCoverTheUnscopedNoneOfAnotherRole() {
        AccessDecision d = decide(Capability.SITE_LICENSES, Relation.CUSTOMER, Role.WEBEX_SITE_ADMIN, Role.MEETING_CONTENT_ADMIN);
        assertEquals(List.of(Grant.of(Access.FULL, Scope.ASSIGNED_SITES_ONLY), Grant.of(Access.NONE)), d.grants());
        assertEquals(List.of(Scope.ASSIGNED_SITES_ONLY), d.scopes());
    }

    @Test
    void decisionsAreInternedSoRepeatedRequestsAllocateNoNewAnswer() {
        AccessDecision first = decide(Capability.ORG_TROUBLESHOOTING, Relation.CUSTOMER, Role.SUPPORT_ADMIN);
        assertSame(first, decide(Capability.ORG_TROUBLESHOOTING, Relation.CUSTOMER, Role.SUPPORT_ADMIN));
        assertSame(first, decide(Capability.ORG_DEVICE_MANAGEMENT, Relation.CUSTOMER, Role.DEVICE_ADMIN));
    }

    @Test
    void anAccessDecisionAllocatesNothing() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        AccessRequest[] requests = {
                AccessRequest.of(Capability.EXTERNAL_LICENSES_AND_UPGRADES,
                        RoleSet.of(Role.READ_ONLY_ADMIN, Role.PROVISIONING_ADMIN), Relation.PARTNER),
                AccessRequest.of(Capability.ORG_ACCESS_TO_LIVE_MEETINGS,
                        RoleSet.of(Role.ADVANCED_TROUBLESHOOTING_ACCESS, Role.SUPPORT_ADMIN), Relation.CUSTOMER),
                new AccessRequest(Table.CONTACT_CENTER, Capability.CC_VIEW_EXTERNAL_ADMINS,
                        RoleSet.of(Role.FULL_ADMIN, Role.CONTACT_CENTER_SERVICE_ADMIN), Relation.CUSTOMER,
                        Context.ccLicense(CcLicense.STANDARD)),
        };
        long sink = 0;
        for (int i = 0; i < 1_000; i++) sink += policy.decide(requests[i % requests.length]).grants().size();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < 100_000; i++) sink += policy.decide(requests[i % requests.length]).grants().size();
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        // The measurement itself may allocate a few bytes; 100 000 decisions allocating anything would be megabytes.
        org.junit.jupiter.api.Assertions.assertTrue(allocated < 4_096, "100 000 decisions allocated " + allocated + " bytes (sink " + sink + ")");
    }

    @Test
    void aCapabilityOfAnotherTableIsABadRequest() {
        assertThrows(BadRequestException.class, () -> new AccessRequest(Table.ORGANIZATION_ROLES,
                Capability.SITE_LICENSES, RoleSet.of(Role.FULL_ADMIN), Relation.CUSTOMER, Context.EMPTY));
    }
}

package dev.roletck.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.Context;
import dev.roletck.api.Grant;
import dev.roletck.matrix.Cell;
import dev.roletck.matrix.MatrixLoader;
import dev.roletck.matrix.RuleSpec;
import dev.roletck.matrix.Spec;
import dev.roletck.model.Access;
import dev.roletck.model.Capability;
import dev.roletck.model.CcLicense;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.model.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reference policy's decisions, as a user of the policy sees them: for every capability, every
 * relation (declared or not), every licence context and every set of one, two or all roles, the
 * decision equals the union of what the matrices' cells give (RULINGS §4.6–4.8). The expectation is
 * computed here from the YAML matrices, which the reference does not read, so the test holds whatever
 * the reference's inner workings (rules per role, or a precomputed grant table). Then every case of
 * rules.yaml, access and assignment.
 */
class ReferenceDecisionsTest {
    private static final Spec SPEC = MatrixLoader.loadAll(Path.of(System.getProperty("roletck.home", ".")).resolve("matrices")).orThrow();
    private static final List<Context> CONTEXTS = contexts();

    private static List<Context> contexts() {
        List<Context> all = new ArrayList<>(List.of(Context.EMPTY));
        for (CcLicense l : CcLicense.values()) all.add(Context.ccLicense(l));
        return all;
    }

    /** The decision the matrices give: each held role's cell (not_applicable for a role the table does not list), united. */
    private static AccessDecision expected(Table table, Capability capability, Relation relation, RoleSet held, Context context) {
        if (!table.declares(relation)) return AccessDecision.only(Access.NOT_APPLICABLE);
        if (held.isEmpty()) return AccessDecision.only(Access.NONE);
        List<Grant> grants = new ArrayList<>();
        for (Role role : held.toList()) {
            if (!table.lists(role)) {
                grants.add(Grant.of(Access.NOT_APPLICABLE));
                continue;
            }
            Cell cell = SPEC.matrix(table).cell(capability, role, relation);
            grants.add(cell.contribution(held, context));
        }
        return AccessDecision.union(grants);
    }

    @ParameterizedTest
    @EnumSource(Table.class)
    void everyDecisionForOneTwoOrAllRolesIsTheUnionOfTheMatrixCells(Table table) {
        ReferencePolicy policy = new ReferencePolicy();
        List<RoleSet> roleSets = new ArrayList<>();
        roleSets.add(RoleSet.EMPTY);
        Role[] roles = Role.values();
        for (int i = 0; i < roles.length; i++) {
            roleSets.add(RoleSet.of(roles[i]));
            for (int j = i + 1; j < roles.length; j++) roleSets.add(RoleSet.of(roles[i], roles[j]));
        }
        roleSets.add(RoleSet.copyOf(table.roles()));
        roleSets.add(RoleSet.copyOf(List.of(roles)));
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (Capability capability : table.capabilities()) {
            for (Relation relation : Relation.values()) {
                for (Context context : CONTEXTS) {
                    if (!context.appliesTo(table)) continue; // a licence in the context of another table is a bad request
                    for (RoleSet held : roleSets) {
                        AccessRequest request = new AccessRequest(table, capability, held, relation, context);
                        AccessDecision want = expected(table, capability, relation, held, context);
                        AccessDecision got = policy.decide(request);
                        if (!want.access().equals(got.access()) || !want.scopes().equals(got.scopes())) {
                            if (wrong.size() < 10) wrong.add(capability.qualifiedId() + " " + held.toList() + " " + relation.id()
                                    + " " + context + ": expected " + want.access() + want.scopes() + ", got " + got.access() + got.scopes());
                        }
                        checked++;
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, "decisions that differ from the matrices");
        assertTrue(checked > 1000, checked + " decisions");
    }

    @Test
    void aRepeatedRequestGetsTheSameDecisionFromFreshAndWarmPolicies() {
        ReferencePolicy warm = new ReferencePolicy();
        for (Table table : Table.values()) {
            for (Capability capability : table.capabilities()) {
                for (Role role : table.roles()) {
                    AccessRequest request = new AccessRequest(table, capability, RoleSet.of(role), Relation.CUSTOMER, Context.EMPTY);
                    AccessDecision first = warm.decide(request);
                    assertEquals(first, warm.decide(request), request.toString());
                    assertEquals(first, new ReferencePolicy().decide(request), request.toString());
                }
            }
        }
    }

    @Test
    void everyAccessCaseOfRulesYaml() {
        ReferencePolicy policy = new ReferencePolicy();
        int n = 0;
        for (RuleSpec rule : SPEC.rules()) {
            for (RuleSpec.AccessCase c : rule.accessCases()) {
                AccessDecision got = policy.decide(c.request());
                assertEquals(c.access(), got.access(), rule.id().id() + " " + c.name());
                assertEquals(c.scopes(), got.scopes(), rule.id().id() + " " + c.name());
                n++;
            }
        }
        assertTrue(n > 0);
    }

    private static AssignmentDecision revoke(String actor, String target) {
        return new ReferencePolicy().decide(dev.roletck.protocol.Wire.assignmentRequest(dev.roletck.protocol.Wire.parse(
                "{\"operation\": \"revoke\", \"organization\": \"customer\", \"role\": \"contact_center_service_admin\", \"site\": null,"
                        + " \"actor\": " + actor + ", \"target\": " + target + "}")));
    }

    /** R26 and R36 on revocation, as on assignment: the service-admin role of an external admin is not for external admins to take away. */
    @Test
    void anExternalServiceAdminCannotRevokeTheRoleOfAnotherExternalAdmin() {
        String otherServiceAdmin = "{\"roles\": [\"contact_center_service_admin\"], \"site_roles\": {}, \"relation\": \"other\", \"active_sales_relationship\": false}";
        String partnerFullAdmin = "{\"roles\": [\"full_admin\"], \"site_roles\": {}, \"relation\": \"partner\", \"active_sales_relationship\": false}";
        String customerFullAdmin = "{\"roles\": [\"full_admin\"], \"site_roles\": {}, \"relation\": \"customer\", \"active_sales_relationship\": false}";
        String externalTarget = "{\"same_as_actor\": false, \"roles\": [\"contact_center_service_admin\"], \"site_roles\": {}, \"relation\": \"other\","
                + " \"home\": \"ordinary\", \"contact_center_enabled\": true}";
        AssignmentDecision byService = revoke(otherServiceAdmin, externalTarget);
        assertEquals(dev.roletck.model.Verdict.REFUSED, byService.verdict(), byService.toString());
        assertTrue(byService.rules().contains(dev.roletck.model.RuleId.R26) && byService.rules().contains(dev.roletck.model.RuleId.R36), byService.toString());
        AssignmentDecision byPartner = revoke(partnerFullAdmin, externalTarget);
        assertEquals(dev.roletck.model.Verdict.REFUSED, byPartner.verdict(), byPartner.toString());
        assertTrue(byPartner.rules().contains(dev.roletck.model.RuleId.R36), byPartner.toString());
        assertTrue(!byPartner.rules().contains(dev.roletck.model.RuleId.R26), "R26 is the service admin's rule: " + byPartner);
        AssignmentDecision byCustomer = revoke(customerFullAdmin, externalTarget);
        assertTrue(!byCustomer.rules().contains(dev.roletck.model.RuleId.R26) && !byCustomer.rules().contains(dev.roletck.model.RuleId.R36),
                "the customer's full admin is not external: " + byCustomer);
    }

    @Test
    void everyAssignmentCaseOfRulesYaml() {
        ReferencePolicy policy = new ReferencePolicy();
        int n = 0;
        for (RuleSpec rule : SPEC.rules()) {
            for (RuleSpec.AssignmentCase c : rule.cases()) {
                AssignmentDecision got = policy.decide(c.request());
                if (got.verdict() != c.verdict() || !got.rules().contains(c.rule())) {
                    fail(rule.id().id() + " " + c.name() + ": expected " + c.verdict() + " by " + c.rule() + ", got " + got);
                }
                n++;
            }
        }
        assertTrue(n > 0);
    }
}

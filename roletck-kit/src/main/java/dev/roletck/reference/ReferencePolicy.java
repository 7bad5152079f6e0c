package dev.roletck.reference;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.Policy;
import dev.roletck.model.RoleSet;
import dev.roletck.model.Table;

/**
 * The reference policy: the seeds' tables and prose rules written as rules per role, independent
 * of the YAML matrices, so that checking one against the other means something.
 *
 * <p>The rules are the statement ({@link #decideByRules}): each held role contributes a {@link
 * GrantCode}, the uncovered grants are found with bit operations, and the answer is an interned
 * decision. Decisions are answered from a {@link GrantTable} derived from those rules once per
 * process (a test checks the two agree on every input), so a decision is a few array loads and
 * allocates nothing. The class is immutable and safe to share between threads.
 */
public final class ReferencePolicy implements Policy {

    private static final TableRules[] RULES = new TableRules[Table.values().length];

    static {
        RULES[Table.ORGANIZATION_ROLES.ordinal()] = new OrganizationRoleRules();
        RULES[Table.WEBEX_SITE_ROLES.ordinal()] = new WebexSiteRoleRules();
        RULES[Table.CONTACT_CENTER.ordinal()] = new ContactCenterRules();
        RULES[Table.CONTACT_CENTER_ROLE_ASSIGNMENT.ordinal()] = new ContactCenterRoleAssignmentRules();
        RULES[Table.EXTERNAL_ADMIN_ROLES.ordinal()] = new ExternalAdminRoleRules();
        RULES[Table.PARTNER_SALES_ROLES.ordinal()] = new PartnerSalesRoleRules();
    }

    private static final DecisionCache DECISIONS = new DecisionCache();
    private final AssignmentRules assignments = new AssignmentRules();

    /** The table derived from the rules, built by the first decision of the process. */
    private static final class Derived {
        static final GrantTable TABLE = new GrantTable(ReferencePolicy::decideByRules);
    }

    @Override
    public AccessDecision decide(AccessRequest request) {
        return Derived.TABLE.decide(request);
    }

    /** The access decision as the rules state it, without the derived table. */
    static AccessDecision decideByRules(AccessRequest request) {
        DecisionCache decisions = DECISIONS;
        Table table = request.table();
        if (!table.declares(request.relation())) {
            return decisions.get(1 << GrantCode.NOT_APPLICABLE);
        }
        long held = request.roles().bits();
        if (held == 0) {
            return decisions.get(1 << GrantCode.NONE); // R02: no admin privileges by default
        }
        TableRules rules = RULES[table.ordinal()];
        int mask = 0;
        for (long rest = held; rest != 0; rest &= rest - 1) {
            int code = rules.grant(request.capability(), RoleSet.roleAt(Long.numberOfTrailingZeros(rest)),
                    request.relation(), request.roles(), request.context());
            mask |= 1 << code;
        }
        return decisions.get(GrantCode.uncovered(mask));
    }

    @Override
    public AssignmentDecision decide(AssignmentRequest request) {
        return assignments.decide(request);
    }
}

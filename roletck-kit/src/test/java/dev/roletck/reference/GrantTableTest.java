package dev.roletck.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.Context;
import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.model.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The derived table answers exactly as the rules: for every table, capability, relation, context a
 * request may carry, and every set of the table's listed roles — alone, with each role the table
 * does not list, and with all of those at once.
 *
 * <p>Each test builds its own table from the rules (the policy's table is built once per process, so
 * a fault in building it would otherwise show only in the first test of a run), and checks the
 * policy's own table on the same inputs.
 */
class GrantTableTest {
    private final ReferencePolicy policy = new ReferencePolicy();

    @Test
    void theTableAgreesWithTheRulesOnEveryInput() {
        GrantTable built = new GrantTable(ReferencePolicy::decideByRules);
        int compared = 0;
        List<String> differences = new ArrayList<>();
        for (Table table : Table.values()) {
            List<Role> listed = table.roles();
            List<Long> strangers = new ArrayList<>();
            strangers.add(0L);
            long all = 0;
            for (Role r : Role.values()) {
                if (listed.contains(r)) continue;
                strangers.add(1L << r.ordinal());
                all |= 1L << r.ordinal();
            }
            strangers.add(all);
            for (Capability capability : table.capabilities()) {
                for (Relation relation : Relation.values()) {
                    for (int ctx = 0; ctx < GrantTable.CONTEXTS; ctx++) {
                        Context context = GrantTable.context(ctx);
                        if (!context.appliesTo(table)) continue;
                        for (int subset = 0; subset < 1 << listed.size(); subset++) {
                            long held = 0;
                            for (int i = 0; i < listed.size(); i++) if ((subset & (1 << i)) != 0) held |= 1L << listed.get(i).ordinal();
                            for (long stranger : strangers) {
                                AccessRequest r = new AccessRequest(table, capability, new RoleSet(held | stranger), relation, context);
                                AccessDecision byRules = ReferencePolicy.decideByRules(r);
                                AccessDecision byTable = built.decide(r);
                                AccessDecision byPolicy = policy.decide(r);
                                compared++;
                                if (!byRules.equals(byTable) && differences.size() < 10) differences.add(r + ": rules " + byRules + ", table " + byTable);
                                if (!byRules.equals(byPolicy) && differences.size() < 10) differences.add(r + ": rules " + byRules + ", policy " + byPolicy);
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), differences);
        assertTrue(compared > 50_000, "only " + compared + " inputs compared");
    }
}

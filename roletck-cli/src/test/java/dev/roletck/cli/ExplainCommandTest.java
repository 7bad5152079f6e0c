package dev.roletck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.harness.ExitCodes;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated("decideExplainsItsAnswer changes the default Locale (decide speaks it)")
class ExplainCommandTest {

    @Test
    void aCombinationShowsEachRolesCellAndWhichGrantCoversWhich() {
        CliRun r = CliRun.of("explain", "organization_roles/device_management/full_admin+read_only_admin/customer", "--locale", "en");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        List<String> lines = r.out().lines().map(String::strip).toList();
        assertEquals("organization_roles/device_management/full_admin+read_only_admin/customer: expected full", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("full_admin: the cell says full (basis ")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("read_only_admin: the cell says read_only (basis ")), r.out());
        assertTrue(lines.contains("read_only is covered by full, so it is left out"), r.out());
        assertTrue(lines.contains("full is covered by no other grant, so it is in the answer"), r.out());
    }

    @Test
    void aRuleCaseShowsTheRuleAndTheTextOfItsSeedLines() {
        CliRun r = CliRun.of("explain", "R22/1", "--locale", "en");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().contains("full_admin: the cell says full, but contributes none here"), r.out());
        assertTrue(r.out().contains("rule R22 (enforced):"), r.out());
        // the seed line's own words, read from docs/spec/seeds
        assertTrue(r.out().contains("seed 003_4c75b58bf7aa02a6.txt:77: If a user is assigned a full administrator position"), r.out());
    }

    @Test
    void anUnknownIdSuggestsTheNearOnes() {
        CliRun r = CliRun.of("explain", "organization_roles/device_managment/device_admin/customer", "--locale", "en");
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("did you mean organization_roles/device_management/device_admin/customer?"), r.err());
    }

    @Test
    void decideExplainsItsAnswer() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            CliRun r = CliRun.of("decide", "--table", "external_admin_roles", "--capability", "licenses_and_upgrades",
                    "--roles", "read_only_admin,provisioning_admin", "--relation", "partner", "--explain");
            assertEquals(ExitCodes.OK, r.exit(), r.err());
            List<String> lines = r.out().lines().map(String::strip).toList();
            assertTrue(lines.get(0).startsWith("{\"access\":\"full\""), lines.get(0));
            assertTrue(lines.contains("read_only is covered by no other grant, so it is in the answer"), r.out());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("provisioning_admin: the cell says full/services_sold_by_partner")), r.out());
        } finally {
            Locale.setDefault(before);
        }
    }
}

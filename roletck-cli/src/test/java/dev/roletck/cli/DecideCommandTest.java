package dev.roletck.cli;

import dev.roletck.harness.ExitCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DecideCommandTest {


    @Test
    void printsOneJsonLine() {
        CliRun r = CliRun.of("decide", "--table", "external_admin_roles", "--capability", "licenses_and_upgrades",
                "--roles", "read_only_admin,provisioning_admin", "--relation", "partner");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertEquals("{\"access\":\"full\",\"scopes\":[\"services_sold_by_partner\"],\"grants\":["
                + "{\"access\":\"full\",\"scope\":\"services_sold_by_partner\"},{\"access\":\"read_only\",\"scope\":null}]}", r.out().strip());
    }

    @Test
    void takesTheLicenceOnContactCenterRequests() {
        CliRun r = CliRun.of("decide", "--table", "contact_center", "--capability", "administer_features",
                "--roles", "full_admin", "--relation", "customer", "--cc-license", "standard");
        assertEquals("{\"access\":\"none\",\"scopes\":[],\"grants\":[{\"access\":\"none\",\"scope\":null}]}", r.out().strip());
    }

    @Test
    void anEmptyRoleListHasNoAccess() {
        CliRun r = CliRun.of("decide", "--table", "organization_roles", "--capability", "legal_hold", "--roles", "");
        assertEquals("{\"access\":\"none\",\"scopes\":[],\"grants\":[{\"access\":\"none\",\"scope\":null}]}", r.out().strip());
    }

    @Test
    void badRequestsAreOneLineAndExitTwo() {
        for (String[] args : new String[][] {
                {"decide", "--table", "organization_roles", "--capability", "legal_hold", "--roles", "full_admn"},
                {"decide", "--table", "organization_roles", "--capability", "legal_hold", "--roles", "full_admin",
                        "--cc-license", "standard"},
                {"decide", "--table", "organization_rolez", "--capability", "legal_hold"},
                {"decide", "--table", "organization_roles"},
        }) {
            CliRun r = CliRun.of(args);
            assertEquals(ExitCodes.BAD_INPUT, r.exit(), String.join(" ", args));
            assertEquals("", r.out());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("roletck"), r.err());
        }
    }
}

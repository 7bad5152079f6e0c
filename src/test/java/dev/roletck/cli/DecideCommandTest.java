package dev.roletck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DecideCommandTest {
    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = RoleTck.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return new Run(cli.execute(args), out.toString().strip(), err.toString().strip());
    }

    @Test
    void printsOneJsonLine() {
        Run r = run("decide", "--table", "external_admin_roles", "--capability", "licenses_and_upgrades",
                "--roles", "read_only_admin,provisioning_admin", "--relation", "partner");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertEquals("{\"access\":\"full\",\"scopes\":[\"services_sold_by_partner\"],\"grants\":["
                + "{\"access\":\"full\",\"scope\":\"services_sold_by_partner\"},{\"access\":\"read_only\",\"scope\":null}]}", r.out());
    }

    @Test
    void takesTheLicenceOnContactCenterRequests() {
        Run r = run("decide", "--table", "contact_center", "--capability", "administer_features",
                "--roles", "full_admin", "--relation", "customer", "--cc-license", "standard");
        assertEquals("{\"access\":\"none\",\"scopes\":[],\"grants\":[{\"access\":\"none\",\"scope\":null}]}", r.out());
    }

    @Test
    void anEmptyRoleListHasNoAccess() {
        Run r = run("decide", "--table", "organization_roles", "--capability", "legal_hold", "--roles", "");
        assertEquals("{\"access\":\"none\",\"scopes\":[],\"grants\":[{\"access\":\"none\",\"scope\":null}]}", r.out());
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
            Run r = run(args);
            assertEquals(ExitCodes.BAD_INPUT, r.exit(), String.join(" ", args));
            assertEquals("", r.out());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("roletck"), r.err());
        }
    }
}

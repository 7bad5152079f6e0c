package dev.roletck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roletck.harness.ExitCodes;
import org.junit.jupiter.api.Test;

/** verify --case / --run choose cases; --format json|junit puts a report on standard output. */
class VerifySubsetTest {
    static final String CELL = "organization_roles/device_management/device_admin/customer";

    @Test
    void oneCaseAsJsonOnStandardOutput() throws Exception {
        CliRun r = CliRun.of("verify", "--locale", "en", "--case", CELL, "--generated-assignments", "0", "--format", "json");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertEquals(1, report.get("cases").size(), "only the chosen case");
        assertEquals(CELL, report.get("cases").get(0).get("id").asText());
        assertTrue(r.err().contains("Organization roles"), "the summary went to standard error: " + r.err());
    }

    @Test
    void aRegexAsJunitXml() {
        CliRun r = CliRun.of("verify", "--locale", "en", "--run", "^organization_roles/legal_hold/", "--generated-assignments", "0",
                "--format", "junit");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().startsWith("<?xml"), r.out());
        assertTrue(r.out().contains("name=\"organization_roles/legal_hold/full_admin/customer\""), r.out());
        assertTrue(!r.out().contains("name=\"organization_roles/device_management/"), "only the matching cases");
    }

    @Test
    void anUnknownCaseOrAnEmptySelectionIsBadUsage() {
        CliRun r = CliRun.of("verify", "--locale", "en", "--case", "organization_roles/device_managment/device_admin/customer");
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("did you mean " + CELL + "?"), r.err());
        r = CliRun.of("verify", "--locale", "en", "--run", "^nothing_like_this/");
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        r = CliRun.of("verify", "--locale", "en", "--run", "([", "--generated-assignments", "0");
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        r = CliRun.of("verify", "--locale", "en", "--format", "yaml");
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
    }
}

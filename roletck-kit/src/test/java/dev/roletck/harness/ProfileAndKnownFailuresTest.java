package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.matrix.Group;
import dev.roletck.model.Access;
import dev.roletck.model.Capability;
import dev.roletck.model.Role;
import dev.roletck.reference.ReferencePolicy;
import dev.roletck.suite.CaseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles report unclaimed groups as not run; known failures are expected until they pass or expire. */
class ProfileAndKnownFailuresTest {
    private static final String FLIPPED = "organization_roles/device_management/device_admin/customer";
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @TempDir Path dir;

    /** The reference policy with device admins losing device management. */
    private static HarnessOptions flipped() {
        return Fixtures.options(new Implementation.InProcess(new Fixtures.Delegating() {
            @Override public AccessDecision decide(AccessRequest r) {
                if (r.capability() == Capability.ORG_DEVICE_MANAGEMENT && r.roles().contains(Role.DEVICE_ADMIN)
                        && inner.decide(r).access() == Access.FULL) {
                    return AccessDecision.only(r.roles().size() == 1 ? Access.NONE : Access.READ_ONLY);
                }
                return inner.decide(r);
            }
        }));
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void groupsOutsideTheProfileAreNotRunAndNeverPassed() throws IOException {
        Path profile = file("profile.yaml", "name: sites only\nimplements: [webex_site_roles, assignment]\n");
        HarnessResult result = Harness.run(flipped().withProfile(profile), Fixtures.cases());
        assertEquals(ExitCodes.OK, result.exitCode());
        long inProfile = Fixtures.cases().stream().filter(c -> c.group() == Group.WEBEX_SITE_ROLES || c.group() == Group.ASSIGNMENT).count();
        assertEquals(inProfile, result.summary().passed());
        assertEquals(Fixtures.cases().size() - inProfile, result.summary().notRun());
        CaseResult o = result.results().stream().filter(x -> x.id().equals(FLIPPED)).findFirst().orElseThrow();
        assertEquals(CaseResult.Outcome.NOT_RUN, o.outcome());
        assertEquals("the rule group organization_roles is not in the implementation's profile", o.reason().orElse(""));
    }

    @Test
    void tablesNarrowTheProfile() {
        HarnessResult result = Harness.run(flipped().withTables(List.of("partner_sales_roles")), Fixtures.cases());
        assertEquals(ExitCodes.OK, result.exitCode());
        assertEquals(Fixtures.cases().stream().filter(c -> c.group() == Group.PARTNER_SALES_ROLES).count(), result.summary().passed());
    }

    @Test
    void listedFailuresAreExpected() throws IOException {
        HarnessResult before = Harness.run(flipped(), Fixtures.cases());
        assertEquals(ExitCodes.FAILED, before.exitCode());
        StringBuilder yaml = new StringBuilder();
        for (CaseResult o : before.failures()) {
            yaml.append("- case: ").append(o.id()).append("\n  reason: device admins are read-only here\n")
                    .append("  link: https://tracker.example/12\n  expires: 2025-12-31\n");
        }
        HarnessResult result = Harness.run(flipped().withKnownFailures(file("known.yaml", yaml.toString()), TODAY), Fixtures.cases());
        assertEquals(ExitCodes.OK, result.exitCode());
        assertEquals(before.failures().size(), result.summary().expectedFailures());
        assertTrue(result.summary().expectedFailures() >= 2, "the single cell and its combinations");
    }

    @Test
    void aListedFailureThatNowPassesFailsTheRun() throws IOException {
        String passing = "organization_roles/legal_hold/full_admin/customer";
        Path known = file("known.yaml", "- case: " + passing + "\n  reason: r\n  link: https://tracker.example/13\n  expires: 2025-12-31\n");
        HarnessOptions correct = Fixtures.options(new Implementation.InProcess(new ReferencePolicy()));
        HarnessResult result = Harness.run(correct.withKnownFailures(known, TODAY), Fixtures.cases());
        assertEquals(1, result.failures().size());
        CaseResult o = result.failures().get(0);
        assertEquals(passing, o.id());
        assertEquals(CaseResult.Outcome.UNEXPECTED_PASS, o.outcome());
        assertEquals("listed as a known failure at " + known + ":1:3 but passed — remove the entry", o.reason().orElse(""));
        assertEquals(ExitCodes.FAILED, result.exitCode());
    }

    @Test
    void anExpiredEntryFailsTheRun() throws IOException {
        Path known = file("known.yaml", "- case: " + FLIPPED + "\n  reason: r\n  link: l\n  expires: 2025-05-31\n");
        HarnessResult result = Harness.run(flipped().withKnownFailures(known, TODAY), Fixtures.cases());
        assertEquals(ExitCodes.FAILED, result.exitCode());
        CaseResult o = result.failures().stream().filter(x -> x.id().equals(FLIPPED)).findFirst().orElseThrow();
        assertTrue(o.reason().orElse("").startsWith("known-failure entry at " + known + ":1:3 expired on 2025-05-31"), o.reason().orElse(""));
    }

    @Test
    void badFilesAreOneLineWithPosition() throws IOException {
        String groups = "organization_roles, webex_site_roles, contact_center, contact_center_role_assignment, "
                + "external_admin_roles, partner_sales_roles, assignment, generated, fail_closed";
        assertEquals(dir.resolve("p1.yaml") + ":2:14: unknown rule group “organisation_roles” — use one of: " + groups,
                usage(() -> Profile.read(file("p1.yaml", "name: x\nimplements: [organisation_roles]\n"))));
        assertEquals(dir.resolve("p2.yaml") + ":1:1: unknown key “tables” — use one of: name, implements",
                usage(() -> Profile.read(file("p2.yaml", "tables: [assignment]\n"))));
        assertTrue(usage(() -> Profile.read(file("p3.yaml", "implements: [a\n"))).startsWith(dir.resolve("p3.yaml") + ":2:1: YAML syntax error: “"));
        assertEquals(dir.resolve("k1.yaml") + ":4:12: “31.12.2025” is not a date — write the date as yyyy-mm-dd",
                usage(() -> KnownFailures.read(file("k1.yaml", "- case: " + FLIPPED + "\n  reason: r\n  link: l\n  expires: 31.12.2025\n"),
                        Set.of(FLIPPED))));
        assertEquals(dir.resolve("k2.yaml") + ":1:9: no case matches “nope” — copy the id from a report",
                usage(() -> KnownFailures.read(file("k2.yaml", "- case: nope\n  reason: r\n  link: l\n  expires: 2025-01-01\n"),
                        Set.of(FLIPPED))));
        assertEquals(dir.resolve("k3.yaml") + ":1:3: missing key “reason” — every entry has one of case, cell or rule, then reason and expires (link is optional)",
                usage(() -> KnownFailures.read(file("k3.yaml", "- case: " + FLIPPED + "\n  link: l\n  expires: 2025-01-01\n"),
                        Set.of(FLIPPED))));
        assertEquals(dir.resolve("k4.yaml") + ":1:3: the entry names no case, cell or rule — every entry has one of case, cell or rule, then reason and expires (link is optional)",
                usage(() -> KnownFailures.read(file("k4.yaml", "- reason: r\n  expires: 2025-01-01\n"), Set.of(FLIPPED))));
    }

    @Test
    void linkIsOptional() throws IOException {
        KnownFailures k = KnownFailures.read(file("k.yaml", "- case: " + FLIPPED + "\n  reason: r\n  expires: 2025-01-01\n"), Set.of(FLIPPED));
        assertEquals(Optional.empty(), k.entry(FLIPPED).orElseThrow().link());
        assertEquals("r", k.entry(FLIPPED).orElseThrow().reason());
    }

    @Test
    void aTypoSuggestsTheNearIds() throws IOException {
        String typo = "organization_roles/device_managment/device_admin/customer";
        String message = usage(() -> KnownFailures.read(file("typo.yaml", "- case: " + typo + "\n  reason: r\n  expires: 2025-12-31\n"),
                Fixtures.cases()));
        assertEquals(dir.resolve("typo.yaml") + ":1:9: no case matches “" + typo + "” — did you mean " + FLIPPED + "?", message);
        message = usage(() -> KnownFailures.read(file("rule.yaml", "- rule: R222\n  reason: r\n  expires: 2025-12-31\n"), Fixtures.cases()));
        assertTrue(message.contains("R22"), message);
    }

    /** One entry for the cell covers every case that rests on it, the combinations and rule cases too. */
    @Test
    void oneCellEntryCoversEveryCaseOfTheCell() throws IOException {
        HarnessResult before = Harness.run(flipped(), Fixtures.cases());
        assertTrue(before.failures().size() >= 2, "the single cell and its combinations");
        for (String entry : List.of("cell: " + FLIPPED, "cell: organization_roles/device_management/device_admin/*",
                "case: organization_roles/device_management/**")) {
            Path known = file("cell.yaml", "- " + entry + "\n  reason: device admins are read-only here\n  expires: 2025-12-31\n");
            HarnessResult result = Harness.run(flipped().withKnownFailures(known, TODAY), Fixtures.cases());
            assertEquals(ExitCodes.OK, result.exitCode(), entry + ": " + result.failures());
            assertEquals(before.failures().size(), result.summary().expectedFailures(), entry);
            CaseResult o = result.results().stream().filter(x -> x.id().equals(FLIPPED)).findFirst().orElseThrow();
            assertEquals(CaseResult.Outcome.EXPECTED_FAILURE, o.outcome(), entry);
        }
    }

    @Test
    void aPatternEntryWhoseCasesAllPassFailsTheRun() throws IOException {
        Path known = file("stale.yaml", "- cell: " + FLIPPED + "\n  reason: fixed since\n  expires: 2025-12-31\n");
        HarnessOptions correct = Fixtures.options(new Implementation.InProcess(new ReferencePolicy()));
        HarnessResult result = Harness.run(correct.withKnownFailures(known, TODAY), Fixtures.cases());
        assertEquals(ExitCodes.FAILED, result.exitCode());
        assertTrue(result.failures().stream().allMatch(r -> r.outcome() == CaseResult.Outcome.UNEXPECTED_PASS), result.failures().toString());
        assertTrue(result.failures().stream().anyMatch(r -> r.id().equals(FLIPPED)));
        assertTrue(result.failures().get(0).reason().orElse("").contains("every case it names passed — remove the entry"));
    }

    private static String usage(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(UsageException.class, e).getMessage();
    }
}

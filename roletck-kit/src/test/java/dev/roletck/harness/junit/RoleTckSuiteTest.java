package dev.roletck.harness.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.Policy;
import dev.roletck.matrix.Group;
import dev.roletck.model.Access;
import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.Table;
import dev.roletck.reference.ReferencePolicy;
import dev.roletck.suite.Cases;
import dev.roletck.suite.TestSpec;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs the builder the way an implementer's build would, through the JUnit Platform, and reads the outcome. */
class RoleTckSuiteTest {

    /** What an implementer writes: a few lines, with the kit's own cases. (Nested, so that the build runs it only through the launcher below.) */
    static class ImplementerTest {
        static Policy policy;

        @TestFactory
        Stream<DynamicNode> roletck() {
            return RoleTckSuite.forPolicy(policy)
                    .tables(Table.ORGANIZATION_ROLES, Table.WEBEX_SITE_ROLES)
                    .languages(Locale.ENGLISH)
                    .timeout(java.time.Duration.ofSeconds(30)) // no timeouts on a busy machine: this counts outcomes
                    .dynamicTests();
        }
    }

    private static TestExecutionSummary run(Policy policy) {
        ImplementerTest.policy = policy;
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(ImplementerTest.class)).build(), listener);
        return listener.getSummary();
    }

    private static long all() {
        return Cases.of(TestSpec.spec()).size();
    }

    private static long casesOf(Group... groups) {
        return Cases.of(TestSpec.spec()).stream().filter(c -> List.of(groups).contains(c.group())).count();
    }

    @Test
    void theReferencePolicyPassesTheChosenTablesAndTheRestIsSkipped() {
        TestExecutionSummary s = run(new ReferencePolicy());
        assertEquals(all(), s.getTestsFoundCount());
        assertEquals(casesOf(Group.ORGANIZATION_ROLES, Group.WEBEX_SITE_ROLES, Group.ASSIGNMENT), s.getTestsSucceededCount());
        assertEquals(all() - s.getTestsSucceededCount(), s.getTestsAbortedCount());
        assertEquals(0, s.getTestsFailedCount());
    }

    @Test
    void aWrongCellFailsWithExpectedActualAndSource() {
        Policy flipped = new Policy() {
            final Policy inner = new ReferencePolicy();

            @Override public AccessDecision decide(AccessRequest r) {
                if (r.capability() == Capability.ORG_DEVICE_MANAGEMENT && r.roles().toList().equals(List.of(Role.DEVICE_ADMIN))
                        && r.relation() == Relation.CUSTOMER) {
                    return AccessDecision.only(Access.NONE);
                }
                return inner.decide(r);
            }

            @Override public AssignmentDecision decide(AssignmentRequest r) { return inner.decide(r); }
        };
        TestExecutionSummary s = run(flipped);
        String cell = "organization_roles/device_management/device_admin/customer";
        List<String> failed = s.getFailures().stream().map(f -> f.getTestIdentifier().getDisplayName()).toList();
        assertTrue(failed.contains(cell), failed.toString());
        // the cell, and the rule cases of rules.yaml that ask the same
        assertTrue(failed.stream().allMatch(id -> id.equals(cell) || id.matches("R\\d\\d/\\d+")), failed.toString());
        TestExecutionSummary.Failure f = s.getFailures().stream()
                .filter(x -> x.getTestIdentifier().getDisplayName().equals(cell)).findFirst().orElseThrow();
        String message = f.getException().getMessage();
        dev.roletck.harness.report.ReportText en = dev.roletck.harness.report.ReportText.of(java.util.Locale.ENGLISH);
        // the access levels by their labels, in the reader's language
        assertTrue(message.startsWith("organization_roles/device_management/device_admin/customer" + ": Expected: " + en.label(dev.roletck.model.Access.FULL) + "; Actual: "
                + en.label(dev.roletck.model.Access.NONE) + ";"), message);
        assertTrue(message.contains("Source: cell basis " + en.label(dev.roletck.model.Basis.EXTERNAL) + "/"
                + en.label(dev.roletck.model.Confidence.HIGH)), message);
    }
}

package dev.roletck.harness.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.Policy;
import dev.roletck.harness.FixtureAccess;
import dev.roletck.model.Access;
import dev.roletck.model.Capability;
import dev.roletck.model.Role;
import dev.roletck.model.Table;
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

    /** What an implementer writes: a few lines. (Nested, so that the build runs it only through the launcher below.) */
    static class ImplementerTest {
        static Policy policy;

        @TestFactory
        Stream<DynamicNode> roletck() {
            return RoleTckSuite.forPolicy(policy)
                    .cases(FixtureAccess::cases)
                    .tables(Table.ORGANIZATION_ROLES, Table.WEBEX_SITE_ROLES)
                    .languages(Locale.ENGLISH)
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

    private static long casesOf(String... groups) {
        return FixtureAccess.cases().stream().filter(c -> List.of(groups).contains(c.group())).count();
    }

    @Test
    void aCorrectPolicyPassesTheChosenTablesAndTheRestIsSkipped() {
        TestExecutionSummary s = run(FixtureAccess.correctPolicy());
        assertEquals(FixtureAccess.cases().size(), s.getTestsFoundCount());
        assertEquals(casesOf("organization_roles", "webex_site_roles", "assignment"), s.getTestsSucceededCount());
        assertEquals(FixtureAccess.cases().size() - s.getTestsSucceededCount(), s.getTestsAbortedCount());
        assertEquals(0, s.getTestsFailedCount());
    }

    @Test
    void aWrongCellFailsWithExpectedActualAndSource() {
        Policy flipped = new Policy() {
            final Policy inner = FixtureAccess.correctPolicy();

            @Override public AccessDecision decide(AccessRequest r) {
                if (r.capability() == Capability.ORG_DEVICE_MANAGEMENT && r.roles().toList().equals(List.of(Role.DEVICE_ADMIN))) {
                    return AccessDecision.only(Access.NONE);
                }
                return inner.decide(r);
            }

            @Override public dev.roletck.api.AssignmentDecision decide(dev.roletck.api.AssignmentRequest r) { return inner.decide(r); }
        };
        TestExecutionSummary s = run(flipped);
        assertEquals(1, s.getTestsFailedCount());
        TestExecutionSummary.Failure f = s.getFailures().get(0);
        assertEquals("organization_roles/device_management/device_admin/customer", f.getTestIdentifier().getDisplayName());
        String message = f.getException().getMessage();
        assertTrue(message.startsWith("organization_roles/device_management/device_admin/customer: Expected: full; Actual: none;"), message);
        assertTrue(message.contains("Source: "), message);
    }
}

package dev.roletck.harness.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.Policy;
import dev.roletck.harness.report.Reports;
import dev.roletck.matrix.Group;
import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.Table;
import dev.roletck.reference.ReferencePolicy;
import dev.roletck.suite.Cases;
import dev.roletck.suite.TestSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** The kit's engine, run through the JUnit Platform launcher as Surefire, Gradle and IDEs run it. */
class RoleTckEngineTest {
    static final String CELL = "organization_roles/device_management/device_admin/customer";
    static final String THROWS = "organization_roles/legal_hold/compliance_officer/customer";

    static Policy policy = new ReferencePolicy();
    static Path reports;

    /** What an implementer writes. (Nested, so that the build runs it only through the launcher below.) */
    static class ImplementerTest implements RoleTckConformance {
        @Override public RoleTckSuite suite() {
            RoleTckSuite suite = RoleTckSuite.forPolicy(policy).tables(Table.ORGANIZATION_ROLES).assignment(false)
                    .timeout(java.time.Duration.ofSeconds(30)); // no timeouts on a busy machine: this counts outcomes
            return reports == null ? suite : suite.reports(reports);
        }
    }

    /** The reference policy with one wrong cell and one case that throws. */
    static final class Broken implements Policy {
        final Policy inner = new ReferencePolicy();

        @Override public AccessDecision decide(AccessRequest r) {
            if (r.relation() == Relation.CUSTOMER && r.roles().toList().equals(List.of(Role.DEVICE_ADMIN))
                    && r.capability() == Capability.ORG_DEVICE_MANAGEMENT) {
                return AccessDecision.only(dev.roletck.model.Access.NONE);
            }
            if (r.relation() == Relation.CUSTOMER && r.roles().toList().equals(List.of(Role.COMPLIANCE_OFFICER))
                    && r.capability() == Capability.ORG_LEGAL_HOLD) {
                throw new IllegalStateException("legal hold lookup failed");
            }
            return inner.decide(r);
        }

        @Override public AssignmentDecision decide(AssignmentRequest r) { return inner.decide(r); }
    }

    record Finished(TestIdentifier test, TestExecutionResult result) {}

    static final class Recorder implements TestExecutionListener {
        final List<Finished> finished = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<String> skipped = new java.util.concurrent.CopyOnWriteArrayList<>();
        TestPlan plan;

        @Override public void testPlanExecutionStarted(TestPlan testPlan) { plan = testPlan; }

        @Override public void executionFinished(TestIdentifier id, TestExecutionResult r) {
            if (id.isTest()) finished.add(new Finished(id, r));
        }

        @Override public void executionSkipped(TestIdentifier id, String reason) {
            if (id.isTest()) skipped.add(id.getDisplayName());
        }

        Finished of(String caseId) {
            return finished.stream().filter(f -> f.test().getDisplayName().equals(caseId)).findFirst().orElseThrow();
        }
    }

    private static Recorder run(Policy p, DiscoverySelector selector) {
        policy = p;
        Launcher launcher = LauncherFactory.create();
        Recorder recorder = new Recorder();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selector).build(), recorder, new SummaryGeneratingListener());
        return recorder;
    }

    @Test
    void everyCaseIsATestNamedByItsIdForEveryReporter() {
        Recorder r = run(new ReferencePolicy(), selectClass(ImplementerTest.class));
        long all = Cases.of(TestSpec.spec()).size();
        long org = Cases.of(TestSpec.spec()).stream().filter(c -> c.group() == Group.ORGANIZATION_ROLES).count();
        assertEquals(org, r.finished.size());
        assertEquals(all - org, r.skipped.size());
        assertTrue(r.finished.stream().allMatch(f -> f.result().getStatus() == TestExecutionResult.Status.SUCCESSFUL));
        TestIdentifier cell = r.of(CELL).test();
        assertEquals(CELL, cell.getLegacyReportingName(), "Surefire's name");
        assertEquals(caseId(), cell.getUniqueIdObject());
        assertEquals("organization_roles", r.plan.getParent(cell).orElseThrow().getDisplayName());
    }

    @Test
    void aWrongAnswerFailsAndAThrowIsAnErrorWithTheCause() {
        Recorder r = run(new Broken(), selectClass(ImplementerTest.class));
        Throwable wrong = r.of(CELL).result().getThrowable().orElseThrow();
        assertInstanceOf(org.opentest4j.AssertionFailedError.class, wrong);
        dev.roletck.harness.report.ReportText en = dev.roletck.harness.report.ReportText.of(java.util.Locale.ENGLISH);
        // the access levels by their labels, in the reader's language
        assertTrue(wrong.getMessage().startsWith(CELL + ": Expected: " + en.label(dev.roletck.model.Access.FULL) + "; Actual: "
                + en.label(dev.roletck.model.Access.NONE) + ";"), wrong.getMessage());

        Throwable error = r.of(THROWS).result().getThrowable().orElseThrow();
        assertInstanceOf(ImplementationError.class, error);
        assertFalse(error instanceof AssertionError, "an error, not a failure");
        assertInstanceOf(IllegalStateException.class, error.getCause());
        assertEquals("legal hold lookup failed", error.getCause().getMessage());
        assertTrue(error.getCause().getStackTrace()[0].getClassName().contains("Broken"), "the implementation's own stack trace");
    }

    private static org.junit.platform.engine.UniqueId caseId() {
        return org.junit.platform.engine.UniqueId.forEngine("roletck").append("class", ImplementerTest.class.getName())
                .append("group", "organization_roles").append("case", CELL);
    }

    @Test
    void oneCaseCanBeRerunByItsUniqueId() {
        Recorder r = run(new ReferencePolicy(), selectUniqueId(caseId()));
        assertEquals(1, r.finished.size());
        assertEquals(CELL, r.finished.get(0).test().getDisplayName());
    }

    @Test
    void theBuilderWritesTheKitsReports(@TempDir Path dir) throws Exception {
        reports = dir;
        try {
            run(new Broken(), selectClass(ImplementerTest.class));
        } finally {
            reports = null;
        }
        for (String name : List.of(Reports.XML, Reports.JSON, Reports.HTML)) assertTrue(Files.size(dir.resolve(name)) > 1000, name);
        String xml = Files.readString(dir.resolve(Reports.XML));
        assertTrue(xml.contains("<testcase name=\"" + CELL + "\""), "the failing case is in report.xml");
        assertTrue(xml.contains("<error"), "the throwing case is an error there too");
    }

    @Test
    void theSameAsDynamicTestsKeepsTheCause() {
        Throwable t = RoleTckSuite.problem(new RoleTckSuite.Verdict(
                dev.roletck.suite.CaseResult.error(Cases.of(TestSpec.spec()).get(0), dev.roletck.i18n.Phrase.of(dev.roletck.i18n.Phrase.Kind.EXCEPTION, "type", "IllegalStateException"), java.time.Duration.ofMillis(1)),
                java.util.Optional.of(new IllegalStateException("boom"))), dev.roletck.harness.report.ReportText.of(java.util.Locale.ENGLISH));
        assertInstanceOf(ImplementationError.class, t);
        assertSame(IllegalStateException.class, t.getCause().getClass());
    }
}

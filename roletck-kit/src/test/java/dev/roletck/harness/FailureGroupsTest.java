package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.harness.report.ConsoleReport;
import dev.roletck.harness.report.FailureGroups;
import dev.roletck.harness.report.ReportText;
import dev.roletck.model.Relation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One bug reads as one group line before its cases. */
class FailureGroupsTest {

    /** The bug of the issue: the relation ignored — every request answered as if from the customer. */
    static HarnessResult relationIgnored() {
        return Harness.run(Fixtures.options(new Implementation.InProcess(new Fixtures.Delegating() {
            @Override public AccessDecision decide(AccessRequest r) {
                return inner.decide(new AccessRequest(r.table(), r.capability(), r.roles(), Relation.CUSTOMER, r.context()));
            }
        })), Fixtures.cases());
    }

    private static String shown(List<FailureGroups.FailureGroup> groups) {
        return groups.stream().map(g -> g.trait() + ": " + g.failures().size() + "/" + g.cases()).toList().toString();
    }

    @Test
    void oneBugReadsAsAFewGroupLines() {
        HarnessResult result = relationIgnored();
        List<FailureGroups.FailureGroup> groups = FailureGroups.of(result.results());
        int failures = result.failures().size();
        assertTrue(failures > 100, "the bug fails many cases: " + failures);
        assertTrue(groups.size() <= 12, shown(groups));
        long grouped = groups.stream().mapToLong(g -> g.failures().size()).sum();
        assertTrue(grouped > failures * 9 / 10, "nearly every failure is in a group: " + grouped + " of " + failures + " " + shown(groups));
        // every group's failures share its trait, the groups are disjoint, and the largest come first
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (FailureGroups.FailureGroup g : groups) {
            assertTrue(g.failures().stream().allMatch(r -> FailureGroups.traits(r.testCase()).contains(g.trait())), g.trait().toString());
            assertTrue(g.failures().stream().allMatch(r -> seen.add(r.id())), "disjoint: " + g.trait());
            assertTrue(g.cases() >= g.failures().size() && g.failures().size() >= 2);
        }
        assertTrue(groups.stream().anyMatch(g -> g.trait().dimension() == FailureGroups.Dimension.RELATION), shown(groups));
    }

    @Test
    void theConsoleShowsOneLinePerGroupBeforeTheCases() {
        HarnessResult result = relationIgnored();
        ReportText text = ReportText.of(Locale.ENGLISH);
        String console = ConsoleReport.render(result, text);
        FailureGroups.FailureGroup first = FailureGroups.of(result.results()).get(0);
        String line = FailureGroups.describe(first, text);
        assertTrue(line.matches("\\d+ of \\d+ cases with (table|role|relation|capability|rule) \\w+( \\(table \\w+\\))? did not pass"), line);
        int groupAt = console.indexOf(line);
        int caseAt = console.indexOf(text.say(result.failures().get(0).line()));
        assertTrue(groupAt > 0 && groupAt < caseAt, console);
    }

    @Test
    void aPassingRunHasNoGroups() {
        HarnessResult result = Harness.run(Fixtures.options(new Implementation.InProcess(new dev.roletck.reference.ReferencePolicy())),
                Fixtures.cases());
        assertEquals(List.of(), FailureGroups.of(result.results()));
        assertTrue(result.results().stream().noneMatch(r -> r.outcome().failsRun()));
    }
}

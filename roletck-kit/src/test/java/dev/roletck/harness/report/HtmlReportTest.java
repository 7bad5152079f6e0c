package dev.roletck.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.harness.Harness;
import dev.roletck.harness.HarnessOptions;
import dev.roletck.harness.HarnessResult;
import dev.roletck.harness.Implementation;
import dev.roletck.harness.ReportFixtures;
import dev.roletck.matrix.Group;
import dev.roletck.model.Access;
import dev.roletck.reference.ReferencePolicy;
import dev.roletck.suite.AccessCase;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.Cases;
import dev.roletck.suite.ConformanceCase;
import dev.roletck.suite.TestSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report's structure: failures first, counts per group, the filter's buttons, cells for undeclared relations. */
class HtmlReportTest {
    @TempDir static Path dir;
    static HarnessResult result;
    static String html;

    @BeforeAll
    static void run() throws Exception {
        result = ReportFixtures.mixedRun(dir, Locale.ENGLISH);
        html = Files.readString(dir.resolve(Reports.HTML));
    }

    private static List<String> sectionIds(String page) {
        Matcher m = Pattern.compile("<section class=\"group\" id=\"([^\"]+)\">").matcher(page);
        List<String> ids = new ArrayList<>();
        while (m.find()) ids.add(m.group(1));
        return ids;
    }

    private static String section(String page, String id) {
        int start = page.indexOf("<section class=\"group\" id=\"" + id + "\">");
        assertTrue(start >= 0, "no section " + id);
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static String sectionId(Group g) {
        return g.table().map(t -> "table-" + t.id()).orElse("group-" + g.id());
    }

    @Test
    void groupsWithFailuresComeFirst() {
        List<String> order = sectionIds(html);
        List<String> failing = result.results().stream().filter(r -> r.outcome().failsRun())
                .map(r -> sectionId(r.testCase().group())).distinct().toList();
        assertFalse(failing.isEmpty());
        assertEquals(failing.size(), failing.stream().filter(order::contains).count(), order + " " + failing);
        for (int i = 0; i < order.size(); i++) {
            assertEquals(i < failing.size(), failing.contains(order.get(i)), "section order " + order + ", failing " + failing);
        }
        // contact_center (failing) is moved ahead of webex_site_roles (passing), which comes before it in the spec's order
        assertTrue(order.indexOf("table-contact_center") < order.indexOf("table-webex_site_roles"), order.toString());
    }

    @Test
    void withinAGroupFailingRowsAndCasesComeFirst() {
        String org = section(html, "table-organization_roles");
        Matcher firstRow = Pattern.compile("<tbody>\\n<tr><th class=\"capability\" title=\"([^\"]+)\"").matcher(org);
        assertTrue(firstRow.find());
        assertEquals("device_management", firstRow.group(1), "the row with the failing cell is the grid's first");
        // in a case list, the rows go failing, known failure, not run, passed
        Matcher rows = Pattern.compile("<tr class=\"row\" data-case=\"[^\"]+\" data-status=\"([a-z_]+)\"").matcher(html);
        List<String> statuses = new ArrayList<>();
        int last = -1;
        String current = null;
        while (rows.find()) {
            int at = html.lastIndexOf("<tbody>", rows.start());
            if (at != last) { // a new list
                last = at;
                current = null;
            }
            int rank = List.of("failed|error|unexpected_pass", "expected_failure", "not_run", "passed").stream()
                    .filter(p -> rows.group(1).matches(p)).findFirst().map(p -> List.of("failed|error|unexpected_pass", "expected_failure", "not_run", "passed").indexOf(p)).orElseThrow();
            if (current != null) assertTrue(Integer.parseInt(current) <= rank, "a " + rows.group(1) + " row after a worse one");
            current = Integer.toString(rank);
            statuses.add(rows.group(1));
        }
        assertTrue(statuses.size() > 100, statuses.size() + " rows");
    }

    @Test
    void eachGroupStatesItsCounts() {
        for (Group g : List.of(Group.ORGANIZATION_ROLES, Group.CONTACT_CENTER, Group.PARTNER_SALES_ROLES, Group.ASSIGNMENT)) {
            List<CaseResult> of = result.results().stream().filter(r -> r.testCase().group() == g).toList();
            Matcher m = Pattern.compile("<p class=\"group-counts\" data-passed=\"(\\d+)\" data-failed=\"(\\d+)\" data-not-run=\"(\\d+)\""
                    + " data-expected-failures=\"(\\d+)\">([^<]+)</p>").matcher(section(html, sectionId(g)));
            assertTrue(m.find(), g.id());
            long passed = of.stream().filter(r -> r.outcome() == CaseResult.Outcome.PASSED).count();
            long failed = of.stream().filter(r -> r.outcome().failsRun()).count();
            long notRun = of.stream().filter(r -> r.outcome() == CaseResult.Outcome.NOT_RUN).count();
            long expected = of.stream().filter(r -> r.outcome() == CaseResult.Outcome.EXPECTED_FAILURE).count();
            assertEquals(List.of(passed, failed, notRun, expected), List.of(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                    Long.parseLong(m.group(3)), Long.parseLong(m.group(4))), g.id());
            assertTrue(m.group(5).startsWith(String.format(Locale.ENGLISH, "%,d passed, %,d failed, %,d not run", passed, failed, notRun)), m.group(5));
        }
        assertTrue(section(html, "table-contact_center").contains("1 known failure</p>"));
        assertTrue(section(html, "table-partner_sales_roles").contains(">0 passed, 0 failed, 300 not run, 0 known failures</p>"));
    }

    @Test
    void theFilterIsInlineWithAButtonPerStatus() {
        for (String f : List.of("all", "failed", "expected_failure", "not_run", "passed")) {
            assertTrue(html.contains("<button type=\"button\" data-filter=\"" + f + "\""), f);
        }
        assertTrue(html.contains("<script>\n") && html.contains("addEventListener('click'"));
        assertFalse(html.contains("<script src") || html.contains("http://") || html.contains("https://cdn"), "no network");
    }

    @Test
    void aFailureOnARelationTheTableDoesNotDeclareShowsInTheGrid() {
        List<ConformanceCase> cases = Cases.of(TestSpec.spec());
        AccessCase undeclared = cases.stream().filter(c -> c instanceof AccessCase).map(c -> (AccessCase) c)
                .filter(c -> c.request().roles().size() == 1 && c.request().context().ccLicense().isEmpty()
                        && !c.request().table().declares(c.request().relation()) && c.request().table().lists(c.request().roles().toList().get(0)))
                .findFirst().orElseThrow(() -> new AssertionError("the spec has no single-role case of an undeclared relation"));
        ReferencePolicy reference = new ReferencePolicy();
        AccessRequest wrong = undeclared.request();
        Access expected = reference.decide(wrong).access();
        Access other = expected == Access.FULL ? Access.NONE : Access.FULL;
        dev.roletck.api.Policy policy = new dev.roletck.api.Policy() {
            @Override public AccessDecision decide(AccessRequest r) {
                return r.equals(wrong) ? AccessDecision.only(other) : reference.decide(r);
            }

            @Override public dev.roletck.api.AssignmentDecision decide(dev.roletck.api.AssignmentRequest r) { return reference.decide(r); }
        };
        // a timeout far above any answer's time: on a busy machine a slow answer must not fail a second case
        HarnessResult run = Harness.run(HarnessOptions.of(new Implementation.InProcess(policy)).withTimeout(java.time.Duration.ofSeconds(10)), cases);
        assertEquals(List.of(undeclared.id()), run.failures().stream().map(CaseResult::id).toList());
        String page = HtmlReport.render(run, ReportText.of(Locale.ENGLISH));
        String table = section(page, "table-" + wrong.table().id());
        assertTrue(table.contains("<td class=\"cell failed undeclared\" data-case=\"" + undeclared.id() + "\" data-status=\"failed\""),
                "the failing cell of an undeclared relation is in the grid");
        assertTrue(table.contains("<th class=\"relation undeclared\" data-undeclared=\"true\" title=\"" + wrong.relation().id() + " — "));
        assertEquals(sectionId(undeclared.group()), sectionIds(page).get(0), "its group comes first");
        // and a correct implementation's grid shows those cells passing, so the grid covers every single-role case
        HarnessResult ok = Harness.run(HarnessOptions.of(new Implementation.InProcess(reference)).withTimeout(java.time.Duration.ofSeconds(10)), cases);
        assertTrue(section(HtmlReport.render(ok, ReportText.of(Locale.ENGLISH)), "table-" + wrong.table().id())
                .contains("<td class=\"cell passed undeclared\" data-case=\"" + undeclared.id() + "\""));
    }
}

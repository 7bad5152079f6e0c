package dev.roletck.harness.report;

import dev.roletck.api.AccessRequest;
import dev.roletck.harness.HarnessResult;
import dev.roletck.matrix.Group;
import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.roletck.model.Access;
import dev.roletck.model.Scope;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.roletck.suite.AccessCase;
import dev.roletck.suite.ExpectedAccess;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.Summary;
import dev.roletck.suite.CaseResult.Outcome;

/**
 * One self-contained HTML page: per table a capability × role grid (a column per role and relation
 * the table declares, and one per relation it does not declare that a case asks about, marked as
 * such), each cell coloured by status and showing the expected answer, the actual one where it
 * differs, and in its tooltip the source; below each grid the group's other cases. Failures come
 * first — groups with failures before the others, failing rows and cases first within a group —,
 * each group says how many of its cases passed, failed, were not run or are known failures, and a
 * status filter (inline script, no network) shows only the cases of one status.
 */
public final class HtmlReport {
    private HtmlReport() {}

    private record Key(Capability capability, Role role, Relation relation) {}

    public static String render(HarnessResult result, ReportText text) {
        Map<Key, CaseResult> cells = new HashMap<>();
        Map<Group, List<CaseResult>> others = new HashMap<>();
        for (CaseResult o : result.results()) {
            Optional<Key> key = gridKey(o);
            if (key.isPresent() && !cells.containsKey(key.get())) cells.put(key.get(), o);
            else others.computeIfAbsent(o.testCase().group(), g -> new ArrayList<>()).add(o);
        }
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(text.languageTag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(esc(text.get("title"))).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(text.get("title"))).append("</h1>\n");
        h.append("<p class=\"impl\">").append(esc(text.format("implementation", Map.of("impl", result.implementation())))).append("</p>\n");
        boolean ok = result.conformant();
        h.append("<p id=\"verdict\" class=\"").append(ok ? "conformant" : "not-conformant").append("\" data-conformant=\"")
                .append(ok).append("\">").append(esc(ConsoleReport.verdict(result, text))).append("</p>\n");
        var s = result.summary();
        h.append("<p id=\"counts\" data-total=\"").append(s.total()).append("\" data-passed=\"").append(s.passed())
                .append("\" data-failed=\"").append(s.failed() + s.errors()).append("\" data-expected-failures=\"").append(s.expectedFailures())
                .append("\" data-unexpected-passes=\"").append(s.unexpectedPasses()).append("\" data-not-run=\"").append(s.notRun())
                .append("\">").append(esc(ConsoleReport.counts(s, text))).append("</p>\n");
        h.append("<p class=\"legend\">");
        for (Outcome st : Outcome.values()) {
            h.append("<span class=\"cell ").append(st.id()).append("\">").append(esc(text.get("status." + st.id()))).append("</span> ");
        }
        h.append("</p>\n<p class=\"note\">").append(esc(text.message("message.verify.union_note", Map.of()))).append("</p>\n");

        filter(h, text);

        // Each group's section, then the sections with failures first (a stable sort keeps the spec's order otherwise).
        Map<Group, List<CaseResult>> byGroup = new HashMap<>();
        for (CaseResult o : result.results()) byGroup.computeIfAbsent(o.testCase().group(), g -> new ArrayList<>()).add(o);
        List<Section> sections = new ArrayList<>();
        for (Table table : Table.values()) {
            List<CaseResult> rest = others.getOrDefault(Group.of(table), List.of());
            boolean any = rest.size() > 0 || cells.keySet().stream().anyMatch(k -> k.capability().table() == table);
            if (!any) continue;
            StringBuilder b = new StringBuilder();
            b.append("<section class=\"group\" id=\"table-").append(table.id()).append("\">\n<h2 title=\"").append(table.id()).append("\">")
                    .append(esc(text.label(table))).append("</h2>\n");
            groupCounts(b, byGroup.getOrDefault(Group.of(table), List.of()), text);
            grid(b, table, cells, text);
            list(b, text.get("other_cases"), failuresFirst(rest), text);
            b.append("</section>\n");
            sections.add(new Section(failing(byGroup.get(Group.of(table))), b.toString()));
        }
        List<CaseResult> assignment = others.getOrDefault(Group.ASSIGNMENT, List.of());
        if (!assignment.isEmpty()) {
            StringBuilder b = new StringBuilder();
            b.append("<section class=\"group\" id=\"group-assignment\">\n<h2 title=\"assignment\">")
                    .append(esc(ConsoleReport.groupName(Group.ASSIGNMENT, text))).append("</h2>\n");
            groupCounts(b, assignment, text);
            list(b, "", failuresFirst(assignment), text);
            b.append("</section>\n");
            sections.add(new Section(failing(assignment), b.toString()));
        }
        for (Group check : Group.checks()) {
            List<CaseResult> all = others.getOrDefault(check, List.of());
            if (all.isEmpty()) continue;
            // Thousands of generated requests: the counts, and the cases that did not pass.
            StringBuilder b = new StringBuilder();
            b.append("<section class=\"group\" id=\"group-").append(check.id()).append("\">\n<h2 title=\"").append(check.id())
                    .append("\">").append(esc(ConsoleReport.groupName(check, text))).append("</h2>\n<p class=\"counts\">")
                    .append(esc(ConsoleReport.counts(Summary.of(all), text))).append("</p>\n");
            list(b, "", failuresFirst(all.stream().filter(o -> o.outcome() != Outcome.PASSED && o.outcome() != Outcome.NOT_RUN).toList()), text);
            b.append("</section>\n");
            sections.add(new Section(failing(all), b.toString()));
        }
        sections.stream().sorted(Comparator.comparing(sec -> !sec.failing())).forEach(sec -> h.append(sec.html()));
        h.append("<script>\n").append(SCRIPT).append("</script>\n");
        h.append("</body>\n</html>\n");
        return WellFormed.text(h.toString());
    }

    /** A group's section, and whether any of its cases fails the run. */
    private record Section(boolean failing, String html) {}

    private static boolean failing(List<CaseResult> results) {
        return results != null && results.stream().anyMatch(o -> o.outcome().failsRun());
    }

    /** Failing cases first, then known failures, unexpected and not run, then the passing; case order otherwise. */
    static List<CaseResult> failuresFirst(List<CaseResult> results) {
        return results.stream().sorted(Comparator.comparingInt(HtmlReport::rank)).toList();
    }

    private static int rank(CaseResult o) {
        return switch (o.outcome()) {
            case FAILED, ERROR, UNEXPECTED_PASS -> 0;
            case EXPECTED_FAILURE -> 1;
            case NOT_RUN -> 2;
            case PASSED -> 3;
        };
    }

    /** The group's counts, as data attributes for tools and as a line for people. */
    private static void groupCounts(StringBuilder h, List<CaseResult> results, ReportText text) {
        int failed = 0;
        int passed = 0;
        int notRun = 0;
        int expected = 0;
        for (CaseResult o : results) {
            switch (o.outcome()) {
                case FAILED, ERROR, UNEXPECTED_PASS -> failed++;
                case PASSED -> passed++;
                case NOT_RUN -> notRun++;
                case EXPECTED_FAILURE -> expected++;
            }
        }
        h.append("<p class=\"group-counts\" data-passed=\"").append(passed).append("\" data-failed=\"").append(failed)
                .append("\" data-not-run=\"").append(notRun).append("\" data-expected-failures=\"").append(expected).append("\">")
                .append(esc(text.format("group_counts", Map.of("passed", passed, "failed", failed, "notRun", notRun, "expected", expected))))
                .append("</p>\n");
    }

    /** The status filter: buttons that show only the cases of one status (the script at the end of the page). */
    private static void filter(StringBuilder h, ReportText text) {
        h.append("<p id=\"filter\" role=\"group\">").append(esc(text.get("filter.label"))).append(' ');
        for (String f : FILTERS) {
            h.append("<button type=\"button\" data-filter=\"").append(f).append("\" aria-pressed=\"").append(f.equals("all"))
                    .append("\">").append(esc(text.get("filter." + f))).append("</button> ");
        }
        h.append("</p>\n");
    }

    /** The filters: everything, the failures (failed, error, unexpected pass), and one status each. */
    static final List<String> FILTERS = List.of("all", "failed", "expected_failure", "not_run", "passed");

    /**
     * A single-role case without a context is a grid cell: of a relation the table declares, or of
     * one it does not declare — those get columns of their own, so a failure there shows in the grid.
     */
    private static Optional<Key> gridKey(CaseResult o) {
        if (!(o.testCase() instanceof AccessCase a)) return Optional.empty();
        AccessRequest r = a.request();
        if (r.roles().size() != 1 || r.context().ccLicense().isPresent()) return Optional.empty();
        Role role = r.roles().toList().get(0);
        if (!r.table().lists(role)) return Optional.empty();
        return Optional.of(new Key(r.capability(), role, r.relation()));
    }

    private static void grid(StringBuilder h, Table table, Map<Key, CaseResult> cells, ReportText text) {
        // The declared relations, then those the table does not declare but a case asks about.
        List<Relation> relations = new ArrayList<>(table.relations().stream().sorted().toList());
        for (Relation rel : Relation.values()) {
            if (!table.declares(rel) && cells.keySet().stream().anyMatch(k -> k.capability().table() == table && k.relation() == rel)) {
                relations.add(rel);
            }
        }
        h.append("<table class=\"grid\">\n<thead>\n<tr><th rowspan=\"2\">").append(esc(text.get("capability"))).append("</th>");
        for (Role role : table.roles()) {
            h.append("<th colspan=\"").append(relations.size()).append("\" class=\"role\" title=\"").append(role.id()).append("\">")
                    .append(esc(text.label(role))).append("</th>");
        }
        h.append("</tr>\n<tr>");
        for (Role role : table.roles()) {
            for (Relation rel : relations) {
                if (table.declares(rel)) {
                    h.append("<th class=\"relation\" title=\"").append(rel.id()).append("\">").append(esc(text.label(rel))).append("</th>");
                } else {
                    h.append("<th class=\"relation undeclared\" data-undeclared=\"true\" title=\"").append(rel.id()).append(" — ")
                            .append(esc(text.get("undeclared"))).append("\">").append(esc(text.label(rel))).append("*</th>");
                }
            }
        }
        h.append("</tr>\n</thead>\n<tbody>\n");
        // Rows with a failing cell first.
        List<Capability> rows = table.capabilities().stream().sorted(Comparator.comparing(cap -> relations.stream().noneMatch(rel ->
                table.roles().stream().anyMatch(role -> {
                    CaseResult o = cells.get(new Key(cap, role, rel));
                    return o != null && o.outcome().failsRun();
                })))).toList();
        for (Capability cap : rows) {
            h.append("<tr><th class=\"capability\" title=\"").append(cap.id()).append("\">").append(esc(text.label(cap))).append("</th>");
            for (Role role : table.roles()) {
                for (Relation rel : relations) {
                    CaseResult o = cells.get(new Key(cap, role, rel));
                    if (o == null) {
                        h.append("<td class=\"cell empty\"></td>");
                        continue;
                    }
                    h.append("<td class=\"cell ").append(o.outcome().id()).append(table.declares(rel) ? "" : " undeclared")
                            .append("\" data-case=\"").append(esc(o.id()))
                            .append("\" data-status=\"").append(o.outcome().id()).append("\" title=\"").append(esc(tooltip(o, text)))
                            .append("\">").append(esc(expected(o, text)));
                    if (o.outcome() != Outcome.PASSED && o.outcome() != Outcome.NOT_RUN) {
                        h.append("<br><span class=\"actual\">≠ ").append(esc(o.actual().map(a -> level(a, text))
                                .orElse(text.get("no_answer")))).append("</span>");
                    }
                    h.append("</td>");
                }
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    /** The expected answer of a grid cell in the reader's words: the access label and the scope labels. */
    private static String expected(CaseResult o, ReportText text) {
        if (o.testCase() instanceof AccessCase a) {
            ExpectedAccess e = a.expected();
            return words(e.access(), e.scopes(), text);
        }
        return o.expected();
    }

    private static String words(Access access, List<Scope> scopes, ReportText text) {
        StringBuilder b = new StringBuilder(text.label(access));
        for (Scope scope : scopes) b.append(" [").append(text.label(scope)).append(']');
        return b.toString();
    }

    /**
     * An answer as the suite describes it ({@code read_only [scope, scope]}) in the reader's words;
     * anything else (an answer that differs only in its grants, a fault) is shown as it is.
     */
    private static String level(String described, ReportText text) {
        Matcher m = LEVEL.matcher(described);
        if (!m.matches()) return described;
        Optional<Access> access = Access.fromId(m.group(1));
        if (access.isEmpty()) return described;
        List<Scope> scopes = new ArrayList<>();
        if (m.group(2) != null) {
            for (String id : m.group(2).split(", ")) {
                Optional<Scope> scope = Scope.fromId(id);
                if (scope.isEmpty()) return described;
                scopes.add(scope.get());
            }
        }
        return words(access.get(), scopes, text);
    }

    private static final Pattern LEVEL = Pattern.compile("([a-z_]+)(?: \\[([a-z_, ]+)])?");

    private static void list(StringBuilder h, String heading, List<CaseResult> outcomes, ReportText text) {
        if (outcomes.isEmpty()) return;
        h.append("<details class=\"cases\"").append(outcomes.stream().anyMatch(o -> o.outcome().failsRun()) ? " open" : "").append(">\n<summary>")
                .append(esc(heading.isEmpty() ? text.get("case") : heading)).append(" (").append(outcomes.size()).append(")</summary>\n");
        h.append("<table class=\"list\">\n<thead><tr><th>").append(esc(text.get("case"))).append("</th><th>").append(esc(text.get("status")))
                .append("</th><th>").append(esc(text.get("expected"))).append("</th><th>").append(esc(text.get("actual")))
                .append("</th><th>").append(esc(text.get("reason"))).append("</th><th>").append(esc(text.get("source"))).append("</th></tr></thead>\n<tbody>\n");
        for (CaseResult o : outcomes) {
            h.append("<tr class=\"row\" data-case=\"").append(esc(o.id())).append("\" data-status=\"").append(o.outcome().id()).append("\">")
                    .append("<td><code>").append(esc(o.id())).append("</code></td>")
                    .append("<td class=\"cell ").append(o.outcome().id()).append("\">").append(esc(text.get("status." + o.outcome().id()))).append("</td>")
                    .append("<td>").append(esc(expected(o, text))).append("</td>")
                    .append("<td>").append(esc(o.actual().map(a -> level(a, text)).orElse(text.get("no_answer")))).append("</td>")
                    .append("<td>").append(esc(o.reason().orElse(""))).append("</td>")
                    .append("<td>").append(esc(o.provenance().describe())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</details>\n");
    }

    private static String tooltip(CaseResult o, ReportText text) {
        StringBuilder t = new StringBuilder();
        t.append(o.id()).append('\n').append(text.get("status")).append(": ").append(text.get("status." + o.outcome().id()));
        t.append('\n').append(text.get("expected")).append(": ").append(o.expected());
        t.append('\n').append(text.get("actual")).append(": ").append(o.actual().orElse(text.get("no_answer")));
        o.reason().ifPresent(r -> t.append('\n').append(text.get("reason")).append(": ").append(r));
        t.append('\n').append(text.get("source")).append(": ").append(o.provenance().describe());
        return t.toString();
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : JunitXmlReport.clean(s).toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\n' -> b.append("&#10;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            body { font-family: system-ui, sans-serif; margin: 1.5em; color: #1d1d1f; }
            h1 { font-size: 1.5em; margin-bottom: .2em; }
            h2 { font-size: 1.15em; margin-top: 1.6em; font-family: ui-monospace, monospace; }
            #verdict { font-weight: bold; font-size: 1.2em; padding: .3em .6em; display: inline-block; border-radius: 4px; }
            #verdict.conformant { background: #c8f0c8; }
            #verdict.not-conformant { background: #f6c1c1; }
            .note { color: #555; font-size: .9em; }
            table { border-collapse: collapse; font-size: .78em; }
            th, td { border: 1px solid #bbb; padding: 3px 5px; vertical-align: top; }
            th.role { font-family: ui-monospace, monospace; }
            th.relation { font-weight: normal; color: #555; }
            th.capability { text-align: left; font-family: ui-monospace, monospace; font-weight: normal; }
            .cell.passed { background: #c8f0c8; }
            .cell.failed, .cell.error, .cell.unexpected_pass { background: #f6a8a8; }
            .cell.expected_failure { background: #f8dfa0; }
            .cell.not_run { background: #e4e4e4; color: #666; }
            .cell.empty { background: #fff; }
            .legend .cell { padding: 2px 8px; border: 1px solid #bbb; }
            .actual { font-weight: bold; }
            details.cases { margin-top: .6em; }
            th.undeclared, td.undeclared { border-style: dashed; font-style: italic; }
            .group-counts { color: #333; font-size: .9em; }
            #filter button { font: inherit; padding: 2px 10px; margin-right: 2px; border: 1px solid #888; background: #f4f4f4; border-radius: 3px; }
            #filter button[aria-pressed="true"] { background: #1d1d1f; color: #fff; }
            td.cell.dim { opacity: .15; }
            """;

    /**
     * The status filter, inline (the report opens without network): a button shows only the cases
     * of its status — list rows of another status are hidden, grid cells faded, groups with none
     * hidden, and the lists of the groups that have some opened. {@code #filter=failed} in the
     * address applies a filter on opening.
     */
    private static final String SCRIPT = """
            (function () {
              var failing = ['failed', 'error', 'unexpected_pass'];
              function matches(status, f) { return f === 'all' || (f === 'failed' ? failing.indexOf(status) >= 0 : status === f); }
              function apply(f) {
                document.querySelectorAll('#filter button').forEach(function (b) { b.setAttribute('aria-pressed', String(b.dataset.filter === f)); });
                document.querySelectorAll('section.group').forEach(function (s) {
                  var shown = 0;
                  s.querySelectorAll('[data-status]').forEach(function (e) {
                    var m = matches(e.dataset.status, f);
                    if (e.tagName === 'TR') e.hidden = !m; else e.classList.toggle('dim', !m);
                    if (m) shown++;
                  });
                  s.hidden = f !== 'all' && shown === 0;
                  if (f !== 'all' && shown > 0) s.querySelectorAll('details').forEach(function (d) { d.open = true; });
                });
                document.body.setAttribute('data-filter', f);
              }
              document.querySelectorAll('#filter button').forEach(function (b) {
                b.addEventListener('click', function () { apply(b.dataset.filter); });
              });
              var m = /filter=([a-z_]+)/.exec(location.hash);
              if (m) apply(m[1]);
            })();
            """;
}

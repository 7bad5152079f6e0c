package dev.roletck.harness.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.features.FeatureResults;
import dev.roletck.harness.HarnessResult;
import dev.roletck.harness.Vectors;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.Summary;

/**
 * The machine-readable report, described by {@code schemas/report.schema.json}: every case with its
 * request, expected and actual answers, the reason it did not pass and where its expectation comes
 * from (the same forms as the exported test vectors).
 */
public final class JsonReport {
    public static final String FORMAT = "roletck-report/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    public static String render(HarnessResult result, ReportText text) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("implementation", result.implementation());
        root.put("locale", text.languageTag());
        Summary s = result.summary();
        root.put("conformant", result.conformant());
        root.put("verdict", ConsoleReport.verdict(result, text));
        ArrayNode groups = root.putArray("rule_groups");
        result.ruleGroups().forEach(g -> groups.add(g.id()));
        result.seed().ifPresent(seed -> root.put("seed", seed));
        ObjectNode summary = root.putObject("summary");
        summary.put("total", s.total());
        summary.put("passed", s.passed());
        summary.put("failed", s.failed());
        summary.put("errors", s.errors());
        summary.put("expected_failures", s.expectedFailures());
        summary.put("unexpected_passes", s.unexpectedPasses());
        summary.put("not_run", s.notRun());
        root.put("elapsed_ms", result.elapsed().toMillis());
        result.notes().stoppedAt().ifPresent(id -> root.put("stopped_at", id));
        if (!result.notes().extraAnswerFields().isEmpty()) {
            ArrayNode extra = root.putArray("extra_answer_fields");
            result.notes().extraAnswerFields().forEach(extra::add);
        }
        if (!result.notes().stderrTail().isEmpty()) {
            ArrayNode stderr = root.putArray("implementation_stderr");
            result.notes().stderrTail().forEach(stderr::add);
        }
        result.features().ifPresent(f -> {
            ObjectNode features = root.putObject("features");
            features.put("failed", f.failed());
            ArrayNode languages = features.putArray("languages");
            for (FeatureResults.Language l : f.languages()) {
                ObjectNode lo = languages.addObject();
                lo.put("language", l.language());
                lo.put("scenarios", l.scenarios());
                lo.put("passed", l.passed());
                lo.put("failed", l.failed());
                lo.put("skipped", l.skipped());
                lo.put("not_run", l.notRun());
                lo.put("expected_failures", l.expectedFailures());
            }
            ArrayNode scenarios = features.putArray("scenarios");
            for (FeatureResults.Scenario sc : f.scenarios()) {
                ObjectNode so = scenarios.addObject();
                so.put("language", sc.language());
                so.put("location", sc.location());
                so.put("name", sc.name());
                so.put("status", sc.status().name().toLowerCase(java.util.Locale.ROOT));
                so.put("message", sc.message());
            }
        });
        ArrayNode shrunk = root.putArray("shrunk");
        for (HarnessResult.Shrunk sh : result.shrunk()) {
            ObjectNode so = shrunk.addObject();
            so.put("case", sh.original().id());
            so.set("minimal_request", Vectors.request(sh.minimal().testCase()));
            so.put("rules_yaml", sh.yaml());
        }
        ArrayNode cases = root.putArray("cases");
        for (CaseResult r : result.results()) {
            ObjectNode c = cases.addObject();
            c.put("id", r.id());
            c.put("group", r.testCase().group().id());
            c.put("kind", r.testCase().kind().id());
            c.put("status", r.outcome().id());
            c.put("judged", r.judged().id());
            c.set("request", Vectors.request(r.testCase()));
            c.put("expected", r.expected());
            c.set("expected_answer", Vectors.expected(r.testCase()));
            if (r.actual().isPresent()) c.put("actual", r.actual().get());
            else c.putNull("actual");
            if (r.reason().isPresent()) c.put("reason", r.reason().get());
            else c.putNull("reason");
            c.set("provenance", Vectors.provenance(r.provenance()));
            r.knownFailure().ifPresent(k -> {
                ObjectNode kf = c.putObject("known_failure");
                kf.put("reason", k.reason());
                kf.put("entry", k.caseId());
                k.link().ifPresent(l -> kf.put("link", l));
                kf.put("expires", k.expires().toString());
            });
            c.put("millis", r.millis());
        }
        try {
            return WellFormed.text(MAPPER.writeValueAsString(root) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.roletck.harness.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.harness.CaseOutcome;
import dev.roletck.harness.HarnessResult;
import dev.roletck.harness.Provenance;
import dev.roletck.harness.Summary;

/**
 * The machine-readable report, described by {@code schemas/report.schema.json}: every case with its
 * request, expected and actual answers, the reason it failed and where its expectation comes from.
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
        root.put("conformant", s.conformant());
        ObjectNode summary = root.putObject("summary");
        summary.put("total", s.total());
        summary.put("passed", s.passed());
        summary.put("failed", s.failed());
        summary.put("expected_failures", s.expectedFailures());
        summary.put("unexpected_passes", s.unexpectedPasses());
        summary.put("not_run", s.notRun());
        root.put("elapsed_ms", result.elapsed().toMillis());
        ArrayNode cases = root.putArray("cases");
        for (CaseOutcome o : result.outcomes()) {
            ObjectNode c = cases.addObject();
            c.put("id", o.id());
            c.put("group", o.group());
            c.put("status", o.status().id());
            c.set("request", o.testCase().check().requestJson());
            c.put("expected", o.expected());
            c.set("expected_answer", o.testCase().check().expectedJson());
            if (o.actual().isPresent()) c.put("actual", o.actual().get());
            else c.putNull("actual");
            if (o.reason().isPresent()) c.put("reason", o.reason().get());
            else c.putNull("reason");
            c.set("provenance", provenance(o.provenance()));
            o.knownFailure().ifPresent(k -> {
                ObjectNode kf = c.putObject("known_failure");
                kf.put("reason", k.reason());
                kf.put("link", k.link());
                kf.put("expires", k.expires().toString());
            });
            c.put("millis", o.millis());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Provenance as JSON, shared with the exported test vectors. */
    public static ObjectNode provenance(Provenance p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("basis", p.basis());
        o.put("confidence", p.confidence());
        ArrayNode seeds = o.putArray("seeds");
        p.seeds().forEach(seeds::add);
        o.put("sentence", p.sentence());
        return o;
    }
}

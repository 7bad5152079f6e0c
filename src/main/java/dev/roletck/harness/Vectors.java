package dev.roletck.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.api.AccessDecision;
import dev.roletck.api.BadRequestException;
import dev.roletck.harness.report.JsonReport;
import dev.roletck.model.RuleId;
import dev.roletck.model.Verdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Cases as language-neutral test vectors (PROTOCOL.md, "Test vectors"): each with its id, rule
 * group, the protocol v1 request, the expected answer and its provenance.
 */
public final class Vectors {
    public static final String FORMAT = "roletck-vectors/1";

    private Vectors() {}

    public static String write(List<HarnessCase> cases) {
        ObjectNode root = ProtocolJson.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("protocol", 1);
        ArrayNode list = root.putArray("cases");
        for (HarnessCase c : cases) {
            ObjectNode o = list.addObject();
            o.put("id", c.id());
            o.put("group", c.group());
            o.set("request", c.check().requestJson());
            o.set("expected", c.check().expectedJson());
            o.set("provenance", JsonReport.provenance(c.provenance()));
        }
        try {
            return ProtocolJson.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads vectors back; {@code name} labels errors (a file name). */
    public static List<HarnessCase> read(String json, String name) {
        JsonNode root;
        try {
            root = ProtocolJson.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UsageException(name + ": not JSON: " + ProtocolJson.excerpt(String.valueOf(e.getMessage())));
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new UsageException(name + ": not a RoleTCK vector file (expected \"format\": \"" + FORMAT + "\")");
        }
        List<HarnessCase> cases = new ArrayList<>();
        int i = 0;
        for (JsonNode c : root.path("cases")) {
            String where = name + ": cases[" + i++ + "]";
            try {
                JsonNode request = c.path("request");
                JsonNode expected = c.path("expected");
                Check check = switch (request.path("kind").asText()) {
                    case "access" -> {
                        AccessDecision d = ProtocolJson.accessDecision(expected);
                        yield new Check.AccessCheck(ProtocolJson.accessRequest(request), d);
                    }
                    case "assign" -> new Check.AssignmentCheck(ProtocolJson.assignmentRequest(request),
                            Verdict.fromId(expected.path("verdict").asText()).orElseThrow(() -> new BadRequestException("unknown verdict")),
                            RuleId.fromId(expected.path("rule").asText()).orElseThrow(() -> new BadRequestException("unknown rule")));
                    default -> throw new BadRequestException("request.kind must be access or assign");
                };
                JsonNode p = c.path("provenance");
                List<String> seeds = new ArrayList<>();
                p.path("seeds").forEach(s -> seeds.add(s.asText()));
                cases.add(new HarnessCase(c.path("id").asText(), c.path("group").asText(), check,
                        new Provenance(p.path("basis").asText(""), p.path("confidence").asText(""), seeds, p.path("sentence").asText(""))));
            } catch (BadRequestException | ImplementationFault e) {
                throw new UsageException(where + " (" + c.path("id").asText("?") + "): " + e.getMessage());
            }
        }
        return List.copyOf(cases);
    }
}

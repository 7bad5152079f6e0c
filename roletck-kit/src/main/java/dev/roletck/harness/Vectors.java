package dev.roletck.harness;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.api.Grant;
import dev.roletck.matrix.Cell;
import dev.roletck.protocol.Wire;
import dev.roletck.suite.AccessCase;
import dev.roletck.suite.AssignmentCase;
import dev.roletck.suite.ConformanceCase;
import dev.roletck.suite.ExpectedAccess;
import dev.roletck.suite.ExpectedAssignment;
import dev.roletck.suite.FailClosedCase;
import dev.roletck.suite.Provenance;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Cases as language-neutral test vectors (PROTOCOL.md, "Test vectors"): each with its id, rule
 * group, the protocol v1 request, the expected answer and its provenance. The JSON report shares
 * the request, expected answer and provenance forms.
 */
public final class Vectors {
    public static final String FORMAT = "roletck-vectors/1";

    private Vectors() {}

    public static String write(List<? extends ConformanceCase> cases) {
        ObjectNode root = Wire.JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("protocol", 1);
        ArrayNode list = root.putArray("cases");
        for (ConformanceCase c : cases) {
            ObjectNode o = list.addObject();
            o.put("id", c.id());
            o.put("group", c.group().id());
            o.put("kind", c.kind().id());
            o.set("request", request(c));
            o.set("expected", expected(c));
            o.set("provenance", provenance(c.provenance()));
        }
        try {
            return Wire.JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The case's request in the JSON of protocol v1, without id. */
    public static ObjectNode request(ConformanceCase c) {
        if (c instanceof AccessCase a) return a.wireRequest();
        if (c instanceof FailClosedCase f) return f.request();
        return Wire.toJson(((AssignmentCase) c).request());
    }

    /**
     * The expected answer: for an access case access, scopes and — when the case fixes them — the
     * grants; for an assignment case the verdict and the rule the answer must name.
     */
    public static ObjectNode expected(ConformanceCase c) {
        ObjectNode o = Wire.JSON.createObjectNode();
        if (c.expected() instanceof ExpectedAccess e) {
            o.put("access", e.access().id());
            ArrayNode scopes = o.putArray("scopes");
            e.scopes().forEach(s -> scopes.add(s.id()));
            e.grants().ifPresent(grants -> {
                ArrayNode g = o.putArray("grants");
                for (Grant grant : grants) {
                    ObjectNode go = g.addObject();
                    go.put("access", grant.access().id());
                    if (grant.scope().isPresent()) go.put("scope", grant.scope().get().id());
                    else go.putNull("scope");
                }
            });
        } else if (c.expected() instanceof ExpectedAssignment e) {
            o.put("verdict", e.verdict().id());
            o.put("rule", e.rule().id());
            if (e.anyOf().size() > 1) {
                ArrayNode any = o.putArray("any_of");
                e.anyOf().forEach(r -> any.add(r.id()));
            }
        } else {
            o.put("error", true);
        }
        return o;
    }

    /**
     * Where the expectation comes from. Both kinds carry {@code seeds} and a {@code statement}: the
     * cells' reasons (or, for cells stated in the source, the reading) and the rule's statement.
     */
    public static ObjectNode provenance(Provenance p) {
        ObjectNode o = Wire.JSON.createObjectNode();
        if (p instanceof Provenance.FromCells c) {
            o.put("kind", "cells");
            o.put("table", c.table().id());
            ArrayNode cells = o.putArray("cells");
            for (Cell cell : c.cells()) {
                ObjectNode co = cells.addObject();
                co.put("id", cell.id());
                co.put("basis", cell.basis().id());
                co.put("confidence", cell.confidence().id());
                if (cell.reason().isPresent()) co.put("reason", cell.reason().get());
                else co.putNull("reason");
            }
            ArrayNode notes = o.putArray("notes");
            c.notes().forEach(n -> notes.add(n.plain()));
            String reasons = c.cells().stream().flatMap(cell -> cell.reason().stream()).distinct()
                    .collect(Collectors.joining(" "));
            o.put("statement", reasons.isEmpty() ? c.describe() : reasons);
        } else if (p instanceof Provenance.FromReference r) {
            o.put("kind", "reference");
            o.put("seed", r.seed());
            o.put("statement", r.describe());
        } else if (p instanceof Provenance.FromProtocol f) {
            o.put("kind", "protocol");
            o.put("defect", f.defect());
            o.put("statement", f.describe());
        } else {
            Provenance.FromRule r = (Provenance.FromRule) p;
            o.put("kind", "rule");
            o.put("rule", r.rule().id());
            o.put("status", r.status().id());
            o.put("case", r.caseName());
            o.put("statement", r.statement());
        }
        ArrayNode seeds = o.putArray("seeds");
        p.seeds().forEach(seeds::add);
        return o;
    }
}

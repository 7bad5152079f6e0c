package dev.roletck.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.BadRequestException;
import dev.roletck.api.Policy;
import dev.roletck.reference.ReferencePolicy;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.Cases;
import dev.roletck.suite.Conformance;
import dev.roletck.suite.TestSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code roletck serve} (and {@code decide}, which shares its codec) answer every conformance case
 * as the matrices and rules expect: each request goes out as its protocol v1 line and each answer is
 * read back strictly, so the JSON form itself is checked on every cell, combination and rule case.
 */
class ServeConformanceTest {

    /** A policy that speaks to the protocol server in JSON lines, as an out-of-process client would. */
    private static final class OverTheWire implements Policy {
        private final ProtocolServer server = new ProtocolServer(new ReferencePolicy(), "test");
        private long next = 1;

        private JsonNode exchange(ObjectNode request) {
            long id = next++;
            request.put("id", id);
            JsonNode answer;
            try {
                answer = Wire.JSON.readTree(server.answer(request.toString()).toString());
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            assertEquals(id, answer.get("id").asLong(), "the answer carries the request's id");
            if (answer.has("error")) throw new BadRequestException(answer.get("error").asText());
            ((ObjectNode) answer).remove("id");
            return answer;
        }

        @Override public AccessDecision decide(AccessRequest request) {
            return Wire.accessDecision(exchange(Wire.toJson(request)));
        }

        @Override public AssignmentDecision decide(AssignmentRequest request) {
            return Wire.assignmentDecision(exchange(Wire.toJson(request)));
        }
    }

    @Test
    void everyCaseAgreesThroughTheProtocol() {
        List<CaseResult> results = Conformance.run(new OverTheWire(), Cases.of(TestSpec.spec()));
        List<String> failures = results.stream().filter(r -> !r.passed()).map(CaseResult::message).toList();
        assertTrue(results.size() > 4_000, "all cases ran: " + results.size());
        assertEquals(List.of(), failures);
    }
}

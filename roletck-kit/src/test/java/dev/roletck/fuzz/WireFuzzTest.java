package dev.roletck.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.BadRequestException;
import dev.roletck.protocol.ProtocolServer;
import dev.roletck.protocol.Wire;
import dev.roletck.reference.ReferencePolicy;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The wire reader on arbitrary lines: {@code serve} answers every line with exactly one JSON object
 * (an error or an answer, never both, never an exception), and whatever it reads as a request
 * writes back to the same request. Answers are read without throwing anything but a
 * {@link BadRequestException}. Saved inputs: {@code src/test/resources/dev/roletck/fuzz/WireFuzzTestInputs/}.
 */
@Isolated("Jazzer hooks the whole JVM (its bug detectors) while a fuzz test runs")
class WireFuzzTest {
    private static final ProtocolServer SERVER = new ProtocolServer(new ReferencePolicy(), "reference");

    @FuzzTest(maxDuration = "30s")
    void requestLine(FuzzedDataProvider data) {
        String line = data.consumeRemainingAsString();
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) return; // serve reads one line at a time
        ObjectNode answer = SERVER.answer(line);
        String text = answer.toString();
        assertFalse(text.contains("\n"), "one line: " + text);
        assertEquals(answer, Wire.parse(text), "the answer reads back as the same JSON");
        assertTrue(answer.has("error") != (answer.has("access") || answer.has("verdict") || answer.has("protocol")),
                "an error or an answer: " + text);
        JsonNode node;
        try {
            node = Wire.parse(line);
        } catch (BadRequestException e) {
            assertTrue(answer.has("error"), "unparsable but answered: " + text);
            return;
        }
        String kind = node.path("kind").asText("");
        try {
            if (kind.equals("access")) {
                AccessRequest r = Wire.accessRequest(node);
                assertEquals(r, Wire.accessRequest(Wire.toJson(r)));
                assertTrue(answer.has("access"), "a valid request answered " + text);
            } else if (kind.equals("assign")) {
                AssignmentRequest r = Wire.assignmentRequest(node);
                assertEquals(r, Wire.assignmentRequest(Wire.toJson(r)));
                assertTrue(answer.has("verdict"), "a valid request answered " + text);
            }
        } catch (BadRequestException e) {
            assertTrue(answer.has("error"), "an invalid request answered " + text);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void answerLine(FuzzedDataProvider data) {
        String line = data.consumeRemainingAsString();
        JsonNode node;
        try {
            node = Wire.parse(line);
        } catch (BadRequestException e) {
            return;
        }
        try {
            Wire.accessDecision(node);
        } catch (BadRequestException e) {
            assertFalse(e.getMessage().isBlank());
        }
        try {
            Wire.assignmentDecision(node);
        } catch (BadRequestException e) {
            assertFalse(e.getMessage().isBlank());
        }
        Wire.extraAccessAnswerFields(node);
        Wire.extraAssignmentAnswerFields(node);
    }
}

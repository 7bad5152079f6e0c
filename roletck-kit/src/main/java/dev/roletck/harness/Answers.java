package dev.roletck.harness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roletck.api.AccessDecision;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.BadRequestException;
import dev.roletck.protocol.Wire;

/**
 * Reads an implementation's answer with the readers of {@link Wire}: anything but a well-formed
 * answer of protocol v1 (an unknown id, a missing or mistyped field, an empty grant list) is a
 * {@link Fault#MALFORMED_REPLY}, so that a sloppy implementation fails instead of passing by luck.
 * Fields the protocol does not define are ignored ({@link Wire#extraAccessAnswerFields}).
 */
final class Answers {
    private Answers() {}

    static AccessDecision access(JsonNode answer) {
        try {
            return Wire.accessDecision(answer);
        } catch (BadRequestException | IllegalArgumentException e) {
            throw new ImplementationFault(Fault.MALFORMED_REPLY, String.valueOf(e.getMessage()));
        }
    }

    static AssignmentDecision assignment(JsonNode answer) {
        try {
            return Wire.assignmentDecision(answer);
        } catch (BadRequestException | IllegalArgumentException e) {
            throw new ImplementationFault(Fault.MALFORMED_REPLY, String.valueOf(e.getMessage()));
        }
    }
}

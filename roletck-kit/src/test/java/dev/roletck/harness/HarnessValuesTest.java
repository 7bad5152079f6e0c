package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.api.AccessDecision;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.i18n.Phrase;
import dev.roletck.model.Access;
import dev.roletck.model.RuleId;
import dev.roletck.protocol.Wire;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The settings of a process run within their bounds, answers read strictly, faults as they are reported. */
class HarnessValuesTest {

    @Test
    void processSettingsStayWithinTheirBounds() {
        ProcessSettings d = ProcessSettings.DEFAULT;
        assertEquals(new ProcessSettings(Duration.ofSeconds(30), Duration.ofSeconds(5), 1, 16, 1 << 20), d);
        assertEquals(64, d.withJobs(64).jobs());
        assertEquals(1, d.withWindow(1).window());
        assertEquals(1024, d.withMaxLine(1024).maxLine());
        assertEquals(Duration.ofMillis(1), d.withGrace(Duration.ofMillis(1)).grace());
        assertEquals(Duration.ofMillis(1), d.withStartupTimeout(Duration.ofMillis(1)).startupTimeout());
        assertEquals(d.grace(), d.withJobs(3).grace());
        assertThrows(UsageException.class, () -> d.withJobs(0));
        assertThrows(UsageException.class, () -> d.withJobs(65));
        assertThrows(IllegalArgumentException.class, () -> d.withWindow(0));
        assertThrows(IllegalArgumentException.class, () -> d.withMaxLine(1023));
        assertThrows(UsageException.class, () -> d.withGrace(Duration.ZERO));
        assertThrows(UsageException.class, () -> d.withGrace(Duration.ofMillis(-1)));
        assertThrows(UsageException.class, () -> d.withStartupTimeout(Duration.ZERO));
        assertThrows(UsageException.class, () -> d.withStartupTimeout(Duration.ofMillis(-1)));
    }

    @Test
    void aWellFormedAnswerIsReadAndAnythingElseIsAMalformedReply() {
        AccessDecision full = AccessDecision.only(Access.FULL);
        assertEquals(full, Answers.access(Wire.toJson(full)));
        AssignmentDecision allowed = AssignmentDecision.allowed(List.of(RuleId.R01));
        assertEquals(allowed, Answers.assignment(Wire.toJson(allowed)));
        ObjectNode garbage = JsonNodeFactory.instance.objectNode().put("access", "most");
        ImplementationFault access = assertThrows(ImplementationFault.class, () -> Answers.access(garbage));
        assertEquals(Fault.MALFORMED_REPLY, access.fault());
        ImplementationFault assignment = assertThrows(ImplementationFault.class, () -> Answers.assignment(garbage));
        assertEquals(Fault.MALFORMED_REPLY, assignment.fault());
    }

    @Test
    void aFaultSaysWhatHappenedWithTheImplementationsWordsMadeSafe() {
        ImplementationFault quoted = new ImplementationFault(Fault.CRASH, "exit 1\nTraceback");
        assertEquals(Fault.CRASH, quoted.fault());
        assertEquals("exit 1\\nTraceback", quoted.detail());
        assertEquals(Phrase.verbatim("exit 1\\nTraceback"), quoted.what());
        assertEquals(Phrase.of(Phrase.Kind.FAULT, "fault", "crash", "detail", Phrase.verbatim("exit 1\\nTraceback")), quoted.phrase());
        assertEquals("crash: exit 1\\nTraceback", quoted.getMessage());
        ImplementationFault stated = new ImplementationFault(Fault.MALFORMED_REPLY, Phrase.verbatim("x"));
        assertEquals("malformed reply: x", stated.getMessage());
        assertEquals(2000 + 3, new ImplementationFault(Fault.ERROR, "e".repeat(5000)).detail().length());
        assertEquals("a\\tb", ImplementationFault.excerpt("a\tb"));
        assertEquals(List.of("error", "malformed reply", "wrong id", "timeout", "crash", "start", "deadline"),
                java.util.Arrays.stream(Fault.values()).map(Fault::label).toList());
    }
}

package dev.roletck.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roletck.api.AccessDecision;
import dev.roletck.api.BadRequestException;
import dev.roletck.model.Access;
import dev.roletck.model.Verdict;
import dev.roletck.reference.ReferencePolicy;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Strict parsing everywhere (issue: fail closed); requests strict, answers tolerant of extra fields. */
class StrictWireTest {
    private static final String ACCESS = "\"kind\":\"access\",\"table\":\"organization_roles\",\"capability\":\"device_management\","
            + "\"roles\":[\"device_admin\"],\"relation\":\"customer\",\"context\":{}";
    private final ProtocolServer server = new ProtocolServer(new ReferencePolicy(), "test");

    private String error(String line) {
        JsonNode a = server.answer(line);
        assertFalse(a.has("access") || a.has("verdict"), a.toString());
        return a.path("error").asText("(no error) " + a);
    }

    @Test
    void aDuplicatedKeyIsAnErrorNotTheLastValue() {
        assertEquals("duplicate key \"roles\" at column 154 — send every key once (an ambiguous request is refused, not guessed at)",
                error("{\"id\":1," + ACCESS + ",\"roles\":[\"full_admin\"]}"));
        assertTrue(error("{\"id\":1," + ACCESS + ",\"relation\":\"partner\"}").startsWith("duplicate key \"relation\""));
        assertTrue(error("{\"id\":1,\"kind\":\"assign\"," + ACCESS + "}").startsWith("duplicate key \"kind\""));
    }

    @Test
    void anythingAfterTheObjectIsAnError() {
        assertTrue(error("{\"id\":1," + ACCESS + "} garbage").startsWith("not a JSON object"));
        assertTrue(error("{\"id\":1," + ACCESS + "} {\"kind\":\"hello\"}").startsWith("something follows the JSON value at column"));
        assertTrue(error("{\"kind\":\"hello\"}{\"kind\":\"hello\"}").startsWith("something follows the JSON value"));
        assertTrue(error("{\"kind\":\"hello\"} 1").startsWith("something follows the JSON value"));
    }

    @Test
    void tooDeepNestingIsAnErrorWithoutAJavaName() {
        String e = error("{\"kind\":\"hello\",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}");
        assertEquals("the JSON is too long or nests deeper than 32 levels — send one flat protocol v1 object per line", e);
    }

    @Test
    void aLineLongerThanTheLimitIsAnsweredWithAnErrorAndTheServerGoesOn() throws Exception {
        StringWriter out = new StringWriter();
        String input = "{\"kind\":\"" + "x".repeat(ProtocolServer.MAX_LINE + 10) + "\"}\n{\"id\":2,\"kind\":\"hello\"}\n";
        server.serve(new BufferedReader(new StringReader(input)), new PrintWriter(out));
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).contains("longer than 1048576 characters"), lines.get(0));
        assertEquals("{\"id\":2,\"protocol\":1,\"name\":\"test\"}", lines.get(1));
    }

    @Test
    void anAnswerWithExtraFieldsIsReadAndTheFieldsAreListed() {
        JsonNode answer = Wire.parse("{\"id\":1,\"access\":\"full\",\"scopes\":[],\"grants\":[{\"access\":\"full\",\"scope\":null,"
                + "\"note\":\"x\"}],\"took_ms\":1}");
        AccessDecision d = Wire.accessDecision(answer);
        assertEquals(Access.FULL, d.access());
        assertEquals(Set.of("took_ms", "grants[].note"), Wire.extraAccessAnswerFields(answer));
        JsonNode verdict = Wire.parse("{\"id\":1,\"verdict\":\"allowed\",\"rules\":[\"R01\"],\"engine\":\"x\"}");
        assertEquals(Verdict.ALLOWED, Wire.assignmentDecision(verdict).verdict());
        assertEquals(Set.of("engine"), Wire.extraAssignmentAnswerFields(verdict));
        assertEquals(Set.of(), Wire.extraAccessAnswerFields(Wire.parse("{\"id\":1,\"access\":\"none\",\"scopes\":[],"
                + "\"grants\":[{\"access\":\"none\",\"scope\":null}]}")));
    }

    @Test
    void anAnswerMissingOrMistypingARequiredFieldStillFails() {
        assertEquals("missing field 'grants'", assertThrows(BadRequestException.class,
                () -> Wire.accessDecision(Wire.parse("{\"id\":1,\"access\":\"full\",\"scopes\":[],\"took_ms\":1}"))).getMessage());
        assertEquals("field 'access' must be a string id", assertThrows(BadRequestException.class,
                () -> Wire.accessDecision(Wire.parse("{\"access\":1,\"scopes\":[],\"grants\":[]}"))).getMessage());
        assertThrows(BadRequestException.class, () -> Wire.assignmentDecision(Wire.parse("{\"verdict\":\"maybe\",\"rules\":[\"R01\"]}")));
        assertThrows(BadRequestException.class, () -> Wire.parse("{\"access\":\"full\",\"access\":\"none\"}"));
    }

    @Test
    void aRequestWithAnUnknownFieldIsStillAnError() {
        assertTrue(error("{\"id\":1," + ACCESS + ",\"mood\":\"happy\"}").startsWith("unknown field 'mood' in request"));
    }
}

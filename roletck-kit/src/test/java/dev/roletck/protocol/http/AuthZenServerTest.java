package dev.roletck.protocol.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roletck.protocol.Wire;
import dev.roletck.reference.ReferencePolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code roletck serve --http}'s server, held to the AuthZEN 1.0 certification scenario where it
 * applies (status codes, request ids, batch defaults and semantics, metadata) and to the kit's
 * answers in context.
 */
class AuthZenServerTest {
    private static AuthZenServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static final String ACCESS = "{\"subject\":{\"type\":\"administrator\",\"id\":\"a1\",\"properties\":{\"roles\":[\"device_admin\"],"
            + "\"relation\":\"customer\"}},\"resource\":{\"type\":\"organization_roles\",\"id\":\"device_management\"},"
            + "\"action\":{\"name\":\"full\"}}";

    @BeforeAll
    static void start() throws IOException {
        server = AuthZenServer.start(new ReferencePolicy(), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String path, String contentType, String body, String requestId) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) b.header("Content-Type", contentType);
        if (requestId != null) b.header("X-Request-ID", requestId);
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return post(path, "application/json", body, null);
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return Wire.JSON.readTree(r.body());
    }

    @Test
    void anAccessEvaluationIsDecidedAtTheLevelAskedWithTheWholeAnswerInContext() throws Exception {
        HttpResponse<String> full = post(AuthZen.EVALUATION_PATH, "application/json", ACCESS, "req-1");
        assertEquals(200, full.statusCode());
        assertEquals("req-1", full.headers().firstValue("X-Request-ID").orElse(""));
        assertEquals("application/json", full.headers().firstValue("Content-Type").orElse(""));
        assertTrue(json(full).get("decision").asBoolean());
        assertEquals("full", json(full).at("/context/access").asText());

        HttpResponse<String> none = post(AuthZen.EVALUATION_PATH, ACCESS.replace("device_admin", "support_admin"));
        assertFalse(json(none).get("decision").asBoolean(), none.body());
        assertTrue(none.headers().firstValue("X-Request-ID").isPresent(), "an id is made up when none is sent");
    }

    @Test
    void invalidRequestsAreFourHundred() throws Exception {
        assertEquals(400, post(AuthZen.EVALUATION_PATH, "{\"action\":{\"name\":\"full\"},\"resource\":{\"type\":\"organization_roles\",\"id\":\"x\"}}").statusCode());
        assertEquals(400, post(AuthZen.EVALUATION_PATH, ACCESS.replace("\"name\":\"full\"", "\"name\":123")).statusCode());
        assertEquals(400, post(AuthZen.EVALUATION_PATH, ACCESS.replace("\"type\":\"administrator\",", "")).statusCode());
        assertEquals(400, post(AuthZen.EVALUATION_PATH, "text/plain", ACCESS, null).statusCode());
        assertEquals(400, post(AuthZen.EVALUATION_PATH, "").statusCode());
        assertEquals(400, post(AuthZen.EVALUATION_PATH, "{not json").statusCode());
        HttpResponse<String> unknownRole = post(AuthZen.EVALUATION_PATH, ACCESS.replace("device_admin", "Device_Admin"));
        assertEquals(400, unknownRole.statusCode());
        assertTrue(json(unknownRole).get("error").asText().contains("Device_Admin"), unknownRole.body());
        HttpResponse<String> unknownAction = post(AuthZen.EVALUATION_PATH, ACCESS.replace("\"name\":\"full\"", "\"name\":\"read\""));
        assertEquals("unknown action 'read' (known: full, read_only, assign, revoke)", json(unknownAction).get("error").asText());
        assertEquals(400, post(AuthZen.EVALUATION_PATH, ACCESS.replace("\"relation\":\"customer\"}", "\"relation\":\"customer\",\"region\":\"eu\"}")).statusCode());
        assertEquals(404, post("/access/v2/evaluation", ACCESS).statusCode());
    }

    @Test
    void unknownTopLevelFieldsAreIgnored() throws Exception {
        HttpResponse<String> r = post(AuthZen.EVALUATION_PATH, ACCESS.replace("{\"subject\"", "{\"foo\":\"bar\",\"futureField\":{\"nested\":true},\"subject\""));
        assertEquals(200, r.statusCode(), r.body());
    }

    @Test
    void aBatchTakesDefaultsAndDeniesTheItemsItCannotEvaluate() throws Exception {
        String body = "{\"subject\":{\"type\":\"administrator\",\"id\":\"a1\",\"properties\":{\"roles\":[\"device_admin\"],\"relation\":\"customer\"}},"
                + "\"resource\":{\"type\":\"organization_roles\",\"id\":\"device_management\"},"
                + "\"options\":{\"evaluations_semantic\":\"execute_all\"},"
                + "\"evaluations\":[{\"action\":{\"name\":\"full\"}},{\"action\":{\"name\":\"read_only\"}},{},"
                + "{\"action\":{\"name\":\"full\"},\"subject\":{\"type\":\"administrator\",\"id\":\"a2\",\"properties\":{\"roles\":[],\"relation\":\"customer\"}}}]}";
        HttpResponse<String> r = post(AuthZen.EVALUATIONS_PATH, body);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode e = json(r).get("evaluations");
        assertEquals(4, e.size());
        assertTrue(e.get(0).get("decision").asBoolean());
        assertTrue(e.get(1).get("decision").asBoolean());
        assertFalse(e.get(2).get("decision").asBoolean(), "no action: denied, not a 400 of the whole batch");
        assertEquals(400, e.get(2).at("/context/error/status").asInt());
        assertFalse(e.get(3).get("decision").asBoolean());
        assertFalse(json(r).has("decision"));

        HttpResponse<String> deny = post(AuthZen.EVALUATIONS_PATH, body.replace("execute_all", "deny_on_first_deny"));
        assertEquals(3, json(deny).get("evaluations").size(), "stops at the first denial");
        HttpResponse<String> permit = post(AuthZen.EVALUATIONS_PATH, body.replace("execute_all", "permit_on_first_permit"));
        assertEquals(1, json(permit).get("evaluations").size(), "stops at the first permit");
    }

    private static final String CC = "{\"subject\":{\"type\":\"administrator\",\"id\":\"a1\",\"properties\":{\"roles\":[\"full_admin\"],"
            + "\"relation\":\"customer\"}},\"resource\":{\"type\":\"contact_center\",\"id\":\"administer_features\"},"
            + "\"action\":{\"name\":\"full\"}";

    @Test
    void theBatchEndpointWithoutItemsIsTheSingleEvaluation() throws Exception {
        // certification scenario c-3-4-2 (no evaluations array) and c-3-4-3 (an empty one)
        for (String body : List.of(ACCESS, ACCESS.replace("{\"subject\"", "{\"evaluations\":[],\"subject\""))) {
            HttpResponse<String> r = post(AuthZen.EVALUATIONS_PATH, body);
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(json(r).get("decision").asBoolean(), r.body());
            assertFalse(json(r).has("evaluations"), r.body());
        }
        assertEquals(400, post(AuthZen.EVALUATIONS_PATH, "{\"evaluations\":[]}").statusCode(), "no items and no request: a missing subject");
    }

    @Test
    void aBatchItemInheritsTheTopLevelContextUnlessItGivesItsOwn() throws Exception {
        // certification scenario c-3-2-6; the Contact Center licence rule (R22) makes the context matter
        String body = CC + ",\"context\":{\"cc_license\":\"standard\"},\"evaluations\":[{},{\"context\":{\"cc_license\":\"premium\"}},"
                + "{\"context\":{}}]}";
        HttpResponse<String> r = post(AuthZen.EVALUATIONS_PATH, body);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode e = json(r).get("evaluations");
        assertEquals(3, e.size(), r.body());
        assertFalse(e.get(0).get("decision").asBoolean(), "the top-level standard licence: none (R22) — " + r.body());
        assertEquals("none", e.get(0).at("/context/access").asText(), r.body());
        assertTrue(e.get(1).get("decision").asBoolean(), "the item's premium licence replaces it — " + r.body());
        assertTrue(e.get(2).get("decision").asBoolean(), "an empty context replaces it whole, not merged — " + r.body());
    }

    @Test
    void aBatchBeyondTheLimitOrWithAnUnknownSemanticIsFourHundred() throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i <= AuthZenServer.MAX_BATCH; i++) items.append(i == 0 ? "" : ",").append("{}");
        HttpResponse<String> tooMany = post(AuthZen.EVALUATIONS_PATH, ACCESS.replace("{\"subject\"", "{\"evaluations\":[" + items + "],\"subject\""));
        assertEquals(400, tooMany.statusCode());
        assertEquals("a batch holds at most 1000 evaluations, this one 1001", json(tooMany).get("error").asText());
        HttpResponse<String> atLimit = post(AuthZen.EVALUATIONS_PATH,
                ACCESS.replace("{\"subject\"", "{\"evaluations\":[" + items.substring(3) + "],\"subject\""));
        assertEquals(200, atLimit.statusCode());
        assertEquals(AuthZenServer.MAX_BATCH, json(atLimit).get("evaluations").size());
        HttpResponse<String> semantic = post(AuthZen.EVALUATIONS_PATH,
                ACCESS.replace("{\"subject\"", "{\"options\":{\"evaluations_semantic\":\"first_only\"},\"evaluations\":[{}],\"subject\""));
        assertEquals(400, semantic.statusCode());
        assertTrue(json(semantic).get("error").asText().startsWith("unknown evaluations_semantic 'first_only'"), semantic.body());
    }

    @Test
    void missingSubFieldsAreFourHundredAsTheCertificationScenarioAsks() throws Exception {
        // c-2-4-1, c-2-4-2 and c-2-4-6: each answered 400, each answer echoing its request id
        List<String> invalid = List.of(
                ACCESS.replace("\"subject\":{\"type\":\"administrator\",\"id\":\"a1\",", "\"subject\":{\"type\":\"administrator\","),
                ACCESS.replace("\"action\":{\"name\":\"full\"}", "\"action\":{}"),
                ACCESS.replace("\"resource\":{\"type\":\"organization_roles\",", "\"resource\":{"),
                ACCESS.replace(",\"id\":\"device_management\"", ""),
                ACCESS.replace(",\"action\":{\"name\":\"full\"}", ""),
                ACCESS.replace("\"resource\":{\"type\":\"organization_roles\",\"id\":\"device_management\"},", ""),
                ACCESS.replaceFirst("\"subject\":\\{.*?}},", "\"subject\":\"a1\","));
        int n = 0;
        for (String body : invalid) {
            HttpResponse<String> r = post(AuthZen.EVALUATION_PATH, "application/json", body, "bad-" + ++n);
            assertEquals(400, r.statusCode(), body + " → " + r.body());
            assertEquals("bad-" + n, r.headers().firstValue("X-Request-ID").orElse(""), body);
            assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
            assertTrue(json(r).get("error").isTextual(), r.body());
        }
        HttpResponse<String> batch = post(AuthZen.EVALUATIONS_PATH, "application/json", "{\"evaluations\":[{}]}", "batch-1");
        assertEquals("batch-1", batch.headers().firstValue("X-Request-ID").orElse(""));
        HttpResponse<String> notFound = post("/access/v2/evaluation", "application/json", ACCESS, "lost-1");
        assertEquals("lost-1", notFound.headers().firstValue("X-Request-ID").orElse(""));
    }

    @Test
    void anHttp10ClientThatSendsNoHostIsAnswered() throws Exception {
        // a plain HTTP/1.0 request, as old gateways and load balancers' health checks send them
        byte[] body = ACCESS.getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket(server.address().getAddress(), server.address().getPort())) {
            s.getOutputStream().write(("POST " + AuthZen.EVALUATION_PATH + " HTTP/1.0\r\nContent-Type: application/json\r\nX-Request-ID: old-1\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().write(body);
            s.getOutputStream().flush();
            String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 200"), response);
            assertTrue(response.contains("X-Request-ID: old-1") || response.contains("X-request-id: old-1"), response);
            assertTrue(response.endsWith("}"), "the connection is closed after the answer: " + response);
            assertTrue(response.contains("\"decision\":true"), response);
        }
    }

    @Test
    void theMetadataNamesTheEndpointsAsTheClientAddressedTheServer() throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + AuthZen.WELL_KNOWN_PATH)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        JsonNode m = json(r);
        assertEquals(server.baseUrl().toString(), m.get("policy_decision_point").asText());
        assertEquals(server.baseUrl() + AuthZen.EVALUATION_PATH, m.get("access_evaluation_endpoint").asText());
        assertEquals(server.baseUrl() + AuthZen.EVALUATIONS_PATH, m.get("access_evaluations_endpoint").asText());
    }

    @Test
    void anAssignmentIsOneEvaluationWhoseActionIsTheOperation() throws Exception {
        String assign = "{\"subject\":{\"type\":\"administrator\",\"id\":\"a1\",\"properties\":{\"roles\":[\"full_admin\"],\"site_roles\":{},"
                + "\"relation\":\"customer\",\"active_sales_relationship\":false}},"
                + "\"resource\":{\"type\":\"user\",\"id\":\"a1\",\"properties\":{\"same_as_actor\":true,\"roles\":[\"full_admin\"],"
                + "\"site_roles\":{},\"relation\":\"customer\",\"home\":\"ordinary\",\"contact_center_enabled\":false}},"
                + "\"action\":{\"name\":\"assign\",\"properties\":{\"role\":\"advanced_troubleshooting_access\",\"site\":null,\"organization\":\"customer\"}}}";
        HttpResponse<String> r = post(AuthZen.EVALUATION_PATH, assign);
        assertEquals(200, r.statusCode(), r.body());
        assertFalse(json(r).get("decision").asBoolean());
        assertEquals("refused", json(r).at("/context/verdict").asText());
        assertTrue(json(r).at("/context/rules").toString().contains("R10"), r.body());
    }
}

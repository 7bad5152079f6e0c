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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

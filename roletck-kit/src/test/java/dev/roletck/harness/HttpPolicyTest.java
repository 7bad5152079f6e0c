package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.roletck.api.BadRequestException;
import dev.roletck.api.Policy;
import dev.roletck.protocol.Wire;
import dev.roletck.reference.ReferencePolicy;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.ConformanceCase;
import java.util.List;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The HTTP binding, against a small server of the binding in front of the reference policy, with the real cases. */
class HttpPolicyTest {
    static {
        // The JDK's test server otherwise waits for delayed ACKs on each small response (Nagle).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** Serves {@code policy} over the HTTP binding; {@code tamper} may change each response. */
    static HttpServer serve(Policy policy, UnaryOperator<ObjectNode> tamper) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(AuthZen.PATH, exchange -> {
            try {
                if (!exchange.getRequestMethod().equals("POST")) {
                    respond(exchange, 405, "{\"error\":\"POST only\"}");
                    return;
                }
                JsonNode body = Wire.JSON.readTree(exchange.getRequestBody());
                ObjectNode v1 = AuthZen.v1Request(body);
                JsonNode answer = v1.get("kind").asText().equals("access")
                        ? Wire.toJson(policy.decide(Wire.accessRequest(v1)))
                        : Wire.toJson(policy.decide(Wire.assignmentRequest(v1)));
                ObjectNode response = tamper.apply(AuthZen.response(answer));
                if (response == null) return; // hang: never answer
                respond(exchange, 200, response.toString());
            } catch (BadRequestException e) {
                ObjectNode error = Wire.JSON.createObjectNode().put("error", e.getMessage());
                respond(exchange, 400, error.toString());
            }
        });
        server.start();
        return server;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static URI base(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static HarnessResult run(HttpServer server, List<ConformanceCase> cases) {
        return Harness.run(Fixtures.options(new Implementation.Url(base(server))), cases);
    }

    @Test
    void aCorrectServerIsConformant() throws IOException {
        HttpServer server = serve(new ReferencePolicy(), r -> r);
        try {
            HarnessResult result = run(server, Fixtures.cases());
            assertEquals(List.of(), result.failures().stream().map(CaseResult::message).limit(5).toList());
            assertEquals(ExitCodes.OK, result.exitCode());
            assertEquals(Fixtures.cases().size(), result.summary().passed());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aDecisionThatContradictsItsContextIsMalformed() throws IOException {
        HttpServer server = serve(new ReferencePolicy(), r -> r.put("decision", true));
        String none = "organization_roles/device_management/support_admin/customer";
        try {
            CaseResult result = run(server, Fixtures.sample(none)).results().stream()
                    .filter(o -> o.id().equals(none)).findFirst().orElseThrow();
            assertEquals(CaseResult.Outcome.ERROR, result.outcome());
            assertTrue(result.reason().orElse("").startsWith("malformed reply: 'decision' is true but the context says"),
                    result.reason().orElse(""));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anErrorStatusFailsTheCase() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(AuthZen.PATH, exchange -> respond(exchange, 500, "{\"error\":\"database down\"}"));
        server.start();
        try {
            HarnessResult result = Harness.run(Fixtures.options(new Implementation.Url(base(server))), Fixtures.cases().subList(0, 2));
            assertEquals("error: HTTP 500: database down", result.results().get(0).reason().orElse(""));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aSlowServerTimesOutPerCase() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(AuthZen.PATH, exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        try {
            HarnessResult result = Harness.run(Fixtures.options(new Implementation.Url(base(server))).withTimeout(Duration.ofMillis(300)),
                    Fixtures.cases().subList(0, 2));
            assertEquals("timeout: no answer within 300 ms", result.results().get(0).reason().orElse(""));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void nothingListeningIsACrashOfEachCase() {
        HarnessResult result = Harness.run(Fixtures.options(new Implementation.Url(URI.create("http://127.0.0.1:9"))),
                Fixtures.cases().subList(0, 2));
        assertEquals(2, result.summary().errors());
        assertTrue(result.results().get(0).reason().orElse("").startsWith("crash: POST http://127.0.0.1:9/access/v1/evaluation failed"));
    }

    @Test
    void theRequestCarriesTheProtocolFieldsInAuthZenShape() {
        ConformanceCase c = Fixtures.byId("R10/1");
        ObjectNode authzen = AuthZen.request(Vectors.request(c));
        assertEquals("administrator", authzen.at("/subject/type").asText());
        assertEquals("full_admin", authzen.at("/subject/properties/roles/0").asText());
        assertEquals("assign", authzen.at("/action/name").asText());
        assertEquals("advanced_troubleshooting_access", authzen.at("/action/properties/role").asText());
        assertEquals("actor", authzen.at("/resource/id").asText());
        assertEquals(Vectors.request(c), AuthZen.v1Request(authzen));
    }
}

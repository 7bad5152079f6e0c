package dev.roletck.protocol.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.roletck.api.BadRequestException;
import dev.roletck.api.Policy;
import dev.roletck.protocol.Wire;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * A policy as an OpenID AuthZEN 1.0 policy decision point over HTTP (PROTOCOL.md, "HTTP: AuthZEN
 * 1.0"): the Access Evaluation API ({@code POST /access/v1/evaluation}), the Access Evaluations API
 * ({@code POST /access/v1/evaluations}, with default values and the three evaluation semantics) and
 * the metadata ({@code GET /.well-known/authzen-configuration}). Each decision carries the kit's
 * v1 answer in its {@code context}. An invalid request is answered 400 with {@code {"error": …}};
 * the {@code X-Request-ID} of a request is echoed in its response. Built on the JDK's HTTP server.
 */
public final class AuthZenServer implements AutoCloseable {
    /** The most evaluations one batch may hold; more is answered 400. */
    public static final int MAX_BATCH = 1000;
    private static final int MAX_BODY = 4 * 1024 * 1024;

    static {
        // The JDK's server writes a response's headers and body apart; without TCP_NODELAY each small
        // answer waits for the client's delayed acknowledgement (about 40 ms).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final Policy policy;
    private final HttpServer server;
    private final ExecutorService executor;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private AuthZenServer(Policy policy, HttpServer server, ExecutorService executor) {
        this.policy = policy;
        this.server = server;
        this.executor = executor;
    }

    /** Starts serving {@code policy} at {@code address} (port 0: any free port). */
    public static AuthZenServer start(Policy policy, InetSocketAddress address) throws IOException {
        return start(policy, address, Optional.empty());
    }

    /** Starts serving {@code policy} at {@code address}, over HTTPS when {@code tls} is given. */
    public static AuthZenServer start(Policy policy, InetSocketAddress address, Optional<SSLContext> tls) throws IOException {
        Objects.requireNonNull(policy, "policy");
        HttpServer http;
        if (tls.isPresent()) {
            HttpsServer https = HttpsServer.create(address, 64);
            https.setHttpsConfigurator(new HttpsConfigurator(tls.get()));
            http = https;
        } else {
            http = HttpServer.create(address, 64);
        }
        ExecutorService executor = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "roletck-authzen");
            t.setDaemon(true);
            return t;
        });
        AuthZenServer s = new AuthZenServer(policy, http, executor);
        http.createContext("/", s::handle);
        http.setExecutor(executor);
        http.start();
        return s;
    }

    /** The address it listens on, with the port actually bound. */
    public InetSocketAddress address() { return server.getAddress(); }

    /** Its base URL, e.g. {@code http://127.0.0.1:8080}. */
    public URI baseUrl() {
        InetSocketAddress a = address();
        String host = a.getAddress().getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return URI.create(scheme() + "://" + host + ":" + a.getPort());
    }

    /** Stops serving; closing again does nothing. */
    @Override public void close() {
        if (!closed.compareAndSet(false, true)) return;
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String requestId = exchange.getRequestHeaders().getFirst("X-Request-ID");
        exchange.getResponseHeaders().set("X-Request-ID", requestId != null ? requestId : UUID.randomUUID().toString());
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            switch (path) {
                case AuthZen.WELL_KNOWN_PATH -> {
                    if (!method.equals("GET")) {
                        respond(exchange, 405, error("use GET"));
                        return;
                    }
                    respond(exchange, 200, metadata(exchange));
                }
                case AuthZen.EVALUATION_PATH, AuthZen.EVALUATIONS_PATH -> {
                    if (!method.equals("POST")) {
                        respond(exchange, 405, error("use POST with a JSON body"));
                        return;
                    }
                    JsonNode body;
                    try {
                        body = body(exchange);
                    } catch (BadRequestException e) {
                        respond(exchange, 400, error(e.getMessage()));
                        return;
                    }
                    try {
                        ObjectNode answer = path.equals(AuthZen.EVALUATION_PATH) ? evaluate(body) : evaluateAll(body);
                        respond(exchange, 200, answer);
                    } catch (BadRequestException e) {
                        respond(exchange, 400, error(e.getMessage()));
                    } catch (RuntimeException e) {
                        respond(exchange, 500, error("the policy failed: " + e));
                    }
                }
                default -> respond(exchange, 404, error("no such endpoint: " + path + " (AuthZEN: " + AuthZen.EVALUATION_PATH + ", "
                        + AuthZen.EVALUATIONS_PATH + ", " + AuthZen.WELL_KNOWN_PATH + ")"));
            }
        }
    }

    private static JsonNode body(HttpExchange exchange) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).strip().startsWith("application/json")) {
            throw new BadRequestException("Content-Type must be application/json");
        }
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) throw new BadRequestException("the body is larger than " + MAX_BODY + " bytes");
        if (bytes.length == 0) throw new BadRequestException("the body is empty; send a JSON object");
        try {
            JsonNode node = Wire.JSON.readTree(bytes);
            if (node == null || !node.isObject()) throw new BadRequestException("the body must be a JSON object");
            return node;
        } catch (JsonProcessingException e) {
            throw new BadRequestException("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    /** One evaluation: its decision, with the v1 answer as context. */
    ObjectNode evaluate(JsonNode evaluation) {
        AuthZen.Parsed p = AuthZen.parse(evaluation);
        JsonNode answer = p.v1().get("kind").asText().equals("access")
                ? Wire.toJson(policy.decide(Wire.accessRequest(p.v1())))
                : Wire.toJson(policy.decide(Wire.assignmentRequest(p.v1())));
        return AuthZen.decision(answer, p.level());
    }

    /**
     * The Access Evaluations API: each item of {@code evaluations} takes the top-level subject,
     * action, resource and context it does not give itself (whole objects, not merged); an item
     * that cannot be evaluated is denied with its error in {@code context.error} (execute_all).
     */
    ObjectNode evaluateAll(JsonNode body) {
        JsonNode items = body.get("evaluations");
        if (items == null || items.isNull() || (items.isArray() && items.isEmpty())) {
            ObjectNode single = evaluate(body);
            return single;
        }
        if (!items.isArray()) throw new BadRequestException("'evaluations' must be an array");
        if (items.size() > MAX_BATCH) {
            throw new BadRequestException("a batch holds at most " + MAX_BATCH + " evaluations, this one " + items.size());
        }
        String semantic = body.path("options").path("evaluations_semantic").asText("execute_all");
        if (!List.of("execute_all", "deny_on_first_deny", "permit_on_first_permit").contains(semantic)) {
            throw new BadRequestException("unknown evaluations_semantic '" + semantic
                    + "' (known: execute_all, deny_on_first_deny, permit_on_first_permit)");
        }
        ObjectNode out = Wire.JSON.createObjectNode();
        ArrayNode decisions = out.putArray("evaluations");
        for (Iterator<JsonNode> it = items.elements(); it.hasNext(); ) {
            JsonNode item = it.next();
            ObjectNode merged = Wire.JSON.createObjectNode();
            for (String key : List.of("subject", "action", "resource", "context")) {
                if (item.isObject() && item.has(key)) merged.set(key, item.get(key));
                else if (body.has(key)) merged.set(key, body.get(key));
            }
            ObjectNode decision;
            try {
                if (!item.isObject()) throw new BadRequestException("an evaluation is a JSON object");
                decision = evaluate(merged);
            } catch (BadRequestException e) {
                decision = Wire.JSON.createObjectNode().put("decision", false);
                decision.putObject("context").putObject("error").put("status", 400).put("message", e.getMessage());
            }
            decisions.add(decision);
            boolean allowed = decision.get("decision").asBoolean();
            if (semantic.equals("deny_on_first_deny") && !allowed) break;
            if (semantic.equals("permit_on_first_permit") && allowed) break;
        }
        return out;
    }

    private ObjectNode metadata(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        String base = scheme() + "://" + (host != null ? host : baseUrl().getRawAuthority());
        ObjectNode m = Wire.JSON.createObjectNode();
        m.put("policy_decision_point", base);
        m.put("access_evaluation_endpoint", base + AuthZen.EVALUATION_PATH);
        m.put("access_evaluations_endpoint", base + AuthZen.EVALUATIONS_PATH);
        return m;
    }

    private String scheme() { return server instanceof HttpsServer ? "https" : "http"; }

    private static ObjectNode error(String message) {
        return Wire.JSON.createObjectNode().put("error", message);
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

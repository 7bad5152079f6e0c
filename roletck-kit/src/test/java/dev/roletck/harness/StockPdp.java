package dev.roletck.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.api.Policy;
import dev.roletck.protocol.Wire;
import dev.roletck.protocol.http.AuthZen;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deliberately plain AuthZEN PDP for tests, written on bare sockets: it answers HTTP/1.0 (or says
 * HTTP/1.1 without keeping the connection) and
 * closes the connection after each answer, answers only {@code decision} (no context), may demand
 * a bearer token (401 without), may take batches of at most a few evaluations (400 beyond, as
 * Cerbos does), and publishes no metadata unless asked. Its decisions come from a policy through
 * the kit's mapping of levels to actions.
 */
final class StockPdp implements AutoCloseable {
    private final Policy policy;
    private final Optional<String> token;
    private final int batchLimit;
    private final String prefix;
    private final boolean metadata;
    private final String version;
    private final ServerSocket socket;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "stock-pdp");
        t.setDaemon(true);
        return t;
    });
    final List<String> requestIds = Collections.synchronizedList(new ArrayList<>());
    final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger connections = new AtomicInteger();

    /**
     * @param batchLimit the most evaluations a batch may hold; 0 offers no batch endpoint
     * @param prefix     a path before the endpoints ({@code /tenant1}), empty for none
     * @param metadata   whether to publish {@code /.well-known/authzen-configuration[prefix]}
     */
    StockPdp(Policy policy, Optional<String> token, int batchLimit, String prefix, boolean metadata) throws IOException {
        this(policy, token, batchLimit, prefix, metadata, "HTTP/1.0");
    }

    /** @param version the status line's version: {@code HTTP/1.1} closes each connection without saying so */
    StockPdp(Policy policy, Optional<String> token, int batchLimit, String prefix, boolean metadata, String version) throws IOException {
        this.version = version;
        this.policy = policy;
        this.token = token;
        this.batchLimit = batchLimit;
        this.prefix = prefix;
        this.metadata = metadata;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        workers.submit(this::accept);
    }

    StockPdp(Policy policy) throws IOException {
        this(policy, Optional.empty(), 0, "", false);
    }

    URI base() { return URI.create("http://127.0.0.1:" + socket.getLocalPort() + prefix); }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                connections.incrementAndGet();
                workers.submit(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = new BufferedInputStream(s.getInputStream());
            String requestLine = line(in);
            if (requestLine == null) return;
            Map<String, String> headers = new HashMap<>();
            for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
                int colon = h.indexOf(':');
                if (colon > 0) headers.put(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
            }
            byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
            String id = headers.getOrDefault("x-request-id", "");
            requestIds.add(id);
            String[] parts = requestLine.split(" ");
            String path = parts.length > 1 ? parts[1] : "";
            int status;
            String answer;
            if (token.isPresent() && !("Bearer " + token.get()).equals(headers.get("authorization"))) {
                status = 401;
                answer = "{\"message\":\"missing or wrong bearer token\"}";
            } else if (path.equals(AuthZen.WELL_KNOWN_PATH + prefix) && metadata) {
                String base = "http://" + headers.get("host") + prefix;
                status = 200;
                answer = "{\"policy_decision_point\":\"" + base + "\",\"access_evaluation_endpoint\":\"" + base + "/decide\""
                        + (batchLimit > 0 ? ",\"access_evaluations_endpoint\":\"" + base + "/decide-many\"" : "") + "}";
            } else if (path.equals(prefix + (metadata ? "/decide" : AuthZen.EVALUATION_PATH))) {
                status = 200;
                answer = decide(Wire.JSON.readTree(body)).toString();
            } else if (batchLimit > 0 && path.equals(prefix + (metadata ? "/decide-many" : AuthZen.EVALUATIONS_PATH))) {
                JsonNode items = Wire.JSON.readTree(body).path("evaluations");
                batchSizes.add(items.size());
                if (items.size() > batchLimit) {
                    status = 400;
                    answer = "{\"message\":\"number of evaluations (" + items.size() + ") exceeds configured limit (" + batchLimit + ")\"}";
                } else {
                    ObjectNode out = Wire.JSON.createObjectNode();
                    ArrayNode decisions = out.putArray("evaluations");
                    for (JsonNode item : items) decisions.add(decide(item));
                    status = 200;
                    answer = out.toString();
                }
            } else {
                status = 404;
                answer = "{\"message\":\"not found\"}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            OutputStream out = s.getOutputStream();
            out.write((version + " " + status + " " + (status == 200 ? "OK" : "Error") + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + bytes.length + "\r\nX-Request-ID: " + id + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
        } catch (IOException | RuntimeException e) {
            // the client went away, or sent garbage: close
        }
    }

    /** A decision only: what the policy allows at the level asked, false for whatever it cannot evaluate. */
    private ObjectNode decide(JsonNode evaluation) {
        boolean allowed;
        try {
            AuthZen.Parsed p = AuthZen.parse(evaluation);
            JsonNode answer = p.v1().get("kind").asText().equals("access")
                    ? Wire.toJson(policy.decide(Wire.accessRequest(p.v1())))
                    : Wire.toJson(policy.decide(Wire.assignmentRequest(p.v1())));
            allowed = AuthZen.allows(answer, p.level());
        } catch (RuntimeException e) {
            allowed = false;
        }
        return Wire.JSON.createObjectNode().put("decision", allowed);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') b.write(c);
        }
        if (c == -1 && b.size() == 0) return null;
        return b.toString(StandardCharsets.US_ASCII);
    }

    @Override public void close() throws IOException {
        socket.close();
        workers.shutdownNow();
    }
}

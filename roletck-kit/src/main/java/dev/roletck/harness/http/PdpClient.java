package dev.roletck.harness.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.harness.Fault;
import dev.roletck.harness.ImplementationFault;
import dev.roletck.harness.UsageException;
import dev.roletck.i18n.Phrase;
import dev.roletck.i18n.Phrase.Kind;
import dev.roletck.protocol.Wire;
import dev.roletck.protocol.http.AuthZen;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLHandshakeException;

/**
 * An HTTP client of an OpenID AuthZEN 1.0 policy decision point: finds its endpoints (the
 * well-known metadata, else the default paths under the base URL), checks once that it answers,
 * and sends evaluations — several cases' evaluations in one batch when the PDP offers the batch
 * endpoint, as many as the PDP takes. Every request carries an {@code X-Request-ID}, and every
 * failure names it, so that a failure can be found in the PDP's log. Thread-safe: the runner's
 * parallel cases are gathered into batches.
 */
public final class PdpClient {
    /** The batch size tried first; halved whenever the PDP refuses a batch as too large. */
    static final int FIRST_BATCH_LIMIT = 100;
    /** How long a connection (with its TLS handshake) may take, when the per-case timeout is shorter. */
    static final Duration CONNECT_ALLOWANCE = Duration.ofSeconds(10);
    /** Batches sent at once, besides the callers waiting for theirs. */
    private static final int BATCHES_IN_FLIGHT = 2;

    private final URI base;
    private final HttpSettings settings;
    private final Duration timeout;
    private final Duration connectTimeout;
    private final HttpClient client;
    private final String run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
    private final AtomicLong requests = new AtomicLong();
    private Endpoints endpoints;

    // the batch queue
    private final Object lock = new Object();
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private int sending;
    private volatile int batchLimit = FIRST_BATCH_LIMIT;

    /**
     * Where the PDP answers, and how they were found.
     *
     * @param evaluations the batch endpoint, when the PDP offers one
     * @param source      {@code metadata} or {@code default paths}, with a note when the metadata was not used
     */
    public record Endpoints(URI evaluation, Optional<URI> evaluations, String source) {}

    /** One HTTP answer: its status, its body as JSON when it is JSON, and the request id it answers. */
    public record Reply(int status, Optional<JsonNode> json, String body, String requestId) {
        /** The PDP's error message: {@code error}, {@code message}, a JSON string, or the body. */
        public String error() {
            JsonNode j = json.orElse(null);
            if (j != null && j.isTextual()) return j.asText();
            if (j != null && j.hasNonNull("error")) {
                JsonNode e = j.get("error");
                return e.isTextual() ? e.asText() : e.path("message").asText(e.toString());
            }
            if (j != null && j.hasNonNull("message")) return j.get("message").asText();
            return body.isBlank() ? "(empty body)" : body;
        }
    }

    public PdpClient(URI base, HttpSettings settings, Duration timeout) {
        String b = base.toString();
        this.base = URI.create(b.endsWith("/") ? b.substring(0, b.length() - 1) : b);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.connectTimeout = timeout.compareTo(CONNECT_ALLOWANCE) > 0 ? timeout : CONNECT_ALLOWANCE;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(connectTimeout).version(HttpClient.Version.HTTP_1_1);
        if (this.base.getScheme().equals("https")) builder.sslContext(settings.sslContext());
        this.client = builder.build();
    }

    /**
     * How long one case may take by this client's own timers: up to four requests (two evaluations,
     * each sent at most twice) within the timeout each, and one slow connection within its
     * allowance. A wait for a batch is bounded by twice the timeout, within the same.
     */
    public static Duration longestCase(Duration timeout) {
        return timeout.multipliedBy(4).plus(timeout.compareTo(CONNECT_ALLOWANCE) > 0 ? timeout : CONNECT_ALLOWANCE);
    }

    public Endpoints endpoints() {
        if (endpoints == null) throw new IllegalStateException("connect() first");
        return endpoints;
    }

    public int batchLimit() { return batchLimit; }

    /**
     * Finds the endpoints and checks that the PDP answers {@code probe} (a valid evaluation) with a
     * decision, within {@code allowance}. Anything else is a {@link UsageException}: one line that
     * says what failed and how to fix it, before any case runs.
     */
    public Endpoints connect(ObjectNode probe, Duration allowance) {
        Duration wait = allowance.compareTo(timeout) > 0 ? allowance : timeout;
        Endpoints found = discover(wait);
        Reply reply = startupCall(found.evaluation(), probe, wait);
        requireDecision(reply, found.evaluation());
        Optional<URI> batch = found.evaluations();
        if (batch.isEmpty() && found.source().startsWith("default")) {
            URI guess = URI.create(base + AuthZen.EVALUATIONS_PATH);
            ObjectNode one = Wire.JSON.createObjectNode();
            one.putArray("evaluations").add(probe);
            try {
                Reply r = call(guess, one, wait);
                if (r.status() == 200 && r.json().map(j -> j.path("evaluations").isArray() && j.get("evaluations").size() == 1).orElse(false)) {
                    batch = Optional.of(guess);
                }
            } catch (ImplementationFault e) {
                // no batch endpoint: single evaluations
            }
        } else if (batch.isPresent()) {
            ObjectNode one = Wire.JSON.createObjectNode();
            one.putArray("evaluations").add(probe);
            requireEvaluations(startupCall(batch.get(), one, wait), batch.get(), 1);
        }
        endpoints = new Endpoints(found.evaluation(), batch, found.source());
        return endpoints;
    }

    private Endpoints discover(Duration wait) {
        URI wellKnown = wellKnown(base);
        URI evaluation = URI.create(base + AuthZen.EVALUATION_PATH);
        Reply meta;
        try {
            meta = send(HttpRequest.newBuilder(wellKnown).GET(), wait);
        } catch (ImplementationFault e) {
            throw unreachable(e);
        }
        if (meta.status() != 200 || meta.json().isEmpty() || !meta.json().get().isObject()) {
            if (meta.status() == 401 || meta.status() == 403) throw unauthorized(meta, wellKnown);
            return new Endpoints(evaluation, Optional.empty(), "default paths (no metadata at " + AuthZen.WELL_KNOWN_PATH + ")");
        }
        JsonNode m = meta.json().get();
        String pdp = m.path("policy_decision_point").asText("");
        if (!trimSlash(pdp).equals(base.toString())) {
            // AuthZEN 1.0 §9.2.3: metadata naming another PDP must not be used.
            return new Endpoints(evaluation, Optional.empty(), "default paths (the metadata names policy_decision_point '" + pdp
                    + "', not " + base + ")");
        }
        URI single = endpoint(m, "access_evaluation_endpoint").orElse(evaluation);
        return new Endpoints(single, endpoint(m, "access_evaluations_endpoint"), "metadata");
    }

    private static Optional<URI> endpoint(JsonNode m, String field) {
        if (!m.path(field).isTextual()) return Optional.empty();
        try {
            URI u = new URI(m.get(field).asText());
            return u.isAbsolute() ? Optional.of(u) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The well-known URL of a base URL: the suffix goes between the host and the path (RFC 8615). */
    static URI wellKnown(URI base) {
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        String authority = base.getRawAuthority();
        return URI.create(base.getScheme() + "://" + authority + AuthZen.WELL_KNOWN_PATH + (path.equals("/") ? "" : path));
    }

    private static String trimSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private Reply startupCall(URI endpoint, ObjectNode body, Duration wait) {
        try {
            return call(endpoint, body, wait);
        } catch (ImplementationFault e) {
            throw unreachable(e);
        }
    }

    private void requireDecision(Reply r, URI endpoint) {
        if (r.status() == 401 || r.status() == 403) throw unauthorized(r, endpoint);
        if (r.status() != 200) {
            throw UsageException.of("message.usage.pdp_status", Map.of("endpoint", endpoint.toString(), "status", String.valueOf(r.status()),
                    "error", ImplementationFaults.excerpt(r.error()), "id", r.requestId()));
        }
        if (r.json().isEmpty() || !r.json().get().path("decision").isBoolean()) {
            throw UsageException.of("message.usage.pdp_no_decision", Map.of("endpoint", endpoint.toString(),
                    "body", ImplementationFaults.excerpt(r.body()), "id", r.requestId()));
        }
    }

    private void requireEvaluations(Reply r, URI endpoint, int n) {
        if (r.status() == 401 || r.status() == 403) throw unauthorized(r, endpoint);
        if (r.status() != 200 || r.json().isEmpty() || r.json().get().path("evaluations").size() != n) {
            throw UsageException.of("message.usage.pdp_batch", Map.of("endpoint", endpoint.toString(), "status", String.valueOf(r.status()),
                    "body", ImplementationFaults.excerpt(r.body()), "id", r.requestId()));
        }
    }

    private static UsageException unauthorized(Reply r, URI endpoint) {
        return UsageException.of("message.usage.pdp_unauthorized", Map.of("endpoint", endpoint.toString(), "status", String.valueOf(r.status()),
                "error", ImplementationFaults.excerpt(r.error()), "id", r.requestId(), "example", HttpSettings.HEADER_EXAMPLE));
    }

    private UsageException unreachable(ImplementationFault e) {
        String key = mentions(e.what(), Kind.TLS_FAILED) ? "message.usage.pdp_untrusted" : "message.usage.pdp_unreachable";
        return UsageException.of(key, Map.of("base", base.toString(), "detail", e.what()));
    }

    /** Whether a phrase, or one nested in its arguments, is of the given kind: a failed TLS handshake asks for another fix. */
    private static boolean mentions(Phrase phrase, Kind kind) {
        if (phrase.kind() == kind) return true;
        for (Object arg : phrase.args().values()) {
            if (arg instanceof Phrase nested && mentions(nested, kind)) return true;
        }
        return false;
    }

    // ---- evaluations -----------------------------------------------------------------------

    /**
     * The decisions for {@code evaluations} (each {@code {"decision": …, "context"?: …}}), in order:
     * in one batch with other callers' when the PDP offers the batch endpoint, else one request
     * each. A transport failure, a status other than 200 or an answer without a boolean decision
     * is an {@link ImplementationFault} naming the request id.
     */
    public List<JsonNode> evaluate(List<ObjectNode> evaluations) {
        if (endpoints().evaluations().isPresent() && batchLimit >= evaluations.size()) return batched(evaluations);
        List<JsonNode> out = new ArrayList<>(evaluations.size());
        for (ObjectNode e : evaluations) out.add(decisionOf(single(e)));
        return out;
    }

    /** One evaluation to the single endpoint, whatever the status. */
    public Reply single(ObjectNode evaluation) {
        return call(endpoints().evaluation(), evaluation, timeout);
    }

    private static JsonNode decisionOf(Reply r) {
        if (r.status() != 200) {
            throw new ImplementationFault(Fault.ERROR, withId(Phrase.of(Kind.HTTP_STATUS, "status", String.valueOf(r.status()),
                    "error", ImplementationFaults.excerpt(r.error())), r.requestId()));
        }
        JsonNode d = r.json().orElseThrow(() -> new ImplementationFault(Fault.MALFORMED_REPLY, withId(Phrase.of(Kind.NOT_JSON,
                "object", "no", "text", ImplementationFaults.excerpt(r.body())), r.requestId())));
        return checkedDecision(d, r.requestId());
    }

    private static JsonNode checkedDecision(JsonNode d, String requestId) {
        if (!d.isObject() || !d.path("decision").isBoolean()) {
            throw new ImplementationFault(Fault.MALFORMED_REPLY, withId(Phrase.of(Kind.NO_DECISION_FIELD,
                    "text", ImplementationFaults.excerpt(d.toString())), requestId));
        }
        if (d.has("context") && !d.get("context").isObject()) {
            throw new ImplementationFault(Fault.MALFORMED_REPLY, withId(Phrase.of(Kind.CONTEXT_NOT_OBJECT), requestId));
        }
        ObjectNode copy = ((ObjectNode) d).deepCopy();
        copy.put("x_request_id", requestId);
        return copy;
    }

    /** One caller's evaluations, waiting for a batch to carry them. */
    private static final class Pending {
        final List<ObjectNode> evaluations;
        List<JsonNode> result;
        RuntimeException failure;

        Pending(List<ObjectNode> evaluations) { this.evaluations = evaluations; }

        boolean done() { return result != null || failure != null; }
    }

    private List<JsonNode> batched(List<ObjectNode> evaluations) {
        Pending mine = new Pending(evaluations);
        long end = System.nanoTime() + timeout.multipliedBy(2).toNanos();
        synchronized (lock) {
            queue.add(mine);
        }
        while (true) {
            List<Pending> batch = new ArrayList<>();
            synchronized (lock) {
                while (!mine.done() && !(sending < BATCHES_IN_FLIGHT && !queue.isEmpty())) {
                    long left = end - System.nanoTime();
                    if (left <= 0) {
                        queue.remove(mine);
                        if (mine.done()) break;
                        throw new ImplementationFault(Fault.TIMEOUT, Phrase.of(Kind.NO_BATCH_WITHIN, "time", Phrase.duration(timeout.multipliedBy(2))));
                    }
                    try {
                        lock.wait(Math.max(1, left / 1_000_000));
                    } catch (InterruptedException e) {
                        queue.remove(mine);
                        Thread.currentThread().interrupt();
                        throw new ImplementationFault(Fault.TIMEOUT, Phrase.of(Kind.INTERRUPTED_WHILE, "stage", "batch", "uri", ""));
                    }
                }
                if (mine.done()) {
                    if (mine.failure != null) throw mine.failure;
                    return mine.result;
                }
                int size = 0;
                while (!queue.isEmpty() && (batch.isEmpty() || size + queue.peek().evaluations.size() <= batchLimit)) {
                    Pending p = queue.poll();
                    size += p.evaluations.size();
                    batch.add(p);
                }
                sending++;
            }
            try {
                sendBatch(batch);
            } finally {
                synchronized (lock) {
                    sending--;
                    lock.notifyAll();
                }
            }
        }
    }

    /** Sends one batch and settles every caller in it; a batch refused as too large is halved and sent again. */
    private void sendBatch(List<Pending> batch) {
        ObjectNode body = Wire.JSON.createObjectNode();
        ArrayNode all = body.putArray("evaluations");
        for (Pending p : batch) p.evaluations.forEach(all::add);
        Reply r;
        try {
            r = call(endpoints.evaluations().orElseThrow(), body, timeout);
        } catch (RuntimeException e) {
            settle(batch, e);
            return;
        }
        if ((r.status() == 400 || r.status() == 413) && all.size() > 1) {
            // The PDP takes fewer evaluations at once (Cerbos: "exceeds configured limit"): learn it and split.
            batchLimit = Math.max(1, Math.min(batchLimit, all.size() / 2));
            if (batch.size() > 1) {
                List<Pending> chunk = new ArrayList<>();
                int size = 0;
                for (Pending p : batch) {
                    if (!chunk.isEmpty() && size + p.evaluations.size() > batchLimit) {
                        sendBatch(chunk);
                        chunk = new ArrayList<>();
                        size = 0;
                    }
                    chunk.add(p);
                    size += p.evaluations.size();
                }
                sendBatch(chunk);
            } else {
                Pending p = batch.get(0);
                try {
                    List<JsonNode> singles = new ArrayList<>();
                    for (ObjectNode e : p.evaluations) singles.add(decisionOf(single(e)));
                    synchronized (lock) {
                        p.result = singles;
                        lock.notifyAll();
                    }
                } catch (RuntimeException e) {
                    settle(batch, e);
                }
            }
            return;
        }
        if (r.status() != 200) {
            settle(batch, new ImplementationFault(Fault.ERROR, withId(Phrase.of(Kind.HTTP_STATUS_BATCH, "status", String.valueOf(r.status()),
                    "count", all.size(), "error", ImplementationFaults.excerpt(r.error())), r.requestId())));
            return;
        }
        JsonNode decisions = r.json().map(j -> j.get("evaluations")).orElse(null);
        if (decisions == null || !decisions.isArray() || decisions.size() != all.size()) {
            boolean array = decisions != null && decisions.isArray();
            settle(batch, new ImplementationFault(Fault.MALFORMED_REPLY, withId(Phrase.of(Kind.BATCH_MISMATCH, "count", all.size(),
                    "array", array ? "yes" : "no", "decisions", array ? decisions.size() : 0), r.requestId())));
            return;
        }
        int i = 0;
        synchronized (lock) {
            for (Pending p : batch) {
                try {
                    List<JsonNode> mine = new ArrayList<>();
                    for (int k = 0; k < p.evaluations.size(); k++) mine.add(checkedDecision(decisions.get(i + k), r.requestId()));
                    p.result = mine;
                } catch (RuntimeException e) {
                    p.failure = e;
                }
                i += p.evaluations.size();
            }
            lock.notifyAll();
        }
    }

    private void settle(List<Pending> batch, RuntimeException failure) {
        synchronized (lock) {
            for (Pending p : batch) p.failure = failure;
            lock.notifyAll();
        }
    }

    // ---- transport -------------------------------------------------------------------------

    private Reply call(URI endpoint, ObjectNode body, Duration wait) {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        return send(b, wait);
    }

    /**
     * Sends with the settings' headers and a fresh {@code X-Request-ID}. A request that fails
     * before any answer is sent once more (evaluations are idempotent): a server that closes the
     * connection after each answer, as HTTP/1.0 servers do, may close one the client meant to reuse.
     */
    private Reply send(HttpRequest.Builder b, Duration wait) {
        String id = "roletck-" + run + "-" + requests.incrementAndGet();
        b.timeout(wait).header("X-Request-ID", id);
        for (HttpSettings.Header h : settings.headers()) b.setHeader(h.name(), h.value());
        HttpRequest request = b.build();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                Optional<JsonNode> json;
                try {
                    json = response.body().isBlank() ? Optional.empty() : Optional.of(Wire.JSON.readTree(response.body()));
                } catch (IOException e) {
                    json = Optional.empty();
                }
                return new Reply(response.statusCode(), json, response.body(), id);
            } catch (HttpConnectTimeoutException e) {
                throw new ImplementationFault(Fault.CRASH, withId(Phrase.of(Kind.NO_CONNECTION, "uri", request.uri().toString(),
                        "time", Phrase.duration(connectTimeout)), id));
            } catch (HttpTimeoutException e) {
                throw new ImplementationFault(Fault.TIMEOUT, withId(Phrase.of(Kind.NO_ANSWER_WITHIN, "time", Phrase.duration(wait)), id));
            } catch (ConnectException e) {
                throw new ImplementationFault(Fault.CRASH, withId(Phrase.of(Kind.CONNECTION_REFUSED, "method", request.method(),
                        "uri", request.uri().toString()), id));
            } catch (SSLHandshakeException e) {
                throw new ImplementationFault(Fault.CRASH, withId(Phrase.of(Kind.TLS_FAILED, "method", request.method(),
                        "uri", request.uri().toString(), "error", ImplementationFaults.excerpt(String.valueOf(e.getMessage()))), id));
            } catch (IOException e) {
                if (attempt < 2) continue;
                throw new ImplementationFault(Fault.CRASH, withId(Phrase.of(Kind.REQUEST_FAILED, "method", request.method(),
                        "uri", request.uri().toString(), "error", ImplementationFaults.excerpt(e.toString())), id));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImplementationFault(Fault.TIMEOUT, withId(Phrase.of(Kind.INTERRUPTED_WHILE, "stage", "uri",
                        "uri", request.uri().toString()), id));
            }
        }
    }

    /** What went wrong with one request, followed by the X-Request-ID it was sent with. */
    private static Phrase withId(Phrase what, String requestId) {
        return Phrase.of(Kind.REQUEST_ID, "detail", what, "ids", requestId);
    }
}

package dev.roletck.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.harness.http.HttpSettings;
import dev.roletck.harness.http.PdpClient;
import dev.roletck.i18n.Phrase;
import dev.roletck.i18n.Phrase.Kind;
import dev.roletck.model.Access;
import dev.roletck.model.RuleId;
import dev.roletck.protocol.Wire;
import dev.roletck.protocol.http.AuthZen;
import dev.roletck.suite.Judged;
import dev.roletck.suite.JudgedPolicy;
import dev.roletck.suite.WireChannel;
import dev.roletck.suite.WireReply;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A policy served as an OpenID AuthZEN 1.0 policy decision point (PROTOCOL.md, "HTTP: AuthZEN
 * 1.0"). An access request is asked as two evaluations, {@code full} and {@code read_only}; an
 * assignment as one, its operation the action. When the PDP answers with the kit's extension (the
 * v1 answer in each decision's {@code context}) the whole answer is judged, after checking that the
 * decisions agree with it; when it answers only {@code decision}, the case is judged on what the
 * booleans say ({@link Judged#DECISION}). Faults of the PDP are {@link ImplementationFault}s of the
 * case concerned, each naming its {@code X-Request-ID}.
 */
public final class HttpPolicy implements JudgedPolicy, WireChannel, Concurrent, Remarks {
    /**
     * Cases in flight at once with a batch endpoint: the client gathers them into batches of up to
     * its batch limit, so that a run is a few hundred requests rather than one per case.
     */
    static final int CASES_AT_ONCE_BATCHED = 64;
    /** Cases in flight at once without one: that many requests to the single endpoint at a time. */
    static final int CASES_AT_ONCE_SINGLE = 8;
    /** A valid request the kit sends before any case, to check that the PDP answers. */
    static final String PROBE = "{\"kind\":\"access\",\"table\":\"organization_roles\",\"capability\":\"device_management\","
            + "\"roles\":[\"device_admin\"],\"relation\":\"customer\",\"context\":{}}";
    /** How long the PDP may take to answer the first request (its start-up), when the per-case timeout is shorter. */
    static final Duration START_ALLOWANCE = Duration.ofSeconds(10);

    private final PdpClient client;
    private final AtomicLong subjects = new AtomicLong();
    private final ExtraFields extra = new ExtraFields();

    /** Connects: finds the endpoints and checks that the PDP answers, or throws {@link UsageException}. */
    public HttpPolicy(URI base, Duration timeout) {
        this(base, HttpSettings.DEFAULT, timeout);
    }

    public HttpPolicy(URI base, HttpSettings settings, Duration timeout) {
        this.client = new PdpClient(base, settings, timeout);
        ObjectNode probe;
        try {
            probe = AuthZen.evaluation(Wire.JSON.readTree(PROBE), Access.READ_ONLY.id(), "roletck-probe");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        client.connect(probe, START_ALLOWANCE);
    }

    /** The endpoints in use and how they were found. */
    public PdpClient.Endpoints endpoints() { return client.endpoints(); }

    /** How many cases the runner keeps in flight: gathered into batches when the PDP offers the batch endpoint. */
    @Override public int concurrency() {
        return client.endpoints().evaluations().isPresent() ? CASES_AT_ONCE_BATCHED : CASES_AT_ONCE_SINGLE;
    }

    /** The most evaluations one batch carries now: lowered when the PDP refuses a batch as too large. */
    public int batchLimit() { return client.batchLimit(); }

    private String subjectId() { return "admin-" + subjects.incrementAndGet(); }

    @Override public Answer<AccessDecision> access(AccessRequest request) {
        return accessAsSent(Wire.toJson(request));
    }

    @Override public Answer<AccessDecision> accessAsSent(ObjectNode v1) {
        String subject = subjectId();
        List<ObjectNode> asked = new ArrayList<>();
        for (String level : AuthZen.LEVELS) asked.add(AuthZen.evaluation(v1, level, subject));
        List<JsonNode> decisions = client.evaluate(asked);
        JsonNode full = decisions.get(0);
        JsonNode readOnly = decisions.get(1);
        boolean extended = full.path("context").has("access") || readOnly.path("context").has("access");
        if (extended) {
            JsonNode answer = readOnly.path("context");
            if (!answer.equals(full.path("context"))) {
                throw new ImplementationFault(Fault.MALFORMED_REPLY, requestIds(Phrase.of(Kind.CONTEXTS_DIFFER), full, readOnly));
            }
            extra.ofAccess(answer);
            AccessDecision decision = named(() -> Answers.access(answer), full, readOnly);
            agree(full, decision.access().atLeast(Access.FULL), "full", answer);
            agree(readOnly, decision.access().atLeast(Access.READ_ONLY), "read_only", answer);
            return new Answer<>(decision, Judged.ANSWER);
        }
        boolean mayManage = full.get("decision").asBoolean();
        boolean mayRead = readOnly.get("decision").asBoolean();
        if (mayManage && !mayRead) {
            throw new ImplementationFault(Fault.MALFORMED_REPLY, requestIds(Phrase.of(Kind.FULL_WITHOUT_READ), full, readOnly));
        }
        Access level = mayManage ? Access.FULL : mayRead ? Access.READ_ONLY : Access.NONE;
        return new Answer<>(AccessDecision.only(level), Judged.DECISION);
    }

    @Override public Answer<AssignmentDecision> assignment(AssignmentRequest request) {
        JsonNode d = client.evaluate(List.of(AuthZen.evaluation(Wire.toJson(request), "", subjectId()))).get(0);
        boolean allowed = d.get("decision").asBoolean();
        if (d.path("context").has("verdict")) {
            extra.ofAssignment(d.get("context"));
            AssignmentDecision decision = named(() -> Answers.assignment(d.get("context")), d);
            agree(d, decision.isAllowed(), "verdict", d.get("context"));
            return new Answer<>(decision, Judged.ANSWER);
        }
        // A bare decision names no rule; the unknown rule below is never compared (Judged.DECISION).
        List<RuleId> none = List.of(RuleId.values()[0]);
        return new Answer<>(allowed ? AssignmentDecision.allowed(none) : AssignmentDecision.refused(none), Judged.DECISION);
    }

    /**
     * Sends one v1 request as given, mapped onto one AuthZEN evaluation (an access request asks
     * {@code read_only}) to the single endpoint: 400 is a refusal, 200 an answer (the response
     * body), anything else a fault.
     */
    @Override public WireReply send(ObjectNode request) {
        PdpClient.Reply r = client.single(AuthZen.evaluation(request, Access.READ_ONLY.id(), subjectId()));
        if (r.status() == 400) return new WireReply.Refused(r.error() + " (X-Request-ID " + r.requestId() + ")");
        if (r.status() != 200) {
            throw new ImplementationFault(Fault.ERROR, Phrase.of(Kind.REQUEST_ID, "detail", Phrase.of(Kind.HTTP_STATUS,
                    "status", String.valueOf(r.status()), "error", ImplementationText.excerpt(r.error())), "ids", r.requestId()));
        }
        return new WireReply.Answered(r.json().orElseThrow(() -> new ImplementationFault(Fault.MALFORMED_REPLY,
                Phrase.of(Kind.REQUEST_ID, "detail", Phrase.of(Kind.NOT_JSON, "object", "no", "text", ImplementationText.excerpt(r.body())),
                        "ids", r.requestId()))));
    }

    /** The fields the answers (the v1 answers in the decisions' contexts) carried that protocol v1 does not define. */
    @Override public java.util.SortedSet<String> extraAnswerFields() { return extra.snapshot(); }

    private static void agree(JsonNode decision, boolean fromContext, String what, JsonNode context) {
        if (decision.get("decision").asBoolean() != fromContext) {
            throw new ImplementationFault(Fault.MALFORMED_REPLY, requestIds(Phrase.of(Kind.DECISION_DISAGREES,
                    "decision", String.valueOf(decision.get("decision").asBoolean()), "what", what,
                    "context", ImplementationFault.excerpt(context.toString())), decision));
        }
    }

    /** Reads an answer in a decision's context; a malformed one names the request ids that carried it. */
    private static <T> T named(java.util.function.Supplier<T> read, JsonNode... decisions) {
        try {
            return read.get();
        } catch (ImplementationFault e) {
            throw new ImplementationFault(e.fault(), requestIds(e.what(), decisions));
        }
    }

    /** What went wrong, with the X-Request-IDs of the decisions it concerns when the PDP was sent any. */
    private static Phrase requestIds(Phrase what, JsonNode... decisions) {
        List<String> ids = new ArrayList<>();
        for (JsonNode d : decisions) {
            String id = d.path("x_request_id").asText("");
            if (!id.isEmpty() && !ids.contains(id)) ids.add(id);
        }
        return ids.isEmpty() ? what : Phrase.of(Kind.REQUEST_ID, "detail", what, "ids", String.join(", ", ids));
    }
}

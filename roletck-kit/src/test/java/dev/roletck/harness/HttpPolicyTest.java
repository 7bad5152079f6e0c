package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.harness.http.HttpSettings;
import dev.roletck.harness.report.JsonReport;
import dev.roletck.harness.report.ReportText;
import dev.roletck.model.Access;
import dev.roletck.model.Verdict;
import dev.roletck.protocol.Wire;
import dev.roletck.protocol.http.AuthZen;
import dev.roletck.protocol.http.AuthZenServer;
import dev.roletck.reference.ReferencePolicy;
import dev.roletck.suite.AccessCase;
import dev.roletck.suite.AssignmentCase;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.ConformanceCase;
import dev.roletck.suite.FailClosedCases;
import dev.roletck.suite.Judged;
import dev.roletck.suite.WireReply;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The AuthZEN client against {@code serve --http}'s server (the whole answer in context) and
 * against a deliberately plain PDP (decisions only, HTTP/1.0, closing each connection, a token, a
 * batch limit), with the kit's real cases.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "each test has its own server on a free port")
class HttpPolicyTest {
    static {
        // The JDK's test server otherwise waits for delayed ACKs on each small response (Nagle).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    static AuthZenServer reference() throws IOException {
        return AuthZenServer.start(new ReferencePolicy(), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    /**
     * Runs over HTTP with a 10 s timeout per request: the whole suite is thousands of requests, and
     * on a loaded build machine one of them may take more than a second (only the timeout test
     * below depends on a short one, and sets its own).
     */
    private static HarnessResult run(URI base, HttpSettings settings, List<ConformanceCase> cases) {
        return Harness.run(Fixtures.options(new Implementation.Url(base, settings)).withTimeout(Duration.ofSeconds(10)), cases);
    }

    private static HarnessResult run(URI base, List<ConformanceCase> cases) {
        return run(base, HttpSettings.DEFAULT, cases);
    }

    private static List<String> failures(HarnessResult r) {
        return r.failures().stream().map(CaseResult::message).limit(5).toList();
    }

    @Test
    void theReferenceServedAsAnAuthZenPdpIsConformantOnItsWholeAnswers() throws IOException {
        try (AuthZenServer server = reference()) {
            HttpPolicy policy = new HttpPolicy(server.baseUrl(), Duration.ofSeconds(1));
            assertEquals("metadata", policy.endpoints().source());
            assertEquals(Optional.of(URI.create(server.baseUrl() + AuthZen.EVALUATIONS_PATH)), policy.endpoints().evaluations());

            HarnessResult result = run(server.baseUrl(), Fixtures.cases());
            assertEquals(List.of(), failures(result));
            assertEquals(ExitCodes.OK, result.exitCode());
            assertEquals(Fixtures.cases().size(), result.summary().passed());
            assertTrue(result.results().stream().allMatch(r -> r.judged() == Judged.ANSWER));
            assertEquals(List.of("answer"), judgedInReport(result));
        }
    }

    /** The distinct values of the JSON report's {@code judged}, case by case. */
    private static List<String> judgedInReport(HarnessResult result) throws IOException {
        JsonNode report = Wire.JSON.readTree(JsonReport.render(result, ReportText.of(Locale.ENGLISH)));
        assertEquals(result.results().size(), report.get("cases").size());
        List<String> seen = new ArrayList<>();
        for (JsonNode c : report.get("cases")) {
            if (!seen.contains(c.get("judged").asText())) seen.add(c.get("judged").asText());
        }
        return seen;
    }

    @Test
    void aDecisionOnlyHttp10PdpThatClosesEachConnectionIsJudgedOnItsDecisions() throws IOException {
        List<ConformanceCase> third = new ArrayList<>();
        for (int i = 0; i < Fixtures.cases().size(); i += 3) third.add(Fixtures.cases().get(i));
        try (StockPdp pdp = new StockPdp(new ReferencePolicy())) {
            HarnessResult result = run(pdp.base(), third);
            assertEquals(List.of(), failures(result));
            assertEquals(third.size(), result.summary().passed());
            assertTrue(result.results().stream().allMatch(r -> r.judged() == Judged.DECISION));
            assertTrue(result.results().stream().allMatch(r -> r.actual().orElse("").endsWith("(AuthZEN decision only)")),
                    result.results().get(0).message());
            assertEquals(List.of("decision"), judgedInReport(result), "the report says which mode judged each case");
            // two evaluations per access case, one per assignment case, one connection each
            assertTrue(pdp.connections.get() >= third.size(), "connections: " + pdp.connections.get());
        }
    }

    @Test
    void decisionsAloneStillTellFullReadOnlyAndNoneApart() throws IOException {
        AccessCase full = (AccessCase) Fixtures.byId("organization_roles/device_management/device_admin/customer");
        AssignmentCase refused = (AssignmentCase) Fixtures.byId("R10/1");
        Fixtures.Delegating wrong = new Fixtures.Delegating() {
            @Override public AccessDecision decide(AccessRequest r) {
                return r.equals(full.request()) ? AccessDecision.only(Access.READ_ONLY) : inner.decide(r);
            }

            @Override public AssignmentDecision decide(AssignmentRequest r) {
                return r.equals(refused.request()) ? AssignmentDecision.allowed(inner.decide(r).rules()) : inner.decide(r);
            }
        };
        assertEquals(Access.FULL, full.expected().access());
        assertEquals(Verdict.REFUSED, refused.expected().verdict());
        try (StockPdp pdp = new StockPdp(wrong)) {
            HarnessResult result = run(pdp.base(), Fixtures.sample(full.id(), refused.id()));
            assertEquals(2, result.summary().failed(), failures(result).toString());
            CaseResult a = result.results().stream().filter(r -> r.id().equals(full.id())).findFirst().orElseThrow();
            assertEquals(CaseResult.Outcome.FAILED, a.outcome());
            assertEquals("full", a.expected());
            assertEquals(Optional.of("read_only (AuthZEN decision only)"), a.actual());
            assertEquals(Judged.DECISION, a.judged());
            CaseResult s = result.results().stream().filter(r -> r.id().equals(refused.id())).findFirst().orElseThrow();
            assertEquals(Optional.of("allowed (AuthZEN decision only)"), s.actual());
        }
    }

    @Test
    void anExtraFieldInTheAnswerOfAPdpIsNotedNotJudged() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(AuthZen.EVALUATION_PATH, exchange -> respond(exchange, 200, "{\"decision\":true,\"context\":{\"access\":\"full\","
                + "\"scopes\":[],\"grants\":[{\"access\":\"full\",\"scope\":null}],\"took_ms\":1}}"));
        server.start();
        try {
            HarnessResult result = run(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Fixtures.cases().subList(0, 1));
            assertFalse(result.results().get(0).reason().orElse("").startsWith("malformed"), result.results().get(0).reason().orElse(""));
            assertEquals(java.util.Set.of("took_ms"), result.notes().extraAnswerFields());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aPdpThatAllowsFullButNotReadOnlyContradictsItself() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(AuthZen.EVALUATION_PATH, exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            respond(exchange, 200, body.contains("\"name\":\"full\"") ? "{\"decision\":true}" : "{\"decision\":false}");
        });
        server.start();
        try {
            HarnessResult result = run(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Fixtures.cases().subList(0, 1));
            assertTrue(result.results().get(0).reason().orElse("").startsWith(
                    "malformed reply: full is allowed but read_only is denied — full includes read_only (X-Request-ID roletck-"),
                    result.results().get(0).reason().orElse(""));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aDecisionThatDisagreesWithItsContextOrAMalformedContextFailsNamingItsRequestIds() throws IOException {
        // the extension's answer says none, the decision allows: the case fails, whichever it believed
        String none = "{\"access\":\"none\",\"scopes\":[],\"grants\":[{\"access\":\"none\",\"scope\":null}]}";
        String ids = ".*\\(X-Request-ID roletck-[0-9a-f]{6}-\\d+(, roletck-[0-9a-f]{6}-\\d+)?\\)$";
        Map<String, String> reasons = new java.util.LinkedHashMap<>();
        reasons.put("{\"decision\":true,\"context\":" + none + "}", "malformed reply: 'decision' is true for full but the context says " + none);
        reasons.put("{\"decision\":false,\"context\":{\"access\":\"none\",\"scopes\":[],\"grants\":[]}}", "malformed reply: field 'grants' is empty");
        for (var e : reasons.entrySet()) {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext(AuthZen.EVALUATION_PATH, exchange -> respond(exchange, 200, e.getKey()));
            server.start();
            try {
                HarnessResult result = run(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Fixtures.cases().subList(0, 1));
                String reason = result.results().get(0).reason().orElse("");
                assertTrue(reason.startsWith(e.getValue()), reason);
                assertTrue(reason.matches(ids), reason);
            } finally {
                server.stop(0);
            }
        }
    }

    @Test
    void aProtectedPdpWithoutItsTokenIsOneLineAndExitTwo() throws IOException {
        try (StockPdp pdp = new StockPdp(new ReferencePolicy(), Optional.of("s3cret"), 0, "", false)) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Harness.runAndReport(() -> Fixtures.options(new Implementation.Url(pdp.base())), Fixtures::cases,
                    new PrintWriter(out), new PrintWriter(err));
            assertEquals(ExitCodes.BAD_INPUT, exit);
            assertEquals("", out.toString());
            assertEquals(1, err.toString().lines().count(), err.toString());
            assertTrue(err.toString().contains("answered HTTP 401 (missing or wrong bearer token; X-Request-ID roletck-"), err.toString());
            assertTrue(err.toString().contains("--header 'Authorization: Bearer ${env:PDP_TOKEN}'"), err.toString());

            HttpSettings withToken = new HttpSettings(List.of(HttpSettings.header("Authorization: Bearer ${env:TOKEN}",
                    Map.of("TOKEN", "s3cret")::get)), Optional.empty());
            HarnessResult result = run(pdp.base(), withToken, Fixtures.sample());
            assertEquals(List.of(), failures(result));
            assertEquals(ExitCodes.OK, result.exitCode());
        }
    }

    @Test
    void everyRequestCarriesItsOwnRequestId() throws IOException {
        try (StockPdp pdp = new StockPdp(new ReferencePolicy())) {
            run(pdp.base(), Fixtures.cases().subList(0, 50));
            List<String> ids = new ArrayList<>(pdp.requestIds);
            assertTrue(ids.size() >= 50, ids.toString());
            assertTrue(ids.stream().allMatch(id -> id.matches("roletck-[0-9a-f]{6}-\\d+")), ids.toString());
            assertEquals(ids.size(), new HashSet<>(ids).size(), "request ids repeat: " + ids);
        }
    }

    @Test
    void batchesGatherParallelCasesWithinThePdpsLimit() throws Exception {
        try (StockPdp pdp = new StockPdp(new ReferencePolicy(), Optional.empty(), 5, "", false)) {
            HttpPolicy policy = new HttpPolicy(pdp.base(), Duration.ofSeconds(5));
            assertEquals("default paths (no metadata at /.well-known/authzen-configuration)", policy.endpoints().source());
            assertEquals(URI.create(pdp.base() + AuthZen.EVALUATION_PATH), policy.endpoints().evaluation());
            assertEquals(Optional.of(URI.create(pdp.base() + AuthZen.EVALUATIONS_PATH)), policy.endpoints().evaluations(),
                    "the batch endpoint at the default path is found");
            List<AccessCase> cases = Fixtures.cases().stream().filter(c -> c instanceof AccessCase).map(c -> (AccessCase) c).limit(400).toList();
            int threads = 16;
            CyclicBarrier start = new CyclicBarrier(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicInteger wrong = new AtomicInteger();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = first; i < cases.size(); i += threads) {
                        AccessCase c = cases.get(i);
                        AccessDecision d = policy.access(c.request()).decision();
                        if (d.access() != levelOfDecision(c.expected().access())) wrong.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
            pool.shutdown();
            assertEquals(0, wrong.get());
            List<Integer> sizes = new ArrayList<>(pdp.batchSizes);
            assertTrue(sizes.stream().anyMatch(n -> n > 2), "parallel cases were gathered into batches: " + sizes);
            assertTrue(sizes.stream().anyMatch(n -> n > 5), "the first batches exceed the limit: " + sizes);
            // each refusal halves the limit (100, 50, 25, 12, 6, 3): a few batches too large, then none
            assertTrue(sizes.stream().filter(n -> n > 5).count() <= 8, sizes.toString());
            assertTrue(policy.batchLimit() <= 5, "learned limit " + policy.batchLimit());
            assertTrue(policy.endpoints().evaluations().isPresent());
        }
    }

    @Test
    void aRunKeepsCasesInFlightSoThatTheyTravelInBatches() throws Exception {
        try (StockPdp pdp = new StockPdp(new ReferencePolicy(), Optional.empty(), 1000, "", false)) {
            List<ConformanceCase> cases = Fixtures.sample();
            HarnessResult result = run(pdp.base(), cases);
            assertEquals(ExitCodes.OK, result.exitCode(), failures(result).toString());
            List<Integer> sizes = new ArrayList<>(pdp.batchSizes);
            // one probe at the start, then every case's evaluations in batches, never one request per case
            assertTrue(sizes.size() * 4 < cases.size(), sizes.size() + " batches for " + cases.size() + " cases: " + sizes);
            assertTrue(sizes.stream().anyMatch(n -> n >= 20), "batches carry many cases: " + sizes);
        }
    }

    private static Access levelOfDecision(Access a) {
        return a.atLeast(Access.READ_ONLY) ? a : Access.NONE;
    }

    @Test
    void theFailClosedChecksExpectFourHundredOverHttp() throws IOException {
        List<ConformanceCase> checks = List.copyOf(FailClosedCases.all());
        try (AuthZenServer server = reference()) {
            HarnessResult result = run(server.baseUrl(), checks);
            assertEquals(List.of(), failures(result));
            assertEquals(checks.size(), result.summary().passed());
            assertTrue(result.results().stream().allMatch(r -> r.actual().orElse("").contains("(X-Request-ID roletck-")),
                    result.results().get(0).actual().orElse(""));
        }
        // a PDP that denies what it cannot read fails closed, but does not refuse: each check fails, showing the answer
        try (StockPdp pdp = new StockPdp(new ReferencePolicy())) {
            HarnessResult result = run(pdp.base(), checks);
            assertEquals(checks.size(), result.summary().failed(), failures(result).toString());
            for (CaseResult r : result.results()) {
                assertEquals(CaseResult.Outcome.FAILED, r.outcome(), r.id());
                assertEquals(Optional.of("an answer, {\"decision\":false}"), r.actual(), r.id());
            }
        }
    }

    @Test
    void metadataNamingAnotherPdpIsNotUsed() throws IOException {
        // AuthZEN 1.0 §9.2.3: policy_decision_point must be the identifier the metadata was fetched for
        try (AuthZenServer reference = reference()) {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            String decoy = "http://pdp.example";
            server.createContext(AuthZen.WELL_KNOWN_PATH, exchange -> respond(exchange, 200, "{\"policy_decision_point\":\"" + decoy
                    + "\",\"access_evaluation_endpoint\":\"" + decoy + "/evaluate\"}"));
            server.createContext(AuthZen.EVALUATION_PATH, exchange -> respond(exchange, 200, "{\"decision\":false}"));
            server.start();
            try {
                URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
                HttpPolicy policy = new HttpPolicy(base, Duration.ofSeconds(1));
                assertEquals(URI.create(base + AuthZen.EVALUATION_PATH), policy.endpoints().evaluation());
                assertEquals(Optional.empty(), policy.endpoints().evaluations());
                assertEquals("default paths (the metadata names policy_decision_point 'http://pdp.example', not " + base + ")",
                        policy.endpoints().source());
            } finally {
                server.stop(0);
            }
        }
    }

    @Test
    void aPdpThatCachesSubjectsByIdStillAnswersEachCaseAlone() throws IOException {
        // Some PDPs group a batch's evaluations by subject, or cache a subject's attributes by its id:
        // the kit gives every case its own subject id, so the first case's roles never answer the next.
        Map<String, JsonNode> subjects = new ConcurrentHashMap<>();
        ReferencePolicy reference = new ReferencePolicy();
        java.util.function.Function<JsonNode, ObjectNode> decide = evaluation -> {
            ObjectNode e = evaluation.deepCopy();
            e.set("subject", subjects.computeIfAbsent(e.at("/subject/id").asText(), id -> evaluation.get("subject")));
            AuthZen.Parsed p = AuthZen.parse(e);
            JsonNode answer = p.v1().get("kind").asText().equals("access")
                    ? Wire.toJson(reference.decide(Wire.accessRequest(p.v1())))
                    : Wire.toJson(reference.decide(Wire.assignmentRequest(p.v1())));
            return Wire.JSON.createObjectNode().put("decision", AuthZen.allows(answer, p.level()));
        };
        AtomicInteger batches = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(AuthZen.EVALUATION_PATH, exchange -> respond(exchange, 200,
                decide.apply(Wire.JSON.readTree(exchange.getRequestBody().readAllBytes())).toString()));
        server.createContext(AuthZen.EVALUATIONS_PATH, exchange -> {
            batches.incrementAndGet();
            ObjectNode out = Wire.JSON.createObjectNode();
            for (JsonNode item : Wire.JSON.readTree(exchange.getRequestBody().readAllBytes()).get("evaluations")) {
                out.withArray("evaluations").add(decide.apply(item));
            }
            respond(exchange, 200, out.toString());
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        try {
            List<ConformanceCase> sample = Fixtures.sample();
            HarnessResult result = run(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), sample);
            assertEquals(List.of(), failures(result));
            assertEquals(sample.size(), result.summary().passed());
            assertTrue(batches.get() > 1, "the batch endpoint was used: " + batches.get());
            assertTrue(subjects.size() > sample.size(), "one subject per case: " + subjects.size());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anHttp11PdpThatClosesEachConnectionUnannouncedIsAskedAgainNotFailed() throws IOException {
        // it keeps no connection open yet says nothing ("HTTP/1.1", no "Connection: close"): the
        // client's next request on a kept connection fails before any answer, and is sent once more
        try (StockPdp pdp = new StockPdp(new ReferencePolicy(), Optional.empty(), 0, "", false, "HTTP/1.1")) {
            List<ConformanceCase> sample = Fixtures.sample();
            HarnessResult result = run(pdp.base(), sample);
            assertEquals(List.of(), failures(result));
            assertEquals(sample.size(), result.summary().passed());
        }
    }

    @Test
    void discoveryFindsTheEndpointsOfAPdpUnderATenantPath() throws IOException {
        try (StockPdp pdp = new StockPdp(new ReferencePolicy(), Optional.empty(), 50, "/tenant1", true)) {
            HttpPolicy policy = new HttpPolicy(pdp.base(), Duration.ofSeconds(1));
            assertEquals("metadata", policy.endpoints().source());
            assertEquals(URI.create(pdp.base() + "/decide"), policy.endpoints().evaluation());
            assertEquals(Optional.of(URI.create(pdp.base() + "/decide-many")), policy.endpoints().evaluations());
            HarnessResult result = run(pdp.base(), Fixtures.sample());
            assertEquals(List.of(), failures(result));
            assertTrue(pdp.batchSizes.size() > 0);
        }
    }

    @Test
    void nothingListeningIsOneLineAndExitTwo() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Harness.runAndReport(() -> Fixtures.options(new Implementation.Url(URI.create("http://127.0.0.1:9"))), Fixtures::cases,
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(ExitCodes.BAD_INPUT, exit);
        assertEquals("", out.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("roletck: the PDP at http://127.0.0.1:9 does not answer: GET http://127.0.0.1:9/.well-known/authzen-configuration: connection refused (X-Request-ID roletck-"),
                err.toString());
        assertTrue(err.toString().strip().endsWith("— is it running, and is --impl-url right?"), err.toString());
    }

    @Test
    void aServerAnsweringErrorsIsOneLineAndExitTwo() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> respond(exchange, 500, "{\"error\":\"database down\"}"));
        server.start();
        try {
            UsageException e = assertThrows(UsageException.class,
                    () -> new HttpPolicy(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Duration.ofSeconds(1)));
            assertTrue(e.getMessage().matches("POST http://127\\.0\\.0\\.1:\\d+/access/v1/evaluation answered HTTP 500: database down "
                    + "\\(X-Request-ID roletck-[0-9a-f]{6}-\\d+\\) — is --impl-url the base URL of an AuthZEN PDP\\?"), e.getMessage());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aFailureOfOneCaseNamesItsRequestId() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(AuthZen.EVALUATION_PATH, exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (calls.incrementAndGet() == 1) respond(exchange, 200, "{\"decision\":true}");
            else respond(exchange, 500, "{\"error\":\"database down\"}");
        });
        server.start();
        try {
            HarnessResult result = run(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Fixtures.cases().subList(0, 2));
            assertTrue(result.results().get(0).reason().orElse("").matches(
                    "error: HTTP 500: database down \\(X-Request-ID roletck-[0-9a-f]{6}-\\d+\\)"), result.results().get(0).reason().orElse(""));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aSlowServerTimesOutPerCase() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(AuthZen.EVALUATION_PATH, exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (calls.incrementAndGet() > 1) {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            respond(exchange, 200, "{\"decision\":false}");
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        try {
            HarnessResult result = Harness.run(Fixtures.options(new Implementation.Url(URI.create("http://127.0.0.1:" + server.getAddress().getPort())))
                    .withTimeout(Duration.ofMillis(300)), Fixtures.cases().subList(0, 2));
            assertTrue(result.results().get(0).reason().orElse("").matches("timeout: no answer within 300 ms \\(X-Request-ID roletck-.*\\)"),
                    result.results().get(0).reason().orElse(""));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theWireChannelSendsRequestsAsGivenAndReadsFourHundredAsARefusal() throws IOException {
        try (AuthZenServer server = reference()) {
            HttpPolicy policy = new HttpPolicy(server.baseUrl(), Duration.ofSeconds(1));
            ObjectNode valid = Vectors.request(Fixtures.byId("organization_roles/device_management/device_admin/customer"));
            WireReply ok = policy.send(valid);
            WireReply.Answered answered = assertInstanceOf(WireReply.Answered.class, ok);
            assertEquals(true, answered.answer().get("decision").asBoolean());
            assertEquals("full", answered.answer().at("/context/access").asText());

            ObjectNode unknownRole = valid.deepCopy();
            unknownRole.putArray("roles").add("Device_Admin");
            WireReply.Refused refused = assertInstanceOf(WireReply.Refused.class, policy.send(unknownRole));
            assertTrue(refused.error().contains("Device_Admin"), refused.error());
            assertTrue(refused.error().contains("(X-Request-ID roletck-"), refused.error());

            ObjectNode noTable = valid.deepCopy();
            noTable.remove("table");
            assertInstanceOf(WireReply.Refused.class, policy.send(noTable));
            ObjectNode wrongType = valid.deepCopy();
            wrongType.put("roles", "device_admin");
            assertInstanceOf(WireReply.Refused.class, policy.send(wrongType));
            ObjectNode unknownKind = valid.deepCopy();
            unknownKind.put("kind", "acess");
            assertTrue(((WireReply.Refused) policy.send(unknownKind)).error().startsWith("unknown action 'acess'"));
            ObjectNode unknownField = valid.deepCopy();
            unknownField.put("priority", 1);
            assertTrue(((WireReply.Refused) policy.send(unknownField)).error().startsWith("unknown resource property 'priority'"));
            ObjectNode assign = Vectors.request(Fixtures.byId("R10/1"));
            ObjectNode assignExtra = assign.deepCopy();
            assignExtra.put("reason", "audit");
            assertTrue(((WireReply.Refused) policy.send(assignExtra)).error().startsWith("unknown action property 'reason'"));
            ((ObjectNode) assign.get("actor")).put("relation", "Customer");
            assertInstanceOf(WireReply.Refused.class, policy.send(assign));
        }
    }

    @Test
    void theMappingAsksOneEvaluationPerLevelAndCarriesInvalidFieldsAsTheyAre() {
        ObjectNode v1 = Vectors.request(Fixtures.byId("organization_roles/device_management/device_admin/customer"));
        ObjectNode e = AuthZen.evaluation(v1, "full", "admin-7");
        assertEquals("administrator", e.at("/subject/type").asText());
        assertEquals("admin-7", e.at("/subject/id").asText());
        assertEquals("device_admin", e.at("/subject/properties/roles/0").asText());
        assertEquals("organization_roles", e.at("/resource/type").asText());
        assertEquals("device_management", e.at("/resource/id").asText());
        assertEquals("full", e.at("/action/name").asText());
        assertEquals(v1, AuthZen.parse(e).v1());
        assertEquals(Access.FULL, AuthZen.parse(e).level());

        ObjectNode odd = v1.deepCopy();
        odd.put("table", 17);
        odd.remove("capability");
        ObjectNode carried = AuthZen.evaluation(odd, "read_only", "admin-8");
        assertEquals(17, carried.at("/resource/type").asInt());
        assertTrue(carried.at("/resource/id").isMissingNode());

        ObjectNode assign = Vectors.request(Fixtures.byId("R10/1"));
        ObjectNode a = AuthZen.evaluation(assign, "", "admin-9");
        assertEquals("assign", a.at("/action/name").asText());
        assertEquals("admin-9", a.at("/resource/id").asText(), "the target is the actor");
        assertEquals(assign, AuthZen.parse(a).v1());
    }

    @Test
    void headersTakeTheirValuesFromTheEnvironment() {
        assertEquals("Bearer abc", HttpSettings.header("Authorization: Bearer ${env:T}", Map.of("T", "abc")::get).value());
        assertEquals("x", HttpSettings.header("X-Tenant:x", Map.<String, String>of()::get).value());
        assertEquals("--header Authorization: the environment variable NOPE is not set — export it first",
                assertThrows(UsageException.class, () -> HttpSettings.header("Authorization: ${env:NOPE}", Map.<String, String>of()::get)).getMessage());
        assertThrows(UsageException.class, () -> HttpSettings.header("no colon", Map.<String, String>of()::get));
        assertThrows(UsageException.class, () -> HttpSettings.header("Host: x", Map.<String, String>of()::get));
        assertEquals("Authorization: ***", HttpSettings.header("Authorization: Bearer abc", Map.<String, String>of()::get).toString());
    }

    static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

package dev.roletck.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.Policy;
import dev.roletck.protocol.Wire;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * A policy served over HTTP, following the AuthZEN-shaped binding of PROTOCOL.md: each request is
 * one {@code POST {base}/access/v1/evaluation}. Connection failures, timeouts, error statuses and
 * malformed bodies are {@link ImplementationFault}s of the request concerned.
 */
public final class HttpPolicy implements Policy {
    private final URI endpoint;
    private final Duration timeout;
    private final HttpClient client;

    public HttpPolicy(URI base, Duration timeout) {
        String b = base.toString();
        this.endpoint = URI.create((b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + AuthZen.PATH);
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.client = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    public URI endpoint() { return endpoint; }

    @Override public AccessDecision decide(AccessRequest request) {
        return Answers.access(post(Wire.toJson(request)));
    }

    @Override public AssignmentDecision decide(AssignmentRequest request) {
        return Answers.assignment(post(Wire.toJson(request)));
    }

    private JsonNode post(ObjectNode v1) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(AuthZen.request(v1).toString(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new ImplementationFault(Fault.TIMEOUT, "no answer within " + ProcessPolicy.seconds(timeout));
        } catch (IOException e) {
            throw new ImplementationFault(Fault.CRASH, "POST " + endpoint + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImplementationFault(Fault.TIMEOUT, "interrupted while waiting for " + endpoint);
        }
        JsonNode body;
        try {
            body = Wire.JSON.readTree(response.body());
        } catch (IOException e) {
            body = null;
        }
        if (response.statusCode() != 200) {
            String why = body != null && body.hasNonNull("error") ? body.get("error").asText() : ImplementationFault.excerpt(response.body());
            throw new ImplementationFault(Fault.ERROR, "HTTP " + response.statusCode() + ": " + ImplementationFault.excerpt(why));
        }
        if (body == null) {
            throw new ImplementationFault(Fault.MALFORMED_REPLY, "the response is not JSON: " + ImplementationFault.excerpt(response.body()));
        }
        return AuthZen.v1Answer(body);
    }
}

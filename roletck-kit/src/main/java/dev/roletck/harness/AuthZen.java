package dev.roletck.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.api.BadRequestException;
import dev.roletck.protocol.Wire;

/**
 * The HTTP binding of protocol v1 (PROTOCOL.md, "HTTP binding"), shaped like the OpenID AuthZEN
 * evaluation API: the v1 request's fields travel in subject, resource, action and context, and
 * the v1 answer in the response's context beside a boolean decision.
 */
final class AuthZen {
    static final String PATH = "/access/v1/evaluation";

    private AuthZen() {}

    /** A v1 request (without id) as an AuthZEN evaluation request. */
    static ObjectNode request(ObjectNode v1) {
        ObjectNode o = Wire.JSON.createObjectNode();
        String kind = v1.path("kind").asText();
        if (kind.equals("access")) {
            ObjectNode subject = o.putObject("subject");
            subject.put("type", "administrator");
            subject.put("id", "actor");
            ObjectNode sp = subject.putObject("properties");
            sp.set("roles", v1.get("roles"));
            sp.set("relation", v1.get("relation"));
            ObjectNode resource = o.putObject("resource");
            resource.put("type", "capability");
            resource.put("id", v1.get("table").asText() + "/" + v1.get("capability").asText());
            ObjectNode rp = resource.putObject("properties");
            rp.set("table", v1.get("table"));
            rp.set("capability", v1.get("capability"));
            o.putObject("action").put("name", "access");
            o.set("context", v1.has("context") ? v1.get("context") : Wire.JSON.createObjectNode());
        } else if (kind.equals("assign")) {
            ObjectNode subject = o.putObject("subject");
            subject.put("type", "administrator");
            subject.put("id", "actor");
            subject.set("properties", v1.get("actor"));
            ObjectNode resource = o.putObject("resource");
            resource.put("type", "user");
            resource.put("id", v1.path("target").path("same_as_actor").asBoolean(false) ? "actor" : "target");
            resource.set("properties", v1.get("target"));
            ObjectNode action = o.putObject("action");
            action.set("name", v1.get("operation"));
            ObjectNode ap = action.putObject("properties");
            ap.set("role", v1.get("role"));
            ap.set("site", v1.has("site") ? v1.get("site") : Wire.JSON.nullNode());
            ap.set("organization", v1.get("organization"));
            o.putObject("context");
        } else {
            throw new IllegalArgumentException("no HTTP binding for kind '" + kind + "'");
        }
        return o;
    }

    /** An AuthZEN evaluation request back as a v1 request (without id); for servers of the binding. */
    static ObjectNode v1Request(JsonNode o) {
        ObjectNode v1 = Wire.JSON.createObjectNode();
        String action = o.path("action").path("name").asText("");
        JsonNode subject = o.path("subject").path("properties");
        JsonNode resource = o.path("resource").path("properties");
        if (action.equals("access")) {
            v1.put("kind", "access");
            v1.set("table", resource.get("table"));
            v1.set("capability", resource.get("capability"));
            v1.set("roles", subject.get("roles"));
            v1.set("relation", subject.get("relation"));
            if (o.has("context")) v1.set("context", o.get("context"));
        } else if (action.equals("assign") || action.equals("revoke")) {
            JsonNode ap = o.path("action").path("properties");
            v1.put("kind", "assign");
            v1.put("operation", action);
            v1.set("organization", ap.get("organization"));
            v1.set("role", ap.get("role"));
            v1.set("site", ap.has("site") ? ap.get("site") : Wire.JSON.nullNode());
            v1.set("actor", subject);
            v1.set("target", resource);
        } else {
            throw new BadRequestException("unknown action '" + action + "' (known: access, assign, revoke)");
        }
        return v1;
    }

    /** A v1 answer (without id) as an AuthZEN evaluation response. */
    static ObjectNode response(JsonNode v1Answer) {
        ObjectNode o = Wire.JSON.createObjectNode();
        o.put("decision", decision(v1Answer));
        o.set("context", v1Answer);
        return o;
    }

    /**
     * The v1 answer carried by an AuthZEN response, after checking that its boolean decision
     * agrees with it: allowed, or access full or read_only, and nothing else, is true.
     */
    static JsonNode v1Answer(JsonNode response) {
        if (response == null || !response.isObject()) {
            throw new ImplementationFault(Fault.MALFORMED_REPLY, "the response is not a JSON object");
        }
        JsonNode decision = response.get("decision");
        if (decision == null || !decision.isBoolean()) {
            throw new ImplementationFault(Fault.MALFORMED_REPLY, "the response lacks the boolean 'decision'");
        }
        JsonNode context = response.get("context");
        if (context == null || !context.isObject()) {
            throw new ImplementationFault(Fault.MALFORMED_REPLY, "the response lacks the object 'context' with the answer");
        }
        if (decision.asBoolean() != decision(context)) {
            throw new ImplementationFault(Fault.MALFORMED_REPLY, "'decision' is " + decision.asBoolean()
                    + " but the context says " + ImplementationFault.excerpt(context.toString()));
        }
        return context;
    }

    private static boolean decision(JsonNode answer) {
        String access = answer.path("access").asText("");
        return answer.path("verdict").asText("").equals("allowed") || access.equals("full") || access.equals("read_only");
    }
}

package dev.roletck.protocol.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.api.BadRequestException;
import dev.roletck.model.Access;
import dev.roletck.protocol.Wire;
import java.util.List;

/**
 * Protocol v1 on the OpenID AuthZEN Authorization API 1.0 (PROTOCOL.md, "HTTP: AuthZEN 1.0"). An
 * access request becomes one evaluation per access level, the level as the action name — may the
 * subject {@code full} / {@code read_only} this capability — so that a PDP answering only the
 * boolean {@code decision} still tells full, read-only and none apart. An assignment request is one
 * evaluation whose action is the operation. The kit's richer answer travels, as an extension, in
 * the decision's {@code context}.
 */
public final class AuthZen {
    public static final String EVALUATION_PATH = "/access/v1/evaluation";
    public static final String EVALUATIONS_PATH = "/access/v1/evaluations";
    public static final String WELL_KNOWN_PATH = "/.well-known/authzen-configuration";
    /** The action names of an access request, strongest first: one evaluation each. */
    public static final List<String> LEVELS = List.of(Access.FULL.id(), Access.READ_ONLY.id());
    static final String SUBJECT_TYPE = "administrator";
    static final String TARGET_TYPE = "user";

    private AuthZen() {}

    /**
     * A v1 request (without id) as one AuthZEN evaluation request, asking about {@code level} for an
     * access request (ignored for an assignment). {@code subjectId} names the administrator; it
     * should be unique per request so that a PDP which groups or caches by id answers each alone.
     * Total over any object: fields that are missing stay missing, fields of a wrong type are
     * carried as they are, so that an invalid request stays invalid on the wire.
     */
    public static ObjectNode evaluation(JsonNode v1, String level, String subjectId) {
        ObjectNode o = Wire.JSON.createObjectNode();
        ObjectNode subject = o.putObject("subject");
        subject.put("type", SUBJECT_TYPE);
        subject.put("id", subjectId);
        String kind = v1.path("kind").asText("");
        if (kind.equals("assign")) {
            copy(v1, "actor", subject, "properties");
            ObjectNode resource = o.putObject("resource");
            resource.put("type", TARGET_TYPE);
            resource.put("id", v1.path("target").path("same_as_actor").asBoolean(false) ? subjectId : subjectId + "-target");
            copy(v1, "target", resource, "properties");
            ObjectNode action = o.putObject("action");
            copy(v1, "operation", action, "name");
            ObjectNode ap = action.putObject("properties");
            copy(v1, "role", ap, "role");
            copy(v1, "site", ap, "site");
            copy(v1, "organization", ap, "organization");
            carryUnknown(v1, ap, ASSIGN_FIELDS);
            o.putObject("context");
            return o;
        }
        ObjectNode sp = subject.putObject("properties");
        copy(v1, "roles", sp, "roles");
        copy(v1, "relation", sp, "relation");
        ObjectNode resource = o.putObject("resource");
        copy(v1, "table", resource, "type");
        copy(v1, "capability", resource, "id");
        ObjectNode rp = resource.putObject("properties");
        copy(v1, "table", rp, "table");
        copy(v1, "capability", rp, "capability");
        carryUnknown(v1, rp, ACCESS_FIELDS);
        ObjectNode action = o.putObject("action");
        if (kind.equals("access")) action.put("name", level);
        else copy(v1, "kind", action, "name"); // an unknown kind stays unknown; a missing one leaves no name
        if (v1.has("context")) o.set("context", v1.get("context"));
        else o.putObject("context");
        return o;
    }

    private static final List<String> ACCESS_FIELDS = List.of("id", "kind", "table", "capability", "roles", "relation", "context");
    private static final List<String> ASSIGN_FIELDS = List.of("id", "kind", "operation", "organization", "role", "site", "actor", "target");

    /** Fields a v1 request should not have travel too — in the resource's or action's properties — so the PDP sees them. */
    private static void carryUnknown(JsonNode v1, ObjectNode to, List<String> known) {
        for (var f : v1.properties()) {
            if (!known.contains(f.getKey()) && !to.has(f.getKey())) to.set(f.getKey(), f.getValue());
        }
    }

    private static void copy(JsonNode from, String field, ObjectNode to, String as) {
        if (from.has(field)) to.set(as, from.get(field));
    }

    /** The parts of a parsed evaluation: the v1 request, and the level asked for an access request. */
    public record Parsed(ObjectNode v1, Access level) {}

    /**
     * An AuthZEN evaluation request, strictly: a well-formed evaluation (subject, resource and action
     * with their string ids) whose action is a level or an operation, carrying a valid v1 request.
     * Unknown top-level members are ignored (AuthZEN §Transport); anything else wrong is a
     * {@link BadRequestException}, answered 400.
     */
    public static Parsed parse(JsonNode o) {
        if (o == null || !o.isObject()) throw new BadRequestException("an evaluation is a JSON object");
        JsonNode subject = entity(o, "subject", "type", "id");
        JsonNode resource = entity(o, "resource", "type", "id");
        JsonNode action = entity(o, "action", "name");
        String name = action.get("name").asText();
        ObjectNode v1 = Wire.JSON.createObjectNode();
        if (name.equals("assign") || name.equals("revoke")) {
            requireType(subject, SUBJECT_TYPE, "subject");
            requireType(resource, TARGET_TYPE, "resource");
            v1.put("kind", "assign");
            v1.put("operation", name);
            JsonNode ap = properties(action, "action");
            for (var f : ap.properties()) {
                if (!List.of("role", "site", "organization").contains(f.getKey())) {
                    throw new BadRequestException("unknown action property '" + f.getKey() + "' (known: role, site, organization)");
                }
            }
            copy(ap, "organization", v1, "organization");
            copy(ap, "role", v1, "role");
            copy(ap, "site", v1, "site");
            v1.set("actor", properties(subject, "subject"));
            v1.set("target", properties(resource, "resource"));
            if (o.has("context") && !(o.get("context").isObject() && o.get("context").isEmpty())) {
                throw new BadRequestException("an assignment takes no context");
            }
            Wire.assignmentRequest(v1);
            return new Parsed(v1, Access.NONE);
        }
        Access level = LEVELS.contains(name) ? Access.fromId(name).orElseThrow() : null;
        if (level == null) {
            throw new BadRequestException("unknown action '" + name + "' (known: full, read_only, assign, revoke)");
        }
        requireType(subject, SUBJECT_TYPE, "subject");
        v1.put("kind", "access");
        v1.set("table", resource.get("type"));
        v1.set("capability", resource.get("id"));
        JsonNode rp = properties(resource, "resource");
        for (var f : rp.properties()) {
            JsonNode same = f.getKey().equals("table") ? resource.get("type")
                    : f.getKey().equals("capability") ? resource.get("id") : null;
            if (same == null) throw new BadRequestException("unknown resource property '" + f.getKey() + "' (known: table, capability)");
            if (!same.equals(f.getValue())) {
                throw new BadRequestException("resource.properties." + f.getKey() + " " + f.getValue() + " disagrees with the resource's "
                        + (f.getKey().equals("table") ? "type " : "id ") + same);
            }
        }
        JsonNode sp = properties(subject, "subject");
        for (var f : sp.properties()) {
            if (f.getKey().equals("roles") || f.getKey().equals("relation")) v1.set(f.getKey(), f.getValue());
            else throw new BadRequestException("unknown subject property '" + f.getKey() + "' (known: roles, relation)");
        }
        if (o.has("context")) v1.set("context", o.get("context"));
        Wire.accessRequest(v1);
        return new Parsed(v1, level);
    }

    private static JsonNode entity(JsonNode o, String name, String... stringFields) {
        JsonNode e = o.get(name);
        if (e == null || e.isNull()) throw new BadRequestException("'" + name + "' is required");
        if (!e.isObject()) throw new BadRequestException("'" + name + "' must be an object");
        for (String f : stringFields) {
            JsonNode v = e.get(f);
            if (v == null || v.isNull()) throw new BadRequestException("'" + name + "." + f + "' is required");
            if (!v.isTextual()) throw new BadRequestException("'" + name + "." + f + "' must be a string");
        }
        return e;
    }

    private static void requireType(JsonNode entity, String type, String name) {
        String actual = entity.get("type").asText();
        if (!actual.equals(type)) throw new BadRequestException(name + ".type is '" + actual + "', expected '" + type + "'");
    }

    private static JsonNode properties(JsonNode entity, String name) {
        JsonNode p = entity.get("properties");
        if (p == null || p.isNull()) return Wire.JSON.createObjectNode();
        if (!p.isObject()) throw new BadRequestException("'" + name + ".properties' must be an object");
        return p;
    }

    /**
     * The AuthZEN decision for a v1 answer (without id) to an evaluation asking {@code level}: true
     * when the access is at least that level, or the verdict is allowed; the answer itself as the
     * kit's extension in {@code context}.
     */
    public static ObjectNode decision(JsonNode v1Answer, Access level) {
        ObjectNode o = Wire.JSON.createObjectNode();
        o.put("decision", allows(v1Answer, level));
        o.set("context", v1Answer);
        return o;
    }

    /** Whether a v1 answer allows what an evaluation asked: at least {@code level}, or an allowed verdict. */
    public static boolean allows(JsonNode v1Answer, Access level) {
        if (v1Answer.has("verdict")) return v1Answer.path("verdict").asText("").equals("allowed");
        return Access.fromId(v1Answer.path("access").asText("")).map(a -> a.atLeast(level)).orElse(false);
    }
}

package dev.roletck.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.Actor;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.BadRequestException;
import dev.roletck.api.Context;
import dev.roletck.api.Grant;
import dev.roletck.api.Site;
import dev.roletck.api.Target;
import dev.roletck.model.Access;
import dev.roletck.model.Capability;
import dev.roletck.model.CcLicense;
import dev.roletck.model.HomeOrganization;
import dev.roletck.model.Id;
import dev.roletck.model.Ids;
import dev.roletck.model.Operation;
import dev.roletck.model.OrganizationKind;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.model.RuleId;
import dev.roletck.model.Scope;
import dev.roletck.model.SiteManagement;
import dev.roletck.model.Table;
import dev.roletck.model.Verdict;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The JSON of protocol v1 (PROTOCOL.md) as the harness writes requests and reads answers. Reading
 * an answer is strict: anything but a well-formed answer is an {@link ImplementationFault} of kind
 * {@link Fault#MALFORMED_REPLY}, so that a sloppy implementation fails instead of passing by luck.
 */
final class ProtocolJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ProtocolJson() {}

    // ---- requests ---------------------------------------------------------------------------

    static ObjectNode toJson(AccessRequest r) {
        ObjectNode o = F.objectNode();
        o.put("kind", "access");
        o.put("table", r.table().id());
        o.put("capability", r.capability().id());
        o.set("roles", ids(r.roles().toList()));
        o.put("relation", r.relation().id());
        ObjectNode context = o.putObject("context");
        r.context().ccLicense().ifPresent(l -> context.put("cc_license", l.id()));
        return o;
    }

    static ObjectNode toJson(AssignmentRequest r) {
        ObjectNode o = F.objectNode();
        o.put("kind", "assign");
        o.put("operation", r.operation().id());
        o.put("organization", r.organization().id());
        o.put("role", r.role().id());
        if (r.site().isPresent()) {
            ObjectNode site = o.putObject("site");
            site.put("id", r.site().get().id());
            site.put("managed_by", r.site().get().managedBy().id());
        } else {
            o.putNull("site");
        }
        ObjectNode actor = o.putObject("actor");
        actor.set("roles", ids(r.actor().roles().toList()));
        actor.set("site_roles", siteRoles(r.actor().siteRoles()));
        actor.put("relation", r.actor().relation().id());
        actor.put("active_sales_relationship", r.actor().activeSalesRelationship());
        ObjectNode target = o.putObject("target");
        target.put("same_as_actor", r.target().sameAsActor());
        target.set("roles", ids(r.target().roles().toList()));
        target.set("site_roles", siteRoles(r.target().siteRoles()));
        target.put("relation", r.target().relation().id());
        target.put("home", r.target().home().id());
        target.put("contact_center_enabled", r.target().contactCenterEnabled());
        return o;
    }

    static AccessRequest accessRequest(JsonNode o) {
        Table table = id(o, "table", Table::fromId, Table.class);
        String capId = text(o, "capability");
        Capability capability = Capability.of(table, capId).orElseThrow(() -> new BadRequestException(
                "unknown capability '" + capId + "' of table '" + table.id() + "' (known: "
                        + String.join(", ", table.capabilities().stream().map(Capability::id).toList()) + ")"));
        RoleSet roles = roles(o, "roles");
        Relation relation = id(o, "relation", Relation::fromId, Relation.class);
        Context context = Context.EMPTY;
        JsonNode c = o.get("context");
        if (c != null && !c.isNull()) {
            if (!c.isObject()) throw new BadRequestException("'context' must be an object");
            Iterator<String> keys = c.fieldNames();
            while (keys.hasNext()) {
                String key = keys.next();
                if (!key.equals("cc_license")) throw new BadRequestException("unknown context key '" + key + "' (known: cc_license)");
            }
            if (c.has("cc_license")) context = Context.ccLicense(id(c, "cc_license", CcLicense::fromId, CcLicense.class));
        }
        return new AccessRequest(table, capability, roles, relation, context);
    }

    static AssignmentRequest assignmentRequest(JsonNode o) {
        Operation operation = id(o, "operation", Operation::fromId, Operation.class);
        OrganizationKind organization = id(o, "organization", OrganizationKind::fromId, OrganizationKind.class);
        Role role = id(o, "role", Role::fromId, Role.class);
        Optional<Site> site = Optional.empty();
        JsonNode s = o.get("site");
        if (s != null && !s.isNull()) {
            site = Optional.of(new Site(text(s, "id"), id(s, "managed_by", SiteManagement::fromId, SiteManagement.class)));
        }
        JsonNode a = object(o, "actor");
        Actor actor = new Actor(roles(a, "roles"), siteRolesOf(a), id(a, "relation", Relation::fromId, Relation.class),
                a.path("active_sales_relationship").asBoolean(false));
        JsonNode t = object(o, "target");
        HomeOrganization home = t.hasNonNull("home")
                ? id(t, "home", HomeOrganization::fromId, HomeOrganization.class) : HomeOrganization.ORDINARY;
        Target target = new Target(t.path("same_as_actor").asBoolean(false), roles(t, "roles"), siteRolesOf(t),
                id(t, "relation", Relation::fromId, Relation.class), home, t.path("contact_center_enabled").asBoolean(false));
        return new AssignmentRequest(operation, actor, organization, role, site, target);
    }

    // ---- answers ----------------------------------------------------------------------------

    static ObjectNode toJson(AccessDecision d) {
        ObjectNode o = F.objectNode();
        o.put("access", d.access().id());
        o.set("scopes", ids(d.scopes()));
        ArrayNode grants = o.putArray("grants");
        for (Grant g : d.grants()) {
            ObjectNode go = grants.addObject();
            go.put("access", g.access().id());
            if (g.scope().isPresent()) go.put("scope", g.scope().get().id());
            else go.putNull("scope");
        }
        return o;
    }

    static ObjectNode toJson(AssignmentDecision d) {
        ObjectNode o = F.objectNode();
        o.put("verdict", d.verdict().id());
        o.set("rules", ids(d.rules()));
        return o;
    }

    static AccessDecision accessDecision(JsonNode o) {
        try {
            Access access = answerId(o, "access", Access::fromId);
            List<Scope> scopes = new ArrayList<>();
            for (JsonNode s : answerArray(o, "scopes")) scopes.add(answerId(s, Scope::fromId, "scopes"));
            List<Grant> grants = new ArrayList<>();
            for (JsonNode g : answerArray(o, "grants")) {
                if (!g.isObject()) throw malformed("each of 'grants' must be an object {access, scope}");
                Access ga = answerId(g, "access", Access::fromId);
                JsonNode gs = g.get("scope");
                grants.add(gs == null || gs.isNull() ? Grant.of(ga) : Grant.of(ga, answerId(gs, Scope::fromId, "grants[].scope")));
            }
            return new AccessDecision(access, scopes, grants);
        } catch (IllegalArgumentException e) {
            throw malformed(e.getMessage());
        }
    }

    static AssignmentDecision assignmentDecision(JsonNode o) {
        try {
            Verdict verdict = answerId(o, "verdict", Verdict::fromId);
            List<RuleId> rules = new ArrayList<>();
            for (JsonNode r : answerArray(o, "rules")) rules.add(answerId(r, RuleId::fromId, "rules"));
            return new AssignmentDecision(verdict, rules);
        } catch (IllegalArgumentException e) {
            throw malformed(e.getMessage());
        }
    }

    /** Cuts a reply for a failure message. */
    static String excerpt(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 120 ? one : one.substring(0, 117) + "...";
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static ImplementationFault malformed(String message) {
        return new ImplementationFault(Fault.MALFORMED_REPLY, message);
    }

    private static <E> E answerId(JsonNode o, String field, Function<String, Optional<E>> parse) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) throw malformed("the answer lacks '" + field + "'");
        return answerId(v, parse, field);
    }

    private static <E> E answerId(JsonNode v, Function<String, Optional<E>> parse, String where) {
        if (!v.isTextual()) throw malformed("'" + where + "' must hold id strings, not " + excerpt(v.toString()));
        return parse.apply(v.asText()).orElseThrow(() -> malformed("unknown id '" + v.asText() + "' in '" + where + "'"));
    }

    private static Iterable<JsonNode> answerArray(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isArray()) throw malformed("the answer lacks the array '" + field + "'");
        return v;
    }

    private static ArrayNode ids(List<? extends Id> values) {
        ArrayNode a = F.arrayNode();
        values.forEach(v -> a.add(v.id()));
        return a;
    }

    private static ObjectNode siteRoles(Map<String, RoleSet> siteRoles) {
        ObjectNode o = F.objectNode();
        new TreeMap<>(siteRoles).forEach((site, roles) -> o.set(site, ids(roles.toList())));
        return o;
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) throw new BadRequestException("missing field '" + field + "'");
        if (!v.isTextual()) throw new BadRequestException("'" + field + "' must be a string");
        return v.asText();
    }

    private static JsonNode object(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isObject()) throw new BadRequestException("missing object '" + field + "'");
        return v;
    }

    private static <E extends Enum<E> & Id> E id(JsonNode o, String field, Function<String, Optional<E>> parse, Class<E> type) {
        String v = text(o, field);
        return parse.apply(v).orElseThrow(() -> new BadRequestException(
                "unknown " + field + " '" + v + "' (known: " + Ids.list(type) + ")"));
    }

    private static RoleSet roles(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isArray()) throw new BadRequestException("missing array '" + field + "'");
        List<Role> roles = new ArrayList<>();
        for (JsonNode r : v) {
            if (!r.isTextual()) throw new BadRequestException("'" + field + "' must hold role ids");
            roles.add(Role.fromId(r.asText()).orElseThrow(() -> new BadRequestException(
                    "unknown role '" + r.asText() + "' (known: " + Ids.list(Role.class) + ")")));
        }
        return RoleSet.copyOf(roles);
    }

    private static Map<String, RoleSet> siteRolesOf(JsonNode o) {
        JsonNode v = o.get("site_roles");
        if (v == null || v.isNull()) return Map.of();
        if (!v.isObject()) throw new BadRequestException("'site_roles' must map site ids to role lists");
        Map<String, RoleSet> map = new TreeMap<>();
        v.fields().forEachRemaining(e -> map.put(e.getKey(), roles(v, e.getKey())));
        return map;
    }
}

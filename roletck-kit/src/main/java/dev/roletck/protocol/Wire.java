package dev.roletck.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The JSON form of requests and answers of protocol v1 (PROTOCOL.md).
 *
 * <p>Parsing ({@link #JSON}, {@link #parse}) is strict everywhere JSON comes in: a duplicated key,
 * anything after the value (trailing garbage, a second object on the line) and oversized or too
 * deeply nested input are errors, never guessed at. Requests are read strictly: an unknown field,
 * an unknown id or a value of the wrong type is a {@link BadRequestException} whose message says
 * what was expected. Answers are read tolerantly but judged strictly: a field the protocol does not
 * define is ignored ({@link #extraAnswerFields} names them, for a summary), while a missing or
 * wrong required field is still an error.
 */
public final class Wire {
    private Wire() {}

    /** How deeply a JSON value of the wire may nest; protocol v1 needs four levels. */
    public static final int MAX_NESTING = 32;

    /** The mapper of the wire: duplicate keys and trailing tokens are errors. */
    public static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING).maxStringLength(1 << 20).maxNumberLength(100).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final Set<String> ACCESS_FIELDS = Set.of("id", "kind", "table", "capability", "roles", "relation", "context");
    private static final Set<String> ASSIGN_FIELDS =
            Set.of("id", "kind", "operation", "organization", "role", "site", "actor", "target");
    private static final Set<String> ACTOR_FIELDS = Set.of("roles", "site_roles", "relation", "active_sales_relationship");
    private static final Set<String> TARGET_FIELDS =
            Set.of("same_as_actor", "roles", "site_roles", "relation", "home", "contact_center_enabled");
    private static final Set<String> SITE_FIELDS = Set.of("id", "managed_by");
    private static final Set<String> CONTEXT_FIELDS = Set.of("cc_license");
    private static final Set<String> ACCESS_ANSWER_FIELDS = Set.of("id", "access", "scopes", "grants", "error");
    private static final Set<String> GRANT_FIELDS = Set.of("access", "scope");
    private static final Set<String> ASSIGN_ANSWER_FIELDS = Set.of("id", "verdict", "rules", "error");

    /**
     * One JSON value of the wire, strictly: a {@link BadRequestException} with a one-line message
     * (column included, no Java names) for anything but exactly one well-formed value.
     */
    public static JsonNode parse(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (StreamConstraintsException e) {
            throw new BadRequestException("the JSON is too long or nests deeper than " + MAX_NESTING
                    + " levels — send one flat protocol v1 object per line");
        } catch (JsonProcessingException e) {
            throw new BadRequestException(describe(e));
        }
        if (node == null || node.isMissingNode()) throw new BadRequestException("the line holds no JSON value — send one JSON object per line");
        return node;
    }

    private static String describe(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        String at = e.getLocation() == null || e.getLocation().getColumnNr() < 1 ? ""
                : " at column " + e.getLocation().getColumnNr();
        if (message.startsWith("Duplicate field ")) {
            return "duplicate key " + message.substring("Duplicate field ".length()).replace('\'', '"') + at
                    + " — send every key once (an ambiguous request is refused, not guessed at)";
        }
        if (message.startsWith("Trailing token")) {
            return "something follows the JSON value" + at + " — send exactly one JSON object per line";
        }
        String first = message.lines().findFirst().orElse("").replaceAll("`[^`]*`", "").replaceAll("\\s+", " ").strip();
        return "not a JSON object (invalid JSON" + at + "): " + first + " — send one well-formed JSON object per line";
    }

    /**
     * The fields of an access answer that protocol v1 does not define, as paths ({@code took_ms},
     * {@code grants[].note}), sorted; empty for a plain answer or anything that is not an object.
     * {@link #accessDecision} ignores these fields; a harness may mention them once in its summary.
     */
    public static Set<String> extraAccessAnswerFields(JsonNode answer) {
        Set<String> extra = extra(answer, ACCESS_ANSWER_FIELDS, "");
        JsonNode grants = answer == null ? null : answer.get("grants");
        if (grants != null && grants.isArray()) {
            for (JsonNode g : grants) extra.addAll(extra(g, GRANT_FIELDS, "grants[]."));
        }
        return Collections.unmodifiableSet(extra);
    }

    /** The fields of an assignment answer that protocol v1 does not define, sorted. */
    public static Set<String> extraAssignmentAnswerFields(JsonNode answer) {
        return Collections.unmodifiableSet(extra(answer, ASSIGN_ANSWER_FIELDS, ""));
    }

    private static Set<String> extra(JsonNode node, Set<String> known, String prefix) {
        Set<String> extra = new TreeSet<>();
        if (node == null || !node.isObject()) return extra;
        node.fieldNames().forEachRemaining(f -> {
            if (!known.contains(f)) extra.add(prefix + f);
        });
        return extra;
    }

    // ---- requests ------------------------------------------------------------------------

    public static AccessRequest accessRequest(JsonNode node) {
        requireObject(node, "request", ACCESS_FIELDS);
        Table table = id(node, "table", Table::fromId, Table.class);
        String capabilityId = text(node, "capability");
        Capability capability = Capability.of(table, capabilityId).orElseThrow(() -> new BadRequestException(
                "unknown capability '" + capabilityId + "' of table '" + table.id() + "' (known: "
                        + String.join(", ", table.capabilities().stream().map(Capability::id).toList()) + ")"));
        RoleSet roles = roles(node, "roles");
        Relation relation = id(node, "relation", Relation::fromId, Relation.class);
        Context context = Context.EMPTY;
        JsonNode ctx = node.get("context");
        if (ctx != null && !ctx.isNull()) {
            requireObject(ctx, "context", CONTEXT_FIELDS);
            if (ctx.has("cc_license")) {
                context = Context.ccLicense(id(ctx, "cc_license", CcLicense::fromId, CcLicense.class));
            }
        }
        return new AccessRequest(table, capability, roles, relation, context);
    }

    public static AssignmentRequest assignmentRequest(JsonNode node) {
        requireObject(node, "request", ASSIGN_FIELDS);
        Operation operation = id(node, "operation", Operation::fromId, Operation.class);
        OrganizationKind organization = id(node, "organization", OrganizationKind::fromId, OrganizationKind.class);
        Role role = id(node, "role", Role::fromId, Role.class);
        Optional<Site> site = Optional.empty();
        JsonNode siteNode = node.get("site");
        if (siteNode != null && !siteNode.isNull()) {
            requireObject(siteNode, "site", SITE_FIELDS);
            site = Optional.of(new Site(text(siteNode, "id"),
                    id(siteNode, "managed_by", SiteManagement::fromId, SiteManagement.class)));
        }
        JsonNode a = node.get("actor");
        requireObject(a, "actor", ACTOR_FIELDS);
        Actor actor = new Actor(roles(a, "roles"), siteRoles(a), id(a, "relation", Relation::fromId, Relation.class),
                bool(a, "active_sales_relationship"));
        JsonNode t = node.get("target");
        requireObject(t, "target", TARGET_FIELDS);
        HomeOrganization home = t.has("home") && !t.get("home").isNull()
                ? id(t, "home", HomeOrganization::fromId, HomeOrganization.class) : HomeOrganization.ORDINARY;
        Target target = new Target(bool(t, "same_as_actor"), roles(t, "roles"), siteRoles(t),
                id(t, "relation", Relation::fromId, Relation.class), home, bool(t, "contact_center_enabled"));
        return new AssignmentRequest(operation, actor, organization, role, site, target);
    }

    public static ObjectNode toJson(AccessRequest r) {
        ObjectNode n = NODES.objectNode();
        n.put("kind", "access");
        n.put("table", r.table().id());
        n.put("capability", r.capability().id());
        n.set("roles", ids(r.roles().toList()));
        n.put("relation", r.relation().id());
        ObjectNode ctx = n.putObject("context");
        r.context().ccLicense().ifPresent(l -> ctx.put("cc_license", l.id()));
        return n;
    }

    public static ObjectNode toJson(AssignmentRequest r) {
        ObjectNode n = NODES.objectNode();
        n.put("kind", "assign");
        n.put("operation", r.operation().id());
        n.put("organization", r.organization().id());
        n.put("role", r.role().id());
        if (r.site().isPresent()) {
            ObjectNode s = n.putObject("site");
            s.put("id", r.site().get().id());
            s.put("managed_by", r.site().get().managedBy().id());
        } else {
            n.putNull("site");
        }
        ObjectNode a = n.putObject("actor");
        a.set("roles", ids(r.actor().roles().toList()));
        a.set("site_roles", siteRolesJson(r.actor().siteRoles()));
        a.put("relation", r.actor().relation().id());
        a.put("active_sales_relationship", r.actor().activeSalesRelationship());
        ObjectNode t = n.putObject("target");
        t.put("same_as_actor", r.target().sameAsActor());
        t.set("roles", ids(r.target().roles().toList()));
        t.set("site_roles", siteRolesJson(r.target().siteRoles()));
        t.put("relation", r.target().relation().id());
        t.put("home", r.target().home().id());
        t.put("contact_center_enabled", r.target().contactCenterEnabled());
        return n;
    }

    // ---- answers -------------------------------------------------------------------------

    public static ObjectNode toJson(AccessDecision d) {
        ObjectNode n = NODES.objectNode();
        n.put("access", d.access().id());
        n.set("scopes", ids(d.scopes()));
        ArrayNode grants = n.putArray("grants");
        for (Grant g : d.grants()) {
            ObjectNode gn = grants.addObject();
            gn.put("access", g.access().id());
            if (g.scope().isPresent()) gn.put("scope", g.scope().get().id());
            else gn.putNull("scope");
        }
        return n;
    }

    public static ObjectNode toJson(AssignmentDecision d) {
        ObjectNode n = NODES.objectNode();
        n.put("verdict", d.verdict().id());
        n.set("rules", ids(d.rules()));
        return n;
    }

    /**
     * Reads an access answer; a malformed one is a {@link BadRequestException} naming what is wrong.
     * Fields protocol v1 does not define are ignored ({@link #extraAnswerFields}).
     */
    public static AccessDecision accessDecision(JsonNode node) {
        requireObject(node, "answer", Optional.empty());
        Access access = id(node, "access", Access::fromId, Access.class);
        List<Scope> scopes = list(node, "scopes", v -> idValue(v, "scopes", Scope::fromId, Scope.class));
        List<Grant> grants = list(node, "grants", g -> {
            requireObject(g, "grant", Optional.empty());
            Access ga = id(g, "access", Access::fromId, Access.class);
            JsonNode s = g.get("scope");
            if (s == null || s.isNull()) return Grant.of(ga);
            Scope scope = idValue(s, "scope", Scope::fromId, Scope.class);
            if (!ga.isScopable()) throw new BadRequestException("a " + ga.id() + " grant carries no scope");
            return Grant.of(ga, scope);
        });
        if (grants.isEmpty()) throw new BadRequestException("field 'grants' is empty: an answer lists at least one grant");
        return new AccessDecision(access, scopes, grants);
    }

    /** Reads an assignment answer; fields protocol v1 does not define are ignored. */
    public static AssignmentDecision assignmentDecision(JsonNode node) {
        requireObject(node, "answer", Optional.empty());
        Verdict verdict = id(node, "verdict", Verdict::fromId, Verdict.class);
        List<RuleId> rules = list(node, "rules", v -> idValue(v, "rules", RuleId::fromId, RuleId.class));
        if (rules.isEmpty()) throw new BadRequestException("field 'rules' is empty: name the rules that decided");
        return new AssignmentDecision(verdict, rules);
    }

    // ---- helpers -------------------------------------------------------------------------

    private static void requireObject(JsonNode node, String what, Set<String> allowed) {
        requireObject(node, what, Optional.of(allowed));
    }

    /** An object; with {@code allowed}, one holding no other field. */
    private static void requireObject(JsonNode node, String what, Optional<Set<String>> only) {
        if (node == null || node.isNull()) throw new BadRequestException("missing " + what + " object");
        if (!node.isObject()) throw new BadRequestException(what + " must be a JSON object");
        if (only.isEmpty()) return;
        Set<String> allowed = only.get();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new BadRequestException("unknown field '" + f + "' in " + what + " (known: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) throw new BadRequestException("missing field '" + field + "'");
        if (!v.isTextual()) throw new BadRequestException("field '" + field + "' must be a string");
        return v.asText();
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return false;
        if (!v.isBoolean()) throw new BadRequestException("field '" + field + "' must be true or false");
        return v.booleanValue();
    }

    private static <E extends Enum<E> & Id> E id(JsonNode node, String field, Function<String, Optional<E>> lookup,
                                                 Class<E> type) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) throw new BadRequestException("missing field '" + field + "'");
        return idValue(v, field, lookup, type);
    }

    private static <E extends Enum<E> & Id> E idValue(JsonNode v, String field, Function<String, Optional<E>> lookup,
                                                      Class<E> type) {
        if (!v.isTextual()) throw new BadRequestException("field '" + field + "' must be a string id");
        return lookup.apply(v.asText()).orElseThrow(() -> new BadRequestException("unknown " + kind(type) + " '"
                + v.asText() + "' in field '" + field + "' (known: " + Ids.list(type) + ")"));
    }

    private static String kind(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "CcLicense" -> "cc_license";
            case "RuleId" -> "rule";
            case "OrganizationKind" -> "organization kind";
            case "HomeOrganization" -> "home organization kind";
            case "SiteManagement" -> "site management";
            default -> type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> element) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) throw new BadRequestException("missing field '" + field + "'");
        if (!v.isArray()) throw new BadRequestException("field '" + field + "' must be a list");
        List<T> out = new ArrayList<>();
        for (JsonNode e : v) out.add(element.apply(e));
        return out;
    }

    private static RoleSet roles(JsonNode node, String field) {
        List<Role> roles = list(node, field, v -> idValue(v, field, Role::fromId, Role.class));
        return RoleSet.copyOf(roles);
    }

    private static Map<String, RoleSet> siteRoles(JsonNode node) {
        JsonNode v = node.get("site_roles");
        if (v == null || v.isNull()) return Map.of();
        if (!v.isObject()) throw new BadRequestException("field 'site_roles' must map site ids to role lists");
        Map<String, RoleSet> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isArray()) throw new BadRequestException("site_roles of '" + e.getKey() + "' must be a list");
            List<Role> roles = new ArrayList<>();
            for (JsonNode r : e.getValue()) {
                Role role = idValue(r, "site_roles", Role::fromId, Role.class);
                if (!role.isSiteRole()) {
                    throw new BadRequestException("'" + role.id() + "' is not a site role (site_roles of '" + e.getKey() + "')");
                }
                roles.add(role);
            }
            out.put(e.getKey(), RoleSet.copyOf(roles));
        }
        return out;
    }

    private static ObjectNode siteRolesJson(Map<String, RoleSet> siteRoles) {
        ObjectNode n = NODES.objectNode();
        siteRoles.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> n.set(e.getKey(), ids(e.getValue().toList())));
        return n;
    }

    private static ArrayNode ids(List<? extends Id> values) {
        ArrayNode a = NODES.arrayNode();
        for (Id v : values) a.add(v.id());
        return a;
    }
}

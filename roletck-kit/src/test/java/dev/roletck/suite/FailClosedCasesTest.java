package dev.roletck.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.matrix.Group;
import dev.roletck.model.Capability;
import dev.roletck.model.Table;
import dev.roletck.protocol.ProtocolServer;
import dev.roletck.reference.ReferencePolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Each fail-closed check is one valid request spoiled in exactly the way its name says: the
 * request of a subject with its one unknown field taken out is answered by the reference; every
 * other check of that subject differs from it only in the fields its name says, in the way it says
 * (missing, wrongly cased, unknown, of another type), and is refused.
 */
class FailClosedCasesTest {

    /** The checks of every table, in this order (RULINGS: ids are case-sensitive; PROTOCOL.md "Errors"). */
    private static final List<String> ACCESS_SLUGS = List.of("kind_missing", "kind_unknown", "kind_wrong_case",
            "table_missing", "table_unknown", "table_wrong_case", "table_not_text", "capability_missing",
            "capability_unknown", "capability_wrong_case", "capability_of_another_table", "capability_not_text",
            "roles_missing", "roles_not_a_list", "roles_object", "role_unknown", "role_wrong_case", "role_null",
            "role_not_text", "role_label", "relation_missing", "relation_null", "relation_unknown",
            "relation_wrong_case", "relation_not_text", "context_not_an_object", "context_list", "context_key_unknown");

    private static final List<String> CC_LICENSE_SLUGS = List.of("cc_license_unknown", "cc_license_wrong_case",
            "cc_license_not_text");

    /** The assignment checks, in order, with the paths each changes (actor and target fields one level down). */
    private static final Map<String, Set<String>> ASSIGNMENT = assignmentChecks();

    private static Map<String, Set<String>> assignmentChecks() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("kind_wrong_case", Set.of("kind"));
        m.put("operation_missing", Set.of("operation"));
        m.put("operation_unknown", Set.of("operation"));
        m.put("operation_wrong_case", Set.of("operation"));
        m.put("organization_missing", Set.of("organization"));
        m.put("organization_unknown", Set.of("organization"));
        m.put("role_missing", Set.of("role"));
        m.put("role_unknown", Set.of("role"));
        m.put("role_wrong_case", Set.of("role"));
        m.put("role_not_text", Set.of("role"));
        m.put("site_role_without_site", Set.of("role"));
        m.put("site_on_non_site_role", Set.of("site"));
        m.put("site_id_missing", Set.of("role", "site"));
        m.put("site_id_empty", Set.of("role", "site"));
        m.put("site_managed_by_unknown", Set.of("role", "site"));
        m.put("site_not_an_object", Set.of("role", "site"));
        m.put("actor_missing", Set.of("actor"));
        m.put("actor_roles_missing", Set.of("actor.roles"));
        m.put("actor_role_unknown", Set.of("actor.roles"));
        m.put("actor_role_wrong_case", Set.of("actor.roles"));
        m.put("actor_relation_missing", Set.of("actor.relation"));
        m.put("actor_relation_unknown", Set.of("actor.relation"));
        m.put("actor_flag_not_boolean", Set.of("actor.active_sales_relationship"));
        m.put("actor_site_roles_list", Set.of("actor.site_roles"));
        m.put("actor_site_role_unknown", Set.of("actor.site_roles"));
        m.put("actor_field_unknown", Set.of("actor.email"));
        m.put("target_missing", Set.of("target"));
        m.put("target_roles_missing", Set.of("target.roles"));
        m.put("target_role_unknown", Set.of("target.roles"));
        m.put("target_relation_missing", Set.of("target.relation"));
        m.put("target_home_unknown", Set.of("target.home"));
        m.put("target_flag_not_boolean", Set.of("target.contact_center_enabled"));
        m.put("target_self_other_relation", Set.of("target.same_as_actor", "target.relation"));
        m.put("revoke_role_not_held", Set.of("operation", "role"));
        m.put("revoke_site_role_not_held_on_site", Set.of("operation", "role", "site", "target.site_roles"));
        m.put("field_unknown", Set.of("reason"));
        m.put("context_on_assignment", Set.of("context"));
        return m;
    }

    private static Map<String, FailClosedCase> bySubject(List<FailClosedCase> all, String subject) {
        Map<String, FailClosedCase> out = new LinkedHashMap<>();
        for (FailClosedCase c : all) {
            String[] parts = c.id().split("/");
            assertEquals(3, parts.length, c.id());
            assertEquals(Group.FAIL_CLOSED.id(), parts[0], c.id());
            if (parts[1].equals(subject)) out.put(parts[2], c);
        }
        return out;
    }

    @Test
    void theChecksAreEveryTablesInTableOrderThenTheAssignmentChecks() {
        List<FailClosedCase> all = FailClosedCases.all();
        List<String> ids = new ArrayList<>();
        for (Table t : Table.values()) {
            List<String> slugs = new ArrayList<>(ACCESS_SLUGS);
            if (t == Table.CONTACT_CENTER) slugs.addAll(CC_LICENSE_SLUGS);
            else slugs.add("cc_license_on_other_table");
            slugs.add("field_unknown");
            slugs.add("site_on_access");
            slugs.forEach(s -> ids.add("fail_closed/" + t.id() + "/" + s));
        }
        ASSIGNMENT.keySet().forEach(s -> ids.add("fail_closed/assignment/" + s));
        assertEquals(ids, all.stream().map(FailClosedCase::id).toList());
    }

    @Test
    void eachCheckNamesItsDefectAndTheGroupItAsksAbout() {
        for (FailClosedCase c : FailClosedCases.all()) {
            String subject = c.id().split("/")[1];
            String slug = c.id().split("/")[2];
            assertEquals(slug, c.provenance().slug(), c.id());
            assertFalse(c.provenance().defect().isBlank(), c.id());
            assertEquals(Group.FAIL_CLOSED, c.group(), c.id());
            assertEquals(CaseKind.FAIL_CLOSED, c.kind(), c.id());
            assertEquals(ExpectedError.INSTANCE, c.expected(), c.id());
            boolean namesNoGroup = slug.startsWith("kind_") || (!subject.equals("assignment") && slug.startsWith("table_"));
            Optional<Group> about = namesNoGroup ? Optional.empty()
                    : Optional.of(subject.equals("assignment") ? Group.ASSIGNMENT : Group.of(Table.fromId(subject).orElseThrow()));
            assertEquals(about, c.about(), c.id());
            assertEquals(about.map(g -> Set.of(Group.FAIL_CLOSED, g)).orElse(Set.of(Group.FAIL_CLOSED)), c.requires(), c.id());
        }
    }

    @Test
    void everyAccessCheckIsTheValidRequestOfItsTableSpoiledInTheNamedFieldOnly() {
        List<FailClosedCase> all = FailClosedCases.all();
        ProtocolServer server = new ProtocolServer(new ReferencePolicy(), "reference");
        for (Table t : Table.values()) {
            Map<String, FailClosedCase> checks = bySubject(all, t.id());
            ObjectNode valid = checks.get("field_unknown").request();
            assertEquals(1, valid.get("priority").asInt());
            valid.remove("priority");
            assertEquals(Set.of("kind", "table", "capability", "roles", "relation", "context"), names(valid), t.id());
            assertEquals("access", valid.get("kind").asText());
            assertEquals(t.id(), valid.get("table").asText());
            assertTrue(valid.get("context").isObject() && valid.get("context").isEmpty(), t.id());
            assertAnswered(server, valid, t.id());
            for (Map.Entry<String, FailClosedCase> e : checks.entrySet()) {
                String slug = e.getKey();
                ObjectNode request = e.getValue().request();
                String field = accessField(slug);
                assertEquals(Set.of(field), diff(valid, request), e.getValue().id());
                assertRefused(server, request, e.getValue().id());
                JsonNode was = valid.get(field);
                JsonNode now = request.get(field);
                String defect = e.getValue().provenance().defect();
                if (slug.endsWith("_missing")) assertFalse(request.has(field), slug);
                if (slug.endsWith("_wrong_case") || (slug.endsWith("_unknown") && !slug.equals("field_unknown")) || slug.equals("role_label")) {
                    String validText = textOf(field.equals("roles") ? was.get(0) : field.equals("context") ? null : was);
                    String spoiled = field.equals("roles") ? now.get(0).asText()
                            : field.equals("context") ? now.elements().next().asText() : now.asText();
                    if (!field.equals("context")) {
                        assertNotEquals(validText, spoiled, slug);
                        boolean sameLetters = spoiled.equalsIgnoreCase(validText);
                        assertEquals(slug.endsWith("_wrong_case"), sameLetters, slug + ": " + spoiled);
                    }
                    if (slug.endsWith("_wrong_case")) assertFalse(spoiled.equals(spoiled.toLowerCase()), slug + ": " + spoiled);
                    if (slug.equals("role_label")) {
                        assertEquals(validText.replace('_', ' '), spoiled.toLowerCase(), slug);
                        assertTrue(Character.isUpperCase(spoiled.charAt(0)), spoiled);
                    }
                    if (!slug.equals("role_label") && !slug.equals("context_key_unknown")) {
                        assertTrue(defect.contains("'" + spoiled + "'"), defect + " names " + spoiled);
                    }
                }
                if (slug.endsWith("_not_text")) {
                    JsonNode value = field.equals("roles") ? now.get(0) : field.equals("context") ? now.get("cc_license") : now;
                    assertFalse(value.isTextual(), slug);
                }
            }
            assertEquals(Set.of("licence"), names(checks.get("context_key_unknown").request().get("context")));
            assertTrue(checks.get("roles_not_a_list").request().get("roles").isTextual());
            assertTrue(checks.get("roles_object").request().get("roles").isObject());
            JsonNode nullRole = checks.get("role_null").request().get("roles");
            assertEquals(2, nullRole.size());
            assertEquals(valid.get("roles").get(0), nullRole.get(0));
            assertTrue(nullRole.get(1).isNull());
            assertTrue(checks.get("relation_null").request().get("relation").isNull());
            assertTrue(checks.get("relation_not_text").request().get("relation").isBoolean());
            assertTrue(checks.get("context_not_an_object").request().get("context").isTextual());
            assertTrue(checks.get("context_list").request().get("context").isArray());
            assertTrue(checks.get("table_not_text").request().get("table").isNumber());
            assertTrue(checks.get("capability_not_text").request().get("capability").isArray());
            assertEquals(valid.get("capability"), checks.get("capability_not_text").request().get("capability").get(0));
            String foreign = checks.get("capability_of_another_table").request().get("capability").asText();
            assertTrue(Capability.of(t, foreign).isEmpty(), foreign + " is not a capability of " + t.id());
            assertTrue(java.util.Arrays.stream(Capability.values()).anyMatch(c -> c.id().equals(foreign)), foreign);
            JsonNode site = checks.get("site_on_access").request().get("site");
            assertEquals("s1", site.get("id").asText());
            assertEquals("control_hub", site.get("managed_by").asText());
            if (t == Table.CONTACT_CENTER) {
                assertEquals("gold", checks.get("cc_license_unknown").request().get("context").get("cc_license").asText());
                assertEquals("Standard", checks.get("cc_license_wrong_case").request().get("context").get("cc_license").asText());
            } else {
                assertEquals("standard", checks.get("cc_license_on_other_table").request().get("context").get("cc_license").asText());
            }
        }
    }

    @Test
    void everyAssignmentCheckIsOneValidRequestSpoiledInTheNamedFieldsOnly() {
        Map<String, FailClosedCase> checks = bySubject(FailClosedCases.all(), "assignment");
        assertEquals(ASSIGNMENT.keySet(), checks.keySet());
        ObjectNode valid = checks.get("field_unknown").request();
        assertEquals("audit", valid.get("reason").asText());
        valid.remove("reason");
        assertEquals(Set.of("kind", "operation", "organization", "role", "site", "actor", "target"), names(valid));
        assertEquals(Set.of("roles", "site_roles", "relation", "active_sales_relationship"), names(valid.get("actor")));
        assertEquals(Set.of("same_as_actor", "roles", "site_roles", "relation", "home", "contact_center_enabled"),
                names(valid.get("target")));
        assertEquals("assign", valid.get("kind").asText());
        assertTrue(valid.get("site").isNull());
        assertFalse(valid.get("actor").get("active_sales_relationship").asBoolean());
        assertFalse(valid.get("target").get("same_as_actor").asBoolean());
        assertFalse(valid.get("target").get("contact_center_enabled").asBoolean());
        ProtocolServer server = new ProtocolServer(new ReferencePolicy(), "reference");
        assertAnswered(server, valid, "the valid assignment request");
        for (Map.Entry<String, FailClosedCase> e : checks.entrySet()) {
            ObjectNode request = e.getValue().request();
            assertEquals(ASSIGNMENT.get(e.getKey()), diff(valid, request), e.getValue().id());
            assertRefused(server, request, e.getValue().id());
            String slug = e.getKey();
            String last = slug.substring(slug.lastIndexOf('_') + 1);
            if (slug.endsWith("_wrong_case")) {
                String field = slug.startsWith("actor_") ? null : slug.substring(0, slug.indexOf('_'));
                String was = field == null ? valid.get("actor").get("roles").get(0).asText() : valid.get(field).asText();
                String now = field == null ? request.get("actor").get("roles").get(0).asText() : request.get(field).asText();
                assertTrue(now.equalsIgnoreCase(was) && !now.equals(was), slug + ": " + now);
            }
            if (last.equals("missing") && !slug.startsWith("site_")) {
                String path = ASSIGNMENT.get(slug).iterator().next();
                JsonNode holder = path.contains(".") ? request.get(path.substring(0, path.indexOf('.'))) : request;
                assertFalse(holder.has(path.substring(path.indexOf('.') + 1)), slug);
            }
        }
        // the site checks name a role held per site, so only the site is wrong
        for (String slug : List.of("site_id_missing", "site_id_empty", "site_managed_by_unknown", "site_not_an_object")) {
            assertEquals("webex_user_admin", checks.get(slug).request().get("role").asText(), slug);
        }
        assertFalse(checks.get("site_id_missing").request().get("site").has("id"));
        assertEquals("", checks.get("site_id_empty").request().get("site").get("id").asText());
        ObjectNode revoke = checks.get("revoke_site_role_not_held_on_site").request();
        assertEquals("revoke", revoke.get("operation").asText());
        assertEquals("s1", revoke.get("site").get("id").asText());
        assertEquals(Set.of("s2"), names(revoke.get("target").get("site_roles")));
        ObjectNode self = checks.get("target_self_other_relation").request();
        assertTrue(self.get("target").get("same_as_actor").asBoolean());
        assertNotEquals(self.get("actor").get("relation"), self.get("target").get("relation"));
    }

    @Test
    void aCheckKeepsItsOwnCopyOfTheRequest() {
        FailClosedCase c = FailClosedCases.all().get(0);
        ObjectNode taken = c.request();
        taken.put("kind", "access");
        taken.put("extra", 1);
        assertFalse(c.request().has("extra"));
        assertFalse(c.request().has("kind"), "kind_missing keeps its defect");
    }

    private static String accessField(String slug) {
        if (slug.equals("field_unknown")) return "priority";
        if (slug.equals("site_on_access")) return "site";
        if (slug.startsWith("role_") || slug.startsWith("roles_")) return "roles";
        if (slug.startsWith("cc_license_")) return "context";
        return slug.substring(0, slug.indexOf('_'));
    }

    private static String textOf(JsonNode n) { return n == null ? null : n.asText(); }

    private static Set<String> names(JsonNode object) {
        Set<String> out = new TreeSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** The fields in which two requests differ; in actor and target, the fields one level down. */
    private static Set<String> diff(JsonNode a, JsonNode b) {
        Set<String> out = new TreeSet<>();
        Set<String> fields = new TreeSet<>(names(a));
        fields.addAll(names(b));
        for (String f : fields) {
            JsonNode x = a.get(f);
            JsonNode y = b.get(f);
            if (x != null && y != null && x.isObject() && y.isObject() && (f.equals("actor") || f.equals("target"))) {
                diff(x, y).forEach(inner -> out.add(f + "." + inner));
            } else if (x == null || !x.equals(y)) {
                out.add(f);
            }
        }
        return out;
    }

    private static void assertAnswered(ProtocolServer server, ObjectNode request, String what) {
        ObjectNode sent = request.deepCopy();
        sent.put("id", 1);
        JsonNode reply = server.answer(sent.toString());
        assertFalse(reply.has("error"), () -> what + " must be valid: " + reply);
    }

    private static void assertRefused(ProtocolServer server, ObjectNode request, String what) {
        ObjectNode sent = request.deepCopy();
        sent.put("id", 1);
        JsonNode reply = server.answer(sent.toString());
        assertTrue(reply.has("error"), () -> what + " was answered: " + reply);
    }
}

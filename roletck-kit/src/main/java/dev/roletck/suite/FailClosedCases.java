package dev.roletck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.matrix.Group;
import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The fail-closed checks: for every table and for the assignment rules, a valid request spoiled in
 * one way each — an unknown or wrongly cased id, a missing field, a value of the wrong type, a
 * context key the table does not take, a site where none belongs or none where one must be, a field
 * the protocol does not have. PROTOCOL.md ("Errors") requires an error for each; an implementation
 * that answers one with an access level or a verdict fails that check.
 */
public final class FailClosedCases {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FailClosedCases() {}

    /** Every check, tables in order, then the assignment requests. */
    public static List<FailClosedCase> all() {
        Map<String, FailClosedCase> cases = new LinkedHashMap<>();
        for (Table t : Table.values()) access(t, cases);
        assignment(cases);
        return List.copyOf(cases.values());
    }

    // ---- access requests --------------------------------------------------------------------

    private static void access(Table t, Map<String, FailClosedCase> out) {
        Capability cap = t.capabilities().get(0);
        Role role = t.roles().get(0);
        Relation relation = t.relations().iterator().next();
        ObjectNode base = NODES.objectNode();
        base.put("kind", "access");
        base.put("table", t.id());
        base.put("capability", cap.id());
        base.putArray("roles").add(role.id());
        base.put("relation", relation.id());
        base.putObject("context");
        Optional<Group> table = Optional.of(Group.of(t));
        Spoiler s = new Spoiler(t.id(), base, out);

        s.add("kind_missing", "no 'kind'", Optional.empty(), r -> r.remove("kind"));
        s.add("kind_unknown", "unknown kind 'acces'", Optional.empty(), r -> r.put("kind", "acces"));
        s.add("kind_wrong_case", "kind 'Access' (ids are case-sensitive)", Optional.empty(), r -> r.put("kind", "Access"));
        s.add("table_missing", "no 'table'", Optional.empty(), r -> r.remove("table"));
        s.add("table_unknown", "unknown table '" + t.id() + "s'", Optional.empty(), r -> r.put("table", t.id() + "s"));
        s.add("table_wrong_case", "table '" + upper(t.id()) + "' (ids are case-sensitive)", Optional.empty(),
                r -> r.put("table", upper(t.id())));
        s.add("table_not_text", "table given as a number", Optional.empty(), r -> r.put("table", 1));
        s.add("capability_missing", "no 'capability'", table, r -> r.remove("capability"));
        s.add("capability_unknown", "unknown capability '" + cap.id() + "_x'", table, r -> r.put("capability", cap.id() + "_x"));
        s.add("capability_wrong_case", "capability '" + capitalized(cap.id()) + "' (ids are case-sensitive)", table,
                r -> r.put("capability", capitalized(cap.id())));
        s.add("capability_of_another_table", "a capability of another table", table,
                r -> r.put("capability", capabilityNotOf(t).id()));
        s.add("capability_not_text", "capability given as a list", table, r -> r.putArray("capability").add(cap.id()));
        s.add("roles_missing", "no 'roles'", table, r -> r.remove("roles"));
        s.add("roles_not_a_list", "roles given as one string", table, r -> r.put("roles", role.id()));
        s.add("roles_object", "roles given as an object", table, r -> r.putObject("roles").put(role.id(), true));
        s.add("role_unknown", "unknown role '" + role.id() + "x'", table, r -> r.putArray("roles").add(role.id() + "x"));
        s.add("role_wrong_case", "role '" + upper(role.id()) + "' (ids are case-sensitive)", table,
                r -> r.putArray("roles").add(upper(role.id())));
        s.add("role_null", "a null role in the list", table, r -> r.putArray("roles").add(role.id()).addNull());
        s.add("role_not_text", "a number in the role list", table, r -> r.putArray("roles").add(7));
        s.add("role_label", "a role's English label instead of its id", table, r -> r.putArray("roles").add(label(role)));
        s.add("relation_missing", "no 'relation'", table, r -> r.remove("relation"));
        s.add("relation_null", "relation null", table, r -> r.putNull("relation"));
        s.add("relation_unknown", "unknown relation '" + relation.id() + "s'", table, r -> r.put("relation", relation.id() + "s"));
        s.add("relation_wrong_case", "relation '" + capitalized(relation.id()) + "' (ids are case-sensitive)", table,
                r -> r.put("relation", capitalized(relation.id())));
        s.add("relation_not_text", "relation given as a boolean", table, r -> r.put("relation", true));
        s.add("context_not_an_object", "context given as a string", table, r -> r.put("context", "cc_license=standard"));
        s.add("context_list", "context given as a list", table, r -> r.putArray("context"));
        s.add("context_key_unknown", "an unknown context key 'licence'", table, r -> r.putObject("context").put("licence", "standard"));
        if (t == Table.CONTACT_CENTER) {
            s.add("cc_license_unknown", "unknown cc_license 'gold'", table, r -> r.putObject("context").put("cc_license", "gold"));
            s.add("cc_license_wrong_case", "cc_license 'Standard' (ids are case-sensitive)", table,
                    r -> r.putObject("context").put("cc_license", "Standard"));
            s.add("cc_license_not_text", "cc_license given as a number", table, r -> r.putObject("context").put("cc_license", 2));
        } else {
            s.add("cc_license_on_other_table", "context key cc_license, which only contact_center takes (RULINGS §4.4)", table,
                    r -> r.putObject("context").put("cc_license", "standard"));
        }
        s.add("field_unknown", "a field the protocol does not have ('priority')", table, r -> r.put("priority", 1));
        s.add("site_on_access", "a 'site' field, which only assignment requests have", table,
                r -> r.putObject("site").put("id", "s1").put("managed_by", "control_hub"));
    }

    // ---- assignment requests ----------------------------------------------------------------

    private static void assignment(Map<String, FailClosedCase> out) {
        ObjectNode base = NODES.objectNode();
        base.put("kind", "assign");
        base.put("operation", "assign");
        base.put("organization", "customer");
        base.put("role", "read_only_admin");
        base.putNull("site");
        ObjectNode actor = base.putObject("actor");
        actor.putArray("roles").add("full_admin");
        actor.putObject("site_roles");
        actor.put("relation", "customer");
        actor.put("active_sales_relationship", false);
        ObjectNode target = base.putObject("target");
        target.put("same_as_actor", false);
        target.putArray("roles");
        target.putObject("site_roles");
        target.put("relation", "customer");
        target.put("home", "ordinary");
        target.put("contact_center_enabled", false);
        Optional<Group> about = Optional.of(Group.ASSIGNMENT);
        Spoiler s = new Spoiler("assignment", base, out);

        s.add("kind_wrong_case", "kind 'Assign' (ids are case-sensitive)", Optional.empty(), r -> r.put("kind", "Assign"));
        s.add("operation_missing", "no 'operation'", about, r -> r.remove("operation"));
        s.add("operation_unknown", "unknown operation 'grant'", about, r -> r.put("operation", "grant"));
        s.add("operation_wrong_case", "operation 'Assign' (ids are case-sensitive)", about, r -> r.put("operation", "Assign"));
        s.add("organization_missing", "no 'organization'", about, r -> r.remove("organization"));
        s.add("organization_unknown", "unknown organization kind 'tenant'", about, r -> r.put("organization", "tenant"));
        s.add("role_missing", "no 'role'", about, r -> r.remove("role"));
        s.add("role_unknown", "unknown role 'read_only_admn'", about, r -> r.put("role", "read_only_admn"));
        s.add("role_wrong_case", "role 'Read_Only_Admin' (ids are case-sensitive)", about, r -> r.put("role", "Read_Only_Admin"));
        s.add("role_not_text", "role given as a list", about, r -> r.putArray("role").add("read_only_admin"));
        s.add("site_role_without_site", "a site role without a site (R11)", about, r -> r.put("role", "webex_site_admin"));
        s.add("site_on_non_site_role", "a site on a role that is not held per site", about,
                r -> r.putObject("site").put("id", "s1").put("managed_by", "control_hub"));
        s.add("site_id_missing", "a site without an id", about, r -> {
            r.put("role", "webex_user_admin");
            r.putObject("site").put("managed_by", "control_hub");
        });
        s.add("site_id_empty", "a site whose id is empty", about, r -> {
            r.put("role", "webex_user_admin");
            r.putObject("site").put("id", "").put("managed_by", "control_hub");
        });
        s.add("site_managed_by_unknown", "a site managed by an unknown tool 'webex_admin'", about, r -> {
            r.put("role", "webex_user_admin");
            r.putObject("site").put("id", "s1").put("managed_by", "webex_admin");
        });
        s.add("site_not_an_object", "a site given as a string", about, r -> {
            r.put("role", "webex_user_admin");
            r.put("site", "s1");
        });
        s.add("actor_missing", "no 'actor'", about, r -> r.remove("actor"));
        s.add("actor_roles_missing", "an actor without 'roles'", about, r -> obj(r, "actor").remove("roles"));
        s.add("actor_role_unknown", "an actor holding an unknown role", about, r -> obj(r, "actor").putArray("roles").add("full_admn"));
        s.add("actor_role_wrong_case", "an actor holding 'Full_Admin' (ids are case-sensitive)", about,
                r -> obj(r, "actor").putArray("roles").add("Full_Admin"));
        s.add("actor_relation_missing", "an actor without 'relation'", about, r -> obj(r, "actor").remove("relation"));
        s.add("actor_relation_unknown", "an actor of an unknown relation 'reseller'", about,
                r -> obj(r, "actor").put("relation", "reseller"));
        s.add("actor_flag_not_boolean", "active_sales_relationship given as a string", about,
                r -> obj(r, "actor").put("active_sales_relationship", "yes"));
        s.add("actor_site_roles_list", "actor site_roles given as a list", about, r -> obj(r, "actor").putArray("site_roles"));
        s.add("actor_site_role_unknown", "an actor holding an unknown site role on a site", about,
                r -> obj(r, "actor").putObject("site_roles").putArray("s1").add("webex_site_admn"));
        s.add("actor_field_unknown", "an actor field the protocol does not have ('email')", about,
                r -> obj(r, "actor").put("email", "a@example.com"));
        s.add("target_missing", "no 'target'", about, r -> r.remove("target"));
        s.add("target_roles_missing", "a target without 'roles'", about, r -> obj(r, "target").remove("roles"));
        s.add("target_role_unknown", "a target holding an unknown role", about, r -> obj(r, "target").putArray("roles").add("device_admn"));
        s.add("target_relation_missing", "a target without 'relation'", about, r -> obj(r, "target").remove("relation"));
        s.add("target_home_unknown", "a target whose home organization kind 'business' is unknown", about,
                r -> obj(r, "target").put("home", "business"));
        s.add("target_flag_not_boolean", "contact_center_enabled given as a number", about,
                r -> obj(r, "target").put("contact_center_enabled", 1));
        s.add("target_self_other_relation", "a target that is the actor but of another relation", about, r -> {
            obj(r, "target").put("same_as_actor", true);
            obj(r, "target").put("relation", "partner");
        });
        s.add("revoke_role_not_held", "revoking a role the target does not hold", about, r -> {
            r.put("operation", "revoke");
            r.put("role", "device_admin");
        });
        s.add("revoke_site_role_not_held_on_site", "revoking a site role the target holds on another site only", about, r -> {
            r.put("operation", "revoke");
            r.put("role", "webex_user_admin");
            r.putObject("site").put("id", "s1").put("managed_by", "control_hub");
            obj(r, "target").putObject("site_roles").putArray("s2").add("webex_user_admin");
        });
        s.add("field_unknown", "a field the protocol does not have ('reason')", about, r -> r.put("reason", "audit"));
        s.add("context_on_assignment", "a context key on an assignment request", about,
                r -> r.putObject("context").put("cc_license", "standard"));
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** Adds spoiled copies of one valid request, each under {@code fail_closed/<subject>/<defect>}. */
    private record Spoiler(String subject, ObjectNode base, Map<String, FailClosedCase> out) {
        void add(String slug, String defect, Optional<Group> about, Consumer<ObjectNode> spoil) {
            ObjectNode request = base.deepCopy();
            spoil.accept(request);
            String id = Group.FAIL_CLOSED.id() + "/" + subject + "/" + slug;
            if (out.containsKey(id)) throw new IllegalStateException("two fail-closed checks named " + id);
            out.put(id, new FailClosedCase(id, about, request, new Provenance.FromProtocol(slug, defect)));
        }
    }

    private static ObjectNode obj(ObjectNode request, String field) {
        JsonNode n = request.get(field);
        return (ObjectNode) n;
    }

    private static Capability capabilityNotOf(Table t) {
        for (Capability c : Capability.values()) {
            if (c.table() != t && Capability.of(t, c.id()).isEmpty()) return c;
        }
        throw new IllegalStateException("every capability id is a row of " + t.id());
    }

    private static String upper(String id) { return id.toUpperCase(Locale.ROOT); }

    private static String capitalized(String id) { return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1); }

    private static String label(Role role) {
        String[] words = role.id().split("_");
        List<String> out = new ArrayList<>();
        for (String w : words) out.add(capitalized(w));
        return String.join(" ", out);
    }

}

package dev.roletck.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.i18n.Message;
import dev.roletck.model.Access;
import dev.roletck.model.Ids;
import dev.roletck.model.RuleId;
import dev.roletck.model.RuleStatus;
import dev.roletck.model.Scope;
import dev.roletck.model.Verdict;
import dev.roletck.protocol.Wire;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads rules.yaml: every rule R01..R52 exactly once, each with the status RULINGS §5 gives it. */
final class RulesReader {
    static final Pattern SEED_LINE = Pattern.compile("[0-9]{3}_[0-9a-f]{16}\\.txt:[1-9][0-9]*(-[1-9][0-9]*)?");
    private static final List<String> RULE_REQUIRED = List.of("id", "title", "status", "group", "seeds", "statement");
    private static final List<String> RULE_OPTIONAL = List.of("reason", "notes", "access_cases", "cases");
    private static final List<String> CASE_KEYS = List.of("name", "request", "expect");

    private final YamlDoc doc;

    private RulesReader(YamlDoc doc) {
        this.doc = doc;
    }

    static Optional<List<RuleSpec>> read(YamlDoc doc, Node root) {
        return new RulesReader(doc).rules(root);
    }

    private Optional<List<RuleSpec>> rules(Node root) {
        Optional<YamlDoc.Fields> top = doc.fields(root, YamlDoc.TOP, List.of("rules"), List.of());
        if (top.isEmpty() || top.get().get("rules").isEmpty()) return Optional.empty();
        Node listNode = top.get().get("rules").get();
        Optional<List<Node>> items = doc.list(listNode, "rules");
        if (items.isEmpty()) return Optional.empty();
        Map<RuleId, Node> seen = new EnumMap<>(RuleId.class);
        List<RuleSpec> rules = new ArrayList<>();
        for (Node item : items.get()) rule(item, seen).ifPresent(rules::add);
        for (RuleId id : RuleId.values()) {
            if (!seen.containsKey(id)) {
                doc.at(listNode, Message.of("message.spec.missing_rule", "rule", id.id()),
                        Message.of("message.spec.fix.missing_rule", "rule", id.id(), "status", id.status().id()));
            }
        }
        return doc.hasProblems() ? Optional.empty() : Optional.of(List.copyOf(rules));
    }

    private Optional<RuleSpec> rule(Node node, Map<RuleId, Node> seen) {
        Optional<YamlDoc.Fields> fields = doc.fields(node, "rules", RULE_REQUIRED, RULE_OPTIONAL);
        if (fields.isEmpty()) return Optional.empty();
        YamlDoc.Fields f = fields.get();
        int before = doc.problemCount();
        Optional<RuleId> id = f.get("id").flatMap(n -> doc.id(n, "rule", RuleId::fromId, "R01 … R52"));
        if (id.isPresent()) {
            Node first = seen.putIfAbsent(id.get(), f.get("id").get());
            if (first != null) {
                doc.at(f.get("id").get(), Message.of("message.spec.rule_twice", "rule", id.get().id(),
                        "first", String.valueOf(first.getStartMark().getLine() + 1)), Message.of("message.spec.fix.rule_twice"));
            }
        }
        Optional<String> title = f.get("title").flatMap(n -> doc.text(n, "title"));
        Optional<RuleStatus> status = f.get("status")
                .flatMap(n -> doc.id(n, "status", RuleStatus::fromId, Ids.list(RuleStatus.class)));
        if (id.isPresent() && status.isPresent() && status.get() != id.get().status()) {
            doc.at(f.get("status").get(), Message.of("message.spec.status_differs", "rule", id.get().id(),
                    "status", status.get().id(), "ruling", id.get().status().id()),
                    Message.of("message.input.fix.write", "code", "status: " + id.get().status().id()));
        }
        Optional<Group> group = f.get("group").flatMap(n -> doc.id(n, "group",
                g -> Group.fromId(g).filter(Group::isRuleGroup), ruleGroupIds()));
        Optional<List<String>> seeds = f.get("seeds").flatMap(this::seedLines);
        Optional<String> statement = f.get("statement").flatMap(n -> doc.text(n, "statement"));
        Optional<String> reason = f.get("reason").flatMap(n -> doc.text(n, "reason"));
        Optional<String> notes = f.get("notes").flatMap(n -> doc.text(n, "notes"));
        Set<String> names = new HashSet<>();
        List<RuleSpec.AccessCase> accessCases = f.get("access_cases")
                .map(n -> cases(n, "access_cases", names, this::accessCase)).orElse(List.of());
        List<RuleSpec.AssignmentCase> cases = f.get("cases")
                .map(n -> cases(n, "cases", names, this::assignmentCase)).orElse(List.of());
        if (doc.problemCount() != before || id.isEmpty() || title.isEmpty() || status.isEmpty() || group.isEmpty()
                || seeds.isEmpty() || statement.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RuleSpec(id.get(), title.get(), status.get(), group.get(), seeds.get(), statement.get(),
                reason, notes, accessCases, cases));
    }

    private Optional<List<String>> seedLines(Node node) {
        Optional<List<Node>> items = doc.list(node, "seeds");
        if (items.isEmpty()) return Optional.empty();
        if (items.get().isEmpty()) {
            doc.at(node, Message.of("message.input.empty_value", "field", "seeds"),
                    Message.of("message.spec.fix.name_a_seed_line", "example", "002_eb43fb2dbe00fd3d.txt:88"));
            return Optional.empty();
        }
        List<String> seeds = new ArrayList<>();
        for (Node item : items.get()) {
            Optional<String> s = doc.text(item, "seeds");
            if (s.isEmpty()) continue;
            if (!SEED_LINE.matcher(s.get()).matches()) {
                doc.at(item, Message.of("message.spec.not_a_seed_line", "line", s.get()),
                        Message.of("message.spec.fix.seed_line", "form", "file:line", "example", "002_eb43fb2dbe00fd3d.txt:88"));
            } else if (seeds.contains(s.get())) {
                doc.at(item, Message.of("message.input.listed_twice", "id", s.get()), Message.of("message.input.fix.remove_one"));
            } else {
                seeds.add(s.get());
            }
        }
        return seeds.size() == items.get().size() ? Optional.of(seeds) : Optional.empty();
    }

    private interface CaseReader<T> {
        Optional<T> read(String name, Node request, Node expect);
    }

    private <T> List<T> cases(Node node, String key, Set<String> names, CaseReader<T> reader) {
        List<T> cases = new ArrayList<>();
        for (Node item : doc.list(node, key).orElse(List.of())) {
            Optional<YamlDoc.Fields> f = doc.fields(item, key, CASE_KEYS, List.of());
            if (f.isEmpty()) continue;
            Optional<String> name = f.get().get("name").flatMap(n -> doc.text(n, "name"));
            if (name.isPresent() && !names.add(name.get())) {
                doc.at(f.get().get("name").get(), Message.of("message.spec.case_twice", "case", name.get()),
                        Message.of("message.spec.fix.case_twice"));
            }
            Optional<Node> request = f.get().get("request");
            Optional<Node> expect = f.get().get("expect");
            if (name.isEmpty() || request.isEmpty() || expect.isEmpty()) continue;
            reader.read(name.get(), request.get(), expect.get()).ifPresent(cases::add);
        }
        return cases;
    }

    private Optional<RuleSpec.AccessCase> accessCase(String name, Node request, Node expect) {
        Optional<AccessRequest> req = wire(request, name, Wire::accessRequest);
        Optional<YamlDoc.Fields> e = doc.fields(expect, "expect", List.of("access"), List.of("scopes"));
        if (e.isEmpty()) return Optional.empty();
        Optional<Access> access = e.get().get("access")
                .flatMap(n -> doc.id(n, "access", Access::fromId, Ids.list(Access.class)));
        List<Scope> scopes = new ArrayList<>();
        boolean clean = true;
        if (e.get().get("scopes").isPresent()) {
            Optional<List<Node>> items = doc.list(e.get().get("scopes").get(), "scopes");
            clean = items.isPresent();
            for (Node item : items.orElse(List.of())) {
                Optional<Scope> s = doc.id(item, "scope", Scope::fromId, Ids.list(Scope.class));
                if (s.isEmpty()) clean = false;
                else scopes.add(s.get());
            }
            if (clean && !scopes.isEmpty() && access.isPresent() && !access.get().isScopable()) {
                doc.at(e.get().get("scopes").get(), Message.of("message.spec.scopes_unqualified", "access", access.get().id()),
                        Message.of("message.input.fix.write", "code", "scopes: []"));
                clean = false;
            }
            if (clean && !scopes.equals(scopes.stream().sorted().distinct().toList())) {
                doc.at(e.get().get("scopes").get(), Message.of("message.spec.scopes_unsorted"),
                        Message.of("message.input.fix.write", "code", "[" + MatrixReader.ids(scopes.stream().sorted().distinct().toList()) + "]"));
                clean = false;
            }
        }
        if (req.isEmpty() || access.isEmpty() || !clean) return Optional.empty();
        return Optional.of(new RuleSpec.AccessCase(name, req.get(), access.get(), scopes));
    }

    private Optional<RuleSpec.AssignmentCase> assignmentCase(String name, Node request, Node expect) {
        Optional<AssignmentRequest> req = wire(request, name, Wire::assignmentRequest);
        Optional<YamlDoc.Fields> e = doc.fields(expect, "expect", List.of("verdict", "rule"), List.of());
        if (e.isEmpty()) return Optional.empty();
        Optional<Verdict> verdict = e.get().get("verdict")
                .flatMap(n -> doc.id(n, "verdict", Verdict::fromId, Ids.list(Verdict.class)));
        Optional<RuleId> rule = e.get().get("rule").flatMap(n -> doc.id(n, "rule", RuleId::fromId, "R01 … R52"));
        if (req.isEmpty() || verdict.isEmpty() || rule.isEmpty()) return Optional.empty();
        return Optional.of(new RuleSpec.AssignmentCase(name, req.get(), verdict.get(), rule.get()));
    }

    /** A request decoded by the protocol codec; its complaint becomes a problem at the request. */
    private <T> Optional<T> wire(Node request, String name, Function<JsonNode, T> decode) {
        if (!(request instanceof MappingNode)) {
            doc.at(request, Message.of("message.spec.request_not_mapping", "case", name, "found", YamlDoc.kind(request)),
                    Message.of("message.spec.fix.request"));
            return Optional.empty();
        }
        try {
            return Optional.of(decode.apply(json(request)));
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            int dash = message.indexOf(" — ");
            String what = dash < 0 ? message : message.substring(0, dash);
            // the protocol codec's own words are quoted as they are; the fix is the kit's
            doc.at(request, Message.of("message.spec.bad_request", "case", name, "detail", what.replaceAll("\\s*\\R\\s*", " ")),
                    Message.of("message.spec.fix.request"));
            return Optional.empty();
        }
    }

    /** The node as a Jackson tree, scalars typed as YAML resolved them. */
    static JsonNode json(Node node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof MappingNode mapping) {
            ObjectNode object = f.objectNode();
            for (NodeTuple t : mapping.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) continue;
                String key = k.getValue();
                if (!object.has(key)) object.set(key, json(t.getValueNode()));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = f.arrayNode();
            for (Node item : sequence.getValue()) array.add(json(item));
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        String v = scalar.getValue();
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) return f.nullNode();
        if (tag.equals(Tag.BOOL)) return f.booleanNode(Set.of("true", "yes", "on").contains(YamlDoc.lower(v)));
        if (tag.equals(Tag.INT)) {
            try {
                return f.numberNode(Long.parseLong(v.replace("_", "")));
            } catch (NumberFormatException e) {
                return f.textNode(v);
            }
        }
        return f.textNode(v);
    }

    /** The ids a rule's group may take: the seven rule groups, not the checks. */
    private static String ruleGroupIds() {
        return String.join(", ", Group.ruleGroups().stream().map(Group::id).toList());
    }
}

package dev.roletck.matrix;

import dev.roletck.i18n.Message;
import dev.roletck.model.Access;
import dev.roletck.model.Basis;
import dev.roletck.model.Capability;
import dev.roletck.model.CcLicense;
import dev.roletck.model.Confidence;
import dev.roletck.model.Id;
import dev.roletck.model.Ids;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.model.Scope;
import dev.roletck.model.Table;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one matrix file; every problem is reported, none stops the reading of the rest. */
final class MatrixReader {
    /** The key of each list of ids a matrix declares. */
    private static final java.util.Map<String, String> FIELDS = java.util.Map.of("relation", "relations", "role", "roles",
            "capability", "capabilities");
    static final Pattern SEED = Pattern.compile("[0-9]{3}_[0-9a-f]{16}\\.txt");
    private static final List<String> TOP = List.of("table", "title", "seeds", "relations", "roles", "capabilities", "cells");
    private static final List<String> CELL_REQUIRED = List.of("access", "scope", "basis", "confidence");
    private static final List<String> CELL_OPTIONAL = List.of("reason", "seeds", "with_any_of", "unless");

    private final YamlDoc doc;

    private MatrixReader(YamlDoc doc) {
        this.doc = doc;
    }

    /** The matrix of {@code root}; when {@code expected} is given the file must be that table's. */
    static Optional<Matrix> read(YamlDoc doc, Node root, Optional<Table> expected) {
        return new MatrixReader(doc).matrix(root, expected);
    }

    private Optional<Matrix> matrix(Node root, Optional<Table> expected) {
        Optional<YamlDoc.Fields> top = doc.fields(root, YamlDoc.TOP, TOP, List.of("revisions"));
        if (top.isEmpty()) return Optional.empty();
        YamlDoc.Fields f = top.get();
        Optional<Table> table = f.get("table").flatMap(n -> doc.id(n, "table", Table::fromId, Ids.list(Table.class)));
        if (table.isPresent() && expected.isPresent() && table.get() != expected.get()) {
            doc.at(f.get("table").orElseThrow(), Message.of("message.spec.other_table", "file", expected.get().id(),
                    "table", table.get().id()), Message.of("message.spec.fix.other_table", "table", expected.get().id()));
            table = Optional.empty();
        }
        Optional<String> title = f.get("title").flatMap(n -> doc.text(n, "title"));
        Optional<List<String>> seeds = f.get("seeds").flatMap(n -> seeds(n, "seeds"));
        List<Revision> revisions = f.get("revisions").map(this::revisions).orElse(List.of());
        if (table.isEmpty()) return Optional.empty();
        Table t = table.get();
        f.get("relations").ifPresent(n -> declared(n, "relation", List.copyOf(t.relations()), false,
                Relation::fromId, r -> true, t));
        f.get("roles").ifPresent(n -> declared(n, "role", t.roles(), true, Role::fromId, t::lists, t));
        f.get("capabilities").ifPresent(n -> declared(n, "capability", t.capabilities(), true,
                id -> Capability.of(t, id), c -> true, t));
        List<Cell> cells = f.get("cells").map(n -> cells(n, t, seeds.orElse(List.of()))).orElse(List.of());
        if (doc.hasProblems() || title.isEmpty() || seeds.isEmpty()) return Optional.empty();
        return Optional.of(new Matrix(t, title.get(), seeds.get(), revisions, cells));
    }

    // ---- header lists

    /**
     * A list of ids that must equal what the table declares, in that order when {@code ordered}
     * (columns and rows; relations are a set). {@code lookup} finds an id among all ids of its kind;
     * {@code belongs} says whether the table has it.
     */
    private <E extends Id> void declared(Node node, String kind, List<E> expected, boolean ordered,
                                         Function<String, Optional<E>> lookup,
                                         java.util.function.Predicate<E> belongs, Table table) {
        Optional<List<Node>> items = doc.list(node, FIELDS.get(kind));
        if (items.isEmpty()) return;
        List<E> found = new ArrayList<>();
        boolean clean = true;
        for (Node item : items.get()) {
            Optional<E> e = member(item, kind, expected, lookup, belongs, table);
            if (e.isEmpty()) {
                clean = false;
            } else if (found.contains(e.get())) {
                doc.at(item, Message.of("message.input.listed_twice", "id", e.get().id()), Message.of("message.input.fix.remove_one"));
                clean = false;
            } else {
                found.add(e.get());
            }
        }
        boolean same = ordered ? found.equals(expected) : new HashSet<>(found).equals(new HashSet<>(expected));
        if (clean && !same) {
            doc.at(node, Message.of("message.spec.list_differs", "kind", kind, "found", ids(found), "table", table.id()),
                    Message.of("message.input.fix.write", "code", "[" + ids(expected) + "]"));
        }
    }

    /** One id that must be one of {@code expected}, with a message telling unknown ids from ids of another table. */
    private <E extends Id> Optional<E> member(Node node, String kind, List<E> expected, Function<String, Optional<E>> lookup,
                                              java.util.function.Predicate<E> belongs, Table table) {
        Optional<String> id = scalarId(node, kind, expected);
        if (id.isEmpty()) return Optional.empty();
        Optional<E> e = lookup.apply(id.get());
        if (e.isEmpty()) {
            doc.at(node, Message.of("message.input.unknown_id", "kind", kind, "id", id.get()),
                    Message.of("message.input.fix.one_of", "choices", ids(expected)));
            return Optional.empty();
        }
        if (!belongs.test(e.get())) {
            doc.at(node, Message.of("message.spec.not_in_table", "kind", kind, "id", id.get(), "table", table.id()),
                    Message.of("message.input.fix.one_of", "choices", ids(expected)));
            return Optional.empty();
        }
        return e;
    }

    private Optional<String> scalarId(Node node, String kind, List<? extends Id> expected) {
        if (!(node instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar) || YamlDoc.isNull(node)) {
            doc.at(node, Message.of("message.input.expected_id", "kind", kind, "found", YamlDoc.kind(node)),
                    Message.of("message.input.fix.one_of", "choices", ids(expected)));
            return Optional.empty();
        }
        return Optional.of(scalar.getValue());
    }

    static String ids(List<? extends Id> list) {
        return list.stream().map(Id::id).collect(Collectors.joining(", "));
    }

    // ---- seeds and revisions

    Optional<List<String>> seeds(Node node, String what) {
        Optional<List<Node>> items = doc.list(node, what);
        if (items.isEmpty()) return Optional.empty();
        if (items.get().isEmpty()) {
            doc.at(node, Message.of("message.input.empty_value", "field", what),
                    Message.of("message.spec.fix.name_a_seed", "example", "002_eb43fb2dbe00fd3d.txt"));
            return Optional.empty();
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        boolean clean = true;
        for (Node item : items.get()) {
            Optional<String> name = doc.text(item, what);
            if (name.isEmpty()) {
                clean = false;
            } else if (!SEED.matcher(name.get()).matches()) {
                doc.at(item, Message.of("message.spec.not_a_seed", "name", name.get()),
                        Message.of("message.spec.fix.seed_name", "form", "NNN_<16 hex>.txt", "example", "002_eb43fb2dbe00fd3d.txt"));
                clean = false;
            } else if (!names.add(name.get())) {
                doc.at(item, Message.of("message.input.listed_twice", "id", name.get()), Message.of("message.input.fix.remove_one"));
                clean = false;
            }
        }
        return clean ? Optional.of(List.copyOf(names)) : Optional.empty();
    }

    private List<Revision> revisions(Node node) {
        List<Revision> revisions = new ArrayList<>();
        for (Node item : doc.list(node, "revisions").orElse(List.of())) {
            doc.fields(item, "revisions", List.of("seeds", "note"), List.of()).ifPresent(f -> {
                Optional<List<String>> seeds = f.get("seeds").flatMap(n -> seeds(n, "seeds"));
                Optional<String> note = f.get("note").flatMap(n -> doc.text(n, "note"));
                if (seeds.isPresent() && note.isPresent()) revisions.add(new Revision(seeds.get(), note.get()));
            });
        }
        return revisions;
    }

    // ---- cells

    private List<Cell> cells(Node node, Table table, List<String> tableSeeds) {
        List<Cell> cells = new ArrayList<>();
        Optional<List<YamlDoc.Entry>> rows = doc.entries(node, "cells");
        if (rows.isEmpty()) return cells;
        Map<Capability, YamlDoc.Entry> seenRows = new EnumMap<>(Capability.class);
        for (YamlDoc.Entry row : rows.get()) {
            Optional<Capability> capability = member(row.keyNode(), "capability", table.capabilities(),
                    id -> Capability.of(table, id), c -> true, table);
            if (capability.isEmpty()) continue;
            seenRows.put(capability.get(), row);
            Optional<List<YamlDoc.Entry>> columns = doc.entries(row.value(), "cells/" + capability.get().id());
            if (columns.isEmpty()) continue;
            Map<Role, YamlDoc.Entry> seenColumns = new EnumMap<>(Role.class);
            for (YamlDoc.Entry column : columns.get()) {
                Optional<Role> role = member(column.keyNode(), "role", table.roles(), Role::fromId, table::lists, table);
                if (role.isEmpty()) continue;
                seenColumns.put(role.get(), column);
                Optional<List<YamlDoc.Entry>> relations = doc.entries(column.value(),
                        "cells/" + capability.get().id() + "/" + role.get().id());
                if (relations.isEmpty()) continue;
                Map<Relation, YamlDoc.Entry> seenRelations = new HashMap<>();
                for (YamlDoc.Entry rel : relations.get()) {
                    Optional<Relation> relation = member(rel.keyNode(), "relation", List.copyOf(table.relations()),
                            Relation::fromId, table::declares, table);
                    if (relation.isEmpty()) continue;
                    seenRelations.put(relation.get(), rel);
                    cell(rel.value(), table, capability.get(), role.get(), relation.get(), tableSeeds).ifPresent(cells::add);
                }
                for (Relation r : table.relations()) {
                    if (!seenRelations.containsKey(r)) {
                        doc.at(column.value(), Message.of("message.spec.missing_cell",
                                "cell", capability.get().id() + "/" + role.get().id() + "/" + r.id()),
                                Message.of("message.input.fix.add", "code", r.id() + ": {access: …, scope: …, basis: …, confidence: …}"));
                    }
                }
            }
            for (Role r : table.roles()) {
                if (!seenColumns.containsKey(r)) {
                    doc.at(row.value(), Message.of("message.spec.missing_role", "role", r.id(), "capability", capability.get().id()),
                            Message.of("message.spec.fix.missing_role", "role", r.id(), "relations", ids(List.copyOf(table.relations()))));
                }
            }
        }
        for (Capability c : table.capabilities()) {
            if (!seenRows.containsKey(c)) {
                doc.at(node, Message.of("message.spec.missing_capability", "capability", c.id()),
                        Message.of("message.spec.fix.missing_capability", "capability", c.id()));
            }
        }
        return cells;
    }

    private Optional<Cell> cell(Node node, Table table, Capability capability, Role role, Relation relation,
                                List<String> tableSeeds) {
        String cell = capability.id() + "/" + role.id() + "/" + relation.id();
        Optional<YamlDoc.Fields> fields = doc.fields(node, "cells/" + cell, CELL_REQUIRED, CELL_OPTIONAL);
        if (fields.isEmpty()) return Optional.empty();
        YamlDoc.Fields f = fields.get();
        int before = doc.problemCount();
        Optional<Access> access = f.get("access").flatMap(n -> doc.id(n, "access", Access::fromId, Ids.list(Access.class)));
        Optional<Scope> scope = Optional.empty();
        Optional<Node> scopeNode = f.get("scope");
        if (scopeNode.isPresent() && !YamlDoc.isNull(scopeNode.get())) {
            scope = doc.id(scopeNode.get(), "scope", Scope::fromId, "null, " + Ids.list(Scope.class));
            if (scope.isPresent() && access.isPresent() && !access.get().isScopable()) {
                doc.at(scopeNode.get(), Message.of("message.spec.scope_unqualified", "scope", scope.get().id(), "access", access.get().id()),
                        Message.of("message.input.fix.write", "code", "scope: null"));
            }
        }
        Optional<Basis> basis = f.get("basis").flatMap(n -> doc.id(n, "basis", Basis::fromId, Ids.list(Basis.class)));
        Optional<Confidence> confidence = f.get("confidence")
                .flatMap(n -> doc.id(n, "confidence", Confidence::fromId, Ids.list(Confidence.class)));
        Optional<String> reason = f.get("reason").flatMap(n -> doc.text(n, "reason"));
        if (basis.isPresent() && basis.get() != Basis.STATED && f.get("reason").isEmpty()) {
            doc.at(node, Message.of("message.spec.no_reason", "cell", cell, "basis", basis.get().id()),
                    Message.of("message.spec.fix.no_reason"));
        }
        List<String> seeds = f.get("seeds").flatMap(n -> seeds(n, "seeds")).orElse(tableSeeds);
        RoleSet withAnyOf = f.get("with_any_of").map(n -> withAnyOf(n, table, role)).orElse(RoleSet.EMPTY);
        Optional<CcLicense> unless = f.get("unless").flatMap(n -> unless(n, table));
        if (doc.problemCount() != before || access.isEmpty() || basis.isEmpty() || confidence.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Cell(capability, role, relation, access.get(), scope, basis.get(), confidence.get(),
                reason, seeds, withAnyOf, unless));
    }

    private RoleSet withAnyOf(Node node, Table table, Role role) {
        Optional<List<Node>> items = doc.list(node, "with_any_of");
        if (items.isEmpty()) return RoleSet.EMPTY;
        List<Role> others = table.roles().stream().filter(r -> r != role).toList();
        if (items.get().isEmpty()) {
            doc.at(node, Message.of("message.input.empty_value", "field", "with_any_of"),
                    Message.of("message.spec.fix.with_any_of", "roles", ids(others)));
        }
        RoleSet set = RoleSet.EMPTY;
        for (Node item : items.get()) {
            Optional<Role> r = member(item, "role", others, Role::fromId, table::lists, table);
            if (r.isEmpty()) continue;
            if (r.get() == role) {
                doc.at(item, Message.of("message.spec.own_role", "role", role.id()), Message.of("message.input.fix.one_of", "choices", ids(others)));
            } else if (set.contains(r.get())) {
                doc.at(item, Message.of("message.input.listed_twice", "id", r.get().id()), Message.of("message.input.fix.remove_one"));
            }
            set = set.with(r.get());
        }
        return set;
    }

    private Optional<CcLicense> unless(Node node, Table table) {
        Optional<YamlDoc.Fields> f = doc.fields(node, "unless", List.of("cc_license"), List.of());
        if (f.isEmpty()) return Optional.empty();
        Optional<CcLicense> licence = f.get().get("cc_license")
                .flatMap(n -> doc.id(n, "cc_license", CcLicense::fromId, Ids.list(CcLicense.class)));
        if (licence.isPresent() && table != Table.CONTACT_CENTER) {
            doc.at(node, Message.of("message.spec.unless_elsewhere", "table", table.id()), Message.of("message.spec.fix.unless_elsewhere"));
            return Optional.empty();
        }
        return licence;
    }
}

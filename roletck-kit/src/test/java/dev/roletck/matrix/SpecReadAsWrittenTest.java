package dev.roletck.matrix;

import dev.roletck.input.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.Table;
import dev.roletck.protocol.Wire;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The strict loader reads the shipped spec as it is written: every value of every cell, rule and
 * case equals what a plain YAML reading of the same file says. Each file is loaded on its own with
 * {@link MatrixLoader#loadMatrix} and {@link MatrixLoader#loadRules}, never through the memo of
 * {@link MatrixLoader#loadAll}, so a loader that drops or alters a value cannot hide behind an earlier load.
 */
class SpecReadAsWrittenTest {
    private static final Path MATRICES = Path.of(System.getProperty("roletck.home", ".")).resolve("matrices");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plain(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(1000);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return (Map<String, Object>) new Yaml(new SafeConstructor(options)).load(r);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(Object map, String key) {
        return (T) ((Map<String, Object>) map).get(key);
    }

    private static Optional<String> optionalText(Object map, String key) {
        Object v = ((Map<?, ?>) map).get(key);
        return v == null ? Optional.empty() : Optional.of(v.toString());
    }

    @ParameterizedTest
    @EnumSource(Table.class)
    void everyCellIsReadAsWritten(Table table) throws IOException {
        Path file = MATRICES.resolve(table.id() + ".yaml");
        Loaded<Matrix> loaded = MatrixLoader.loadMatrix(file);
        assertTrue(loaded.ok(), () -> loaded.problems().toString());
        assertEquals(List.of(), loaded.problems());
        Matrix m = loaded.orThrow();
        Map<String, Object> yaml = plain(file);

        assertEquals(table, m.table());
        assertEquals(yaml.get("title"), m.title());
        List<String> tableSeeds = get(yaml, "seeds");
        assertEquals(tableSeeds, m.seeds());
        List<Object> revisions = Optional.ofNullable(yaml.get("revisions")).map(r -> (List<Object>) r).orElse(List.of());
        assertEquals(revisions.size(), m.revisions().size(), "revisions");
        for (int i = 0; i < revisions.size(); i++) {
            assertEquals(get(revisions.get(i), "seeds"), m.revisions().get(i).seeds(), "seeds of revision " + (i + 1));
            assertEquals(get(revisions.get(i), "note"), m.revisions().get(i).note(), "note of revision " + (i + 1));
        }

        Map<String, Object> rows = get(yaml, "cells");
        int cells = 0;
        for (Map.Entry<String, Object> row : rows.entrySet()) {
            Capability capability = Capability.of(table, row.getKey()).orElseThrow();
            for (Map.Entry<String, Object> column : ((Map<String, Object>) row.getValue()).entrySet()) {
                Role role = Role.fromId(column.getKey()).orElseThrow();
                for (Map.Entry<String, Object> rel : ((Map<String, Object>) column.getValue()).entrySet()) {
                    Relation relation = Relation.fromId(rel.getKey()).orElseThrow();
                    Object c = rel.getValue();
                    Cell cell = m.cell(capability, role, relation);
                    String id = cell.id();
                    assertEquals(capability, cell.capability(), id);
                    assertEquals(role, cell.role(), id);
                    assertEquals(relation, cell.relation(), id);
                    assertEquals(get(c, "access"), cell.access().id(), id + " access");
                    assertEquals(optionalText(c, "scope"), cell.scope().map(s -> s.id()), id + " scope");
                    assertEquals(get(c, "basis"), cell.basis().id(), id + " basis");
                    assertEquals(get(c, "confidence"), cell.confidence().id(), id + " confidence");
                    assertEquals(optionalText(c, "reason"), cell.reason(), id + " reason");
                    List<String> seeds = get(c, "seeds");
                    assertEquals(seeds == null ? tableSeeds : seeds, cell.seeds(), id + " seeds");
                    List<String> withAnyOf = get(c, "with_any_of");
                    List<Role> needed = withAnyOf == null ? List.of() : withAnyOf.stream().map(r -> Role.fromId(r).orElseThrow()).toList();
                    assertEquals(needed.size(), cell.withAnyOf().size(), id + " with_any_of");
                    needed.forEach(r -> assertTrue(cell.withAnyOf().contains(r), id + " needs " + r.id()));
                    Object unless = get(c, "unless");
                    assertEquals(unless == null ? Optional.empty() : Optional.of(get(unless, "cc_license")),
                            cell.unless().map(l -> l.id()), id + " unless");
                    cells++;
                }
            }
        }
        assertEquals(table.capabilities().size() * table.roles().size() * table.relations().size(), cells, "cells written");
        assertEquals(cells, m.cells().size(), "cells read");
    }

    @Test
    void everyRuleAndCaseIsReadAsWritten() throws IOException {
        Path file = MATRICES.resolve(MatrixLoader.RULES_FILE);
        Loaded<List<RuleSpec>> loaded = MatrixLoader.loadRules(file);
        assertTrue(loaded.ok(), () -> loaded.problems().toString());
        List<RuleSpec> rules = loaded.orThrow();
        List<Object> written = get(plain(file), "rules");
        assertEquals(written.size(), rules.size(), "rules");
        int accessCases = 0;
        int assignmentCases = 0;
        for (int i = 0; i < written.size(); i++) {
            Object w = written.get(i);
            RuleSpec r = rules.get(i);
            String id = get(w, "id");
            assertEquals(id, r.id().id());
            assertEquals(get(w, "title"), r.title(), id);
            assertEquals(get(w, "status"), r.status().id(), id);
            assertEquals(get(w, "group"), r.group().id(), id);
            assertEquals(get(w, "seeds"), r.seeds(), id);
            assertEquals(get(w, "statement"), r.statement(), id);
            assertEquals(optionalText(w, "reason"), r.reason(), id);
            assertEquals(optionalText(w, "notes"), r.notes(), id);

            List<Object> ac = Optional.ofNullable(get(w, "access_cases")).map(x -> (List<Object>) x).orElse(List.of());
            assertEquals(ac.size(), r.accessCases().size(), id + " access_cases");
            for (int k = 0; k < ac.size(); k++) {
                RuleSpec.AccessCase read = r.accessCases().get(k);
                Object expect = get(ac.get(k), "expect");
                assertEquals(get(ac.get(k), "name"), read.name(), id);
                AccessRequest request = Wire.accessRequest(request(get(ac.get(k), "request"), "access"));
                assertEquals(request, read.request(), id + " " + read.name());
                assertEquals(get(expect, "access"), read.access().id(), id + " " + read.name());
                List<String> scopes = Optional.ofNullable(get(expect, "scopes")).map(x -> (List<String>) x).orElse(List.of());
                assertEquals(scopes, read.scopes().stream().map(s -> s.id()).toList(), id + " " + read.name());
                accessCases++;
            }
            List<Object> cs = Optional.ofNullable(get(w, "cases")).map(x -> (List<Object>) x).orElse(List.of());
            assertEquals(cs.size(), r.cases().size(), id + " cases");
            for (int k = 0; k < cs.size(); k++) {
                RuleSpec.AssignmentCase read = r.cases().get(k);
                Object expect = get(cs.get(k), "expect");
                assertEquals(get(cs.get(k), "name"), read.name(), id);
                AssignmentRequest request = Wire.assignmentRequest(request(get(cs.get(k), "request"), "assignment"));
                assertEquals(request, read.request(), id + " " + read.name());
                assertEquals(get(expect, "verdict"), read.verdict().id(), id + " " + read.name());
                assertEquals(get(expect, "rule"), read.rule().id(), id + " " + read.name());
                assignmentCases++;
            }
        }
        assertTrue(accessCases > 0 && assignmentCases > 0, accessCases + " access cases, " + assignmentCases + " assignment cases");
    }

    /** The request as Jackson reads the plain YAML map: an independent path from YAML to the wire codec. */
    private static JsonNode request(Object yaml, String kind) {
        ObjectNode node = Wire.JSON.valueToTree(yaml);
        assertFalse(node.has("id") || node.has("kind"), "rules.yaml writes requests without id and kind");
        return node;
    }

    @Test
    void theWholeSpecLoadsOnceItsFilesAreCopiedElsewhere(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        // a fresh folder: loadAll reads it (nothing memoized under this path) and gets what the files give alone
        try (Stream<Path> files = Files.list(MATRICES)) {
            for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
        Loaded<Spec> all = MatrixLoader.loadAll(dir);
        assertTrue(all.ok(), () -> all.problems().toString());
        Spec spec = all.orThrow();
        for (Table t : Table.values()) {
            assertEquals(MatrixLoader.loadMatrix(MATRICES.resolve(t.id() + ".yaml")).orThrow(), spec.matrix(t), t.id());
        }
        assertEquals(MatrixLoader.loadRules(MATRICES.resolve(MatrixLoader.RULES_FILE)).orThrow(), spec.rules());
        // a verify reads the spec twice (cases, then features): an unchanged folder gives the first reading again
        org.junit.jupiter.api.Assertions.assertSame(spec, MatrixLoader.loadAll(dir).orThrow());
        // a changed file is read again, not served from the memo
        Path rules = dir.resolve(MatrixLoader.RULES_FILE);
        Files.writeString(rules, Files.readString(rules).replace("    status: enforced\n", "    status: advisory\n"));
        Files.setLastModifiedTime(rules, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(rules).toMillis() + 2000));
        Loaded<Spec> changed = MatrixLoader.loadAll(dir);
        assertFalse(changed.ok(), "a rule whose status differs from RULINGS §5 is refused");
        assertTrue(changed.problems().stream().anyMatch(p -> p.toString().contains("but RULINGS §5 gives it “enforced”")),
                changed.problems().toString());
        List<Problem> again = new ArrayList<>(MatrixLoader.loadAll(dir).problems());
        assertEquals(changed.problems(), again, "the same problems each time");
    }
}

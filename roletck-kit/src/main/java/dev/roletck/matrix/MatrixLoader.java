package dev.roletck.matrix;

import dev.roletck.i18n.Message;
import dev.roletck.input.Problem;
import dev.roletck.model.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the machine-readable spec strictly: a directory holding one {@code <table>.yaml} per table
 * and {@code rules.yaml}. Every id is checked against the model, every cell must be present exactly
 * once, and every problem of every file is reported at once, one line each, with its position
 * ({@link Problem}). Files are composed into position-carrying nodes only; no YAML tag ever
 * constructs an object, and anchors, nesting and size are bounded.
 */
public final class MatrixLoader {
    /** The file of the prose rules inside the spec directory. */
    public static final String RULES_FILE = "rules.yaml";

    private MatrixLoader() {}

    /** The six matrices and the rules of {@code dir}, or every problem found in them. */
    public static Loaded<Spec> loadAll(Path dir) {
        // a verify reads the spec for its cases and again for its features: the second read is the first's
        Optional<String> fingerprint = fingerprint(dir);
        Path key = dir.toAbsolutePath().normalize();
        Memo memo = LOADED.get(key);
        if (memo != null && fingerprint.isPresent() && memo.fingerprint().equals(fingerprint.get())) return memo.loaded();
        Loaded<Spec> loaded = read(dir);
        if (loaded.ok() && fingerprint.isPresent()) LOADED.put(key, new Memo(fingerprint.get(), loaded));
        return loaded;
    }

    private record Memo(String fingerprint, Loaded<Spec> loaded) {}

    private static final Map<Path, Memo> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The names, sizes and modification times of a folder's files: a spec read again only when one changed. */
    private static Optional<String> fingerprint(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            StringBuilder b = new StringBuilder();
            for (Path f : files.sorted().toList()) {
                java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(f,
                        java.nio.file.attribute.BasicFileAttributes.class);
                b.append(f.getFileName()).append('\u0000').append(a.size()).append('\u0000')
                        .append(a.lastModifiedTime().toInstant()).append('\u0000').append(a.fileKey()).append('\n');
            }
            return Optional.of(b.toString());
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Loaded<Spec> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Loaded.failed(List.of(new Problem(YamlDoc.display(dir), 1, 1, Message.of("message.spec.not_a_directory"),
                    Message.of("message.spec.fix.not_a_directory", "files", "<table>.yaml", "rules", RULES_FILE))));
        }
        List<Problem> problems = new ArrayList<>(strayFiles(dir));
        Map<Table, Matrix> matrices = new EnumMap<>(Table.class);
        for (Table table : Table.values()) {
            Path file = dir.resolve(table.id() + ".yaml");
            if (!Files.isRegularFile(file)) {
                problems.add(new Problem(YamlDoc.display(file), 1, 1, Message.of("message.spec.no_matrix", "table", table.id()),
                        Message.of("message.spec.fix.no_matrix")));
                continue;
            }
            Loaded<Matrix> m = matrix(file, Optional.of(table));
            problems.addAll(m.problems());
            m.value().ifPresent(v -> matrices.put(table, v));
        }
        Loaded<List<RuleSpec>> rules = loadRules(dir.resolve(RULES_FILE));
        problems.addAll(rules.problems());
        if (!problems.isEmpty()) return Loaded.failed(problems);
        return Loaded.of(new Spec(matrices, rules.value().orElseThrow()));
    }

    /** One matrix file, whatever its name; the table is the one it declares. */
    public static Loaded<Matrix> loadMatrix(Path file) {
        return matrix(file, Optional.empty());
    }

    /** The rules file: R01..R52, each once. */
    public static Loaded<List<RuleSpec>> loadRules(Path file) {
        YamlDoc.Read read = YamlDoc.read(file);
        Optional<List<RuleSpec>> rules = read.root().flatMap(root -> RulesReader.read(read.doc(), root));
        return result(read.doc(), rules);
    }

    private static Loaded<Matrix> matrix(Path file, Optional<Table> expected) {
        YamlDoc.Read read = YamlDoc.read(file);
        Optional<Matrix> matrix = read.root().flatMap(root -> MatrixReader.read(read.doc(), root, expected));
        return result(read.doc(), matrix);
    }

    private static <T> Loaded<T> result(YamlDoc doc, Optional<T> value) {
        if (doc.hasProblems()) return Loaded.failed(doc.problems());
        return value.map(Loaded::of).orElseGet(() -> Loaded.failed(List.of(new Problem(doc.file, 1, 1,
                Message.of("message.spec.unreadable"), Message.of("message.spec.fix.unreadable")))));
    }

    private static List<Problem> strayFiles(Path dir) {
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.sorted().forEach(f -> {
                String name = f.getFileName().toString();
                boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
                if (!yaml) return;
                boolean known = name.equals(RULES_FILE)
                        || (name.endsWith(".yaml") && Table.fromId(name.substring(0, name.length() - 5)).isPresent());
                if (!known) {
                    problems.add(new Problem(YamlDoc.display(f), 1, 1, Message.of("message.spec.stray_file", "name", name,
                            "rules", RULES_FILE), Message.of("message.spec.fix.stray_file", "files", "<table>.yaml")));
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(YamlDoc.display(dir), 1, 1, Message.of("message.input.cannot_list"),
                    Message.of("message.input.fix.check_readable")));
        }
        return problems;
    }
}

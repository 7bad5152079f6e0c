package dev.roletck.harness;

import dev.roletck.input.InputFileException;
import dev.roletck.input.InputFiles;
import java.io.StringReader;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a small YAML input file as a node tree that keeps positions, for {@code file:line:col} errors. */
final class YamlInput {
    final Path file;

    private YamlInput(Path file) {
        this.file = file;
    }

    /** The document's root node; an error for an unreadable, malformed or empty file. */
    static Node read(Path file, YamlInput[] handle) {
        YamlInput in = new YamlInput(file);
        handle[0] = in;
        if (!java.nio.file.Files.exists(file)) throw new UsageException(file + ": no such file — check the path");
        String text;
        try {
            text = InputFiles.readText(file);
        } catch (InputFileException e) {
            throw new UsageException(e.at(file.toString()));
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(20);
        options.setAllowRecursiveKeys(false);
        options.setTagInspector(tag -> false);
        try {
            Node root = new Yaml(new SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(
                    new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), options).compose(
                    new StringReader(text));
            if (root == null) throw new UsageException(file + ":1:1: the file is empty — see the format in the README");
            in.noDuplicateKeys(root);
            return root;
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new UsageException(file + ":" + (m == null ? "1:1" : (m.getLine() + 1) + ":" + (m.getColumn() + 1))
                    + ": not valid YAML: " + oneLine(String.valueOf(e.getProblem())) + " — fix the syntax");
        } catch (YAMLException e) {
            throw new UsageException(file + ":1:1: not valid YAML: " + oneLine(String.valueOf(e.getMessage())) + " — fix the syntax");
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Composing keeps duplicate keys (only constructing objects would refuse them): refuse them here. */
    private void noDuplicateKeys(Node node) {
        if (node instanceof MappingNode m) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (org.yaml.snakeyaml.nodes.NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && !seen.add(k.getValue())) {
                    throw error(k, "the key '" + k.getValue() + "' appears twice in one mapping — keep one");
                }
                noDuplicateKeys(t.getKeyNode());
                noDuplicateKeys(t.getValueNode());
            }
        } else if (node instanceof SequenceNode s) {
            for (Node item : s.getValue()) noDuplicateKeys(item);
        }
    }

    String at(Node node) {
        Mark m = node.getStartMark();
        return file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1);
    }

    UsageException error(Node node, String message) {
        return new UsageException(at(node) + ": " + message);
    }

    MappingNode mapping(Node node, String what) {
        if (node instanceof MappingNode m) return m;
        throw error(node, "expected " + what + " — write a mapping of key: value");
    }

    SequenceNode sequence(Node node, String what) {
        if (node instanceof SequenceNode s) return s;
        throw error(node, "expected " + what + " — write a list, e.g. [a, b] or lines starting with '- '");
    }

    String scalar(Node node, String what) {
        if (node instanceof ScalarNode s && !s.getValue().isBlank()) return s.getValue();
        throw error(node, "expected " + what + " — write a single non-empty value");
    }
}

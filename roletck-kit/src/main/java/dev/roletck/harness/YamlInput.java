package dev.roletck.harness;

import dev.roletck.i18n.Message;
import dev.roletck.input.InputFileException;
import dev.roletck.input.InputFiles;
import dev.roletck.input.Problem;
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
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a small YAML input file as a node tree that keeps positions, for {@code file:line:col}
 * errors: each a {@link UsageException} holding a {@link Problem}, worded in the run's language
 * when it is printed.
 */
final class YamlInput {
    final Path file;

    private YamlInput(Path file) {
        this.file = file;
    }

    /** The document's root node; an error for an unreadable, malformed or empty file. */
    static Node read(Path file, YamlInput[] handle) {
        YamlInput in = new YamlInput(file);
        handle[0] = in;
        if (!java.nio.file.Files.exists(file)) {
            throw UsageException.of("message.error.file_not_found", java.util.Map.of("file", file.toString()));
        }
        String text;
        try {
            text = InputFiles.readText(file);
        } catch (InputFileException e) {
            throw UsageException.of(e.problem(file.toString()));
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
            if (root == null) {
                throw in.problem(1, 1, Message.of("message.input.empty_file"), Message.of("message.input.fix.see_readme"));
            }
            in.noDuplicateKeys(root);
            return root;
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw in.problem(m == null ? 1 : m.getLine() + 1, m == null ? 1 : m.getColumn() + 1,
                    syntax(String.valueOf(e.getProblem())), Message.of("message.input.fix.yaml_syntax"));
        } catch (YAMLException e) {
            throw in.problem(1, 1, syntax(String.valueOf(e.getMessage())), Message.of("message.input.fix.yaml_syntax"));
        }
    }

    /** The YAML parser's own words, quoted as they are. */
    private static Message syntax(String detail) {
        return Message.of("message.input.yaml_syntax", "detail", detail.replaceAll("\\s+", " ").strip(), "context", "none");
    }

    /** Composing keeps duplicate keys (only constructing objects would refuse them): refuse them here. */
    private void noDuplicateKeys(Node node) {
        if (node instanceof MappingNode m) {
            java.util.Map<String, Node> seen = new java.util.HashMap<>();
            for (org.yaml.snakeyaml.nodes.NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    Node first = seen.putIfAbsent(k.getValue(), k);
                    if (first != null) {
                        throw error(k, Message.of("message.input.duplicate_key", "key", k.getValue(),
                                "first", String.valueOf(first.getStartMark().getLine() + 1)), Message.of("message.input.fix.one_entry_per_key"));
                    }
                }
                noDuplicateKeys(t.getKeyNode());
                noDuplicateKeys(t.getValueNode());
            }
        } else if (node instanceof SequenceNode s) {
            for (Node item : s.getValue()) noDuplicateKeys(item);
        }
    }

    /** {@code file:line:col} of a node, for what is told about it later (a known failure's entry). */
    String at(Node node) {
        Mark m = node.getStartMark();
        return file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1);
    }

    private UsageException problem(int line, int column, Message what, Message fix) {
        return UsageException.of(new Problem(file.toString(), line, column, what, fix));
    }

    /** The problem {@code what — fix} at the start of {@code node}. */
    UsageException error(Node node, Message what, Message fix) {
        Mark m = node.getStartMark();
        return problem(m.getLine() + 1, m.getColumn() + 1, what, fix);
    }

    /** What a node is, as the messages select it: mapping, list, null or scalar. */
    static String kind(Node node) {
        if (node instanceof MappingNode) return "mapping";
        if (node instanceof SequenceNode) return "list";
        if (node instanceof ScalarNode && node.getTag().equals(Tag.NULL)) return "null";
        return "scalar";
    }

    /** The mapping at the root of the file. */
    MappingNode top(Node node) {
        if (node instanceof MappingNode m) return m;
        throw error(node, Message.of("message.input.expected_mapping_top", "found", kind(node)),
                Message.of("message.input.fix.write_mapping_top"));
    }

    /** The list at the root of the file. */
    SequenceNode topList(Node node) {
        if (node instanceof SequenceNode s) return s;
        throw error(node, Message.of("message.input.expected_list_top", "found", kind(node)),
                Message.of("message.input.fix.write_list_top"));
    }

    /** An entry of a list, which must be a mapping. */
    MappingNode entry(Node node) {
        if (node instanceof MappingNode m) return m;
        throw error(node, Message.of("message.input.expected_entry", "found", kind(node)),
                Message.of("message.input.fix.write_entry"));
    }

    /** The value of the key {@code field}, a list. */
    SequenceNode sequence(Node node, String field) {
        if (node instanceof SequenceNode s) return s;
        throw error(node, Message.of("message.input.expected_list", "field", field, "found", kind(node)),
                Message.of("message.input.fix.write_list", "field", field));
    }

    /** A key of a mapping: plain text. */
    String key(Node node) {
        if (node instanceof ScalarNode s && !s.getValue().isBlank()) return s.getValue();
        String found = node instanceof ScalarNode && !kind(node).equals("null") ? "empty" : kind(node);
        throw error(node, Message.of("message.input.key_not_text", "found", found), Message.of("message.input.fix.key_as_text"));
    }

    /** The value of the key {@code field} (or an item of its list): one non-empty text. */
    String scalar(Node node, String field) {
        if (node instanceof ScalarNode s && !s.getValue().isBlank()) return s.getValue();
        if (node instanceof ScalarNode && !kind(node).equals("null")) {
            throw error(node, Message.of("message.input.empty_value", "field", field), Message.of("message.input.fix.write_value", "field", field));
        }
        throw error(node, Message.of("message.input.expected_text", "field", field, "found", kind(node)),
                Message.of("message.input.fix.write_text", "field", field));
    }
}

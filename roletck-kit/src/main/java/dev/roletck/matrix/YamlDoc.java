package dev.roletck.matrix;

import dev.roletck.input.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import dev.roletck.i18n.Message;
import dev.roletck.input.InputFileException;
import dev.roletck.input.InputFiles;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * One YAML spec file read strictly into a node tree that keeps every position, and the problems
 * found in it. Reading never throws: what is wrong becomes a {@link Problem}. Only the composed node
 * tree is used; no object is ever constructed from a tag.
 */
final class YamlDoc {
    static final int MAX_CODE_POINTS = 1_000_000;
    static final int MAX_DEPTH = 20;
    static final int MAX_COLLECTION_ALIASES = 10;
    /** The field name that stands for the root of a file. */
    static final String TOP = "";

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);

    final String file;
    private final List<Problem> problems = new ArrayList<>();

    private YamlDoc(String file) {
        this.file = file;
    }

    /** The problems found so far, in the order of the file where positions allow. */
    List<Problem> problems() {
        List<Problem> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(problems));
        sorted.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return List.copyOf(sorted);
    }

    boolean hasProblems() { return !problems.isEmpty(); }

    /** How many problems were recorded; compare before and after reading a part. */
    int problemCount() { return problems.size(); }

    /** Reads {@code path}; the root node is empty when the file could not be read as one YAML document. */
    static Read read(Path path) {
        YamlDoc doc = new YamlDoc(display(path));
        return new Read(doc, doc.load(path));
    }

    record Read(YamlDoc doc, Optional<Node> root) {}

    /** The path as the user wrote it, or relative to the working directory when it lies below it. */
    static String display(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path normal = path.normalize();
        String shown = normal.isAbsolute() && normal.startsWith(cwd) ? cwd.relativize(normal).toString() : normal.toString();
        return shown.replace(java.io.File.separatorChar, '/');
    }

    private Optional<Node> load(Path path) {
        String text;
        try {
            byte[] bytes = InputFiles.readBytes(path);
            text = InputFiles.decode(bytes);
        } catch (InputFileException e) {
            problems.add(e.problem(file));
            return Optional.empty();
        }
        if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            return fail(1, 1, Message.of("message.input.too_many_characters", "limit", MAX_CODE_POINTS),
                    Message.of("message.input.fix.shorten"));
        }
        LoaderOptions options = options();
        if (!prescan(text, options)) return Optional.empty();
        Node root;
        try {
            Composer composer = new Composer(parser(text, options), new Resolver(), options);
            root = composer.getSingleNode();
        } catch (MarkedYAMLException e) {
            return syntax(e);
        } catch (YAMLException e) {
            return fail(1, 1, syntax(oneLine(e.getMessage()), 0), Message.of("message.input.fix.yaml_syntax"));
        }
        if (root == null) return fail(1, 1, Message.of("message.input.no_document"), Message.of("message.input.fix.write_document"));
        checkTree(root);
        return Optional.of(root);
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setMergeOnCompose(false);
        options.setProcessComments(false);
        options.setTagInspector(tag -> false);
        return options;
    }

    private static Parser parser(String text, LoaderOptions options) {
        return new ParserImpl(new StreamReader(text), options);
    }

    /**
     * Walks the events once before composing, so that syntax errors, too deep nesting, alias bombs,
     * recursive aliases and extra documents are reported at their position rather than as the
     * composer's position-less exceptions.
     */
    private boolean prescan(String text, LoaderOptions options) {
        Parser parser = parser(text, options);
        Set<String> collectionAnchors = new HashSet<>();
        Set<String> openAnchors = new HashSet<>();
        List<String> openStack = new ArrayList<>();
        int depth = 0;
        int collectionAliases = 0;
        int documents = 0;
        try {
            while (!parser.checkEvent(Event.ID.StreamEnd)) {
                Event event = parser.getEvent();
                if (event instanceof DocumentStartEvent) {
                    documents++;
                    if (documents > 1) {
                        return !failAt(event.getStartMark(), Message.of("message.input.second_document"),
                                Message.of("message.input.fix.one_document"));
                    }
                } else if (event instanceof CollectionStartEvent start) {
                    depth++;
                    if (depth > MAX_DEPTH) {
                        return !failAt(event.getStartMark(), Message.of("message.input.too_deep", "limit", MAX_DEPTH),
                                Message.of("message.input.fix.flatten"));
                    }
                    String anchor = start.getAnchor();
                    openStack.add(anchor);
                    if (anchor != null) {
                        collectionAnchors.add(anchor);
                        openAnchors.add(anchor);
                    }
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                    String anchor = openStack.remove(openStack.size() - 1);
                    if (anchor != null) openAnchors.remove(anchor);
                } else if (event instanceof AliasEvent alias) {
                    String anchor = alias.getAnchor();
                    if (openAnchors.contains(anchor)) {
                        return !failAt(event.getStartMark(), Message.of("message.input.recursive_alias", "alias", "*" + anchor),
                                Message.of("message.input.fix.write_out_alias"));
                    }
                    if (collectionAnchors.contains(anchor) && ++collectionAliases > MAX_COLLECTION_ALIASES) {
                        return !failAt(event.getStartMark(), Message.of("message.input.too_many_aliases", "limit", MAX_COLLECTION_ALIASES),
                                Message.of("message.input.fix.write_out_aliases"));
                    }
                }
            }
        } catch (MarkedYAMLException e) {
            syntax(e);
            return false;
        } catch (YAMLException e) {
            fail(1, 1, syntax(oneLine(e.getMessage()), 0), Message.of("message.input.fix.yaml_syntax"));
            return false;
        }
        return true;
    }

    private Optional<Node> syntax(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String problem = e.getProblem() != null ? e.getProblem() : "—";
        String globalTag = "Global tag is not allowed: ";
        if (problem.startsWith(globalTag) && mark != null) {
            String tag = problem.substring(globalTag.length()).replace(Tag.PREFIX, "!!");
            failAt(mark, Message.of("message.input.tag", "tag", tag), Message.of("message.input.fix.remove_tag"));
            return Optional.empty();
        }
        String detail = e.getContext() == null ? problem : problem + " (" + e.getContext() + ")";
        int contextLine = e.getContext() != null && e.getContextMark() != null && e.getContextMark() != mark
                ? e.getContextMark().getLine() + 1 : 0;
        Message message = syntax(oneLine(detail), contextLine);
        if (mark == null) return fail(1, 1, message, Message.of("message.input.fix.yaml_syntax"));
        failAt(mark, message, Message.of("message.input.fix.yaml_syntax"));
        return Optional.empty();
    }

    /** The YAML parser's own words, quoted as they are; {@code contextLine} 0 when it names no other line. */
    private static Message syntax(String detail, int contextLine) {
        return Message.of("message.input.yaml_syntax", "detail", detail, "context", contextLine == 0 ? "none" : String.valueOf(contextLine));
    }

    private static String oneLine(String s) {
        return s == null ? "—" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** Tags and duplicate keys, checked once over the whole tree (aliases are visited once). */
    private void checkTree(Node root) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Node> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Node node = todo.remove(todo.size() - 1);
            if (!seen.add(node)) continue;
            Tag tag = node.getTag();
            if (tag.equals(Tag.MERGE)) {
                at(node, Message.of("message.input.merge_key"), Message.of("message.input.fix.write_keys_out"));
            } else if (!PLAIN_TAGS.contains(tag)) {
                at(node, Message.of("message.input.tag", "tag", tag.getValue()), Message.of("message.input.fix.remove_tag"));
            }
            if (node instanceof MappingNode mapping) {
                Map<String, Node> firstKeys = new HashMap<>();
                for (NodeTuple t : mapping.getValue()) {
                    Node key = t.getKeyNode();
                    if (!(key instanceof ScalarNode scalar)) {
                        at(key, Message.of("message.input.key_not_text", "found", kind(key)), Message.of("message.input.fix.key_as_text"));
                        continue;
                    }
                    Node first = firstKeys.putIfAbsent(scalar.getValue(), key);
                    if (first != null) {
                        at(key, Message.of("message.input.duplicate_key", "key", scalar.getValue(),
                                "first", String.valueOf(first.getStartMark().getLine() + 1)), Message.of("message.input.fix.one_entry_per_key"));
                    }
                    todo.add(key);
                    todo.add(t.getValueNode());
                }
            } else if (node instanceof SequenceNode sequence) {
                todo.addAll(sequence.getValue());
            }
        }
    }

    // ---- problems

    private Optional<Node> fail(int line, int column, Message message, Message fix) {
        problems.add(new Problem(file, line, column, message, fix));
        return Optional.empty();
    }

    private boolean failAt(Mark mark, Message message, Message fix) {
        problems.add(new Problem(file, mark.getLine() + 1, mark.getColumn() + 1, message, fix));
        return true;
    }

    /** Records a problem at the start of {@code node}. */
    void at(Node node, Message message, Message fix) {
        failAt(node.getStartMark(), message, fix);
    }

    /** Records a problem at line 1, column 1 (for what has no position, like a missing file). */
    void atStart(Message message, Message fix) {
        fail(1, 1, message, fix);
    }

    // ---- typed access

    static String kind(Node node) {
        if (node instanceof MappingNode) return "mapping";
        if (node instanceof SequenceNode) return "list";
        if (isNull(node)) return "null";
        return "scalar";
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    /** Non-empty text, the value of the key {@code field} (or an item of its list); any non-null scalar counts, taken as written. */
    Optional<String> text(Node node, String field) {
        if (!(node instanceof ScalarNode scalar) || isNull(node)) {
            at(node, Message.of("message.input.expected_text", "field", field, "found", kind(node)),
                    Message.of("message.input.fix.write_text", "field", field));
            return Optional.empty();
        }
        if (scalar.getValue().isBlank()) {
            at(node, Message.of("message.input.empty_value", "field", field), Message.of("message.input.fix.write_value", "field", field));
            return Optional.empty();
        }
        return Optional.of(scalar.getValue());
    }

    /**
     * The constant named by a scalar id; an unknown id is reported with the ids that would do.
     * {@code kind} is what the id names, as the messages select it (table, role, access, rule …).
     */
    <E> Optional<E> id(Node node, String kind, Function<String, Optional<E>> lookup, String choices) {
        if (!(node instanceof ScalarNode scalar) || isNull(node)) {
            at(node, Message.of("message.input.expected_id", "kind", kind, "found", kind(node)),
                    Message.of("message.input.fix.one_of", "choices", choices));
            return Optional.empty();
        }
        Optional<E> found = lookup.apply(scalar.getValue());
        if (found.isEmpty()) {
            at(node, Message.of("message.input.unknown_id", "kind", kind, "id", scalar.getValue()),
                    Message.of("message.input.fix.one_of", "choices", choices));
        }
        return found;
    }

    /** The value of the key {@code field}, a list. */
    Optional<List<Node>> list(Node node, String field) {
        if (node instanceof SequenceNode sequence) return Optional.of(sequence.getValue());
        at(node, Message.of("message.input.expected_list", "field", field, "found", kind(node)),
                Message.of("message.input.fix.write_list", "field", field));
        return Optional.empty();
    }

    /**
     * The entries of a mapping with text keys, in file order, the first of duplicate keys only;
     * {@code field} is the key whose value it is, or {@link #TOP} for the file's root.
     */
    Optional<List<Entry>> entries(Node node, String field) {
        if (!(node instanceof MappingNode mapping)) {
            if (field.equals(TOP)) {
                at(node, Message.of("message.input.expected_mapping_top", "found", kind(node)),
                        Message.of("message.input.fix.write_mapping_top"));
            } else {
                at(node, Message.of("message.input.expected_mapping", "field", field, "found", kind(node)),
                        Message.of("message.input.fix.write_mapping", "field", field));
            }
            return Optional.empty();
        }
        Map<String, Entry> byKey = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode key) {
                byKey.putIfAbsent(key.getValue(), new Entry(key.getValue(), key, t.getValueNode()));
            }
        }
        return Optional.of(List.copyOf(byKey.values()));
    }

    record Entry(String key, Node keyNode, Node value) {}

    /**
     * The fields of a mapping with a fixed set of keys: unknown keys and missing required keys are
     * reported; optional keys may be absent.
     */
    Optional<Fields> fields(Node node, String field, List<String> required, List<String> optional) {
        Optional<List<Entry>> entries = entries(node, field);
        if (entries.isEmpty()) return Optional.empty();
        List<String> allowed = new ArrayList<>(required);
        allowed.addAll(optional);
        Map<String, Entry> found = new LinkedHashMap<>();
        for (Entry e : entries.get()) {
            if (allowed.contains(e.key())) found.put(e.key(), e);
            else at(e.keyNode(), Message.of("message.input.unknown_key", "key", e.key()),
                    Message.of("message.input.fix.one_of", "choices", String.join(", ", allowed)));
        }
        for (String key : required) {
            if (!found.containsKey(key)) {
                at(node, Message.of("message.input.missing_key", "key", key), Message.of("message.input.fix.add", "code", key + ": …"));
            }
        }
        return Optional.of(new Fields(node, found));
    }

    /** The fields of one mapping, by key. */
    record Fields(Node node, Map<String, Entry> byKey) {
        Optional<Node> get(String key) {
            return Optional.ofNullable(byKey.get(key)).map(Entry::value);
        }
    }

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}

package dev.roletck.i18n;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a directory of {@code <language>.yaml} files, checking everything a reader could get wrong. */
final class CatalogLoader {
    private CatalogLoader() {}

    static final Locale BASE = Locale.ENGLISH;
    private static final Set<String> LABEL_FIELDS = Set.of("label", "source", "aliases", "note");
    private static final Set<String> MESSAGE_FIELDS = Set.of("message", "source", "note");

    /** An entry with the place its key is written. */
    private record Located(Entry entry, String where) {}

    /** Loads every {@code *.yaml} file of {@code dir}; {@code shownAs} is how file names appear in errors. */
    static Map<Locale, Map<String, Entry>> load(Path dir, String shownAs) {
        if (!Files.isDirectory(dir)) {
            throw new CatalogException(shownAs + ": no such directory — point roletck.home at the RoleTCK folder that holds i18n/");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new CatalogException(shownAs + ": cannot list (" + e.getMessage() + ") — check its permissions");
        }
        Map<Locale, Map<String, Located>> all = new LinkedHashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String shown = shownAs.endsWith("/") ? shownAs + name : shownAs + "/" + name;
            Locale locale = localeOf(name.substring(0, name.length() - ".yaml".length()), shown);
            all.put(locale, readFile(file, shown, locale));
        }
        Map<String, Located> base = all.get(BASE);
        if (base == null) {
            throw new CatalogException(shownAs + ": no en.yaml — English is the catalog every other language falls back to; add it");
        }
        for (Map.Entry<Locale, Map<String, Located>> lang : all.entrySet()) {
            if (lang.getKey().equals(BASE)) continue;
            for (Located l : lang.getValue().values()) crossCheck(l, base.get(l.entry().key()));
        }
        Map<Locale, Map<String, Entry>> out = new LinkedHashMap<>();
        out.put(BASE, entries(base));
        all.forEach((locale, entries) -> out.putIfAbsent(locale, entries(entries)));
        return out;
    }

    private static Map<String, Entry> entries(Map<String, Located> located) {
        Map<String, Entry> out = new LinkedHashMap<>();
        located.forEach((k, v) -> out.put(k, v.entry()));
        return out;
    }

    private static Locale localeOf(String tag, String shown) {
        Locale locale = Locale.forLanguageTag(tag);
        if (locale.getLanguage().isEmpty() || !locale.toLanguageTag().equalsIgnoreCase(tag)) {
            throw new CatalogException(shown + ":1:1: the file name is not a language tag — name it like pl.yaml or pt-BR.yaml");
        }
        return locale;
    }

    private static void crossCheck(Located l, Located base) {
        Entry e = l.entry();
        if (base == null) {
            throw new CatalogException(l.where() + ": \"" + e.key() + "\" is not in en.yaml — add it there first, "
                    + "English is what other languages fall back to");
        }
        if (e.message() != base.entry().message()) {
            throw new CatalogException(l.where() + ": \"" + e.key() + "\" is a " + (e.message() ? "message" : "label")
                    + " here but a " + (base.entry().message() ? "message" : "label") + " in en.yaml — use the same field");
        }
        if (e.message()) {
            Set<String> mine = new TreeSet<>(Patterns.arguments(e.text()).keySet());
            Set<String> theirs = new TreeSet<>(Patterns.arguments(base.entry().text()).keySet());
            if (!mine.equals(theirs)) {
                throw new CatalogException(l.where() + ": \"" + e.key() + "\" uses the arguments " + braces(mine)
                        + " but en.yaml uses " + braces(theirs) + " — use the same argument names in every language");
            }
        }
    }

    private static String braces(Set<String> names) {
        return names.isEmpty() ? "(none)" : "{" + String.join("}, {", names) + "}";
    }

    private static Map<String, Located> readFile(Path file, String shown, Locale locale) {
        Node root;
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder())) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // reported below with a position
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = m == null ? shown + ":1:1" : shown + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1);
            throw new CatalogException(where + ": " + oneLine(e.getProblem() != null ? e.getProblem() : e.getMessage())
                    + " — fix the YAML syntax (quote labels and patterns with \"…\")");
        } catch (YAMLException e) {
            Throwable cause = e.getCause() instanceof CharacterCodingException ? e.getCause() : e;
            throw new CatalogException(shown + ":1:1: " + oneLine(cause.toString()) + " — save the file as UTF-8");
        } catch (CharacterCodingException e) {
            throw new CatalogException(shown + ":1:1: not UTF-8 — save the file as UTF-8");
        } catch (IOException e) {
            throw new CatalogException(shown + ": cannot read (" + oneLine(e.getMessage()) + ") — check the file");
        }
        if (root == null) {
            throw new CatalogException(shown + ":1:1: the file is empty — write one entry per key, e.g. role.full_admin: {label: \"…\", source: translated}");
        }
        if (!(root instanceof MappingNode map)) {
            throw new CatalogException(at(shown, root) + ": expected a mapping of keys to entries — write key: {label: \"…\", source: …}");
        }
        Map<String, Located> entries = new LinkedHashMap<>();
        Map<String, String> firstSeen = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = scalar(shown, t.getKeyNode(), "key");
            String where = at(shown, t.getKeyNode());
            if (firstSeen.containsKey(key)) {
                throw new CatalogException(where + ": \"" + key + "\" is written twice (first at " + firstSeen.get(key)
                        + ") — keep one");
            }
            firstSeen.put(key, where);
            Optional<String> problem = Keys.problem(key);
            if (problem.isPresent()) throw new CatalogException(where + ": " + problem.get());
            entries.put(key, new Located(entry(shown, key, t.getValueNode(), locale), where));
        }
        return entries;
    }

    private static Entry entry(String shown, String key, Node value, Locale locale) {
        if (!(value instanceof MappingNode map)) {
            throw new CatalogException(at(shown, value) + ": \"" + key + "\" needs a mapping — write {"
                    + (key.startsWith("message.") ? "message" : "label") + ": \"…\", source: …}");
        }
        boolean message = key.startsWith("message.");
        Set<String> allowed = message ? MESSAGE_FIELDS : LABEL_FIELDS;
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            String field = scalar(shown, t.getKeyNode(), "field name");
            if (!allowed.contains(field)) {
                throw new CatalogException(at(shown, t.getKeyNode()) + ": unknown field \"" + field + "\" in \"" + key
                        + "\" — a " + (message ? "message" : "label") + " entry has " + String.join(", ", new TreeSet<>(allowed)));
            }
            if (fields.put(field, t.getValueNode()) != null) {
                throw new CatalogException(at(shown, t.getKeyNode()) + ": field \"" + field + "\" is written twice — keep one");
            }
        }
        String textField = message ? "message" : "label";
        Node textNode = fields.get(textField);
        if (textNode == null) {
            throw new CatalogException(at(shown, map) + ": \"" + key + "\" has no " + textField + " — add " + textField + ": \"…\"");
        }
        Node sourceNode = fields.get("source");
        if (sourceNode == null) {
            throw new CatalogException(at(shown, map) + ": \"" + key + "\" has no source — add source: <seed file:line>, translated"
                    + (message ? " or original" : ""));
        }
        String text = nonBlank(shown, textNode, textField);
        String source = source(shown, sourceNode, message);
        if (message) {
            try {
                Patterns.compile(text, locale);
                Patterns.arguments(text);
            } catch (IllegalArgumentException e) {
                throw new CatalogException(at(shown, textNode) + ": \"" + key + "\" is not a valid ICU MessageFormat pattern ("
                        + oneLine(e.getMessage()) + ") — fix the braces, or quote a literal brace as '{'");
            }
            Map<String, Set<String>> missing = Patterns.missingPluralCategories(text, locale);
            if (!missing.isEmpty()) {
                Map.Entry<String, Set<String>> first = missing.entrySet().iterator().next();
                throw new CatalogException(at(shown, textNode) + ": \"" + key + "\": the plural argument {" + first.getKey()
                        + "} lacks " + String.join(", ", first.getValue()) + " — " + locale.toLanguageTag()
                        + " needs every category of its plural rules");
            }
        }
        List<Entry.Alias> aliases = new ArrayList<>();
        Node aliasNode = fields.get("aliases");
        if (aliasNode != null) {
            if (!(aliasNode instanceof SequenceNode seq)) {
                throw new CatalogException(at(shown, aliasNode) + ": aliases must be a list — write aliases: [{text: \"…\", source: …}]");
            }
            for (Node a : seq.getValue()) aliases.add(alias(shown, a, source));
        }
        Optional<String> note = fields.containsKey("note") ? Optional.of(nonBlank(shown, fields.get("note"), "note")) : Optional.empty();
        return new Entry(key, locale, text, source, aliases, note, message);
    }

    private static Entry.Alias alias(String shown, Node node, String entrySource) {
        if (node instanceof ScalarNode) return new Entry.Alias(nonBlank(shown, node, "alias"), entrySource);
        if (node instanceof MappingNode map) {
            Node text = null;
            Node source = null;
            for (NodeTuple t : map.getValue()) {
                String field = scalar(shown, t.getKeyNode(), "field name");
                switch (field) {
                    case "text" -> text = t.getValueNode();
                    case "source" -> source = t.getValueNode();
                    default -> throw new CatalogException(at(shown, t.getKeyNode()) + ": unknown alias field \"" + field
                            + "\" — an alias has text and source");
                }
            }
            if (text == null) throw new CatalogException(at(shown, map) + ": alias without text — write {text: \"…\", source: …}");
            return new Entry.Alias(nonBlank(shown, text, "alias"), source == null ? entrySource : source(shown, source, false));
        }
        throw new CatalogException(at(shown, node) + ": an alias is a text or {text: \"…\", source: …}");
    }

    private static String source(String shown, Node node, boolean message) {
        String s = scalar(shown, node, "source");
        if (s.equals(Sources.TRANSLATED) || (message && s.equals(Sources.ORIGINAL)) || Sources.SEED.matcher(s).matches()) {
            return s;
        }
        throw new CatalogException(at(shown, node) + ": unknown source \"" + s + "\" — write a seed file with its line "
                + "(002_eb43fb2dbe00fd3d.txt:97) or translated" + (message ? " or original" : ""));
    }

    private static String nonBlank(String shown, Node node, String what) {
        String s = scalar(shown, node, what);
        if (s.isBlank()) throw new CatalogException(at(shown, node) + ": empty " + what + " — write the text");
        return s;
    }

    private static String scalar(String shown, Node node, String what) {
        if (node instanceof ScalarNode s) return s.getValue();
        throw new CatalogException(at(shown, node) + ": expected a text for the " + what + " — quote it with \"…\"");
    }

    private static String at(String shown, Node node) {
        Mark m = node.getStartMark();
        return shown + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}

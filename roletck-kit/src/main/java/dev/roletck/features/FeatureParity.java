package dev.roletck.features;

import dev.roletck.i18n.Catalog;
import dev.roletck.model.RuleId;
import dev.roletck.model.Table;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.TableCell;
import io.cucumber.messages.types.TableRow;
import io.cucumber.messages.types.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks, without running them, that the four languages state the same thing: the same files, the
 * same scenarios in the same order with the same tags, and outlines whose example rows are equal
 * once every label is resolved to its id through the catalog. Also which rules each language states.
 */
public final class FeatureParity {
    private static final String REFERENCE = "en";
    private static final Pattern RULE_NAME = Pattern.compile("(R\\d\\d)\\b");

    private FeatureParity() {}

    /** Every difference between the languages, as {@code file:line: what — how to fix}; empty when they agree. */
    public static List<String> check(Path featuresDir, Catalog catalog) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, ParsedFeature>> byLanguage = new LinkedHashMap<>();
        for (String lang : FeatureRunner.LANGUAGES) byLanguage.put(lang, parseAll(featuresDir.resolve(lang), catalog, lang, problems));
        Map<String, ParsedFeature> reference = byLanguage.get(REFERENCE);
        for (String lang : FeatureRunner.LANGUAGES) {
            if (lang.equals(REFERENCE)) continue;
            Map<String, ParsedFeature> other = byLanguage.get(lang);
            for (String file : union(reference.keySet(), other.keySet())) {
                ParsedFeature a = reference.get(file);
                ParsedFeature b = other.get(file);
                if (a == null || b == null) {
                    problems.add(featuresDir.resolve(a == null ? lang : REFERENCE).resolve(file)
                            + ": has no counterpart in " + (a == null ? REFERENCE : lang) + " — every language has the same files");
                    continue;
                }
                compare(a, b, problems);
            }
        }
        return List.copyOf(problems);
    }

    /**
     * Per language, the rules of {@code rules} that no {@code Rule:} block of that language states. A
     * block is named by its rule id first ({@code Rule: R10 — …}, {@code Zasada: R10 — …}).
     */
    public static Map<String, Set<RuleId>> missingRules(Path featuresDir, Collection<RuleId> rules) {
        Map<String, Set<RuleId>> missing = new LinkedHashMap<>();
        for (String lang : FeatureRunner.LANGUAGES) {
            Set<RuleId> stated = EnumSet.noneOf(RuleId.class);
            for (ParsedFeature f : parseAll(featuresDir.resolve(lang), null, lang, new ArrayList<>()).values()) {
                stated.addAll(f.rules());
            }
            Set<RuleId> absent = EnumSet.noneOf(RuleId.class);
            absent.addAll(rules);
            absent.removeAll(stated);
            missing.put(lang, absent);
        }
        return missing;
    }

    private record ParsedFeature(Path file, Set<String> tags, List<RuleId> rules, List<ParsedScenario> scenarios) {}

    private record ParsedScenario(int line, String name, Set<String> tags, List<ParsedRow> rows) {}

    private record ParsedRow(int line, List<String> ids) {}

    private static void compare(ParsedFeature a, ParsedFeature b, List<String> problems) {
        if (!a.rules().equals(b.rules())) {
            problems.add(b.file() + ":1: states the rules " + b.rules() + " but " + a.file() + " states " + a.rules()
                    + " — give every language the same Rule blocks in the same order");
        }
        if (!a.tags().equals(b.tags())) {
            problems.add(b.file() + ":1: feature tags " + b.tags() + " differ from " + a.tags() + " in " + a.file()
                    + " — tag both alike");
        }
        int n = Math.min(a.scenarios().size(), b.scenarios().size());
        for (int i = 0; i < n; i++) {
            ParsedScenario x = a.scenarios().get(i);
            ParsedScenario y = b.scenarios().get(i);
            String at = b.file() + ":" + y.line();
            if (!x.tags().equals(y.tags())) {
                problems.add(at + ": scenario " + (i + 1) + " is tagged " + y.tags() + " but " + a.file() + ":"
                        + x.line() + " is tagged " + x.tags() + " — give both the same tags");
            }
            int rows = Math.max(x.rows().size(), y.rows().size());
            for (int r = 0; r < rows; r++) {
                Optional<ParsedRow> rx = r < x.rows().size() ? Optional.of(x.rows().get(r)) : Optional.empty();
                Optional<ParsedRow> ry = r < y.rows().size() ? Optional.of(y.rows().get(r)) : Optional.empty();
                if (rx.isEmpty() || ry.isEmpty() || !rx.get().ids().equals(ry.get().ids())) {
                    problems.add(b.file() + ":" + ry.map(ParsedRow::line).orElse(y.line()) + ": example row " + (r + 1)
                            + " reads " + ry.map(ParsedRow::ids).map(Object::toString).orElse("nothing") + " but "
                            + a.file() + ":" + rx.map(ParsedRow::line).orElse(x.line()) + " reads "
                            + rx.map(ParsedRow::ids).map(Object::toString).orElse("nothing")
                            + " — the same outline states the same rows in every language");
                }
            }
        }
        if (a.scenarios().size() != b.scenarios().size()) {
            problems.add(b.file() + ": has " + b.scenarios().size() + " scenarios, " + a.file() + " has "
                    + a.scenarios().size() + " — translate every scenario");
        }
    }

    private static Map<String, ParsedFeature> parseAll(Path dir, Catalog catalog, String lang, List<String> problems) {
        Map<String, ParsedFeature> files = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            problems.add(dir + ": no such folder — the features of '" + lang + "' live there");
            return files;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(f -> f.toString().endsWith(".feature")).sorted().toList()) {
                parse(p, catalog, lang, problems).ifPresent(f -> files.put(p.getFileName().toString(), f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static Optional<ParsedFeature> parse(Path file, Catalog catalog, String lang, List<String> problems) {
        Optional<Feature> feature;
        try (Stream<io.cucumber.messages.types.Envelope> envelopes = GherkinParser.builder().includeSource(false)
                .includePickles(false).build().parse(file)) {
            List<io.cucumber.messages.types.Envelope> all = envelopes.toList();
            for (var e : all) {
                e.getParseError().ifPresent(err -> problems.add(file + ":" + err.getSource().getLocation()
                        .map(l -> l.getLine() + ":" + l.getColumn().orElse(1L)).orElse("1") + ": " + err.getMessage()));
            }
            feature = all.stream().flatMap(e -> e.getGherkinDocument().stream()).flatMap(d -> d.getFeature().stream())
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (feature.isEmpty()) return Optional.empty();
        Set<String> featureTags = tags(feature.get().getTags());
        Optional<Table> table = featureTags.stream().map(t -> Table.fromId(t.substring(1))).flatMap(Optional::stream)
                .findFirst();
        Vocabulary vocabulary = catalog == null ? null : new Vocabulary(catalog, Locale.forLanguageTag(lang));
        List<ParsedScenario> scenarios = new ArrayList<>();
        List<RuleId> rules = new ArrayList<>();
        for (FeatureChild child : feature.get().getChildren()) {
            child.getScenario().ifPresent(s -> scenarios.add(scenario(s, vocabulary, table)));
            child.getRule().ifPresent(rule -> {
                Matcher id = RULE_NAME.matcher(rule.getName());
                if (id.lookingAt() && RuleId.fromId(id.group(1)).isPresent()) {
                    rules.add(RuleId.fromId(id.group(1)).get());
                } else {
                    problems.add(file + ":" + rule.getLocation().getLine() + ": the rule \"" + rule.getName()
                            + "\" does not start with its id — name it \"R10 — …\"");
                }
                for (RuleChild c : rule.getChildren()) c.getScenario().ifPresent(s -> scenarios.add(scenario(s, vocabulary, table)));
            });
        }
        return Optional.of(new ParsedFeature(file, featureTags, List.copyOf(rules), scenarios));
    }

    private static ParsedScenario scenario(Scenario s, Vocabulary vocabulary, Optional<Table> table) {
        List<ParsedRow> rows = new ArrayList<>();
        for (Examples ex : s.getExamples()) {
            for (TableRow row : ex.getTableBody()) {
                List<String> ids = new ArrayList<>();
                for (TableCell cell : row.getCells()) {
                    ids.add(vocabulary == null ? cell.getValue() : resolve(vocabulary, table, cell.getValue()));
                }
                rows.add(new ParsedRow(row.getLocation().getLine().intValue(), ids));
            }
        }
        return new ParsedScenario(s.getLocation().getLine().intValue(), s.getName(), tags(s.getTags()), rows);
    }

    /** The catalog key a cell's label stands for; the text itself when no kind knows it (the run reports that). */
    private static String resolve(Vocabulary vocabulary, Optional<Table> table, String text) {
        if (text.equals(Vocabulary.NO_SCOPE)) return text;
        List<String> prefixes = new ArrayList<>();
        table.ifPresent(t -> prefixes.add("capability." + t.id() + "."));
        prefixes.addAll(List.of("role.", "relation.", "access.", "scope."));
        for (String prefix : prefixes) {
            Optional<String> key = vocabulary.key(prefix, text);
            if (key.isPresent()) return key.get().replaceFirst("@.*$", "");
        }
        return "?" + text;
    }

    private static Set<String> tags(List<Tag> tags) {
        return tags.stream().map(Tag::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}

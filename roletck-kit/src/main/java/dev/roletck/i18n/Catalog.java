package dev.roletck.i18n;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import dev.roletck.model.Id;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The localized names of every id of the kit and every message it prints, in English, Polish,
 * Danish and Turkish (one {@code i18n/<language>.yaml} per language). Each entry records where its
 * text comes from: a seed file and line, or {@code translated} where no seed gives the term.
 * Lookups fall back along {@code pl-PL → pl → en}.
 */
public final class Catalog {

    /** The folder, under the RoleTCK home, that holds the catalog. */
    public static final String DIRECTORY = "i18n";

    private static volatile Catalog standard;

    private final Map<Locale, Map<String, Entry>> entries;
    private final List<String> keys;
    /** Per language: every spelling (label, aliases, id) folded, with its key and the spelling. */
    private final Map<Locale, List<Spelling>> spellings = new HashMap<>();
    /** Every message pattern parsed once, on first use. */
    private final Map<PatternKey, Compiled> compiled = new ConcurrentHashMap<>();

    private record Spelling(String folded, String key, String text) {}

    private Catalog(Map<Locale, Map<String, Entry>> entries) {
        Map<Locale, Map<String, Entry>> copy = new LinkedHashMap<>();
        entries.forEach((l, e) -> copy.put(l, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(e))));
        this.entries = java.util.Collections.unmodifiableMap(copy);
        this.keys = List.copyOf(entries.get(CatalogLoader.BASE).keySet());
        for (Map.Entry<Locale, Map<String, Entry>> lang : this.entries.entrySet()) {
            List<Spelling> list = new ArrayList<>();
            for (Entry e : lang.getValue().values()) {
                if (e.message()) continue;
                list.add(new Spelling(TextMatcher.fold(e.text(), lang.getKey()), e.key(), e.text()));
                for (Entry.Alias a : e.aliases()) {
                    list.add(new Spelling(TextMatcher.fold(a.text(), lang.getKey()), e.key(), a.text()));
                }
            }
            spellings.put(lang.getKey(), List.copyOf(list));
        }
    }

    /** Loads the catalog of a folder of {@code <language>.yaml} files; errors read {@code file:line:col: …}. */
    public static Catalog load(Path i18nDir) {
        return new Catalog(CatalogLoader.load(i18nDir, i18nDir.toString()));
    }

    /** Loads the catalog packed with the kit (the {@code i18n/} folder on the class path). */
    public static Catalog fromClasspath() {
        URL url = Catalog.class.getClassLoader().getResource(DIRECTORY + "/en.yaml");
        if (url == null) {
            throw new CatalogException(DIRECTORY + "/en.yaml: not on the class path — build the kit with its i18n folder, or set roletck.home");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return new Catalog(CatalogLoader.load(fs.getPath("/" + DIRECTORY), DIRECTORY));
            }
            return new Catalog(CatalogLoader.load(Path.of(uri).getParent(), DIRECTORY));
        } catch (URISyntaxException | IOException e) {
            throw new CatalogException(url + ": cannot open (" + e.getMessage() + ") — set roletck.home to the RoleTCK folder");
        }
    }

    /**
     * The catalog of this installation, loaded once: {@code <roletck.home>/i18n} when the system
     * property is set, else {@code ./i18n} when present, else the copy on the class path.
     */
    public static Catalog standard() {
        Catalog c = standard;
        if (c == null) {
            synchronized (Catalog.class) {
                c = standard;
                if (c == null) standard = c = locate();
            }
        }
        return c;
    }

    private static Catalog locate() {
        String home = System.getProperty("roletck.home");
        if (home != null && !home.isBlank()) return new Catalog(CatalogCache.load(Path.of(home).resolve(DIRECTORY)));
        Path here = Path.of(DIRECTORY);
        return Files.isDirectory(here) ? load(here) : fromClasspath();
    }

    /** The languages of the catalog, English first. */
    public List<Locale> locales() {
        return List.copyOf(entries.keySet());
    }

    /** Every key of the catalog, in the order of en.yaml. */
    public List<String> keys() {
        return keys;
    }

    /** The entry written for the key in exactly this language (no fallback). */
    public Optional<Entry> entry(String key, Locale locale) {
        Map<String, Entry> lang = entries.get(catalogLocale(locale));
        return lang == null ? Optional.empty() : Optional.ofNullable(lang.get(key));
    }

    /** The entries of one language, in file order. */
    public Collection<Entry> entries(Locale locale) {
        Map<String, Entry> lang = entries.get(catalogLocale(locale));
        return lang == null ? List.of() : lang.values();
    }

    /** The languages {@code locale} falls back through, most specific first, ending with English. */
    public List<Locale> chain(Locale locale) {
        Set<Locale> chain = new LinkedHashSet<>();
        Locale plain = new Locale.Builder().setLocale(locale).clearExtensions().build();
        for (Locale candidate : List.of(plain,
                new Locale.Builder().setLanguage(plain.getLanguage()).setRegion(plain.getCountry()).build(),
                new Locale.Builder().setLanguage(plain.getLanguage()).build())) {
            if (entries.containsKey(candidate)) chain.add(candidate);
        }
        chain.add(CatalogLoader.BASE);
        return List.copyOf(chain);
    }

    /** The label of a key in a language, falling back along {@link #chain}; unknown key → CatalogException. */
    public Label label(String key, Locale locale) {
        for (Locale l : chain(locale)) {
            Entry e = entries.get(l).get(key);
            if (e != null) {
                return new Label(key, e.text(), l, !l.getLanguage().equals(locale.getLanguage()), e.source());
            }
        }
        throw new CatalogException("no label has the key \"" + key + "\"" + didYouMean(key));
    }

    /** The label of a value of the model, e.g. a Role or a Capability. */
    public Label label(Id value, Locale locale) {
        return label(Keys.of(value), locale);
    }

    /** The name of a role as an administrator of that relation holds it: "External full administrator" for partner or other. */
    public Label roleLabel(Role role, Relation relation, Locale locale) {
        String external = Keys.of(role) + "@" + Keys.EXTERNAL;
        return relation.isExternal() && entries.get(CatalogLoader.BASE).containsKey(external)
                ? label(external, locale) : label(role, locale);
    }

    /**
     * Formats the ICU MessageFormat pattern of a key. Arguments that are model values ({@link Id}) are
     * shown by their label, or by their id where the pattern selects on them; collections are joined
     * as a list of the language ("a, b and c"). A missing argument is an error, never a blank.
     */
    public String format(String key, Map<String, Object> args, Locale locale) {
        Label pattern = label(key, locale);
        Compiled compiled = compiled(pattern);
        Map<String, MessagePattern.ArgType> wanted = compiled.arguments();
        Map<String, Object> values = new HashMap<>();
        for (Map.Entry<String, MessagePattern.ArgType> arg : wanted.entrySet()) {
            if (!args.containsKey(arg.getKey()) || args.get(arg.getKey()) == null) {
                throw new CatalogException("\"" + key + "\" needs the argument {" + arg.getKey() + "} — pass "
                        + String.join(", ", wanted.keySet()));
            }
            values.put(arg.getKey(), value(args.get(arg.getKey()), arg.getValue(), locale));
        }
        synchronized (compiled.format()) { // an ICU MessageFormat is not safe to share unguarded
            return compiled.format().format(values);
        }
    }

    /** A pattern parsed once: the formatter and the arguments it takes. */
    private record Compiled(MessageFormat format, Map<String, MessagePattern.ArgType> arguments) {}

    private record PatternKey(String text, Locale locale) {}

    private Compiled compiled(Label pattern) {
        return compiled.computeIfAbsent(new PatternKey(pattern.text(), pattern.locale()), k -> new Compiled(
                new MessageFormat(k.text(), ULocale.forLocale(k.locale())), Map.copyOf(Patterns.arguments(k.text()))));
    }

    private Object value(Object v, MessagePattern.ArgType type, Locale locale) {
        if (v instanceof Id id) {
            return type == MessagePattern.ArgType.SELECT ? id.id() : label(id, locale).text();
        }
        if (v instanceof Locale l) return type == MessagePattern.ArgType.SELECT ? l.toLanguageTag() : languageName(l, locale);
        if (v instanceof Collection<?> items && type != MessagePattern.ArgType.PLURAL) {
            List<String> shown = new ArrayList<>();
            for (Object item : items) shown.add(String.valueOf(value(item, MessagePattern.ArgType.SIMPLE, locale)));
            return ListFormatter.getInstance(ULocale.forLocale(locale)).format(shown);
        }
        return v;
    }

    /**
     * The name of a language in the reader's language, as CLDR gives it for use inside a sentence
     * ("Turkish", "turecki", "tyrkisk", "Türkçe"): the nominative, so messages place it where the
     * nominative reads right ("język: polski").
     */
    public String languageName(Locale language, Locale reader) {
        return LocaleDisplayNames.getInstance(ULocale.forLocale(reader), DisplayContext.CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE)
                .languageDisplayName(language.getLanguage());
    }

    /** Finds the key a reader's text names, among all labels. */
    public FindResult find(String text, Locale locale) {
        return find(text, locale, "");
    }

    /**
     * Finds the key a reader's text names, among the keys that start with {@code kind} ({@code role},
     * {@code capability.webex_site_roles}, …; a trailing dot is implied). Matching ignores case as
     * the language writes it (Turkish İ/ı), accents, and kinds of white space — in Danish, æ/ø/å also
     * meet ae/oe/aa; it accepts aliases
     * and the id itself. Searches the language's chain, so English names are understood everywhere.
     */
    public FindResult find(String text, Locale locale, String kind) {
        String prefix = kind.isEmpty() || kind.endsWith(".") ? kind : kind + ".";
        String query = TextMatcher.fold(text, locale);
        boolean danish = locale.getLanguage().equals("da");
        String danishQuery = danish ? TextMatcher.foldDanish(text) : query;
        Map<String, FindResult.Match> matches = new LinkedHashMap<>();
        for (Locale l : chain(locale)) {
            for (Spelling s : spellings.get(l)) {
                if (s.key().startsWith(prefix) && !matches.containsKey(s.key())
                        && (s.folded().equals(query) || TextMatcher.fold(s.text(), locale).equals(query)
                        || danish && TextMatcher.foldDanish(s.text()).equals(danishQuery))) {
                    matches.put(s.key(), new FindResult.Match(s.key(), entries.get(l).get(s.key()).text(), s.text(), l));
                }
            }
        }
        if (matches.isEmpty()) {
            for (String key : keys) {
                if (key.startsWith(prefix) && !key.startsWith("message.")
                        && (key.equals(text.strip()) || (!key.contains("@") && Keys.idOf(key).equals(text.strip())))) {
                    Label label = label(key, locale);
                    matches.put(key, new FindResult.Match(key, label.text(), text.strip(), label.locale()));
                }
            }
        }
        List<FindResult.Suggestion> suggestions = matches.isEmpty() ? suggest(query, locale, prefix) : List.of();
        return new FindResult(text, locale, List.copyOf(matches.values()), suggestions);
    }

    private List<FindResult.Suggestion> suggest(String query, Locale locale, String prefix) {
        Map<String, Integer> best = new HashMap<>();
        for (Locale l : chain(locale)) {
            for (Spelling s : spellings.get(l)) {
                if (!s.key().startsWith(prefix)) continue;
                int d = TextMatcher.distance(query, s.folded());
                if (query.length() >= 3 && (s.folded().contains(query) || query.contains(s.folded()))) {
                    d = Math.min(d, Math.abs(s.folded().length() - query.length()) / 4 + 1);
                }
                best.merge(s.key(), d, Math::min);
            }
        }
        int limit = Math.max(2, query.length() * 2 / 5);
        return best.entrySet().stream()
                .filter(e -> e.getValue() <= limit)
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(5)
                .map(e -> new FindResult.Suggestion(e.getKey(), label(e.getKey(), locale).text(), e.getValue()))
                .toList();
    }

    /** Keys whose id part is near {@code id} (for "did you mean"). */
    public List<String> suggestKeys(String id) {
        String q = id.strip().toLowerCase(Locale.ROOT);
        return keys.stream()
                .filter(k -> !k.startsWith("message."))
                .map(k -> Map.entry(k, q.length() >= 3 && Keys.idOf(k).toLowerCase(Locale.ROOT).contains(q) ? 1
                        : Math.min(TextMatcher.distance(q, Keys.idOf(k).toLowerCase(Locale.ROOT)),
                                TextMatcher.distance(q, k.toLowerCase(Locale.ROOT)))))
                .filter(e -> e.getValue() <= Math.max(2, q.length() / 3))
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(5)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Keys whose id is exactly {@code id} (several when tables share a capability id), or the key itself. */
    public List<String> keysFor(String id) {
        String s = id.strip();
        if (keys.contains(s)) return List.of(s);
        return keys.stream().filter(k -> !k.startsWith("message.") && Keys.idOf(k).equals(s)).toList();
    }

    /**
     * Every language's entries as ICU MessageFormat patterns (labels quoted so that they format to
     * themselves), language tag → key → pattern, for front ends.
     */
    public Map<String, Map<String, String>> export() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Map.Entry<Locale, Map<String, Entry>> lang : entries.entrySet()) {
            Map<String, String> patterns = new LinkedHashMap<>();
            for (Entry e : lang.getValue().values()) {
                patterns.put(e.key(), e.message() ? e.text() : Patterns.quote(e.text()));
            }
            out.put(lang.getKey().toLanguageTag(), java.util.Collections.unmodifiableMap(patterns));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Whether {@code locale} (or its language) has a catalog of its own. */
    public boolean speaks(Locale locale) {
        return chain(locale).stream().anyMatch(l -> l.getLanguage().equals(locale.getLanguage()));
    }

    /** The language of the catalog that serves {@code locale} itself, or null when only a fallback would. */
    private Locale catalogLocale(Locale locale) {
        Locale first = chain(locale).get(0);
        return first.getLanguage().equals(locale.getLanguage()) ? first : null;
    }

    private String didYouMean(String key) {
        List<String> near = suggestKeys(key);
        return near.isEmpty() ? " — list the keys with roletck label --list"
                : " — did you mean " + String.join(", ", near) + "?";
    }
}

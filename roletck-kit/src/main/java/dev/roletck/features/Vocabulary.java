package dev.roletck.features;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import dev.roletck.i18n.Catalog;
import dev.roletck.i18n.Entry;
import dev.roletck.i18n.FindResult;
import dev.roletck.model.Access;
import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.Scope;
import dev.roletck.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The labels a feature file of one language may use — the canonical labels of that language's catalog,
 * exactly — resolved to ids. Any other text is an error that names the nearest labels of the same kind.
 */
final class Vocabulary {
    /** What an example row writes for an unscoped grant, in every language. */
    static final String NO_SCOPE = "-";

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private final Catalog catalog;
    private final Locale locale;

    Vocabulary(Catalog catalog, Locale locale) {
        this.catalog = catalog;
        this.locale = locale;
    }

    Locale locale() { return locale; }

    Role role(String label) { return resolve("role", "role.", label, Role::fromId); }

    Relation relation(String label) { return resolve("relation", "relation.", label, Relation::fromId); }

    Access access(String label) { return resolve("access level", "access.", label, Access::fromId); }

    Table table(String label) { return resolve("table", "table.", label, Table::fromId); }

    Optional<Scope> scope(String label) {
        if (label.equals(NO_SCOPE)) return Optional.empty();
        return Optional.of(resolve("scope", "scope.", label, Scope::fromId));
    }

    /** A capability label is only unique within its table ("Device management" is a row of two). */
    Capability capability(Table table, String label) {
        return resolve("capability of table '" + table.id() + "'", "capability." + table.id() + ".", label,
                id -> Capability.of(table, id));
    }

    /** The key of {@code label} among the keys starting with {@code prefix}, if the catalog knows it exactly. */
    Optional<String> key(String prefix, String label) {
        List<String> keys = exact(prefix, label);
        return keys.size() == 1 ? Optional.of(keys.get(0)) : Optional.empty();
    }

    /**
     * The keys whose canonical label in this language is {@code label}, exactly (after NFC). A feature is
     * held to the catalog of its own language and to one term per thing: no case folding, no missing
     * diacritics, no English, and no alias — a seed's other spellings are what {@code label --find}
     * accepts, and what the error suggests the canonical label for.
     */
    private List<String> exact(String prefix, String label) {
        List<String> keys = new ArrayList<>();
        for (String key : labels().getOrDefault(NFC.normalize(label), List.of())) {
            if (key.startsWith(prefix)) keys.add(key);
        }
        return keys;
    }

    /**
     * The keys of every label of this language, by its NFC text, in the catalog's order: built once per
     * catalog and language, as a feature run resolves some ten thousand labels.
     */
    private Map<String, List<String>> labels() {
        Map<Locale, Map<String, List<String>>> byLocale;
        synchronized (LABELS) {
            byLocale = LABELS.computeIfAbsent(catalog, c -> new ConcurrentHashMap<>());
        }
        return byLocale.computeIfAbsent(locale, l -> {
            Map<String, List<String>> index = new HashMap<>();
            for (Entry e : catalog.entries(l)) {
                if (!e.message()) index.computeIfAbsent(NFC.normalize(e.text()), t -> new ArrayList<>()).add(e.key());
            }
            return index;
        });
    }

    private static final Map<Catalog, Map<Locale, Map<String, List<String>>>> LABELS = new WeakHashMap<>();

    private <T> T resolve(String kind, String prefix, String label, Function<String, Optional<T>> byId) {
        List<String> keys = exact(prefix, label);
        if (keys.isEmpty()) {
            FindResult near = catalog.find(label, locale, prefix);
            List<String> suggestions = new ArrayList<>();
            near.matches().forEach(m -> suggestions.add(catalog.label(m.key(), locale).text()));
            near.suggestions().forEach(s -> suggestions.add(s.label()));
            throw new UnknownLabelException(label, catalog.format("message.feature.unknown_label", Map.of(
                    "kind", kindName(kind), "label", label, "language", locale,
                    "suggestions", suggestions.stream().distinct().limit(5).map(this::quoted).toList(),
                    "suggested", suggestions.isEmpty() ? "no" : "yes"), locale));
        }
        if (keys.size() > 1) {
            throw new UnknownLabelException(label, catalog.format("message.feature.ambiguous_label", Map.of(
                    "label", label, "keys", keys), locale));
        }
        String key = keys.get(0);
        // role.full_admin@external names the role an external administrator holds: the same id
        String id = key.substring(prefix.length()).replaceFirst("@.*$", "");
        return byId.apply(id).orElseThrow(() -> new UnknownLabelException(label, catalog.format(
                "message.feature.label_of_other_kind", Map.of("label", label, "key", key), locale)));
    }

    /** A label between the quotation marks of the feature's language, as CLDR gives them („…” in Polish). */
    private String quoted(String text) {
        LocaleData data = LocaleData.getInstance(ULocale.forLocale(locale));
        return data.getDelimiter(LocaleData.QUOTATION_START) + text + data.getDelimiter(LocaleData.QUOTATION_END);
    }

    private static String kindName(String kind) {
        return kind.startsWith("capability") ? "capability" : kind.replace(' ', '_');
    }

    /** A label the catalog does not know; {@link #label} is the offending text, to locate it in the file. */
    static final class UnknownLabelException extends RuntimeException {
        private final String label;

        UnknownLabelException(String label, String message) {
            super(message);
            this.label = label;
        }

        String label() { return label; }
    }
}

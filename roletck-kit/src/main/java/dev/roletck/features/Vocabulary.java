package dev.roletck.features;

import dev.roletck.i18n.Catalog;
import dev.roletck.i18n.FindResult;
import dev.roletck.model.Access;
import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.Scope;
import dev.roletck.model.Table;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The labels a feature file of one language may use, resolved to ids through the catalog. A label
 * the catalog does not know is an error that names the nearest labels of the same kind.
 */
final class Vocabulary {
    /** What an example row writes for an unscoped grant, in every language. */
    static final String NO_SCOPE = "-";

    /**
     * What the catalog found for each label, per catalog: a feature run asks the same few hundred
     * labels some ten thousand times, and each search folds the text and walks the catalog.
     */
    private static final Map<Catalog, Map<String, FindResult>> FOUND = Collections.synchronizedMap(new WeakHashMap<>());

    private final Catalog catalog;
    private final Locale locale;
    private final Map<String, FindResult> found;

    Vocabulary(Catalog catalog, Locale locale) {
        this.catalog = catalog;
        this.locale = locale;
        this.found = FOUND.computeIfAbsent(catalog, c -> new ConcurrentHashMap<>());
    }

    private FindResult find(String label, String prefix) {
        return found.computeIfAbsent(locale.toLanguageTag() + '\u0000' + prefix + '\u0000' + label,
                k -> catalog.find(label, locale, prefix));
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

    /** The key of {@code label} among the keys starting with {@code prefix}, if the catalog knows it. */
    Optional<String> key(String prefix, String label) {
        return find(label, prefix).unique().map(FindResult.Match::key);
    }

    private <T> T resolve(String kind, String prefix, String label, Function<String, Optional<T>> byId) {
        FindResult found = find(label, prefix);
        if (!found.found()) {
            throw new UnknownLabelException(label, "unknown " + kind + " label \"" + label + "\" in language '"
                    + locale.getLanguage() + "'" + suggest(found.suggestions().stream()
                    .map(FindResult.Suggestion::label).distinct().toList()));
        }
        if (found.unique().isEmpty()) {
            throw new UnknownLabelException(label, "the " + kind + " label \"" + label + "\" names several keys "
                    + found.matches().stream().map(FindResult.Match::key).toList() + " — use the label of one of them");
        }
        String key = found.unique().get().key();
        // role.full_admin@external names the role an external administrator holds: the same id
        String id = key.substring(prefix.length()).replaceFirst("@.*$", "");
        return byId.apply(id).orElseThrow(() -> new UnknownLabelException(label,
                "the catalog maps \"" + label + "\" to '" + key + "', which is no " + kind));
    }

    private static String suggest(List<String> suggestions) {
        if (suggestions.isEmpty()) return " — use a label of the catalog";
        return " — did you mean " + suggestions.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", "))
                + "?";
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

package dev.roletck.audit;

import dev.roletck.i18n.Catalog;
import dev.roletck.i18n.FindResult;
import dev.roletck.model.Role;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The role names of an export's cells, read through the catalog: the file's language first (and
 * English, which every language falls back to), then the other languages. A name is read exactly or
 * by an alias, never guessed. Answers are remembered, so a million rows cost a few lookups.
 */
final class RoleNames {
    /** What a name in a role cell stands for. */
    sealed interface Name permits Known, NoRole, Unknown {}

    /**
     * A role; {@code key} is the catalog key matched ({@code role.full_admin@external}), {@code language}
     * the spelling's, {@code text} the name as written.
     */
    record Known(Role role, String key, boolean external, Locale language, String text) implements Name {
        Known as(String written) {
            return new Known(role, key, external, language, written);
        }
    }

    /** "None": the user holds no administrator role (R07). */
    record NoRole(Locale language) implements Name {}

    /** No role has this name (or several have): the nearest labels in the file's language. */
    record Unknown(List<String> suggestions) implements Name {}

    private static final int CACHE = 4096;
    private static final String NONE = "message.audit.none";

    private final Catalog catalog;
    private final Locale language;
    private final Map<String, Name> cache = new HashMap<>();
    private final Map<Locale, String> none = new HashMap<>();

    RoleNames(Catalog catalog, Locale language) {
        this.catalog = catalog;
        this.language = language;
        for (Locale l : catalog.locales()) none.put(l, catalog.format(NONE, Map.of(), l).strip().toLowerCase(l));
    }

    /** The word for "None" in a language. */
    String none(Locale in) {
        return catalog.format(NONE, Map.of(), in);
    }

    /** The canonical name of a key in a language. */
    String label(String key, Locale in) {
        return catalog.label(key, in).text();
    }

    Name resolve(String text) {
        Name n = cache.get(text);
        if (n == null) {
            n = lookUp(text.strip());
            if (cache.size() < CACHE) cache.put(text, n);
        }
        return n;
    }

    private Name lookUp(String text) {
        if (text.toLowerCase(language).equals(none.get(language))) return new NoRole(language);
        for (Map.Entry<Locale, String> e : none.entrySet()) {
            if (text.toLowerCase(e.getKey()).equals(e.getValue())) return new NoRole(e.getKey());
        }
        FindResult here = catalog.find(text, language, "role");
        if (here.found()) return known(here, language);
        for (Locale other : catalog.locales()) {
            if (catalog.chain(language).contains(other)) continue;
            FindResult there = catalog.find(text, other, "role");
            List<FindResult.Match> own = there.matches().stream()
                    .filter(m -> m.locale().getLanguage().equals(other.getLanguage())).toList();
            if (!own.isEmpty()) return known(new FindResult(text, other, own, List.of()), other);
        }
        return new Unknown(here.suggestions().stream().map(FindResult.Suggestion::label).toList());
    }

    private Name known(FindResult r, Locale asked) {
        Set<String> ids = new LinkedHashSet<>();
        for (FindResult.Match m : r.matches()) ids.add(m.id());
        if (ids.size() != 1) {
            return new Unknown(r.matches().stream().map(m -> catalog.label(m.key(), language).text()).distinct().toList());
        }
        FindResult.Match m = r.matches().get(0);
        boolean external = r.matches().stream().allMatch(x -> x.qualifier().isPresent());
        Role role = Role.fromId(m.id()).orElseThrow();
        Locale spelled = m.locale();
        return new Known(role, m.key(), external, spelled.getLanguage().equals(asked.getLanguage()) ? asked : spelled, r.text());
    }
}

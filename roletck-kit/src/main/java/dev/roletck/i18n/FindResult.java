package dev.roletck.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@link Catalog#find} made of a text: the keys whose label or alias reads the same, or, when
 * none does, the nearest labels.
 */
public record FindResult(String text, Locale locale, List<Match> matches, List<Suggestion> suggestions) {

    public FindResult {
        matches = List.copyOf(matches);
        suggestions = List.copyOf(suggestions);
    }

    /**
     * A key whose label or alias matched.
     *
     * @param label   the canonical label of the key in {@code locale}
     * @param matched the spelling that matched (the label, an alias, or the id itself)
     */
    public record Match(String key, String label, String matched, Locale locale) {
        /** The id the key names: {@code full_admin} for {@code role.full_admin@external}, {@code R07} for {@code rule.R07}. */
        public String id() {
            return Keys.idOf(key);
        }

        /** The qualifier after {@code @}, e.g. {@code external}. */
        public Optional<String> qualifier() {
            int at = key.indexOf('@');
            return at < 0 ? Optional.empty() : Optional.of(key.substring(at + 1));
        }
    }

    /** A near label: the key, its canonical label, and the edit distance of the nearest spelling. */
    public record Suggestion(String key, String label, int distance) {}

    public boolean found() {
        return !matches.isEmpty();
    }

    /** The match, when exactly one key matched. */
    public Optional<Match> unique() {
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }
}

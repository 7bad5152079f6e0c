package dev.roletck.harness;

import dev.roletck.matrix.Cell;
import dev.roletck.suite.ConformanceCase;
import dev.roletck.suite.Provenance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import dev.roletck.i18n.EditDistance;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which cases a known-failures entry names: one case id or a glob of case ids ({@code case:}), every
 * case whose expectation rests on one matrix cell ({@code cell:}), or every case of one prose rule
 * ({@code rule:}). Also the near ids to suggest for a pattern that matches nothing.
 */
public final class CasePatterns {
    private CasePatterns() {}

    /** What an entry names cases by. */
    public enum Kind {
        /** A case id, or a glob over case ids: {@code *} any characters but {@code /}, {@code **} any, {@code ?} one. */
        CASE("case"),
        /** A matrix cell, {@code table/capability/role/relation} (globs allowed): every case whose expectation uses it. */
        CELL("cell"),
        /** A prose rule, {@code R22}: every case of that rule in rules.yaml. */
        RULE("rule");

        private final String key;

        Kind(String key) { this.key = key; }

        public String key() { return key; }
    }

    /** What a pattern can match a case by: its id, the cells its expectation rests on, its rule. */
    public record Target(String id, List<String> cells, Optional<String> rule) {
        public Target {
            cells = List.copyOf(cells);
        }

        public static Target of(ConformanceCase c) {
            return new Target(c.id(), cellIds(c), c.provenance() instanceof Provenance.FromRule r ? Optional.of(r.rule().id()) : Optional.empty());
        }

        /** A case known by its id alone. */
        public static Target ofId(String id) { return new Target(id, List.of(), Optional.empty()); }
    }

    /** The ids of the cases the pattern names, in case order. */
    public static List<String> matching(Kind kind, String pattern, Collection<Target> cases) {
        Pattern glob = glob(pattern);
        List<String> matched = new ArrayList<>();
        for (Target c : cases) {
            boolean hit = switch (kind) {
                case CASE -> glob.matcher(c.id()).matches();
                case CELL -> c.cells().stream().anyMatch(id -> glob.matcher(id).matches());
                case RULE -> c.rule().filter(r -> r.equalsIgnoreCase(pattern.strip())).isPresent();
            };
            if (hit) matched.add(c.id());
        }
        return matched;
    }

    /** The ids a pattern of this kind could have meant: up to three, nearest first. */
    public static List<String> near(Kind kind, String pattern, Collection<Target> cases) {
        Set<String> ids = new LinkedHashSet<>();
        for (Target c : cases) {
            switch (kind) {
                case CASE -> ids.add(c.id());
                case CELL -> ids.addAll(c.cells());
                case RULE -> c.rule().ifPresent(ids::add);
            }
        }
        String p = pattern.strip().toLowerCase(Locale.ROOT);
        int limit = Math.max(2, p.length() / 4);
        record Near(String id, int distance) {}
        List<Near> near = ids.stream().map(id -> new Near(id, distance(p, id.toLowerCase(Locale.ROOT))))
                .filter(n -> n.distance() <= limit)
                .sorted(Comparator.comparingInt(Near::distance).thenComparing(Near::id)).toList();
        if (near.isEmpty()) return List.of();
        int best = near.get(0).distance();
        return near.stream().filter(n -> n.distance() <= best + 1).limit(3).map(Near::id).toList();
    }

    /** The cells a case's expectation rests on, as {@code table/capability/role/relation}. */
    static List<String> cellIds(ConformanceCase c) {
        if (!(c.provenance() instanceof Provenance.FromCells f)) return List.of();
        List<String> ids = new ArrayList<>(f.cells().size());
        for (Cell cell : f.cells()) {
            ids.add(f.table().id() + "/" + cell.capability().id() + "/" + cell.role().id() + "/" + cell.relation().id());
        }
        return ids;
    }

    /** A glob as a regular expression: {@code **} any characters, {@code *} any but {@code /}, {@code ?} one character. */
    static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        String g = glob.strip();
        for (int i = 0; i < g.length(); i++) {
            char ch = g.charAt(i);
            if (ch == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
                re.append(".*");
                i++;
            } else if (ch == '*') {
                re.append("[^/]*");
            } else if (ch == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(re.toString());
    }

    /** Whether the pattern is a glob rather than one id. */
    static boolean isGlob(String pattern) {
        return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        return EditDistance.between(a, b);
    }
}

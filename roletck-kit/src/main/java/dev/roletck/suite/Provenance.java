package dev.roletck.suite;

import dev.roletck.i18n.Phrase;
import dev.roletck.i18n.Phrase.Kind;
import dev.roletck.matrix.Cell;
import dev.roletck.model.RuleId;
import dev.roletck.model.RuleStatus;
import dev.roletck.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Where the expectation of a case comes from, for failure messages and reports. */
public sealed interface Provenance permits Provenance.FromCells, Provenance.FromRule, Provenance.FromReference,
        Provenance.FromProtocol {

    /** The seed files (or seed lines) the expectation rests on. */
    List<String> seeds();

    /** For a failure message, as data: the cells or the rule, how they are known, the seeds. */
    Phrase phrase();

    /** {@link #phrase()} in its machine form (English, ids). */
    default String describe() { return phrase().plain(); }

    /** The basis of the expectation in a few words, for test names: {@code external/high}, {@code rule R22}. */
    String basis();

    /**
     * Computed from matrix cells: the cells of the listed roles held, and notes for what the cells
     * alone do not say (roles the table does not list, undeclared relations, conditions applied).
     */
    record FromCells(Table table, List<Cell> cells, List<Phrase> notes, List<String> seeds) implements Provenance {
        public FromCells {
            Objects.requireNonNull(table, "table");
            cells = List.copyOf(cells);
            notes = List.copyOf(notes);
            seeds = List.copyOf(seeds);
        }

        static FromCells of(Table table, List<Cell> cells, List<Phrase> notes, List<String> tableSeeds) {
            LinkedHashSet<String> seeds = new LinkedHashSet<>();
            cells.forEach(c -> seeds.addAll(c.seeds()));
            if (seeds.isEmpty()) seeds.addAll(tableSeeds);
            return new FromCells(table, cells, notes, List.copyOf(seeds));
        }

        @Override public String basis() {
            if (cells.isEmpty()) return "table rule";
            return cells.stream().map(c -> c.basis().id() + "/" + c.confidence().id()).collect(Collectors.joining(" + "));
        }

        @Override public Phrase phrase() {
            List<Phrase> parts = new ArrayList<>();
            if (cells.size() == 1) {
                Cell c = cells.get(0);
                parts.add(Phrase.of(Kind.CELL, "basis", c.basis(), "confidence", c.confidence()));
            } else if (!cells.isEmpty()) {
                parts.add(Phrase.of(Kind.CELLS, "cells", cells.stream()
                        .map(c -> Phrase.of(Kind.CELL_OF, "role", c.role(), "basis", c.basis(), "confidence", c.confidence()))
                        .toList()));
            }
            parts.addAll(notes);
            return parts.isEmpty() ? Phrase.of(Kind.SOURCE_SEEDS, "seeds", seeds)
                    : Phrase.of(Kind.SOURCE_CELLS, "basis", Phrase.clauses(parts), "seeds", seeds);
        }
    }

    /** Written out for a prose rule: the rule, and the name of the case in rules.yaml. */
    record FromRule(RuleId rule, RuleStatus status, String caseName, String statement, List<String> seeds)
            implements Provenance {
        public FromRule {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(caseName, "caseName");
            Objects.requireNonNull(statement, "statement");
            seeds = List.copyOf(seeds);
        }

        @Override public String basis() {
            return "rule " + rule.id();
        }

        @Override public Phrase phrase() {
            return Phrase.of(Kind.SOURCE_RULE, "rule", rule.id(), "status", status, "case", caseName, "seeds", seeds);
        }
    }

    /**
     * A generated request: the expected answer is the reference policy's, whose rules are checked
     * against the matrices, rules.yaml and the features by the kit's own tests.
     *
     * @param seed the seed of the run that generated it ({@code --seed} replays it)
     */
    record FromReference(long seed) implements Provenance {
        @Override public List<String> seeds() { return List.of(); }

        @Override public String basis() { return "reference policy"; }

        @Override public Phrase phrase() {
            return Phrase.of(Kind.SOURCE_REFERENCE, "seed", Long.toString(seed));
        }
    }

    /**
     * A fail-closed check: the request is invalid in the way {@code defect} says (in English, for
     * the exported vectors; {@code slug} is its id, e.g. {@code kind_missing}), and PROTOCOL.md
     * ("Errors") requires an error for it, never an answer.
     */
    record FromProtocol(String slug, String defect) implements Provenance {
        public FromProtocol {
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(defect, "defect");
        }

        @Override public List<String> seeds() { return List.of(); }

        @Override public String basis() { return "fail closed"; }

        @Override public Phrase phrase() { return Phrase.of(Kind.SOURCE_PROTOCOL, "defect", slug); }
    }
}

package dev.roletck.harness.report;

import dev.roletck.api.AccessRequest;
import dev.roletck.model.Role;
import dev.roletck.suite.AccessCase;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.ConformanceCase;
import dev.roletck.suite.Provenance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Failures grouped by what they share — a table, a role, a relation, a capability, a rule — so that
 * one bug (say, a relation ignored) reads as one line, "305 of 320 cases of relation partner
 * failed", before the individual cases. Groups are chosen greedily: each time the trait whose
 * failures are both many and concentrated (count² / cases with the trait) among the failures not
 * yet grouped; a trait needs at least two failures.
 */
public final class FailureGroups {
    private FailureGroups() {}

    /** What a group of cases shares. {@code table} is empty for a trait across tables. */
    public enum Dimension { TABLE, ROLE, RELATION, CAPABILITY, RULE }

    /** A trait: a dimension and its value, within one table or across all ({@code table} empty). */
    public record Trait(String table, Dimension dimension, String value) {
        public Trait {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(dimension, "dimension");
            Objects.requireNonNull(value, "value");
        }
    }

    /** One group: the trait, its failures (in run order), and how many cases of the run have the trait. */
    public record FailureGroup(Trait trait, List<CaseResult> failures, int cases) {
        public FailureGroup {
            failures = List.copyOf(failures);
        }
    }

    /** The traits of one case. */
    public static Set<Trait> traits(ConformanceCase c) {
        Set<Trait> traits = new LinkedHashSet<>();
        if (c instanceof AccessCase a) {
            AccessRequest r = a.request();
            String t = r.table().id();
            traits.add(new Trait(t, Dimension.TABLE, t));
            traits.add(new Trait(t, Dimension.RELATION, r.relation().id()));
            traits.add(new Trait("", Dimension.RELATION, r.relation().id()));
            traits.add(new Trait(t, Dimension.CAPABILITY, r.capability().id()));
            for (Role role : r.roles().toList()) {
                traits.add(new Trait(t, Dimension.ROLE, role.id()));
                traits.add(new Trait("", Dimension.ROLE, role.id()));
            }
        }
        if (c.provenance() instanceof Provenance.FromRule rule) traits.add(new Trait("", Dimension.RULE, rule.rule().id()));
        return traits;
    }

    /** The groups of the run's failures, largest first as chosen; failures that share nothing with another stay ungrouped. */
    public static List<FailureGroup> of(List<CaseResult> results) {
        Map<Trait, Integer> size = new HashMap<>();
        Map<CaseResult, Set<Trait>> failing = new LinkedHashMap<>();
        for (CaseResult r : results) {
            Set<Trait> traits = traits(r.testCase());
            traits.forEach(t -> size.merge(t, 1, Integer::sum));
            if (r.outcome().failsRun()) failing.put(r, traits);
        }
        List<FailureGroup> groups = new ArrayList<>();
        while (!failing.isEmpty()) {
            Map<Trait, List<CaseResult>> byTrait = new LinkedHashMap<>();
            failing.forEach((r, traits) -> traits.forEach(t -> byTrait.computeIfAbsent(t, k -> new ArrayList<>()).add(r)));
            Trait best = null;
            double bestScore = 0;
            for (Map.Entry<Trait, List<CaseResult>> e : byTrait.entrySet()) {
                int n = e.getValue().size();
                if (n < 2) continue;
                double score = (double) n * n / size.get(e.getKey());
                if (score > bestScore) {
                    best = e.getKey();
                    bestScore = score;
                }
            }
            if (best == null) break;
            List<CaseResult> members = byTrait.get(best);
            groups.add(new FailureGroup(best, members, size.get(best)));
            members.forEach(failing::remove);
        }
        return groups;
    }

    /** One line per group, in the reader's language: "305 of 320 cases of relation partner (table …) failed". */
    public static String describe(FailureGroup g, ReportText text) {
        return text.message("message.report.failure_group", Map.of("failed", g.failures().size(), "cases", g.cases(),
                "dimension", g.trait().dimension().name().toLowerCase(java.util.Locale.ROOT), "value", g.trait().value(),
                "table", g.trait().table().isEmpty() ? "any" : g.trait().table()));
    }
}

package dev.roletck.suite;

import dev.roletck.i18n.Phrase;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.Grant;
import dev.roletck.matrix.Cell;
import dev.roletck.matrix.Matrix;
import dev.roletck.matrix.RuleSpec;
import dev.roletck.matrix.Spec;
import dev.roletck.model.Access;
import dev.roletck.model.Role;
import dev.roletck.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * How the expected answer of a case arises, step by step: each held role's cell with its provenance
 * and what it contributes, which contribution covers which (RULINGS §4.6), the notes of the case's
 * provenance, the rule it comes from, and the seed references it rests on. Built from the spec
 * alone — the same reading the cases are made of — for {@code roletck explain} and
 * {@code decide --explain}.
 *
 * @param request       the access request, for an access case
 * @param contributions one per held role, in the request's order (empty for assignment cases)
 * @param steps         one per distinct contribution, strongest first: kept, or covered by another
 * @param rule          the prose rule, for a rule case
 * @param seeds         the seed references, {@code file} or {@code file:line}
 */
public record Explanation(String caseId, Phrase expected, Optional<AccessRequest> request, List<Contribution> contributions,
                          List<Step> steps, List<Phrase> notes, Optional<RuleSpec> rule, List<String> seeds) {

    public Explanation {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(request, "request");
        contributions = List.copyOf(contributions);
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
        Objects.requireNonNull(rule, "rule");
        seeds = List.copyOf(seeds);
    }

    /**
     * What one held role adds: its cell (empty for a role the table does not list, or a relation
     * it does not declare) and the grant it contributes under the cell's conditions.
     */
    public record Contribution(Role role, Optional<Cell> cell, Grant grant) {
        public Contribution {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(cell, "cell");
            Objects.requireNonNull(grant, "grant");
        }
    }

    /** One distinct contribution: kept in the answer, or covered by a stronger or wider one. */
    public record Step(Grant grant, Optional<Grant> coveredBy) {
        public Step {
            Objects.requireNonNull(grant, "grant");
            Objects.requireNonNull(coveredBy, "coveredBy");
        }
    }

    /** The explanation of one case of the spec. */
    public static Explanation of(Spec spec, ConformanceCase c) {
        Optional<RuleSpec> rule = c.provenance() instanceof Provenance.FromRule r ? Optional.of(spec.rule(r.rule())) : Optional.empty();
        List<Phrase> notes = c.provenance() instanceof Provenance.FromCells f ? f.notes() : List.of();
        LinkedHashSet<String> seeds = new LinkedHashSet<>(c.provenance().seeds());
        if (c instanceof AccessCase a) {
            Explanation e = of(spec, a.request());
            seeds.addAll(e.seeds());
            return new Explanation(c.id(), c.expected().phrase(), e.request(), e.contributions(), e.steps(), notes, rule,
                    List.copyOf(seeds));
        }
        return new Explanation(c.id(), c.expected().phrase(), Optional.empty(), List.of(), List.of(), notes, rule, List.copyOf(seeds));
    }

    /** The explanation of any access request, from the matrix of its table (also for requests no case asks). */
    public static Explanation of(Spec spec, AccessRequest request) {
        Matrix matrix = spec.matrix(request.table());
        Table t = request.table();
        AccessDecision answer = Cases.expected(matrix, request);
        List<Contribution> contributions = new ArrayList<>();
        LinkedHashSet<String> seeds = new LinkedHashSet<>();
        if (t.declares(request.relation())) {
            for (Role role : request.roles().toList()) {
                if (!t.lists(role)) {
                    contributions.add(new Contribution(role, Optional.empty(), Grant.of(Access.NOT_APPLICABLE)));
                    continue;
                }
                Cell cell = matrix.cell(request.capability(), role, request.relation());
                seeds.addAll(cell.seeds());
                contributions.add(new Contribution(role, Optional.of(cell), cell.contribution(request.roles(), request.context())));
            }
        }
        if (seeds.isEmpty()) seeds.addAll(matrix.seeds());
        List<Step> steps = new ArrayList<>();
        TreeSet<Grant> distinct = new TreeSet<>();
        contributions.forEach(x -> distinct.add(x.grant()));
        for (Grant g : distinct) {
            Optional<Grant> by = distinct.stream().filter(other -> !other.equals(g) && other.covers(g)).findFirst();
            steps.add(new Step(g, by));
        }
        List<Phrase> notes = new ArrayList<>();
        return new Explanation(Cases.id(request), ExpectedAccess.of(answer).phrase(), Optional.of(request), contributions,
                steps, notes, Optional.empty(), List.copyOf(seeds));
    }
}

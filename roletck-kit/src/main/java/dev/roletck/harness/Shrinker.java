package dev.roletck.harness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.i18n.Phrase;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.Actor;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.BadRequestException;
import dev.roletck.api.Context;
import dev.roletck.api.Policy;
import dev.roletck.api.Target;
import dev.roletck.model.HomeOrganization;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.suite.AccessCase;
import dev.roletck.suite.AssignmentCase;
import dev.roletck.suite.CaseKind;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.Cases;
import dev.roletck.suite.ConformanceCase;
import dev.roletck.suite.ExpectedAccess;
import dev.roletck.suite.ExpectedAssignment;
import dev.roletck.suite.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Shrinks a failing generated case to a minimal one that still fails the same way: greedily drops
 * held roles, site roles, context and flags, re-asking the implementation each time (the expected
 * answer of every smaller request is the reference policy's again), and keeps a step only while
 * the case still fails. The result is written as a case ready to paste into {@code matrices/rules.yaml}.
 *
 * <p>Written by hand rather than with a property-testing library: the kit runs outside any test
 * engine (the command line), the request space is a handful of finite fields, and each step must
 * go through the run's fault containment; a greedy pass over "one thing less" is all it needs.
 */
final class Shrinker {
    /** How many failing generated cases are shrunk in one run; the rest are listed as they are. */
    static final int MAX_SHRUNK = 5;
    /** How many requests one shrink may send. */
    private static final int MAX_STEPS = 60;

    private final Policy reference;
    private final Function<ConformanceCase, CaseResult> check;

    /**
     * @param check runs one case against the implementation, within the run's fault containment
     */
    Shrinker(Policy reference, Function<ConformanceCase, CaseResult> check) {
        this.reference = reference;
        this.check = check;
    }

    HarnessResult.Shrunk shrink(CaseResult failing) {
        CaseResult best = failing;
        int steps = 0;
        boolean progress = true;
        while (progress && steps < MAX_STEPS) {
            progress = false;
            for (ConformanceCase candidate : smaller(best.testCase())) {
                if (++steps > MAX_STEPS) break;
                CaseResult r = check.apply(candidate);
                if (r.outcome() == failing.outcome()) {
                    best = r;
                    progress = true;
                    break;
                }
            }
        }
        return new HarnessResult.Shrunk(failing, best, yaml(best));
    }

    // ---- one thing less ---------------------------------------------------------------------

    private List<ConformanceCase> smaller(ConformanceCase c) {
        List<ConformanceCase> out = new ArrayList<>();
        if (c instanceof AccessCase a) {
            for (Role r : a.roleOrder()) {
                List<Role> order = new ArrayList<>(a.roleOrder());
                order.remove(r);
                access(a, order, a.request().context()).ifPresent(out::add);
            }
            if (a.request().context().ccLicense().isPresent()) access(a, a.roleOrder(), Context.EMPTY).ifPresent(out::add);
            if (a.reordered()) access(a, a.request().roles().toList(), a.request().context()).ifPresent(out::add);
        } else if (c instanceof AssignmentCase s) {
            AssignmentRequest q = s.request();
            Actor actor = q.actor();
            Target target = q.target();
            boolean self = target.sameAsActor();
            for (Role r : actor.roles().toList()) {
                Actor less = new Actor(actor.roles().without(r), actor.siteRoles(), actor.relation(), actor.activeSalesRelationship());
                assignment(s, q, less, self ? sameAs(less, target) : target).ifPresent(out::add);
            }
            if (!self) {
                for (Role r : target.roles().toList()) {
                    assignment(s, q, actor, new Target(false, target.roles().without(r), target.siteRoles(), target.relation(),
                            target.home(), target.contactCenterEnabled())).ifPresent(out::add);
                }
            }
            for (String site : actor.siteRoles().keySet()) {
                Actor less = new Actor(actor.roles(), without(actor.siteRoles(), site), actor.relation(), actor.activeSalesRelationship());
                assignment(s, q, less, self ? sameAs(less, target) : target).ifPresent(out::add);
            }
            if (!self) {
                for (String site : target.siteRoles().keySet()) {
                    assignment(s, q, actor, new Target(false, target.roles(), without(target.siteRoles(), site), target.relation(),
                            target.home(), target.contactCenterEnabled())).ifPresent(out::add);
                }
            }
            if (actor.activeSalesRelationship()) {
                Actor less = new Actor(actor.roles(), actor.siteRoles(), actor.relation(), false);
                assignment(s, q, less, target).ifPresent(out::add);
            }
            if (target.contactCenterEnabled() || target.home() != HomeOrganization.ORDINARY) {
                assignment(s, q, actor, new Target(self, target.roles(), target.siteRoles(), target.relation(),
                        HomeOrganization.ORDINARY, false)).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Target sameAs(Actor actor, Target target) {
        return new Target(true, actor.roles(), actor.siteRoles(), actor.relation(), target.home(), target.contactCenterEnabled());
    }

    private static Map<String, RoleSet> without(Map<String, RoleSet> sites, String site) {
        Map<String, RoleSet> copy = new LinkedHashMap<>(sites);
        copy.remove(site);
        return copy;
    }

    private Optional<ConformanceCase> access(AccessCase a, List<Role> order, Context context) {
        try {
            AccessRequest q = new AccessRequest(a.request().table(), a.request().capability(), RoleSet.copyOf(order),
                    a.request().relation(), context);
            return Optional.of(new AccessCase(a.id().substring(0, a.id().indexOf('/') + 1) + Cases.id(q), a.group(),
                    CaseKind.GENERATED, q, ExpectedAccess.of(reference.decide(q)), a.provenance(), order));
        } catch (BadRequestException e) {
            return Optional.empty();
        }
    }

    private Optional<ConformanceCase> assignment(AssignmentCase s, AssignmentRequest q, Actor actor, Target target) {
        try {
            AssignmentRequest smaller = new AssignmentRequest(q.operation(), actor, q.organization(), q.role(), q.site(), target);
            return Optional.of(new AssignmentCase(s.id(), s.group(), CaseKind.GENERATED, smaller,
                    ExpectedAssignment.of(reference.decide(smaller)), s.provenance()));
        } catch (BadRequestException e) {
            return Optional.empty();
        }
    }

    // ---- as a rules.yaml case ---------------------------------------------------------------

    /** Where the case goes in rules.yaml, and what the implementation answered: the comment shown beside {@link #yaml}. */
    static Phrase note(CaseResult r) {
        Phrase outcome = r.answer().map(a -> Phrase.of(Phrase.Kind.ANSWERED_WITH, "answer", a))
                .orElse(r.why().orElse(Phrase.of(Phrase.Kind.NO_ANSWER)));
        return r.testCase().expected() instanceof ExpectedAssignment e
                ? Phrase.of(Phrase.Kind.SHRUNK_ASSIGNMENT, "rule", e.rule().id(), "outcome", outcome)
                : Phrase.of(Phrase.Kind.SHRUNK_ACCESS, "outcome", outcome);
    }

    /** The case as an entry of {@code access_cases:} or {@code cases:} in rules.yaml (JSON is YAML's flow style). */
    static String yaml(CaseResult r) {
        ConformanceCase c = r.testCase();
        long seed = c.provenance() instanceof Provenance.FromReference f ? f.seed() : 0;
        ObjectNode request = Vectors.request(c);
        request.remove("kind");
        StringBuilder y = new StringBuilder();
        y.append("- name: \"generated (seed ").append(seed).append("): ").append(c.id()).append("\"\n");
        y.append("  request: ").append(request).append('\n');
        if (c.expected() instanceof ExpectedAccess e) {
            y.append("  expect: {access: ").append(e.access().id()).append(", scopes: ")
                    .append(e.scopes().stream().map(s -> s.id()).toList().toString()).append("}\n");
        } else if (c.expected() instanceof ExpectedAssignment e) {
            y.append("  expect: {verdict: ").append(e.verdict().id()).append(", rule: ").append(e.rule().id()).append("}\n");
        }
        return y.toString();
    }

}

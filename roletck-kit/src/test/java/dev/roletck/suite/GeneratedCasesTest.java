package dev.roletck.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.Context;
import dev.roletck.api.Policy;
import dev.roletck.matrix.Group;
import dev.roletck.model.Operation;
import dev.roletck.model.OrganizationKind;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.model.Table;
import dev.roletck.reference.ReferencePolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The generated cases: the same seed gives the same cases, every expectation is the reference's
 * answer, and the draws spread over every field in the proportions {@link GeneratedCases} documents
 * (bounds wide enough for any seed over 2,000 draws, narrow enough to tell one proportion from another).
 */
class GeneratedCasesTest {
    private static final Policy REFERENCE = new ReferencePolicy();
    private static final int DRAWS = 2000;

    @Test
    void theSameSeedGivesTheSameCasesAndAnotherSeedOthers() {
        assertEquals(GeneratedCases.access(42, REFERENCE), GeneratedCases.access(42, REFERENCE));
        assertEquals(GeneratedCases.assignment(42, 50, REFERENCE), GeneratedCases.assignment(42, 50, REFERENCE));
        assertNotEquals(GeneratedCases.access(42, REFERENCE).stream().map(AccessCase::roleOrder).toList(),
                GeneratedCases.access(43, REFERENCE).stream().map(AccessCase::roleOrder).toList());
        assertNotEquals(GeneratedCases.assignment(42, 50, REFERENCE).stream().map(AssignmentCase::request).toList(),
                GeneratedCases.assignment(43, 50, REFERENCE).stream().map(AssignmentCase::request).toList());
        // every seed its own sample: seeds that differ in any bit draw different assignments
        Set<List<AssignmentRequest>> samples = new HashSet<>();
        for (long seed = 0; seed < 8; seed++) {
            samples.add(GeneratedCases.assignment(seed, 10, REFERENCE).stream().map(AssignmentCase::request).toList());
        }
        assertEquals(8, samples.size());
        List<ConformanceCase> all = GeneratedCases.of(42, 30, REFERENCE);
        List<ConformanceCase> expected = new ArrayList<>(GeneratedCases.access(42, REFERENCE));
        expected.addAll(GeneratedCases.assignment(42, 30, REFERENCE));
        assertEquals(expected, all);
        assertTrue(GeneratedCases.DEFAULT_ASSIGNMENTS > 0);
    }

    @Test
    void everyAccessCaseIsTheReferencesAnswerUnderItsOwnIdSentInAShuffledOrder() {
        List<AccessCase> cases = GeneratedCases.access(7, REFERENCE);
        Set<String> ids = new HashSet<>();
        int foreign = 0;
        int reordered = 0;
        int several = 0;
        for (AccessCase c : cases) {
            AccessRequest r = c.request();
            assertTrue(ids.add(c.id()), "twice: " + c.id());
            assertEquals("generated/" + Cases.id(r), c.id());
            assertEquals(Group.GENERATED, c.group());
            assertEquals(CaseKind.GENERATED, c.kind());
            assertEquals(new Provenance.FromReference(7), c.provenance());
            assertEquals(ExpectedAccess.of(REFERENCE.decide(r)), c.expected(), c.id());
            assertEquals(r.roles(), RoleSet.copyOf(c.roleOrder()), c.id());
            assertEquals(r.table() == Table.CONTACT_CENTER || r.context().equals(Context.EMPTY), true, c.id());
            if (!r.roles().toList().stream().allMatch(r.table()::lists)) foreign++;
            if (r.roles().size() >= 2) several++;
            if (c.reordered()) reordered++;
        }
        // every subset once, and about a quarter of those again with a role of another table
        int subsets = 0;
        for (Table t : Table.values()) {
            subsets += t.capabilities().size() * Relation.values().length * (1 << t.roles().size()) * (t == Table.CONTACT_CENTER ? 4 : 1);
        }
        assertEquals(subsets + foreign, cases.size());
        double share = (double) foreign / subsets;
        assertTrue(share > 0.2 && share < 0.3, "a quarter hold a foreign role too: " + share);
        // a shuffle of n roles keeps their order 1/n! of the time
        assertTrue(reordered > several / 3, reordered + " of " + several + " sent in another order");
    }

    @Test
    void assignmentCasesAreNumberedAndAreTheReferencesAnswers() {
        List<AssignmentCase> cases = GeneratedCases.assignment(5, 300, REFERENCE);
        assertEquals(300, cases.size());
        for (int i = 0; i < cases.size(); i++) {
            AssignmentCase c = cases.get(i);
            assertEquals("generated/assignment/" + (i + 1), c.id());
            assertEquals(Group.GENERATED, c.group());
            assertEquals(CaseKind.GENERATED, c.kind());
            assertEquals(new Provenance.FromReference(5), c.provenance());
            assertEquals(ExpectedAssignment.of(REFERENCE.decide(c.request())), c.expected(), c.id());
        }
        assertEquals(List.of(), GeneratedCases.assignment(5, 0, REFERENCE));
    }

    @Test
    void assignmentRequestsKeepTheirFieldsConsistent() {
        for (AssignmentCase c : GeneratedCases.assignment(13, DRAWS, REFERENCE)) {
            AssignmentRequest r = c.request();
            assertEquals(r.role().isSiteRole(), r.site().isPresent(), c.id());
            if (r.organization() == OrganizationKind.PARTNER) {
                assertEquals(Relation.PARTNER, r.actor().relation(), c.id());
                assertEquals(Relation.PARTNER, r.target().relation(), c.id());
            }
            if (r.target().sameAsActor()) {
                assertEquals(r.actor().roles(), r.target().roles(), c.id());
                assertEquals(r.actor().siteRoles(), r.target().siteRoles(), c.id());
                assertEquals(r.actor().relation(), r.target().relation(), c.id());
            }
            if (r.operation() == Operation.REVOKE) {
                boolean held = r.site().map(s -> r.target().siteRoles().getOrDefault(s.id(), RoleSet.EMPTY).contains(r.role()))
                        .orElse(r.target().roles().contains(r.role()));
                assertTrue(held, c.id() + " revokes a role the target holds");
            }
            for (RoleSet roles : List.of(r.actor().roles(), r.target().roles())) {
                assertTrue(roles.toList().stream().noneMatch(Role::isSiteRole), c.id());
            }
            for (Map<String, RoleSet> sites : List.of(r.actor().siteRoles(), r.target().siteRoles())) {
                for (Map.Entry<String, RoleSet> e : sites.entrySet()) {
                    assertTrue(Set.of("site-1", "site-2").contains(e.getKey()), e.getKey());
                    assertTrue(e.getValue().size() >= 1 && e.getValue().size() <= 2 || r.operation() == Operation.REVOKE,
                            c.id() + " " + e);
                    assertTrue(e.getValue().toList().stream().allMatch(Role::isSiteRole), c.id());
                }
            }
            assertTrue(r.actor().roles().size() <= 4, c.id() + ": up to four roles");
        }
    }

    @Test
    void assignmentRequestsSpreadOverEveryFieldAsDocumented() {
        List<AssignmentRequest> all = GeneratedCases.assignment(17, DRAWS, REFERENCE).stream().map(AssignmentCase::request).toList();
        List<AssignmentRequest> others = all.stream().filter(r -> !r.target().sameAsActor()).toList();
        List<AssignmentRequest> freeRelation = all.stream().filter(r -> r.organization() != OrganizationKind.PARTNER).toList();

        assertShare(all, r -> r.actor().activeSalesRelationship(), 0.25, 0.42, "an active sales relationship (1 in 3)");
        assertShare(all, r -> r.target().sameAsActor(), 0.05, 0.24, "the target being the actor (1 in 6, less the draws that revoke what it does not hold)");
        assertShare(all, r -> r.target().contactCenterEnabled(), 0.17, 0.33, "contact center enabled (1 in 4)");
        assertShare(all, r -> r.actor().roles().contains(Role.FULL_ADMIN), 0.5, 0.8, "an actor holding full_admin (about half, and more)");
        assertShare(others, r -> r.target().roles().contains(Role.FULL_ADMIN), 0.0, 0.3, "a target holding full_admin (only as one of its draws)");
        assertShare(freeRelation, r -> r.actor().relation() == Relation.CUSTOMER, 0.4, 0.6, "customer actors (2 in 4)");
        assertShare(freeRelation, r -> r.actor().relation() == Relation.PARTNER, 0.17, 0.33, "partner actors (1 in 4)");
        assertShare(freeRelation, r -> r.actor().relation() == Relation.OTHER, 0.17, 0.33, "actors of another relation (1 in 4)");
        assertShare(others.stream().filter(r -> r.organization() != OrganizationKind.PARTNER).toList(),
                r -> r.target().relation() != r.actor().relation(), 0.45, 0.8, "a target of another relation than the actor (5 in 8)");
        assertShare(all, r -> r.actor().siteRoles().containsKey("site-1"), 0.25, 0.42, "site roles on a given site (1 in 3)");
        assertShare(all, r -> r.operation() == Operation.REVOKE, 0.2, 0.8, "revocations");
        assertShare(all, r -> r.organization() == OrganizationKind.PARTNER, 0.05, 0.95, "partner organizations");

        assertTrue(all.stream().anyMatch(r -> r.actor().roles().size() == 4), "four roles at once");
        assertTrue(all.stream().anyMatch(r -> r.actor().siteRoles().values().stream().anyMatch(s -> s.size() == 2)), "two roles on a site");
        assertTrue(all.stream().anyMatch(r -> r.operation() == Operation.ASSIGN && !r.role().isSiteRole()
                && !r.target().roles().contains(r.role())), "assigning a role the target does not hold");
        assertTrue(all.stream().anyMatch(r -> r.operation() == Operation.REVOKE && r.site().isPresent() && !r.target().sameAsActor()),
                "revoking a site role of another admin");
        assertTrue(all.stream().anyMatch(r -> r.operation() == Operation.REVOKE && r.site().isEmpty() && !r.target().sameAsActor()),
                "revoking a role of another admin");
        assertTrue(all.stream().anyMatch(r -> r.operation() == Operation.REVOKE && r.target().sameAsActor()), "revoking one's own role");
        assertTrue(all.stream().anyMatch(r -> r.operation() == Operation.REVOKE && r.site().isPresent()
                && r.target().siteRoles().get(r.site().get().id()).size() >= 2), "revoking one of two roles on a site");
    }

    private static void assertShare(List<AssignmentRequest> requests, Predicate<AssignmentRequest> p, double min, double max, String what) {
        double share = (double) requests.stream().filter(p).count() / requests.size();
        assertTrue(share >= min && share <= max, what + ": " + share + " of " + requests.size());
    }

    @Test
    void aDrawIsAValidRequestOrNothing() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(99);
        int valid = 0;
        for (int i = 0; i < 500; i++) {
            var draw = GeneratedCases.randomAssignment(random);
            if (draw.isEmpty()) continue;
            valid++;
            AssignmentRequest r = draw.get();
            assertEquals(r.role().isSiteRole(), r.site().isPresent());
        }
        assertTrue(valid > 400, valid + " of 500 draws are requests");
    }
}

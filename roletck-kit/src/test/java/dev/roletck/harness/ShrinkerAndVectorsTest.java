package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.Policy;
import dev.roletck.i18n.Phrase;
import dev.roletck.model.Access;
import dev.roletck.model.HomeOrganization;
import dev.roletck.model.Operation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.model.Table;
import dev.roletck.model.Verdict;
import dev.roletck.protocol.Wire;
import dev.roletck.reference.ReferencePolicy;
import dev.roletck.suite.AccessCase;
import dev.roletck.suite.AssignmentCase;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.Cases;
import dev.roletck.suite.Conformance;
import dev.roletck.suite.ConformanceCase;
import dev.roletck.suite.ExpectedAccess;
import dev.roletck.suite.ExpectedAssignment;
import dev.roletck.suite.FailClosedCases;
import dev.roletck.suite.GeneratedCases;
import dev.roletck.suite.Provenance;
import dev.roletck.suite.TestSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A failing generated case shrinks to the least that still fails, written as a rules.yaml case; test vectors carry every case. */
class ShrinkerAndVectorsTest {
    private static final Policy REFERENCE = new ReferencePolicy();

    /** The reference, wrong wherever a device admin asks, and wherever a full admin assigns. */
    private static final Policy WRONG = new Policy() {
        @Override public AccessDecision decide(AccessRequest r) {
            AccessDecision right = REFERENCE.decide(r);
            if (!r.roles().contains(Role.DEVICE_ADMIN)) return right;
            return AccessDecision.only(right.access() == Access.FULL ? Access.NONE : Access.FULL);
        }

        @Override public AssignmentDecision decide(AssignmentRequest r) {
            AssignmentDecision right = REFERENCE.decide(r);
            if (!r.actor().roles().contains(Role.FULL_ADMIN)) return right;
            return new AssignmentDecision(right.verdict() == Verdict.ALLOWED ? Verdict.REFUSED : Verdict.ALLOWED, right.rules());
        }
    };

    @Test
    void anAccessCaseShrinksToTheOneRoleThatFailsSentInOrder() {
        AccessCase big = GeneratedCases.access(3, REFERENCE).stream()
                .filter(c -> c.request().table() == Table.ORGANIZATION_ROLES && c.request().roles().contains(Role.DEVICE_ADMIN)
                        && c.request().roles().size() >= 4 && c.reordered())
                .findFirst().orElseThrow();
        List<ConformanceCase> asked = new ArrayList<>();
        Shrinker shrinker = new Shrinker(REFERENCE, c -> {
            asked.add(c);
            return Conformance.check(WRONG, c);
        });
        CaseResult failing = Conformance.check(WRONG, big);
        assertEquals(CaseResult.Outcome.FAILED, failing.outcome());
        HarnessResult.Shrunk shrunk = shrinker.shrink(failing);
        assertEquals(failing, shrunk.original());
        AccessCase minimal = (AccessCase) shrunk.minimal().testCase();
        assertEquals(RoleSet.of(Role.DEVICE_ADMIN), minimal.request().roles());
        assertEquals(List.of(Role.DEVICE_ADMIN), minimal.roleOrder());
        assertEquals(big.request().capability(), minimal.request().capability());
        assertEquals(big.request().relation(), minimal.request().relation());
        assertEquals("generated/" + Cases.id(minimal.request()), minimal.id());
        assertEquals(ExpectedAccess.of(REFERENCE.decide(minimal.request())), minimal.expected());
        assertEquals(big.provenance(), minimal.provenance());
        assertEquals(CaseResult.Outcome.FAILED, shrunk.minimal().outcome());
        assertTrue(asked.size() <= 60, asked.size() + " requests");
        assertTrue(asked.stream().allMatch(c -> ((AccessCase) c).request().roles().size() < big.request().roles().size()),
                "only smaller requests are asked");
        assertEquals(Shrinker.yaml(shrunk.minimal()), shrunk.yaml());

        String yaml = shrunk.yaml();
        long seed = ((Provenance.FromReference) big.provenance()).seed();
        JsonNode request = minimal.wireRequest();
        ((com.fasterxml.jackson.databind.node.ObjectNode) request).remove("kind");
        ExpectedAccess e = (ExpectedAccess) minimal.expected();
        assertEquals("- name: \"generated (seed " + seed + "): " + minimal.id() + "\"\n"
                + "  request: " + request + "\n"
                + "  expect: {access: " + e.access().id() + ", scopes: " + e.scopes().stream().map(s -> s.id()).toList() + "}\n", yaml);
        assertEquals(Phrase.of(Phrase.Kind.SHRUNK_ACCESS, "outcome", Phrase.of(Phrase.Kind.ANSWERED_WITH, "answer",
                shrunk.minimal().answer().orElseThrow())), Shrinker.note(shrunk.minimal()));
    }

    @Test
    void anAssignmentCaseShrinksToTheActorsOneRoleThatFails() {
        AssignmentCase big = GeneratedCases.assignment(21, 2000, REFERENCE).stream()
                .filter(c -> {
                    AssignmentRequest r = c.request();
                    return r.operation() == Operation.ASSIGN && !r.target().sameAsActor() && r.site().isEmpty()
                            && r.actor().roles().contains(Role.FULL_ADMIN) && r.actor().roles().size() >= 2
                            && !r.target().roles().isEmpty() && !r.actor().siteRoles().isEmpty()
                            && r.actor().activeSalesRelationship();
                }).findFirst().orElseThrow();
        CaseResult failing = Conformance.check(WRONG, big);
        assertEquals(CaseResult.Outcome.FAILED, failing.outcome());
        HarnessResult.Shrunk shrunk = new Shrinker(REFERENCE, c -> Conformance.check(WRONG, c)).shrink(failing);
        AssignmentRequest min = ((AssignmentCase) shrunk.minimal().testCase()).request();
        assertEquals(RoleSet.of(Role.FULL_ADMIN), min.actor().roles());
        assertEquals(Map.of(), min.actor().siteRoles());
        assertFalse(min.actor().activeSalesRelationship());
        assertEquals(RoleSet.EMPTY, min.target().roles());
        assertEquals(Map.of(), min.target().siteRoles());
        assertEquals(HomeOrganization.ORDINARY, min.target().home());
        assertFalse(min.target().contactCenterEnabled());
        assertEquals(big.request().role(), min.role());
        assertEquals(big.id(), shrunk.minimal().id());
        ExpectedAssignment e = (ExpectedAssignment) shrunk.minimal().testCase().expected();
        assertEquals(ExpectedAssignment.of(REFERENCE.decide(min)), e);
        assertTrue(shrunk.yaml().endsWith("  expect: {verdict: " + e.verdict().id() + ", rule: " + e.rule().id() + "}\n"), shrunk.yaml());
        assertTrue(shrunk.yaml().contains("  request: " + Wire.toJson(min).without("kind") + "\n"), shrunk.yaml());
        assertEquals(Phrase.of(Phrase.Kind.SHRUNK_ASSIGNMENT, "rule", e.rule().id(), "outcome",
                Phrase.of(Phrase.Kind.ANSWERED_WITH, "answer", shrunk.minimal().answer().orElseThrow())), Shrinker.note(shrunk.minimal()));
    }

    @Test
    void aCaseThatStaysFailingOnlyWholeIsKept() {
        AccessCase one = GeneratedCases.access(3, REFERENCE).stream()
                .filter(c -> c.request().roles().equals(RoleSet.of(Role.DEVICE_ADMIN)) && c.request().table() == Table.ORGANIZATION_ROLES)
                .findFirst().orElseThrow();
        CaseResult failing = Conformance.check(WRONG, one);
        HarnessResult.Shrunk shrunk = new Shrinker(REFERENCE, c -> Conformance.check(WRONG, c)).shrink(failing);
        assertEquals(failing, shrunk.minimal());
        // an error without an answer is noted by why it failed
        CaseResult error = CaseResult.error(one, Phrase.of(Phrase.Kind.NO_DECISION), Duration.ZERO);
        assertEquals(Phrase.of(Phrase.Kind.SHRUNK_ACCESS, "outcome", Phrase.of(Phrase.Kind.NO_DECISION)), Shrinker.note(error));
        CaseResult notRun = CaseResult.notRun(one, Conformance.NO_WIRE);
        assertEquals(Phrase.of(Phrase.Kind.SHRUNK_ACCESS, "outcome", Conformance.NO_WIRE), Shrinker.note(notRun));
        CaseResult bare = new CaseResult(one, CaseResult.Outcome.ERROR, one.expected().phrase(), Optional.empty(), Optional.empty(),
                Optional.empty(), Duration.ZERO);
        assertEquals(Phrase.of(Phrase.Kind.SHRUNK_ACCESS, "outcome", Phrase.of(Phrase.Kind.NO_ANSWER)), Shrinker.note(bare));
        assertTrue(Shrinker.yaml(failing).startsWith("- name: \"generated (seed 3): " + one.id() + "\"\n"));
        assertTrue(Shrinker.MAX_SHRUNK > 0);
    }

    @Test
    void vectorsCarryEveryCaseWithItsRequestExpectationAndProvenance() throws Exception {
        List<ConformanceCase> cases = new ArrayList<>(Cases.of(TestSpec.spec()));
        cases.addAll(GeneratedCases.of(1, 5, REFERENCE).subList(0, 3));
        cases.addAll(GeneratedCases.assignment(1, 200, REFERENCE));
        cases.addAll(FailClosedCases.all().subList(0, 2));
        JsonNode root = Wire.JSON.readTree(Vectors.write(cases));
        assertEquals(Vectors.FORMAT, root.get("format").asText());
        assertEquals(1, root.get("protocol").asInt());
        assertEquals(cases.size(), root.get("cases").size());
        boolean anyOf = false;
        boolean scoped = false;
        boolean reason = false;
        for (int i = 0; i < cases.size(); i++) {
            ConformanceCase c = cases.get(i);
            JsonNode v = root.get("cases").get(i);
            assertEquals(c.id(), v.get("id").asText());
            assertEquals(c.group().id(), v.get("group").asText());
            assertEquals(c.kind().id(), v.get("kind").asText());
            assertEquals(Vectors.request(c), v.get("request"));
            JsonNode expected = v.get("expected");
            JsonNode provenance = v.get("provenance");
            List<String> seeds = new ArrayList<>();
            provenance.get("seeds").forEach(s -> seeds.add(s.asText()));
            assertEquals(c.provenance().seeds(), seeds, c.id());
            if (c.expected() instanceof ExpectedAccess e) {
                assertEquals(e.access().id(), expected.get("access").asText());
                assertEquals(e.scopes().size(), expected.get("scopes").size());
                assertEquals(e.grants().isPresent(), expected.has("grants"), c.id());
                for (int g = 0; g < e.grants().map(List::size).orElse(0); g++) {
                    var grant = e.grants().get().get(g);
                    JsonNode jg = expected.get("grants").get(g);
                    assertEquals(grant.access().id(), jg.get("access").asText());
                    assertEquals(grant.scope().map(s -> s.id()).orElse(null), jg.get("scope").isNull() ? null : jg.get("scope").asText());
                    scoped |= grant.scope().isPresent();
                }
            } else if (c.expected() instanceof ExpectedAssignment e) {
                assertEquals(e.verdict().id(), expected.get("verdict").asText());
                assertEquals(e.rule().id(), expected.get("rule").asText());
                assertEquals(e.anyOf().size() > 1, expected.has("any_of"), c.id());
                if (e.anyOf().size() > 1) {
                    anyOf = true;
                    assertEquals(e.anyOf().size(), expected.get("any_of").size());
                    assertEquals(e.anyOf().get(1).id(), expected.get("any_of").get(1).asText());
                }
            } else {
                assertTrue(expected.get("error").asBoolean(), c.id());
                assertEquals("protocol", provenance.get("kind").asText());
                assertEquals(((Provenance.FromProtocol) c.provenance()).defect(), provenance.get("defect").asText());
            }
            if (c.provenance() instanceof Provenance.FromCells f) {
                assertEquals("cells", provenance.get("kind").asText());
                assertEquals(f.table().id(), provenance.get("table").asText());
                assertEquals(f.cells().size(), provenance.get("cells").size());
                assertEquals(f.notes().size(), provenance.get("notes").size());
                for (int k = 0; k < f.cells().size(); k++) {
                    JsonNode jc = provenance.get("cells").get(k);
                    assertEquals(f.cells().get(k).id(), jc.get("id").asText());
                    assertEquals(f.cells().get(k).basis().id(), jc.get("basis").asText());
                    assertEquals(f.cells().get(k).confidence().id(), jc.get("confidence").asText());
                    assertEquals(f.cells().get(k).reason().orElse(null), jc.get("reason").isNull() ? null : jc.get("reason").asText());
                    reason |= f.cells().get(k).reason().isPresent();
                }
                String reasons = String.join(" ", f.cells().stream().flatMap(x -> x.reason().stream()).distinct().toList());
                assertEquals(reasons.isEmpty() ? f.describe() : reasons, provenance.get("statement").asText(), c.id());
            } else if (c.provenance() instanceof Provenance.FromRule r) {
                assertEquals("rule", provenance.get("kind").asText());
                assertEquals(r.rule().id(), provenance.get("rule").asText());
                assertEquals(r.status().id(), provenance.get("status").asText());
                assertEquals(r.caseName(), provenance.get("case").asText());
                assertEquals(r.statement(), provenance.get("statement").asText());
            } else if (c.provenance() instanceof Provenance.FromReference r) {
                assertEquals("reference", provenance.get("kind").asText());
                assertEquals(r.seed(), provenance.get("seed").asLong());
                assertEquals(r.describe(), provenance.get("statement").asText());
            }
        }
        assertTrue(anyOf && scoped && reason, "the vectors meet any_of, scoped grants and cell reasons");
        assertTrue(Vectors.write(cases).endsWith("}\n"));
    }
}

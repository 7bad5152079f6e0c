package dev.roletck.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.Context;
import dev.roletck.i18n.Phrase;
import dev.roletck.i18n.Phrase.Kind;
import dev.roletck.matrix.Group;
import dev.roletck.model.Access;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.model.Table;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A case's result in each outcome — its line, its machine forms, its copies — and the counts of a run. */
class CaseResultAndSummaryTest {
    private static final KnownFailure KNOWN = new KnownFailure("case: x/*", "tracked upstream", Optional.of("https://example.com/1"),
            LocalDate.of(2027, 1, 31), "known.yaml:3:3");

    private static AccessCase accessCase(String id, Table table) {
        AccessRequest r = new AccessRequest(table, table.capabilities().get(0), RoleSet.of(table.roles().get(0)),
                table.relations().iterator().next(), Context.EMPTY);
        return new AccessCase(id, Group.of(table), CaseKind.CELL, r, ExpectedAccess.of(AccessDecision.only(Access.FULL)),
                new Provenance.FromReference(9));
    }

    private static final Phrase FULL = Phrase.of(Kind.LEVEL, "access", Access.FULL);
    private static final Phrase NONE = Phrase.of(Kind.LEVEL, "access", Access.NONE);

    @Test
    void eachOutcomeHasItsLine() {
        AccessCase c = accessCase("t/1", Table.ORGANIZATION_ROLES);
        CaseResult passed = CaseResult.passed(c, FULL, Duration.ofMillis(1500));
        assertEquals(Phrase.of(Kind.LINE_PASSED, "id", "t/1", "actual", FULL), passed.line());
        assertEquals("t/1: full", passed.message());
        assertEquals(1500, passed.millis());
        assertTrue(passed.passed());
        assertEquals("full", passed.expected());
        assertEquals(Optional.of("full"), passed.actual());
        assertEquals(Optional.empty(), passed.reason());

        CaseResult failed = CaseResult.failed(c, FULL, NONE, Duration.ZERO);
        Phrase source = c.provenance().phrase();
        assertEquals(Phrase.of(Kind.LINE_FAILED, "id", "t/1", "expected", FULL, "actual", NONE, "source", source), failed.line());
        assertEquals("t/1: expected full, got none — the reference policy's answer to a generated request (seed 9)", failed.message());
        assertEquals(Optional.of("expected full, got none"), failed.reason());
        assertFalse(failed.passed());

        Phrase why = Phrase.of(Kind.NO_DECISION);
        CaseResult error = CaseResult.error(c, why, Duration.ofNanos(5));
        assertEquals(Phrase.of(Kind.LINE_FAILED, "id", "t/1", "expected", FULL, "actual", why, "source", source), error.line());
        assertEquals(Optional.empty(), error.actual());
        assertEquals(Optional.of("no decision (null)"), error.reason());

        CaseResult notRun = CaseResult.notRun(c, Conformance.NO_WIRE);
        assertEquals(CaseResult.Outcome.NOT_RUN, notRun.outcome());
        assertEquals(Phrase.of(Kind.LINE_NOT_RUN, "id", "t/1", "reason", Conformance.NO_WIRE), notRun.line());
        assertEquals(Duration.ZERO, notRun.time());
        assertEquals(FULL, notRun.expectation());

        CaseResult expected = failed.settled(CaseResult.Outcome.EXPECTED_FAILURE, failed.why(), KNOWN);
        assertEquals(Phrase.of(Kind.LINE_EXPECTED_FAILURE, "id", "t/1", "known", Phrase.verbatim("tracked upstream"),
                "reason", failed.why().orElseThrow()), expected.line());
        assertEquals(Optional.of(KNOWN), expected.knownFailure());
        assertEquals(NONE, expected.answer().orElseThrow());

        CaseResult unexpected = passed.settled(CaseResult.Outcome.UNEXPECTED_PASS, Optional.empty(), KNOWN);
        assertEquals(Phrase.of(Kind.LINE_UNEXPECTED_PASS, "id", "t/1", "reason", Phrase.of(Kind.NO_ANSWER)), unexpected.line());
        assertEquals("t/1: unexpected pass: no answer", unexpected.message());
        assertEquals(Duration.ofMillis(1500), unexpected.time());
    }

    @Test
    void copiesKeepEverythingButWhatTheyChange() {
        AccessCase c = accessCase("t/2", Table.ORGANIZATION_ROLES);
        ObjectNode reply = JsonNodeFactory.instance.objectNode().put("access", "full");
        CaseResult r = CaseResult.passed(c, FULL, Duration.ofMillis(3)).answered(reply);
        reply.put("access", "none");
        assertEquals("full", r.reply().orElseThrow().get("access").asText(), "the result keeps its own copy");
        CaseResult judged = r.judgedOn(Judged.DECISION);
        assertEquals(Judged.DECISION, judged.judged());
        assertEquals(r.reply(), judged.reply());
        assertEquals(r.answer(), judged.answer());
        assertEquals(r.time(), judged.time());
        CaseResult settled = judged.settled(CaseResult.Outcome.UNEXPECTED_PASS, Optional.of(FULL), KNOWN);
        assertEquals(Judged.DECISION, settled.judged());
        assertEquals(r.reply(), settled.reply());
        assertEquals(Optional.of(FULL), settled.why());
        assertEquals(c.provenance(), settled.provenance());
        assertEquals("t/2", settled.id());
    }

    @Test
    void onlyFailuresErrorsAndUnexpectedPassesFailARun() {
        Set<CaseResult.Outcome> failing = Set.of(CaseResult.Outcome.FAILED, CaseResult.Outcome.ERROR, CaseResult.Outcome.UNEXPECTED_PASS);
        for (CaseResult.Outcome o : CaseResult.Outcome.values()) {
            assertEquals(failing.contains(o), o.failsRun(), o.id());
            assertEquals(o.name().toLowerCase(java.util.Locale.ROOT), o.id());
        }
    }

    @Test
    void aSummaryCountsEachOutcomePerGroupInGroupOrder() {
        List<CaseResult> results = new ArrayList<>();
        AccessCase webex = accessCase("w/1", Table.values()[Table.values().length - 1]);
        AccessCase org = accessCase("o/1", Table.ORGANIZATION_ROLES);
        // in the group listed last first, to see the rows come out in group order
        add(results, webex, 1, 2, 3, 4, 5, 6);
        add(results, org, 7, 0, 0, 0, 0, 1);
        Summary s = Summary.of(results);
        assertEquals(2, s.rows().size());
        Summary.Row first = s.rows().get(0);
        Summary.Row last = s.rows().get(1);
        assertEquals(Group.ORGANIZATION_ROLES, first.group());
        assertEquals(new Summary.Row(Group.ORGANIZATION_ROLES, 7, 0, 0, 0, 0, 1), first);
        assertEquals(new Summary.Row(webex.group(), 1, 2, 3, 4, 5, 6), last);
        assertEquals(21, last.total());
        assertEquals(10, last.problems());
        assertEquals(8, first.total());
        assertEquals(0, first.problems());
        assertEquals(webex.group().id() + ": 1 passed, 2 failed, 3 errors, 4 expected failures, 5 unexpected passes, 6 not run",
                last.toString());
        assertEquals(29, s.total());
        assertEquals(8, s.passed());
        assertEquals(2, s.failed());
        assertEquals(3, s.errors());
        assertEquals(4, s.expectedFailures());
        assertEquals(5, s.unexpectedPasses());
        assertEquals(7, s.notRun());
        assertEquals(10, s.problems());
        assertFalse(s.conformant());
        assertTrue(Summary.of(results.subList(21, 29)).conformant());
        assertEquals(0, Summary.of(List.of()).total());
    }

    private static void add(List<CaseResult> out, AccessCase c, int passed, int failed, int errors, int expectedFailures,
                            int unexpectedPasses, int notRun) {
        for (int i = 0; i < passed; i++) out.add(CaseResult.passed(c, FULL, Duration.ZERO));
        for (int i = 0; i < failed; i++) out.add(CaseResult.failed(c, FULL, NONE, Duration.ZERO));
        for (int i = 0; i < errors; i++) out.add(CaseResult.error(c, Phrase.of(Kind.NO_DECISION), Duration.ZERO));
        for (int i = 0; i < expectedFailures; i++) {
            out.add(CaseResult.failed(c, FULL, NONE, Duration.ZERO).settled(CaseResult.Outcome.EXPECTED_FAILURE, Optional.empty(), KNOWN));
        }
        for (int i = 0; i < unexpectedPasses; i++) {
            out.add(CaseResult.passed(c, FULL, Duration.ZERO).settled(CaseResult.Outcome.UNEXPECTED_PASS, Optional.empty(), KNOWN));
        }
        for (int i = 0; i < notRun; i++) out.add(CaseResult.notRun(c, Conformance.NO_WIRE));
    }

    @Test
    void aKnownFailureExpiresTheDayAfterItsDateAndNamesCasesByPatternWhenItSays() {
        assertFalse(KNOWN.expiredOn(LocalDate.of(2027, 1, 31)));
        assertTrue(KNOWN.expiredOn(LocalDate.of(2027, 2, 1)));
        assertFalse(KNOWN.expiredOn(LocalDate.of(2026, 12, 6)));
        for (String pattern : List.of("case: a/*", "cell: a/b/c/customer", "rule: R01")) {
            assertTrue(new KnownFailure(pattern, "r", Optional.empty(), LocalDate.MAX, "f:1:1").pattern(), pattern);
        }
        for (String id : List.of("a/b/full_admin/customer", "R01/1", "case:a/*", "rules: R01")) {
            assertFalse(new KnownFailure(id, "r", Optional.empty(), LocalDate.MAX, "f:1:1").pattern(), id);
        }
    }

    @Test
    void theKindsOfCaseAndJudgementHaveTheirIds() {
        assertEquals(List.of("cell", "combination", "boundary", "rule", "generated", "fail_closed"),
                java.util.Arrays.stream(CaseKind.values()).map(CaseKind::id).toList());
        assertEquals(List.of("answer", "decision"), java.util.Arrays.stream(Judged.values()).map(Judged::id).toList());
        assertEquals(Phrase.of(Kind.AN_ERROR), ExpectedError.INSTANCE.phrase());
    }

    @Test
    void anAccessCaseRequiresItsTablesGroupAndSendsItsRolesInItsOrder() {
        AccessCase c = accessCase("t/3", Table.ORGANIZATION_ROLES);
        assertEquals(Set.of(Group.ORGANIZATION_ROLES), c.requires());
        AccessCase generated = new AccessCase("g/1", Group.GENERATED, CaseKind.GENERATED, c.request(), c.expected(), c.provenance());
        assertEquals(Set.of(Group.GENERATED, Group.ORGANIZATION_ROLES), generated.requires());
        assertFalse(generated.reordered());
        AccessRequest two = new AccessRequest(Table.ORGANIZATION_ROLES, Table.ORGANIZATION_ROLES.capabilities().get(0),
                RoleSet.of(Role.FULL_ADMIN, Role.DEVICE_ADMIN), Relation.CUSTOMER, Context.EMPTY);
        AccessCase back = new AccessCase("g/2", Group.GENERATED, CaseKind.GENERATED, two, c.expected(), c.provenance(),
                List.of(Role.DEVICE_ADMIN, Role.FULL_ADMIN));
        assertTrue(back.reordered());
        assertEquals(List.of("device_admin", "full_admin"), List.of(back.wireRequest().get("roles").get(0).asText(),
                back.wireRequest().get("roles").get(1).asText()));
        assertEquals("access", back.wireRequest().get("kind").asText());
        assertEquals(Set.of(Group.GENERATED, Group.ASSIGNMENT), new AssignmentCase("g/3", Group.GENERATED, CaseKind.GENERATED,
                sampleAssignment(), new ExpectedAssignment(dev.roletck.model.Verdict.ALLOWED, dev.roletck.model.RuleId.R01),
                c.provenance()).requires());
    }

    private static dev.roletck.api.AssignmentRequest sampleAssignment() {
        return TestSpec.spec().rules().stream().flatMap(r -> r.cases().stream()).findFirst().orElseThrow().request();
    }
}

package dev.roletck.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.BadRequestException;
import dev.roletck.api.Context;
import dev.roletck.api.Grant;
import dev.roletck.api.Policy;
import dev.roletck.i18n.Phrase;
import dev.roletck.i18n.Phrase.Kind;
import dev.roletck.matrix.Group;
import dev.roletck.model.Access;
import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.model.RuleId;
import dev.roletck.model.Scope;
import dev.roletck.model.Table;
import dev.roletck.model.Verdict;
import dev.roletck.protocol.Wire;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link Conformance} judges every kind of case and every fault as its Javadoc says: the outcome, the
 * expectation and answer it shows, why, the answer it keeps, and what the answer was judged on —
 * against small policies written here, each answering one way.
 */
class ConformanceTest {
    private static final Capability CAP = Table.ORGANIZATION_ROLES.capabilities().get(0);
    private static final AccessRequest REQUEST = new AccessRequest(Table.ORGANIZATION_ROLES, CAP,
            RoleSet.of(Role.FULL_ADMIN, Role.DEVICE_ADMIN), Relation.CUSTOMER, Context.EMPTY);
    private static final AccessDecision FULL = AccessDecision.union(List.of(Grant.of(Access.FULL)));
    private static final AccessCase ACCESS = new AccessCase("access/1", Group.ORGANIZATION_ROLES, CaseKind.CELL, REQUEST,
            ExpectedAccess.of(FULL), new Provenance.FromReference(1));
    private static final AccessCase REORDERED = new AccessCase("access/2", Group.ORGANIZATION_ROLES, CaseKind.GENERATED, REQUEST,
            ExpectedAccess.of(FULL), new Provenance.FromReference(1), List.of(Role.DEVICE_ADMIN, Role.FULL_ADMIN));

    private static AssignmentCase assignmentCase() {
        AssignmentRequest request = TestSpec.spec().rules().stream().flatMap(r -> r.cases().stream()).findFirst().orElseThrow().request();
        return new AssignmentCase("R01/1", Group.ASSIGNMENT, request, new ExpectedAssignment(Verdict.ALLOWED, RuleId.R01),
                new Provenance.FromReference(1));
    }

    /** Answers every access request with {@code access}, every assignment request with {@code assignment}. */
    private static Policy answering(Function<AccessRequest, AccessDecision> access, AssignmentDecision assignment) {
        return new Policy() {
            @Override public AccessDecision decide(AccessRequest request) { return access.apply(request); }

            @Override public AssignmentDecision decide(AssignmentRequest request) { return assignment; }
        };
    }

    private static Policy throwing(RuntimeException e) {
        return answering(r -> { throw e; }, null);
    }

    /** A policy reached over a wire: answers {@code reply} to whatever is sent, and records what was. */
    private static final class Wired implements Policy, WireChannel {
        final List<ObjectNode> sent = new ArrayList<>();
        final WireReply reply;
        int decided;

        Wired(WireReply reply) { this.reply = reply; }

        @Override public WireReply send(ObjectNode request) {
            sent.add(request.deepCopy());
            return reply;
        }

        @Override public AccessDecision decide(AccessRequest request) {
            decided++;
            return FULL;
        }

        @Override public AssignmentDecision decide(AssignmentRequest request) { throw new UnsupportedOperationException(); }
    }

    @Test
    void aRightAnswerPassesWithTheAnswerShownAndKept() {
        CaseResult r = Conformance.check(answering(q -> FULL, null), ACCESS);
        assertEquals(CaseResult.Outcome.PASSED, r.outcome());
        assertEquals(ACCESS.expected().phrase(), r.expectation());
        assertEquals(Optional.of(Phrase.of(Kind.LEVEL, "access", Access.FULL)), r.answer());
        assertEquals(Optional.empty(), r.why());
        assertEquals(Optional.of(Wire.toJson(FULL)), r.reply());
        assertEquals(Judged.ANSWER, r.judged());
        assertTrue(!r.time().isNegative() && r.time().compareTo(Duration.ofMinutes(1)) < 0, r.time().toString());
    }

    @Test
    void aWrongAnswerFailsWithExpectedAndGot() {
        AccessDecision readOnly = AccessDecision.union(List.of(Grant.of(Access.READ_ONLY, Scope.ASSIGNED_SITES_ONLY)));
        CaseResult r = Conformance.check(answering(q -> readOnly, null), ACCESS);
        assertEquals(CaseResult.Outcome.FAILED, r.outcome());
        Phrase expected = Phrase.of(Kind.LEVEL, "access", Access.FULL);
        Phrase actual = Phrase.of(Kind.LEVEL_SCOPED, "access", Access.READ_ONLY, "scopes", List.of(Scope.ASSIGNED_SITES_ONLY));
        assertEquals(expected, r.expectation());
        assertEquals(Optional.of(actual), r.answer());
        assertEquals(Optional.of(Phrase.of(Kind.EXPECTED_GOT, "expected", expected, "actual", actual)), r.why());
        assertEquals(Optional.of(Wire.toJson(readOnly)), r.reply());
        assertEquals("access/1: expected full, got read_only [assigned_sites_only] — " + r.provenance().describe(), r.message());
    }

    /** Full on assigned sites, and read-only everywhere: neither grant covers the other. */
    private static final AccessDecision TWO_GRANTS = AccessDecision.union(
            List.of(Grant.of(Access.FULL, Scope.ASSIGNED_SITES_ONLY), Grant.of(Access.READ_ONLY)));
    private static final Phrase FULL_ON_SITES = Phrase.of(Kind.LEVEL_SCOPED, "access", Access.FULL, "scopes",
            List.of(Scope.ASSIGNED_SITES_ONLY));

    @Test
    void anAnswerRightButForItsGrantsFailsAndShowsTheGrants() {
        assertEquals(2, TWO_GRANTS.grants().size());
        ExpectedAccess expected = new ExpectedAccess(Access.FULL, List.of(Scope.ASSIGNED_SITES_ONLY),
                Optional.of(List.of(Grant.of(Access.FULL, Scope.ASSIGNED_SITES_ONLY))));
        AccessCase c = new AccessCase("access/3", Group.ORGANIZATION_ROLES, CaseKind.CELL, REQUEST, expected, new Provenance.FromReference(1));
        CaseResult r = Conformance.check(answering(q -> TWO_GRANTS, null), c);
        assertEquals(CaseResult.Outcome.FAILED, r.outcome());
        assertEquals(Phrase.of(Kind.WITH_GRANTS, "level", FULL_ON_SITES, "grants", List.of(FULL_ON_SITES)), r.expectation());
        assertEquals(Optional.of(Phrase.of(Kind.WITH_GRANTS, "level", FULL_ON_SITES, "grants",
                List.of(FULL_ON_SITES, Phrase.of(Kind.LEVEL, "access", Access.READ_ONLY)))), r.answer());
        assertEquals("access/3: expected full [assigned_sites_only] with grants [full [assigned_sites_only]], got full "
                + "[assigned_sites_only] with grants [full [assigned_sites_only], read_only] — " + r.provenance().describe(), r.message());
    }

    @Test
    void withoutExpectedGrantsTheLevelAloneIsShownAndMatched() {
        ExpectedAccess levelOnly = new ExpectedAccess(Access.FULL, List.of(Scope.ASSIGNED_SITES_ONLY), Optional.empty());
        assertTrue(levelOnly.matches(TWO_GRANTS));
        assertEquals(FULL_ON_SITES, levelOnly.describeActual(TWO_GRANTS));
        assertEquals(FULL_ON_SITES, levelOnly.describeAgainst(TWO_GRANTS));
        assertEquals(FULL_ON_SITES, levelOnly.phrase());
        // an answer of another level is shown as its level, without grants, whatever the expectation's grants
        ExpectedAccess withGrants = ExpectedAccess.of(FULL);
        Phrase level = Phrase.of(Kind.LEVEL, "access", Access.FULL);
        AccessDecision none = AccessDecision.only(Access.NONE);
        assertEquals(Phrase.of(Kind.LEVEL, "access", Access.NONE), withGrants.describeActual(none));
        assertEquals(level, withGrants.describeAgainst(none));
        assertEquals(FULL_ON_SITES, withGrants.describeActual(TWO_GRANTS));
        assertEquals(level, withGrants.describeAgainst(TWO_GRANTS));
        assertEquals(level, withGrants.describeActual(FULL));
        assertEquals(level, withGrants.describeAgainst(FULL));
        assertTrue(!withGrants.matches(TWO_GRANTS) && !withGrants.matches(none) && withGrants.matches(FULL));
        // the same level and scopes, other grants: a mismatch the grants alone show
        ExpectedAccess sites = ExpectedAccess.of(AccessDecision.union(List.of(Grant.of(Access.FULL, Scope.ASSIGNED_SITES_ONLY))));
        assertTrue(!sites.matches(TWO_GRANTS));
        assertEquals(Phrase.of(Kind.WITH_GRANTS, "level", FULL_ON_SITES, "grants",
                List.of(FULL_ON_SITES, Phrase.of(Kind.LEVEL, "access", Access.READ_ONLY))), sites.describeActual(TWO_GRANTS));
        // scopes differ: no grants shown
        ExpectedAccess unscoped = new ExpectedAccess(Access.FULL, List.of(), Optional.of(TWO_GRANTS.grants()));
        assertTrue(!unscoped.matches(TWO_GRANTS));
        assertEquals(FULL_ON_SITES, unscoped.describeActual(TWO_GRANTS));
        assertEquals(level, unscoped.describeAgainst(TWO_GRANTS));
    }

    @Test
    void noDecisionIsAnError() {
        CaseResult r = Conformance.check(answering(q -> null, null), ACCESS);
        assertEquals(CaseResult.Outcome.ERROR, r.outcome());
        assertEquals(Optional.of(Phrase.of(Kind.NO_DECISION)), r.why());
        assertEquals(Optional.empty(), r.answer());
        assertEquals(Optional.empty(), r.reply());
        CaseResult s = Conformance.check(answering(q -> FULL, null), assignmentCase());
        assertEquals(CaseResult.Outcome.ERROR, s.outcome());
        assertEquals(Optional.of(Phrase.of(Kind.NO_DECISION)), s.why());
    }

    @Test
    void whatThePolicyThrowsIsAnErrorSayingWhatInOneLine() {
        CaseResult bad = Conformance.check(throwing(new BadRequestException("no such\n   role  ")), ACCESS);
        assertEquals(CaseResult.Outcome.ERROR, bad.outcome());
        assertEquals(Optional.of(Phrase.of(Kind.REJECTED_VALID, "detail", "no such role")), bad.why());

        CaseResult saying = Conformance.check(throwing(new IllegalStateException("  boom\r\n  twice ")), ACCESS);
        assertEquals(Optional.of(Phrase.of(Kind.EXCEPTION_SAYING, "type", "IllegalStateException", "detail", "boom twice")), saying.why());

        CaseResult silent = Conformance.check(throwing(new NullPointerException()), ACCESS);
        assertEquals(CaseResult.Outcome.ERROR, silent.outcome());
        assertEquals(Optional.of(Phrase.of(Kind.EXCEPTION, "type", "NullPointerException")), silent.why());

        Phrase timeout = Phrase.of(Kind.FAULT, "fault", "timeout", "detail", "no answer within 2 s");
        CaseResult none = Conformance.check(throwing(new NoAnswerException(timeout)), ACCESS);
        assertEquals(Optional.of(timeout), none.why());
        assertEquals(timeout, new NoAnswerException(timeout).phrase());
        assertEquals(Phrase.verbatim("gone"), new NoAnswerException("gone").phrase());
        assertEquals("gone", new NoAnswerException("gone").getMessage());

        Policy deep = answering(q -> { throw new StackOverflowError(); }, null);
        assertEquals(Optional.of(Phrase.of(Kind.EXCEPTION, "type", "StackOverflowError")), Conformance.check(deep, ACCESS).why());
    }

    @Test
    void anAssignmentAnswerIsJudgedOnItsVerdictAndOneOfItsRules() {
        AssignmentCase c = assignmentCase();
        AssignmentDecision right = AssignmentDecision.allowed(List.of(RuleId.R02, RuleId.R01));
        CaseResult pass = Conformance.check(answering(q -> FULL, right), c);
        assertEquals(CaseResult.Outcome.PASSED, pass.outcome());
        assertEquals(Optional.of(Phrase.of(Kind.VERDICT_BY, "verdict", Verdict.ALLOWED, "rules", List.of("R02", "R01"))), pass.answer());
        assertEquals(Optional.of(Wire.toJson(right)), pass.reply());

        for (AssignmentDecision wrong : List.of(AssignmentDecision.refused(List.of(RuleId.R01)), AssignmentDecision.allowed(List.of(RuleId.R02)))) {
            CaseResult fail = Conformance.check(answering(q -> FULL, wrong), c);
            assertEquals(CaseResult.Outcome.FAILED, fail.outcome(), wrong.toString());
            assertEquals(c.expected().phrase(), fail.expectation());
            assertEquals(Optional.of(Wire.toJson(wrong)), fail.reply());
        }
        assertEquals(Phrase.of(Kind.VERDICT_BY, "verdict", Verdict.ALLOWED, "rules", "R01"), c.expected().phrase());
        assertEquals(Phrase.of(Kind.VERDICT_BY_ONE_OF, "verdict", Verdict.REFUSED, "rules", List.of("R01", "R05")),
                new ExpectedAssignment(Verdict.REFUSED, List.of(RuleId.R01, RuleId.R05)).phrase());
    }

    @Test
    void aFailClosedCheckPassesOnlyWhenTheImplementationRefusesOverTheWire() {
        FailClosedCase check = FailClosedCases.all().get(0);
        CaseResult inJvm = Conformance.check(answering(q -> FULL, null), check);
        assertEquals(CaseResult.Outcome.NOT_RUN, inJvm.outcome());
        assertEquals(Optional.of(Conformance.NO_WIRE), inJvm.why());
        assertEquals(Duration.ZERO, inJvm.time());

        Wired refusing = new Wired(new WireReply.Refused("field 'kind'\n is missing"));
        CaseResult refused = Conformance.check(refusing, check);
        assertEquals(CaseResult.Outcome.PASSED, refused.outcome());
        assertEquals(Optional.of(Phrase.of(Kind.REFUSED_WITH, "error", "field 'kind' is missing")), refused.answer());
        assertEquals(List.of(check.request()), refusing.sent);

        JsonNode answer = Wire.toJson(FULL);
        CaseResult answered = Conformance.check(new Wired(new WireReply.Answered(answer)), check);
        assertEquals(CaseResult.Outcome.FAILED, answered.outcome());
        assertEquals(Phrase.of(Kind.AN_ERROR), answered.expectation());
        assertEquals(Optional.of(Phrase.of(Kind.ANSWERED, "answer", answer.toString())), answered.answer());
        assertEquals(Optional.of(answer), answered.reply());
    }

    @Test
    void rolesInAnotherOrderGoOverTheWireAsTheCaseOrdersThem() {
        Wired wired = new Wired(new WireReply.Answered(Wire.toJson(FULL)));
        CaseResult r = Conformance.check(wired, REORDERED);
        assertEquals(CaseResult.Outcome.PASSED, r.outcome());
        assertEquals(1, wired.sent.size());
        assertEquals(List.of("device_admin", "full_admin"), ids(wired.sent.get(0).get("roles")));
        assertEquals(0, wired.decided);
        // in the order of Role, the request goes through the policy as any other
        Wired plain = new Wired(new WireReply.Answered(Wire.toJson(FULL)));
        assertEquals(CaseResult.Outcome.PASSED, Conformance.check(plain, ACCESS).outcome());
        assertEquals(List.of(), plain.sent);
        assertEquals(1, plain.decided);
        // a policy without a wire gets the request
        assertEquals(CaseResult.Outcome.PASSED, Conformance.check(answering(q -> FULL, null), REORDERED).outcome());
    }

    @Test
    void aReorderedRequestRefusedOrAnsweredWithGarbageIsAnError() {
        CaseResult refused = Conformance.check(new Wired(new WireReply.Refused("unknown role")), REORDERED);
        assertEquals(CaseResult.Outcome.ERROR, refused.outcome());
        assertEquals(Optional.of(Phrase.of(Kind.REJECTED_VALID, "detail", "unknown role")), refused.why());

        ObjectNode garbage = JsonNodeFactory.instance.objectNode().put("access", "most");
        CaseResult malformed = Conformance.check(new Wired(new WireReply.Answered(garbage)), REORDERED);
        assertEquals(CaseResult.Outcome.ERROR, malformed.outcome());
        Phrase why = malformed.why().orElseThrow();
        assertEquals(Kind.FAULT, why.kind());
        assertEquals("malformed_reply", why.args().get("fault"));
        assertTrue(!why.args().get("detail").toString().isEmpty(), why.toString());
    }

    /** A stock AuthZEN decision point: answers a decision only, and records how it was asked. */
    private static final class Judging implements JudgedPolicy {
        final Access access;
        final Judged how;
        final List<String> calls = new ArrayList<>();

        Judging(Access access, Judged how) {
            this.access = access;
            this.how = how;
        }

        @Override public Answer<AccessDecision> access(AccessRequest request) {
            calls.add("access");
            return new Answer<>(AccessDecision.only(access), how);
        }

        @Override public Answer<AccessDecision> accessAsSent(ObjectNode v1Request) {
            calls.add("sent " + ids(v1Request.get("roles")));
            return new Answer<>(AccessDecision.only(access), how);
        }

        @Override public Answer<AssignmentDecision> assignment(AssignmentRequest request) {
            calls.add("assignment");
            return new Answer<>(access == Access.FULL ? AssignmentDecision.allowed(List.of(RuleId.R09))
                    : AssignmentDecision.refused(List.of(RuleId.R09)), how);
        }
    }

    @Test
    void aDecisionOnlyAnswerIsJudgedOnItsLevel() {
        Judging full = new Judging(Access.FULL, Judged.DECISION);
        CaseResult pass = Conformance.check(full, ACCESS);
        assertEquals(CaseResult.Outcome.PASSED, pass.outcome());
        assertEquals(Judged.DECISION, pass.judged());
        assertEquals(Optional.of(Phrase.of(Kind.DECISION_ONLY, "answer", Phrase.of(Kind.LEVEL, "access", Access.FULL))), pass.answer());
        assertEquals(Optional.of(Wire.toJson(AccessDecision.only(Access.FULL))), pass.reply());
        assertEquals(List.of("access"), full.calls);

        CaseResult fail = Conformance.check(new Judging(Access.READ_ONLY, Judged.DECISION), ACCESS);
        assertEquals(CaseResult.Outcome.FAILED, fail.outcome());
        assertEquals(Judged.DECISION, fail.judged());
        assertEquals(Phrase.of(Kind.LEVEL, "access", Access.FULL), fail.expectation());

        // none and not_applicable are one denial to a boolean
        AccessCase notApplicable = new AccessCase("access/4", Group.ORGANIZATION_ROLES, CaseKind.BOUNDARY, REQUEST,
                ExpectedAccess.of(AccessDecision.only(Access.NOT_APPLICABLE)), new Provenance.FromReference(1));
        assertEquals(CaseResult.Outcome.PASSED, Conformance.check(new Judging(Access.NONE, Judged.DECISION), notApplicable).outcome());
        assertEquals(CaseResult.Outcome.FAILED, Conformance.check(new Judging(Access.READ_ONLY, Judged.DECISION), notApplicable).outcome());

        Judging reordered = new Judging(Access.FULL, Judged.DECISION);
        assertEquals(CaseResult.Outcome.PASSED, Conformance.check(reordered, REORDERED).outcome());
        assertEquals(List.of("sent [device_admin, full_admin]"), reordered.calls);
    }

    @Test
    void aWholeAnswerOfAJudgedPolicyIsComparedAsAnyOther() {
        CaseResult r = Conformance.check(new Judging(Access.NONE, Judged.ANSWER), notApplicableCase());
        assertEquals(CaseResult.Outcome.FAILED, r.outcome(), "none is not not_applicable in a whole answer");
        assertEquals(Judged.ANSWER, r.judged());
        CaseResult s = Conformance.check(new Judging(Access.FULL, Judged.ANSWER), judgedAssignmentCase(Verdict.ALLOWED));
        assertEquals(CaseResult.Outcome.PASSED, s.outcome());
        assertEquals(Judged.ANSWER, s.judged());
    }

    @Test
    void aJudgedPolicyDecidesWithTheDecisionOfItsAnswer() {
        Judging readOnly = new Judging(Access.READ_ONLY, Judged.DECISION);
        assertEquals(AccessDecision.only(Access.READ_ONLY), readOnly.decide(REQUEST));
        assertEquals(AssignmentDecision.refused(List.of(RuleId.R09)), readOnly.decide(assignmentCase().request()));
        assertEquals(List.of("access", "assignment"), readOnly.calls);
    }

    @Test
    void aDecisionOnlyAssignmentAnswerIsJudgedOnItsVerdict() {
        AssignmentCase allowed = judgedAssignmentCase(Verdict.ALLOWED);
        Judging yes = new Judging(Access.FULL, Judged.DECISION);
        CaseResult pass = Conformance.check(yes, allowed);
        assertEquals(CaseResult.Outcome.PASSED, pass.outcome());
        assertEquals(Judged.DECISION, pass.judged());
        assertEquals(List.of("assignment"), yes.calls);
        assertEquals(Optional.of(Phrase.of(Kind.DECISION_ONLY, "answer", Phrase.of(Kind.VERDICT, "verdict", Verdict.ALLOWED))), pass.answer());
        CaseResult fail = Conformance.check(new Judging(Access.NONE, Judged.DECISION), allowed);
        assertEquals(CaseResult.Outcome.FAILED, fail.outcome());
        assertEquals(Phrase.of(Kind.VERDICT, "verdict", Verdict.ALLOWED), fail.expectation());
        assertEquals(Optional.of(Wire.toJson(AssignmentDecision.refused(List.of(RuleId.R09)))), fail.reply());
    }

    private static AccessCase notApplicableCase() {
        return new AccessCase("access/5", Group.ORGANIZATION_ROLES, CaseKind.BOUNDARY, REQUEST,
                ExpectedAccess.of(AccessDecision.only(Access.NOT_APPLICABLE)), new Provenance.FromReference(1));
    }

    /** A case whose expected rule is R09, the rule {@link Judging} names. */
    private static AssignmentCase judgedAssignmentCase(Verdict verdict) {
        AssignmentCase any = assignmentCase();
        return new AssignmentCase("R09/1", Group.ASSIGNMENT, any.request(), new ExpectedAssignment(verdict, RuleId.R09),
                new Provenance.FromReference(1));
    }

    @Test
    void theRequestSentAheadIsTheOneTheCheckWouldSend() {
        assertEquals(Optional.of(Wire.toJson(REQUEST)), Conformance.wireRequest(ACCESS, true));
        assertEquals(Optional.of(Wire.toJson(REQUEST)), Conformance.wireRequest(REORDERED, false));
        assertEquals(Optional.of(REORDERED.wireRequest()), Conformance.wireRequest(REORDERED, true));
        assertEquals(List.of("device_admin", "full_admin"), ids(Conformance.wireRequest(REORDERED, true).orElseThrow().get("roles")));
        FailClosedCase check = FailClosedCases.all().get(0);
        assertEquals(Optional.of(check.request()), Conformance.wireRequest(check, true));
        assertEquals(Optional.empty(), Conformance.wireRequest(check, false));
        AssignmentCase assignment = assignmentCase();
        assertEquals(Optional.of(Wire.toJson(assignment.request())), Conformance.wireRequest(assignment, false));
        assertEquals(Optional.of(Wire.toJson(assignment.request())), Conformance.wireRequest(assignment, true));
    }

    @Test
    void aCaseAskedEarlierIsTimedFromWhenItWasAsked() {
        long asked = System.nanoTime() - Duration.ofSeconds(5).toNanos();
        CaseResult r = Conformance.check(answering(q -> FULL, null), ACCESS, asked);
        assertTrue(r.time().compareTo(Duration.ofSeconds(5)) >= 0 && r.time().compareTo(Duration.ofMinutes(1)) < 0, r.time().toString());
        CaseResult error = Conformance.check(throwing(new IllegalStateException("x")), ACCESS, asked);
        assertTrue(error.time().compareTo(Duration.ofSeconds(5)) >= 0, error.time().toString());
    }

    @Test
    void aBooleanSaysFullReadOnlyOrDenied() {
        assertEquals(Access.FULL, Conformance.levelOfDecision(Access.FULL));
        assertEquals(Access.READ_ONLY, Conformance.levelOfDecision(Access.READ_ONLY));
        assertEquals(Access.NONE, Conformance.levelOfDecision(Access.NONE));
        assertEquals(Access.NONE, Conformance.levelOfDecision(Access.NOT_APPLICABLE));
    }

    @Test
    void aRunJudgesEveryCaseInOrderAndGoesOnAfterAnError() {
        List<ConformanceCase> cases = List.of(ACCESS, notApplicableCase(), REORDERED);
        List<CaseResult> results = Conformance.run(answering(q -> FULL, null), cases);
        assertEquals(List.of("access/1", "access/5", "access/2"), results.stream().map(CaseResult::id).toList());
        assertEquals(List.of(CaseResult.Outcome.PASSED, CaseResult.Outcome.FAILED, CaseResult.Outcome.PASSED),
                results.stream().map(CaseResult::outcome).toList());
        List<CaseResult> withError = Conformance.run(throwing(new IllegalStateException("x")), cases);
        assertEquals(3, withError.size());
        assertTrue(withError.stream().allMatch(r -> r.outcome() == CaseResult.Outcome.ERROR));
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}

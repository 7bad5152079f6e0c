package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.i18n.Phrase;
import dev.roletck.matrix.Group;
import dev.roletck.suite.AccessCase;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.GeneratedCases;
import dev.roletck.suite.KnownFailure;
import dev.roletck.reference.ReferencePolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A profile's groups, as listed, narrowed and intersected; a pattern entry whose cases all pass goes stale. */
class ProfileAndStaleEntriesTest {

    @Test
    void aListingOfRuleGroupsAlsoTakesBothChecks() {
        Profile sites = Profile.listing(Optional.of("sites"), Set.of(Group.WEBEX_SITE_ROLES));
        assertEquals(EnumSet.of(Group.WEBEX_SITE_ROLES, Group.GENERATED, Group.FAIL_CLOSED), EnumSet.copyOf(sites.groups()));
        assertEquals(Optional.of("sites"), sites.name());
        Profile oneCheck = Profile.listing(Optional.empty(), Set.of(Group.WEBEX_SITE_ROLES, Group.GENERATED));
        assertEquals(EnumSet.of(Group.WEBEX_SITE_ROLES, Group.GENERATED), EnumSet.copyOf(oneCheck.groups()), "a list naming a check is taken as it is");
        assertEquals(List.of(Group.WEBEX_SITE_ROLES), oneCheck.ruleGroups());
        assertEquals(Group.ruleGroups(), Profile.EVERYTHING.ruleGroups());
        assertTrue(Profile.EVERYTHING.includes(Group.FAIL_CLOSED));
        assertFalse(sites.includes(Group.ASSIGNMENT));
    }

    @Test
    void aCaseRunsOnlyWhenEveryGroupItRequiresIsIn() {
        AccessCase generated = GeneratedCases.access(1, new ReferencePolicy()).get(0);
        Group table = Group.of(generated.request().table());
        Profile both = Profile.listing(Optional.empty(), Set.of(table, Group.GENERATED));
        Profile tableOnly = Profile.listing(Optional.empty(), Set.of(table, Group.FAIL_CLOSED));
        Profile checkOnly = Profile.listing(Optional.empty(), Set.of(Group.ASSIGNMENT, Group.GENERATED));
        assertTrue(both.includes(generated));
        assertFalse(tableOnly.includes(generated));
        assertFalse(checkOnly.includes(generated));
        assertEquals(Phrase.of(Phrase.Kind.NOT_IN_PROFILE, "count", 1, "groups", List.of("generated")), tableOnly.whyNot(generated));
        Profile neither = new Profile(Optional.empty(), Set.of(Group.ASSIGNMENT));
        assertEquals(Phrase.of(Phrase.Kind.NOT_IN_PROFILE, "count", 2, "groups", List.of(table.id(), "generated")), neither.whyNot(generated));
    }

    @Test
    void groupsNamedOnTheCommandLineMustExist() {
        Profile p = Profile.ofGroups(List.of("assignment", "contact_center"), "--tables");
        assertEquals(EnumSet.of(Group.ASSIGNMENT, Group.CONTACT_CENTER, Group.GENERATED, Group.FAIL_CLOSED), EnumSet.copyOf(p.groups()));
        UsageException e = assertThrows(UsageException.class, () -> Profile.ofGroups(List.of("assignment", "contact_centre"), "--tables"));
        assertTrue(e.getMessage().startsWith("--tables: unknown rule group “contact_centre” — use one of organization_roles, "), e.getMessage());
        assertTrue(e.getMessage().endsWith(", generated, fail_closed"), e.getMessage());
    }

    @Test
    void anIntersectionKeepsWhatBothTakeAndANameFromEither() {
        Profile named = Profile.listing(Optional.of("mine"), Set.of(Group.ASSIGNMENT, Group.CONTACT_CENTER));
        Profile tables = Profile.ofGroups(List.of("contact_center", "webex_site_roles"), "--tables");
        Profile both = named.intersect(tables);
        assertEquals(EnumSet.of(Group.CONTACT_CENTER, Group.GENERATED, Group.FAIL_CLOSED), EnumSet.copyOf(both.groups()));
        assertEquals(Optional.of("mine"), both.name());
        assertEquals(Optional.of("mine"), tables.intersect(named).name());
        UsageException none = assertThrows(UsageException.class,
                () -> named.intersect(Profile.ofGroups(List.of("webex_site_roles"), "--tables")));
        assertEquals("--tables names no rule group of the profile, so the run would check nothing — name some of contact_center, assignment",
                none.getMessage());
    }

    private static final KnownFailure GLOB = new KnownFailure("case: g/*", "upstream", Optional.empty(), LocalDate.MAX, "known.yaml:1:3");
    private static final KnownFailure ONE = new KnownFailure("g/3", "upstream", Optional.empty(), LocalDate.MAX, "known.yaml:5:3");

    private static CaseResult passed(AccessCase c, KnownFailure k) {
        return CaseResult.passed(c, c.expected().phrase(), Duration.ZERO).settled(CaseResult.Outcome.PASSED, Optional.empty(), k);
    }

    @Test
    void aPatternEntryWhoseCasesAllPassIsStaleAndItsPassesUnexpected() {
        List<AccessCase> cases = GeneratedCases.access(1, new ReferencePolicy()).subList(0, 4);
        KnownFailures known = new KnownFailures(Map.of(cases.get(0).id(), GLOB, cases.get(1).id(), GLOB, cases.get(3).id(), ONE));
        List<CaseResult> allPass = List.of(passed(cases.get(0), GLOB), passed(cases.get(1), GLOB),
                CaseResult.passed(cases.get(2), cases.get(2).expected().phrase(), Duration.ZERO), passed(cases.get(3), ONE));
        List<CaseResult> out = known.staleEntries(allPass);
        assertEquals(List.of(CaseResult.Outcome.UNEXPECTED_PASS, CaseResult.Outcome.UNEXPECTED_PASS, CaseResult.Outcome.PASSED,
                CaseResult.Outcome.PASSED), out.stream().map(CaseResult::outcome).toList());
        assertEquals(Optional.of(Phrase.of(Phrase.Kind.KNOWN_PATTERN_PASSED, "where", "known.yaml:1:3", "entry", "case: g/*")), out.get(0).why());
        assertEquals(Optional.of(GLOB), out.get(0).knownFailure());

        // one case of the glob still fails: the entry is not stale
        CaseResult failing = CaseResult.failed(cases.get(1), cases.get(1).expected().phrase(), Phrase.of(Phrase.Kind.NO_ANSWER), Duration.ZERO)
                .settled(CaseResult.Outcome.EXPECTED_FAILURE, Optional.empty(), GLOB);
        List<CaseResult> oneFails = List.of(passed(cases.get(0), GLOB), failing);
        assertEquals(oneFails, known.staleEntries(oneFails));
        // a case that did not run does not keep the entry alive
        CaseResult notRun = CaseResult.notRun(cases.get(1), Phrase.of(Phrase.Kind.NO_ANSWER)).settled(CaseResult.Outcome.NOT_RUN, Optional.empty(), GLOB);
        assertEquals(CaseResult.Outcome.UNEXPECTED_PASS, known.staleEntries(List.of(passed(cases.get(0), GLOB), notRun)).get(0).outcome());
        // no pattern entries: the results as they are
        KnownFailures ids = new KnownFailures(Map.of(cases.get(3).id(), ONE));
        assertTrue(allPass == ids.staleEntries(allPass));
        assertEquals(Optional.of(ONE), ids.entry(cases.get(3).id()));
        assertEquals(Optional.empty(), KnownFailures.NONE.entry(cases.get(3).id()));
    }
}

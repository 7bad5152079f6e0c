package dev.roletck.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.Policy;
import dev.roletck.matrix.Group;
import dev.roletck.model.Access;
import dev.roletck.model.Table;
import dev.roletck.reference.ReferencePolicy;
import dev.roletck.suite.Cases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The light runner gives exactly what Cucumber's runtime gives — counts, order, locations and
 * failure messages — for passing, failing, undefined, skipped, not-run and expected-failure scenarios.
 */
class PickleRunnerTest {

    @Test void runsTheKitsFeaturesWithoutFallingBackToCucumber() {
        List<Path> dirs = FeatureRunner.LANGUAGES.stream().map(FeatureRunnerTest.FEATURES::resolve).toList();
        assertTrue(PickleRunner.prepare(FeatureRunner.class.getPackageName(), dirs).isPresent());
    }

    @Test void givesCucumbersResultsForEveryKindOfOutcome(@TempDir Path tmp) throws IOException {
        FeatureParityTest.copy(FeatureRunnerTest.FEATURES, tmp);
        // a few files are enough for every outcome, and keep Cucumber's half of the test short
        Set<String> kept = Set.of("en/organization_roles.feature", "en/webex_site_roles.feature",
                "en/external_admin_roles.feature", "en/rules_sites.feature", "da/organization_roles.feature");
        try (var files = Files.walk(tmp)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (!kept.contains(tmp.relativize(f).toString().replace('\\', '/'))) Files.delete(f);
            }
        }
        Path en = tmp.resolve("en/organization_roles.feature");
        List<String> lines = Files.readAllLines(en);
        int row = lines.indexOf("      | Assign roles to users               | Full   |");
        assertTrue(row >= 0);
        lines.set(row, "      | Assign roles to users               | None   |");
        int step = -1;
        for (int i = 0; i < lines.size(); i++) { // the last scenario's, away from the changed row
            if (lines.get(i).trim().startsWith("Given an administrator from")) step = i;
        }
        assertTrue(step >= 0);
        lines.add(step + 1, lines.get(step).replace("Given an administrator from", "And an administrater from"));
        Files.write(en, lines);
        Path da = tmp.resolve("da/organization_roles.feature");
        Files.writeString(da, Files.readString(da).replaceFirst("\"Administrator med fulde rettigheder\"", "\"Administrator med fulde retigheder\""));

        // a policy that is wrong about one table, outside a profile for another, with a known failure
        ReferencePolicy reference = new ReferencePolicy();
        Policy wrong = new Policy() {
            @Override public AccessDecision decide(AccessRequest r) {
                AccessDecision d = reference.decide(r);
                return r.table() == Table.WEBEX_SITE_ROLES && d.access() == Access.FULL ? AccessDecision.only(Access.NONE) : d;
            }

            @Override public AssignmentDecision decide(AssignmentRequest r) { return reference.decide(r); }
        };
        FeatureScope scope = new FeatureScope(g -> g != Group.of(Table.EXTERNAL_ADMIN_ROLES),
                Map.of(Cases.id(new AccessRequest(Table.ORGANIZATION_ROLES,
                        dev.roletck.model.Capability.of(Table.ORGANIZATION_ROLES, "assign_roles_to_users").orElseThrow(),
                        dev.roletck.model.RoleSet.of(dev.roletck.model.Role.fromId("full_admin").orElseThrow()),
                        dev.roletck.model.Relation.fromId("customer").orElseThrow(), dev.roletck.api.Context.EMPTY)),
                        "a known failure"));
        Set<String> languages = Set.of("en", "da");

        FeatureResults light = FeatureRunner.run(tmp, languages, Optional.of(wrong), FeatureRunnerTest.MATRICES,
                Optional.empty(), scope, false);
        FeatureResults cucumber = FeatureRunner.run(tmp, languages, Optional.of(wrong), FeatureRunnerTest.MATRICES,
                Optional.empty(), scope, true);

        assertFalse(light.passed());
        for (FeatureResults.Status s : FeatureResults.Status.values()) {
            if (s == FeatureResults.Status.SKIPPED) continue; // the features state no rule they do not check
            assertTrue(light.scenarios().stream().anyMatch(x -> x.status() == s), "some scenario is " + s);
        }
        assertTrue(light.failures().stream().anyMatch(f -> f.message().contains("no step matches")), light.failures().toString());
        assertEquals(cucumber.languages(), light.languages());
        assertEquals(cucumber.failures(), light.failures());
        assertEquals(cucumber.skips(), light.skips());
        assertEquals(cucumber.scenarios(), light.scenarios());

        // the languages run at once, each on a runner of its own: the same results, in the same order
        FeatureResults atOnce = FeatureRunner.run(tmp, languages, Optional.of(wrong), FeatureRunnerTest.MATRICES,
                Optional.empty(), scope, 2);
        assertEquals(light.languages(), atOnce.languages());
        assertEquals(light.failures(), atOnce.failures());
        assertEquals(light.skips(), atOnce.skips());
        assertEquals(light.scenarios(), atOnce.scenarios());
    }

    @Test void theKitsFeaturesGiveTheSameResultsWhenTheirLanguagesRunAtOnce() {
        ReferencePolicy reference = new ReferencePolicy();
        // wrong about one capability, so that every language has failures to keep in order
        Policy wrong = new Policy() {
            @Override public AccessDecision decide(AccessRequest r) {
                AccessDecision d = reference.decide(r);
                return r.capability().id().equals("device_management") ? AccessDecision.only(Access.READ_ONLY) : d;
            }

            @Override public AssignmentDecision decide(AssignmentRequest r) { return reference.decide(r); }
        };
        Set<String> all = Set.copyOf(FeatureRunner.LANGUAGES);
        FeatureResults oneByOne = FeatureRunner.run(FeatureRunnerTest.FEATURES, all, Optional.of(wrong), FeatureRunnerTest.MATRICES,
                Optional.empty(), FeatureScope.EVERYTHING, 1);
        FeatureResults atOnce = FeatureRunner.run(FeatureRunnerTest.FEATURES, all, Optional.of(wrong), FeatureRunnerTest.MATRICES,
                Optional.empty(), FeatureScope.EVERYTHING, 4);
        assertEquals(4, oneByOne.languages().size());
        assertTrue(oneByOne.languages().stream().allMatch(l -> l.failed() > 0), oneByOne.languages().toString());
        assertEquals(oneByOne.languages(), atOnce.languages());
        assertEquals(oneByOne.failures(), atOnce.failures());
        assertEquals(oneByOne.scenarios(), atOnce.scenarios());
    }
}

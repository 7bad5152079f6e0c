package dev.roletck.features;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.Policy;
import dev.roletck.i18n.Catalog;
import dev.roletck.i18n.Phrase;
import dev.roletck.matrix.Group;
import dev.roletck.suite.Cases;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.opentest4j.TestAbortedException;

/**
 * What of the features an implementation is held to, so that scenarios and cases give one verdict:
 * a scenario that asks about a rule group outside the profile (or {@code --tables}) is not run, and
 * one that asks an access request listed as a known failure is an expected failure — both reported
 * as such, never passed, never failed.
 *
 * @param included      the rule groups the implementation is held to
 * @param knownFailures the known failures' case ids, with their reasons
 */
public record FeatureScope(Predicate<Group> included, Map<String, String> knownFailures) {
    /** Every rule group, no known failures. */
    public static final FeatureScope EVERYTHING = new FeatureScope(g -> true, Map.of());

    public FeatureScope {
        Objects.requireNonNull(included, "included");
        knownFailures = Map.copyOf(knownFailures);
    }

    /** The scenario stops here, reported not run: it asks about a rule group the implementation does not implement. */
    public static final class NotInProfile extends TestAbortedException {
        private static final long serialVersionUID = 1L;

        private final Group group;

        NotInProfile(Group group) {
            super("rule group '" + group.id() + "' is not in the implementation's profile");
            this.group = group;
        }

        /** Why the scenario was not run, in the reader's language. */
        public String say(Locale locale) {
            return Phrase.of(Phrase.Kind.NOT_IN_PROFILE, "count", 1, "groups", List.of(group.id())).render(locale);
        }
    }

    /** The scenario stops here, reported as an expected failure: it asks a request listed as a known failure. */
    public static final class KnownFailure extends TestAbortedException {
        private static final long serialVersionUID = 1L;

        private final String caseId;
        private final String reason;

        KnownFailure(String caseId, String reason) {
            super("known failure " + caseId + ": " + reason);
            this.caseId = caseId;
            this.reason = reason;
        }

        /** Which known failure the scenario met, in the reader's language (the reason as the list gives it). */
        public String say(Locale locale) {
            return Catalog.standard().format("message.feature.known_failure", Map.of("case", caseId, "reason", reason), locale);
        }
    }

    /** {@code policy} as the features see it: refusing, by stopping the scenario, what lies outside this scope. */
    Policy guard(Policy policy) {
        if (this == EVERYTHING) return policy;
        return new Policy() {
            @Override public AccessDecision decide(AccessRequest request) {
                Group group = Group.of(request.table());
                if (!included.test(group)) throw new NotInProfile(group);
                Optional<String> known = Optional.ofNullable(knownFailures.get(Cases.id(request)));
                if (known.isPresent()) throw new KnownFailure(Cases.id(request), known.get());
                return policy.decide(request);
            }

            @Override public AssignmentDecision decide(AssignmentRequest request) {
                if (!included.test(Group.ASSIGNMENT)) throw new NotInProfile(Group.ASSIGNMENT);
                return policy.decide(request);
            }
        };
    }
}

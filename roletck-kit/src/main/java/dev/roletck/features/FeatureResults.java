package dev.roletck.features;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a run of the features found: per language how many scenarios passed, failed and were skipped
 * (the advisory and informative rules), which matrix cells the access steps checked, and every
 * failure with its location and message.
 */
public record FeatureResults(List<Language> languages, List<Failure> failures, List<Skip> skips, List<Scenario> scenarios) {

    public FeatureResults {
        languages = List.copyOf(languages);
        failures = List.copyOf(failures);
        skips = List.copyOf(skips);
        scenarios = List.copyOf(scenarios);
    }

    /** How a scenario ended. */
    public enum Status {
        PASSED,
        FAILED,
        /** A rule the kit states but cannot decide from a request (advisory, informative). */
        SKIPPED,
        /** It asks about a rule group outside the implementation's profile. */
        NOT_RUN,
        /** It asks a request listed as a known failure. */
        EXPECTED_FAILURE
    }

    /** One scenario (an outline's example row counts as one), where it starts, and how it ended. */
    public record Scenario(String language, String location, String name, Status status, String message) {
        public Scenario {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(message, "message");
        }
    }

    /** How many scenarios failed, in every language (at least one when the run was abandoned). */
    public int failed() { return Math.max(languages.stream().mapToInt(Language::failed).sum(), failures.size()); }

    /** Scenarios that did not finish: abandoned at the run's deadline, for the reason given. */
    public static FeatureResults abandoned(String why) {
        return new FeatureResults(List.of(), List.of(new Failure("", "", "", why)), List.of(), List.of());
    }

    /** True when every scenario passed or was skipped with a reason, and at least one ran. */
    public boolean passed() {
        return failures.isEmpty() && languages.stream().anyMatch(l -> l.passed() > 0);
    }

    public Language language(String language) {
        return languages.stream().filter(l -> l.language().equals(language)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no results for language '" + language + "'"));
    }

    /** The scenarios of one language. */
    public record Language(String language, int passed, int failed, int skipped, int notRun, int expectedFailures,
                           Set<String> cellsChecked) {
        public Language {
            Objects.requireNonNull(language, "language");
            cellsChecked = Set.copyOf(cellsChecked);
        }

        public Language(String language, int passed, int failed, int skipped, Set<String> cellsChecked) {
            this(language, passed, failed, skipped, 0, 0, cellsChecked);
        }

        public int scenarios() { return passed + failed + skipped + notRun + expectedFailures; }
    }

    /** A failed scenario: {@code location} is {@code file:line} of the step that failed. */
    public record Failure(String language, String location, String scenario, String message) {
        public Failure {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(message, "message");
        }

        @Override public String toString() {
            return message.startsWith(location) ? message : location + ": " + scenario + ": " + message;
        }
    }

    /** A rule the kit states but does not check, with the reason the feature gives. */
    public record Skip(String language, String location, String scenario, String reason) {
        public Skip {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(reason, "reason");
        }
    }
}

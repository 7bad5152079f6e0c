package dev.roletck.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one verification run needs besides the cases.
 *
 * @param tables        rule groups to run (empty: all); intersected with the profile
 * @param timeout       per case
 * @param deadline      for the whole run
 * @param locale        of the console summary and the HTML report
 * @param today         the date known-failure entries expire against
 */
public record HarnessOptions(Implementation implementation, Duration timeout, Duration deadline,
                             Optional<Path> profile, Optional<Path> knownFailures, Optional<Path> reportDir,
                             List<String> tables, Locale locale, LocalDate today) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(10);

    public HarnessOptions {
        Objects.requireNonNull(implementation, "implementation");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(knownFailures, "knownFailures");
        Objects.requireNonNull(reportDir, "reportDir");
        tables = List.copyOf(tables);
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(today, "today");
        if (timeout.isNegative() || timeout.isZero()) throw UsageException.of("message.cli.must_be_positive", java.util.Map.of("option", "--timeout", "example", "2s"));
        if (deadline.isNegative() || deadline.isZero()) throw UsageException.of("message.cli.must_be_positive", java.util.Map.of("option", "--deadline", "example", "10m"));
    }

    /** Defaults for everything but the implementation. */
    public static HarnessOptions of(Implementation implementation) {
        return new HarnessOptions(implementation, DEFAULT_TIMEOUT, DEFAULT_DEADLINE, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Locale.ENGLISH, LocalDate.now());
    }

    public HarnessOptions withTimeout(Duration t) {
        return new HarnessOptions(implementation, t, deadline, profile, knownFailures, reportDir, tables, locale, today);
    }

    public HarnessOptions withDeadline(Duration d) {
        return new HarnessOptions(implementation, timeout, d, profile, knownFailures, reportDir, tables, locale, today);
    }

    public HarnessOptions withProfile(Path p) {
        return new HarnessOptions(implementation, timeout, deadline, Optional.of(p), knownFailures, reportDir, tables, locale, today);
    }

    public HarnessOptions withKnownFailures(Path p, LocalDate asOf) {
        return new HarnessOptions(implementation, timeout, deadline, profile, Optional.of(p), reportDir, tables, locale, asOf);
    }

    public HarnessOptions withReportDir(Path p) {
        return new HarnessOptions(implementation, timeout, deadline, profile, knownFailures, Optional.of(p), tables, locale, today);
    }

    public HarnessOptions withTables(List<String> t) {
        return new HarnessOptions(implementation, timeout, deadline, profile, knownFailures, reportDir, t, locale, today);
    }

    public HarnessOptions withLocale(Locale l) {
        return new HarnessOptions(implementation, timeout, deadline, profile, knownFailures, reportDir, tables, l, today);
    }
}

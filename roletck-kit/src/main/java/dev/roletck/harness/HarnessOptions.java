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
 * @param failFast      stop at the first case that fails the run (not a known failure); the rest are reported not run
 * @param progress      told how far the run has got, e.g. to draw a progress line ({@link Progress#NONE}: nothing)
 */
public record HarnessOptions(Implementation implementation, Duration timeout, Duration deadline,
                             Optional<Path> profile, Optional<Path> knownFailures, Optional<Path> reportDir,
                             List<String> tables, Locale locale, LocalDate today, boolean failFast, Progress progress) {
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
        Objects.requireNonNull(progress, "progress");
        if (timeout.isNegative() || timeout.isZero()) throw new UsageException("--timeout must be positive, e.g. 2s");
        if (deadline.isNegative() || deadline.isZero()) throw new UsageException("--deadline must be positive, e.g. 10m");
    }

    /** A run that does not stop at the first failure and draws no progress. */
    public HarnessOptions(Implementation implementation, Duration timeout, Duration deadline,
                          Optional<Path> profile, Optional<Path> knownFailures, Optional<Path> reportDir,
                          List<String> tables, Locale locale, LocalDate today) {
        this(implementation, timeout, deadline, profile, knownFailures, reportDir, tables, locale, today, false, Progress.NONE);
    }

    /** Defaults for everything but the implementation. */
    public static HarnessOptions of(Implementation implementation) {
        return new HarnessOptions(implementation, DEFAULT_TIMEOUT, DEFAULT_DEADLINE, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Locale.ENGLISH, LocalDate.now());
    }

    public HarnessOptions withTimeout(Duration t) {
        return new HarnessOptions(implementation, t, deadline, profile, knownFailures, reportDir, tables, locale, today, failFast, progress);
    }

    public HarnessOptions withDeadline(Duration d) {
        return new HarnessOptions(implementation, timeout, d, profile, knownFailures, reportDir, tables, locale, today, failFast, progress);
    }

    public HarnessOptions withProfile(Path p) {
        return new HarnessOptions(implementation, timeout, deadline, Optional.of(p), knownFailures, reportDir, tables, locale, today, failFast, progress);
    }

    public HarnessOptions withKnownFailures(Path p, LocalDate asOf) {
        return new HarnessOptions(implementation, timeout, deadline, profile, Optional.of(p), reportDir, tables, locale, asOf, failFast, progress);
    }

    public HarnessOptions withReportDir(Path p) {
        return new HarnessOptions(implementation, timeout, deadline, profile, knownFailures, Optional.of(p), tables, locale, today, failFast, progress);
    }

    public HarnessOptions withTables(List<String> t) {
        return new HarnessOptions(implementation, timeout, deadline, profile, knownFailures, reportDir, t, locale, today, failFast, progress);
    }

    public HarnessOptions withLocale(Locale l) {
        return new HarnessOptions(implementation, timeout, deadline, profile, knownFailures, reportDir, tables, l, today, failFast, progress);
    }

    /** The same run, stopping at the first case that fails it ({@code --fail-fast}). */
    public HarnessOptions withFailFast(boolean f) {
        return new HarnessOptions(implementation, timeout, deadline, profile, knownFailures, reportDir, tables, locale, today, f, progress);
    }

    /** The same run, telling {@code p} how far it has got. */
    public HarnessOptions withProgress(Progress p) {
        return new HarnessOptions(implementation, timeout, deadline, profile, knownFailures, reportDir, tables, locale, today, failFast, p);
    }
}

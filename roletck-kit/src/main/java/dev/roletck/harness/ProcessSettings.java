package dev.roletck.harness;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How the kit runs an implementation that is a process (--impl-cmd, and --impl-class, which runs in
 * a JVM of its own).
 *
 * @param startupTimeout how long a (re)started process may take to answer the handshake; separate
 *                       from the per-case timeout, so that a JVM that takes seconds to start passes
 * @param grace          how long a process may stay silent, with an answer overdue, before it is
 *                       taken for stuck and restarted; until then a late answer is read and discarded
 * @param jobs           how many processes answer at once (each started with the same command)
 * @param window         how many requests each process may have in flight (pipelined)
 * @param maxLine        the longest line an implementation may write, in bytes
 */
public record ProcessSettings(Duration startupTimeout, Duration grace, int jobs, int window, int maxLine) {
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(5);
    public static final int DEFAULT_WINDOW = 16;
    public static final int DEFAULT_MAX_LINE = 1 << 20;
    public static final ProcessSettings DEFAULT =
            new ProcessSettings(DEFAULT_STARTUP_TIMEOUT, DEFAULT_GRACE, 1, DEFAULT_WINDOW, DEFAULT_MAX_LINE);

    public ProcessSettings {
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        Objects.requireNonNull(grace, "grace");
        if (startupTimeout.isNegative() || startupTimeout.isZero()) throw UsageException.of("message.cli.must_be_positive", Map.of("option", "--startup-timeout", "example", "30s"));
        if (grace.isNegative() || grace.isZero()) throw UsageException.of("message.cli.must_be_positive", Map.of("option", "--grace", "example", "5s"));
        if (jobs < 1 || jobs > 64) throw UsageException.of("message.cli.jobs_range", Map.of("jobs", jobs));
        if (window < 1) throw new IllegalArgumentException("window must be at least 1");
        if (maxLine < 1024) throw new IllegalArgumentException("maxLine must be at least 1024 bytes");
    }

    public ProcessSettings withStartupTimeout(Duration d) { return new ProcessSettings(d, grace, jobs, window, maxLine); }

    public ProcessSettings withGrace(Duration d) { return new ProcessSettings(startupTimeout, d, jobs, window, maxLine); }

    public ProcessSettings withJobs(int n) { return new ProcessSettings(startupTimeout, grace, n, window, maxLine); }

    public ProcessSettings withWindow(int n) { return new ProcessSettings(startupTimeout, grace, jobs, n, maxLine); }

    public ProcessSettings withMaxLine(int n) { return new ProcessSettings(startupTimeout, grace, jobs, window, n); }
}

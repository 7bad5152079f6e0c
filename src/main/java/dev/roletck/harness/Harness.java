package dev.roletck.harness;

import dev.roletck.api.Policy;
import dev.roletck.cli.ExitCodes;
import dev.roletck.harness.report.ConsoleReport;
import dev.roletck.harness.report.ReportText;
import dev.roletck.harness.report.Reports;
import java.io.PrintWriter;
import java.util.function.Supplier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One verification run: read the profile and known failures, open the implementation, run every
 * case with faults contained, settle known failures, write the reports. Input errors surface as
 * {@link UsageException} before anything runs (exit code 2).
 */
public final class Harness {
    private Harness() {}

    /**
     * What {@code roletck verify} does: runs, prints the console summary to {@code out}, and
     * returns the exit code — 0 conformant, 1 not conformant, 2 with a one-line message on
     * {@code err} for bad usage or bad input.
     */
    public static int runAndReport(Supplier<HarnessOptions> options, Supplier<List<HarnessCase>> cases,
                                   PrintWriter out, PrintWriter err) {
        try {
            HarnessOptions o = options.get();
            HarnessResult result = run(o, cases.get());
            out.print(ConsoleReport.render(result, ReportText.of(o.locale())));
            o.reportDir().ifPresent(dir -> out.println("reports: " + dir.resolve(Reports.HTML)));
            return result.exitCode();
        } catch (UsageException e) {
            err.println("roletck: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } finally {
            out.flush();
            err.flush();
        }
    }

    public static HarnessResult run(HarnessOptions options, List<HarnessCase> cases) {
        Profile profile = options.profile().map(Profile::read).orElse(Profile.EVERYTHING);
        if (!options.tables().isEmpty()) profile = profile.intersect(Profile.ofGroups(options.tables(), "--tables"));
        Set<String> ids = cases.stream().map(HarnessCase::id).collect(Collectors.toSet());
        KnownFailures known = options.knownFailures().map(p -> KnownFailures.read(p, ids)).orElse(KnownFailures.NONE);
        options.reportDir().ifPresent(Reports::checkWritable);

        long start = System.nanoTime();
        Policy policy = options.implementation().open(options.timeout());
        List<CaseOutcome> outcomes;
        try {
            CaseRunner runner = new CaseRunner(options.implementation().guard(options.timeout()), options.deadline());
            outcomes = runner.run(policy, cases, profile);
        } finally {
            if (policy instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // the run is over; a failing close changes no outcome
                }
            }
        }
        List<CaseOutcome> settled = new ArrayList<>(outcomes.size());
        for (CaseOutcome o : outcomes) settled.add(settle(o, known, options.today()));
        HarnessResult result = new HarnessResult(options.implementation().describe(), settled,
                Duration.ofNanos(System.nanoTime() - start));
        options.reportDir().ifPresent(dir -> Reports.writeAll(dir, result, options.locale()));
        return result;
    }

    static CaseOutcome settle(CaseOutcome o, KnownFailures known, java.time.LocalDate today) {
        Optional<KnownFailure> entry = known.entry(o.id());
        if (entry.isEmpty() || o.status() == Status.NOT_RUN) return o;
        KnownFailure k = entry.get();
        if (k.expiredOn(today)) {
            String why = "known-failure entry at " + k.where() + " expired on " + k.expires()
                    + " — fix the implementation or renew the entry" + o.reason().map(r -> "; " + r).orElse("");
            return o.with(Status.FAILED, Optional.of(why), entry);
        }
        if (o.status() == Status.PASSED) {
            return o.with(Status.UNEXPECTED_PASS, Optional.of("listed as a known failure at " + k.where()
                    + " but passed — remove the entry"), entry);
        }
        return o.with(Status.EXPECTED_FAILURE, o.reason(), entry);
    }
}

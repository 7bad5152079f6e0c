package dev.roletck.harness;

import dev.roletck.api.Policy;
import dev.roletck.harness.report.ConsoleReport;
import dev.roletck.harness.report.ReportText;
import dev.roletck.harness.report.Reports;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.ConformanceCase;
import dev.roletck.suite.KnownFailure;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One verification run: read the profile and known failures, open the implementation, run every
 * case with faults contained, settle known failures, write the reports. Input errors surface as
 * {@link UsageException} before anything runs (exit code 2).
 */
public final class Harness {
    private Harness() {}

    /**
     * What {@code roletck verify} does once the cases are known: runs, prints the console summary
     * to {@code out}, and returns the exit code — 0 conformant, 1 not conformant, 2 with a one-line
     * message on {@code err} for bad usage or bad input (nothing run).
     */
    public static int runAndReport(Supplier<HarnessOptions> options, Supplier<? extends List<? extends ConformanceCase>> cases,
                                   PrintWriter out, PrintWriter err) {
        try {
            HarnessOptions o = options.get();
            HarnessResult result = run(o, cases.get());
            ReportText text = ReportText.of(o.locale());
            out.print(ConsoleReport.render(result, text));
            o.reportDir().ifPresent(dir -> out.println(text.format("written", Map.of("dir", dir.resolve(Reports.HTML).toString()))));
            return result.exitCode();
        } catch (UsageException e) {
            err.println("roletck: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } finally {
            out.flush();
            err.flush();
        }
    }

    public static HarnessResult run(HarnessOptions options, List<? extends ConformanceCase> cases) {
        Profile profile = options.profile().map(Profile::read).orElse(Profile.EVERYTHING);
        if (!options.tables().isEmpty()) profile = profile.intersect(Profile.ofGroups(options.tables(), "--tables"));
        KnownFailures known = options.knownFailures().map(p -> KnownFailures.read(p, cases)).orElse(KnownFailures.NONE);
        options.reportDir().ifPresent(Reports::checkWritable);

        long start = System.nanoTime();
        Policy policy = options.implementation().open(options.timeout());
        List<CaseResult> results;
        try {
            CaseRunner runner = new CaseRunner(options.implementation().guard(options.timeout()), options.deadline());
            results = runner.run(policy, cases, profile);
        } finally {
            if (policy instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // the run is over; a failing close changes no result
                }
            }
        }
        List<CaseResult> settled = new ArrayList<>(results.size());
        for (CaseResult r : results) settled.add(settle(r, known, options.today()));
        settled = known.staleEntries(settled);
        HarnessResult result = new HarnessResult(options.implementation().describe(), settled,
                Duration.ofNanos(System.nanoTime() - start));
        options.reportDir().ifPresent(dir -> Reports.writeAll(dir, result, options.locale()));
        return result;
    }

    /** A result against the known failures: expected, unexpectedly passed, or failed for an expired entry. */
    static CaseResult settle(CaseResult r, KnownFailures known, LocalDate today) {
        Optional<KnownFailure> entry = known.entry(r.id());
        if (entry.isEmpty() || r.outcome() == CaseResult.Outcome.NOT_RUN) return r;
        KnownFailure k = entry.get();
        if (r.passed() && k.pattern()) return r;
        if (k.expiredOn(today)) {
            String why = "known-failure entry at " + k.where() + " expired on " + k.expires()
                    + " — fix the implementation or renew the entry" + r.reason().map(x -> "; " + x).orElse("");
            return r.settled(r.passed() ? CaseResult.Outcome.UNEXPECTED_PASS : r.outcome(), Optional.of(why), k);
        }
        if (r.passed()) {
            return r.settled(CaseResult.Outcome.UNEXPECTED_PASS, Optional.of("listed as a known failure at " + k.where()
                    + " but passed — remove the entry"), k);
        }
        return r.settled(CaseResult.Outcome.EXPECTED_FAILURE, r.reason(), k);
    }
}

package dev.roletck.harness;

import dev.roletck.api.Policy;
import dev.roletck.features.FeatureResults;
import dev.roletck.features.FeatureRunner;
import dev.roletck.features.FeatureScope;
import dev.roletck.harness.report.ConsoleReport;
import dev.roletck.i18n.Phrase;
import dev.roletck.harness.report.ReportText;
import dev.roletck.harness.report.Reports;
import dev.roletck.reference.ReferencePolicy;
import dev.roletck.suite.CaseKind;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.ConformanceCase;
import dev.roletck.suite.KnownFailure;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One verification run: read the profile and known failures, open the implementation, run every
 * case the profile includes with faults contained, shrink failing generated cases, run the feature
 * scenarios under the same profile and known failures, settle known failures, and only then write
 * the reports — so that the console, the reports and the exit code state one verdict. Input errors
 * surface as {@link UsageException} before anything runs (exit code 2).
 */
public final class Harness {
    private Harness() {}

    /**
     * The feature scenarios to run after the cases, against the same implementation.
     *
     * @param featuresDir the folder holding one folder per language
     * @param languages   the languages to run
     * @param matricesDir the matrices the scenarios are checked against too
     */
    public record FeatureRun(Path featuresDir, Set<String> languages, Path matricesDir) {
        public FeatureRun {
            Objects.requireNonNull(featuresDir, "featuresDir");
            languages = Set.copyOf(languages);
            Objects.requireNonNull(matricesDir, "matricesDir");
        }
    }

    /**
     * What {@code roletck verify} does once the cases are known: runs, prints the console summary
     * to {@code out}, and returns the exit code — 0 conformant, 1 not conformant, 2 with a one-line
     * message on {@code err} for bad usage or bad input (nothing run).
     */
    public static int runAndReport(Supplier<HarnessOptions> options, Supplier<? extends List<? extends ConformanceCase>> cases,
                                   PrintWriter out, PrintWriter err) {
        try {
            HarnessOptions o = options.get();
            // Before the cases are even loaded (seconds): a run killed from here on leaves no earlier verdict behind.
            o.reportDir().ifPresent(Reports::removeEarlier);
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

    /** The cases alone. */
    public static HarnessResult run(HarnessOptions options, List<? extends ConformanceCase> cases) {
        return run(options, cases, Optional.empty());
    }

    /** The cases, then the feature scenarios when asked, against one implementation. */
    public static HarnessResult run(HarnessOptions options, List<? extends ConformanceCase> cases, Optional<FeatureRun> features) {
        Profile profile = profile(options);
        KnownFailures known = options.knownFailures().map(p -> KnownFailures.read(p, cases)).orElse(KnownFailures.NONE);
        options.reportDir().ifPresent(Reports::checkWritable);

        long start = System.nanoTime();
        // The reports of an earlier run go now: a run that fails, hangs or is killed before it writes
        // its own must not leave that run's verdict standing in the folder as if it were this one's.
        options.reportDir().ifPresent(Reports::removeEarlier);
        Policy policy = options.implementation().open(options.timeout());
        Timing.mark("implementation open");
        List<CaseResult> results;
        List<HarnessResult.Shrunk> shrunk = new ArrayList<>();
        Optional<FeatureResults> scenarios = Optional.empty();
        Optional<String> stoppedAt = Optional.empty();
        SortedSet<String> extraFields = new TreeSet<>();
        List<String> stderrTail = List.of();
        Progress progress = options.progress();
        try {
            // One deadline for the run: the start of the implementation, the cases, shrinking and the scenarios share it.
            CaseRunner runner = new CaseRunner(options.implementation().guard(options.timeout()), options.deadline(),
                    start + options.deadline().toNanos());
            List<ConformanceCase> included = new ArrayList<>();
            for (ConformanceCase c : cases) if (profile.includes(c)) included.add(c);
            Watch watch = new Watch(included.size(), known, options, progress);
            Iterator<CaseResult> ran = runner.run(policy, included, Profile.EVERYTHING, watch).iterator();
            results = new ArrayList<>(cases.size());
            for (ConformanceCase c : cases) {
                results.add(profile.includes(c) ? ran.next() : CaseResult.notRun(c, profile.whyNot(c)));
            }
            stoppedAt = watch.stoppedAt;
            Timing.mark("cases run");
            // Stopped early, the run asks nothing more: no shrinking, no scenarios.
            if (stoppedAt.isEmpty()) shrunk = shrink(policy, runner, results, known);
            if (stoppedAt.isEmpty() && features.isPresent() && results.stream().noneMatch(r -> r.outcome() == CaseResult.Outcome.ERROR)) {
                progress.scenarios();
                FeatureRun f = features.get();
                FeatureScope scope = new FeatureScope(profile::includes, reasons(known));
                Duration left = options.deadline().minusNanos(System.nanoTime() - start);
                scenarios = Optional.of(withinDeadline(left, options.deadline(), options.locale(), () -> FeatureRunner.run(f.featuresDir(),
                        f.languages(), Optional.of(policy), f.matricesDir(), options.reportDir(), scope, scenariosAtOnce(policy))));
                Timing.mark("features run");
            }
            if (policy instanceof Remarks remarks) {
                extraFields = remarks.extraAnswerFields();
                // The last words on standard error matter when a case ended in a fault (a crash, a timeout, garbage).
                if (results.stream().anyMatch(r -> r.outcome() == CaseResult.Outcome.ERROR)) stderrTail = remarks.stderrTail();
            }
        } finally {
            progress.done();
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
        // A glob entry is stale when every case it names passed — which a run stopped early cannot tell.
        if (stoppedAt.isEmpty()) settled = known.staleEntries(settled);
        HarnessResult result = new HarnessResult(options.implementation().describe(), settled,
                Duration.ofNanos(System.nanoTime() - start), profile.ruleGroups(), scenarios, shrunk,
                new HarnessResult.Notes(stoppedAt, extraFields, stderrTail));
        Timing.mark("results settled");
        options.reportDir().ifPresent(dir -> {
            Reports.writeAll(dir, result, options.locale());
            Timing.mark("reports written");
        });
        return result;
    }

    /**
     * Hears each case as it ends: counts for the progress line and, with {@code --fail-fast}, stops
     * the run at the first case that fails it once the known failures are settled — a known failure
     * does not stop it, an entry that passed unexpectedly or expired does.
     */
    private static final class Watch implements CaseRunner.Watcher {
        private final int total;
        private final KnownFailures known;
        private final HarnessOptions options;
        private final Progress progress;
        private int done;
        private int failures;
        Optional<String> stoppedAt = Optional.empty();

        Watch(int total, KnownFailures known, HarnessOptions options, Progress progress) {
            this.total = total;
            this.known = known;
            this.options = options;
            this.progress = progress;
        }

        @Override public boolean stopAfter(CaseResult r) {
            done++;
            boolean fails = settle(r, known, options.today()).outcome().failsRun();
            if (fails) failures++;
            progress.cases(done, total, failures);
            if (fails && options.failFast()) {
                stoppedAt = Optional.of(r.id());
                return true;
            }
            return false;
        }
    }

    /**
     * The feature scenarios, bounded by what is left of the run's deadline: past it they are
     * abandoned (their thread is a daemon) and the run fails with one line saying so.
     */
    private static FeatureResults withinDeadline(Duration left, Duration deadline, java.util.Locale locale,
                                                 Supplier<FeatureResults> scenarios) {
        String reached = dev.roletck.i18n.Catalog.standard().format("message.verify.features.cut_off",
                java.util.Map.of("time", Phrase.duration(deadline).render(locale)), locale);
        if (left.isNegative() || left.isZero()) return FeatureResults.abandoned(reached);
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "roletck-features");
            t.setDaemon(true);
            return t;
        });
        Future<FeatureResults> run = worker.submit(scenarios::get);
        try {
            return run.get(left.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            return FeatureResults.abandoned(reached);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FeatureResults.abandoned(reached);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            worker.shutdownNow();
        }
    }

    /**
     * How many languages' scenarios may run at once: as many as the policy takes calls at once (a
     * process: its requests then pipelined), the reference one per core; any other policy in this
     * JVM, whose thread safety the kit cannot know, one.
     */
    private static int scenariosAtOnce(Policy policy) {
        if (policy instanceof dev.roletck.reference.ReferencePolicy) return Runtime.getRuntime().availableProcessors();
        return policy instanceof Concurrent c ? c.concurrency() : 1;
    }

    private static Profile profile(HarnessOptions options) {
        Profile profile = options.profile().map(Profile::read).orElse(Profile.EVERYTHING);
        if (!options.tables().isEmpty()) profile = profile.intersect(Profile.ofGroups(options.tables(), "--tables"));
        return profile;
    }

    private static Map<String, String> reasons(KnownFailures known) {
        Map<String, String> reasons = new HashMap<>();
        known.byCase().forEach((id, k) -> reasons.put(id, k.reason()));
        return reasons;
    }

    /** The first few failing generated cases not listed as known failures, each shrunk by asking the implementation again. */
    private static List<HarnessResult.Shrunk> shrink(Policy policy, CaseRunner runner, List<CaseResult> results,
                                                     KnownFailures known) {
        List<HarnessResult.Shrunk> shrunk = new ArrayList<>();
        Shrinker shrinker = new Shrinker(new ReferencePolicy(), c -> runner.run(policy, List.of(c), Profile.EVERYTHING).get(0));
        Set<String> seen = new LinkedHashSet<>();
        for (CaseResult r : results) {
            if (shrunk.size() >= Shrinker.MAX_SHRUNK || runner.pastDeadline()) break;
            if (r.testCase().kind() != CaseKind.GENERATED || r.outcome() != CaseResult.Outcome.FAILED) continue;
            if (known.entry(r.id()).isPresent()) continue; // expected for now: nothing to paste anywhere
            HarnessResult.Shrunk s = shrinker.shrink(r);
            if (seen.add(s.minimal().id() + s.yaml())) shrunk.add(s);
        }
        return shrunk;
    }

    /** A result against the known failures: expected, unexpectedly passed, or failed for an expired entry. */
    static CaseResult settle(CaseResult r, KnownFailures known, LocalDate today) {
        Optional<KnownFailure> entry = known.entry(r.id());
        if (entry.isEmpty() || r.outcome() == CaseResult.Outcome.NOT_RUN) return r;
        KnownFailure k = entry.get();
        if (r.passed() && k.pattern()) return r;
        if (k.expiredOn(today)) {
            Phrase expired = Phrase.of(Phrase.Kind.KNOWN_EXPIRED, "where", String.valueOf(k.where()), "expires", k.expires().toString());
            Phrase why = r.why().map(x -> Phrase.clauses(List.of(expired, x))).orElse(expired);
            return r.settled(r.passed() ? CaseResult.Outcome.UNEXPECTED_PASS : r.outcome(), Optional.of(why), k);
        }
        if (r.passed()) {
            return r.settled(CaseResult.Outcome.UNEXPECTED_PASS,
                    Optional.of(Phrase.of(Phrase.Kind.KNOWN_PASSED, "where", String.valueOf(k.where()))), k);
        }
        return r.settled(CaseResult.Outcome.EXPECTED_FAILURE, r.why(), k);
    }

}

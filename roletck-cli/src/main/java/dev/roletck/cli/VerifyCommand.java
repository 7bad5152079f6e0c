package dev.roletck.cli;

import dev.roletck.harness.ExitCodes;
import dev.roletck.features.FeatureRunner;
import dev.roletck.harness.Harness;
import dev.roletck.harness.HarnessOptions;
import dev.roletck.harness.HarnessResult;
import dev.roletck.harness.UsageException;
import dev.roletck.harness.report.ConsoleReport;
import dev.roletck.harness.report.ReportText;
import dev.roletck.matrix.Loaded;
import dev.roletck.matrix.MatrixLoader;
import dev.roletck.matrix.Problem;
import dev.roletck.reference.ReferencePolicy;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.Cases;
import dev.roletck.suite.FailClosedCases;
import dev.roletck.suite.GeneratedCases;
import dev.roletck.suite.ConformanceCase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.SplittableRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import dev.roletck.harness.CasePatterns;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code roletck verify}: loads the spec strictly, runs every case against an implementation — the
 * reference policy when none is named — and prints a summary per table in the reader's language.
 * Exit 0 when all pass, 1 when any fails, 2 on bad usage or bad input (nothing run).
 */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the conformance cases and the features against an implementation (the reference policy"
                + " when none is named) and print a summary per table and language.",
                "Exit 0 when every case passes, 1 when any fails, 2 on bad usage or a bad input file."})
final class VerifyCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec CommandSpec spec;

    @Mixin ImplementationOptions implementation;

    @Option(names = "--matrices", paramLabel = "<dir>",
            description = "The folder of the matrices and rules.yaml (default: matrices/ of the kit).")
    Path matrices;

    @Option(names = "--locale", paramLabel = "<language>", description = "en, pl, da or tr (default: the JVM's).")
    String locale;

    @Option(names = "--lang", split = ",", paramLabel = "<language>",
            description = "Run the features of these languages: en, pl, da, tr (default: all four).")
    List<String> languages = FeatureRunner.LANGUAGES;

    @Option(names = "--no-features", description = "Run the matrix and rule cases only, not the features.")
    boolean noFeatures;

    @Option(names = "--features", paramLabel = "<dir>", description = "The folder of the features (default: features/ of the kit).")
    Path features;

    @Option(names = "--seed", paramLabel = "<n>",
            description = "The seed of the generated cases (default: a new one each run, printed); replays a run.")
    Long seed;

    @Option(names = "--generated-assignments", paramLabel = "<n>",
            description = "How many assignment requests to generate (default: ${DEFAULT-VALUE}; 0 for none).")
    int generatedAssignments = GeneratedCases.DEFAULT_ASSIGNMENTS;

    @Option(names = "--case", paramLabel = "<id>",
            description = "Run only this case (repeatable; the features are not run); an unknown id is an error with the near ids suggested.")
    List<String> onlyCases = List.of();

    @Option(names = "--run", paramLabel = "<regex>", description = "Run only the cases whose id matches this regular expression (the features are not run).")
    String run;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "text",
            description = "What goes to standard output: text (the summary, default), json (report.json) or junit (report.xml);"
                    + " with json or junit the summary goes to standard error.")
    String format;

    @Option(names = "--fail-fast",
            description = "Stop at the first case that fails (a known failure does not stop the run); the cases after it are"
                    + " reported not run, the reports are still written, and the verdict says the run stopped early. Exit 1.")
    boolean failFast;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress line on standard error while the cases and scenarios run (default: only when the"
                    + " console is a terminal, never with --format json or junit).")
    Boolean progress;

    /** The cases --case and --run choose; all when neither is given. */
    private List<ConformanceCase> chosen(List<ConformanceCase> all, Locale ui) {
        List<ConformanceCase> kept = all;
        if (!onlyCases.isEmpty()) {
            Set<String> ids = new LinkedHashSet<>();
            for (String id : onlyCases) {
                String wanted = id.strip();
                if (all.stream().noneMatch(c -> c.id().equals(wanted))) {
                    List<String> near = CasePatterns.near(CasePatterns.Kind.CASE, wanted, all.stream().map(CasePatterns.Target::of).toList());
                    throw new CatalogCli.Stop("--case: " + dev.roletck.i18n.Catalog.standard().format("message.known_failures.no_match",
                            Map.of("kind", "case", "pattern", wanted, "suggested", near.isEmpty() ? "no" : "yes",
                                    "suggestions", String.join(", ", near)), ui));
                }
                ids.add(wanted);
            }
            kept = kept.stream().filter(c -> ids.contains(c.id())).toList();
        }
        if (run != null) {
            Pattern p;
            try {
                p = Pattern.compile(run);
            } catch (PatternSyntaxException e) {
                throw new CatalogCli.Stop(dev.roletck.i18n.Catalog.standard().format("message.usage.run_not_regex",
                        Map.of("run", run, "error", String.valueOf(e.getDescription())), ui));
            }
            kept = kept.stream().filter(c -> p.matcher(c.id()).find()).toList();
            if (kept.isEmpty()) {
                throw new CatalogCli.Stop("--run: " + dev.roletck.i18n.Catalog.standard().format("message.known_failures.no_match",
                        Map.of("kind", "case", "pattern", run, "suggested", "no", "suggestions", ""), ui));
            }
        }
        return new ArrayList<>(kept);
    }

    /** What a task on another thread returned, or what it threw, as if it had run on this one. */
    private static <T> T joined(java.util.concurrent.FutureTask<T> task) throws InterruptedException {
        try {
            return task.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override public Integer call() throws Exception {
        return CatalogCli.run(spec, () -> {
            Path dir = matrices != null ? matrices : Home.path("matrices");
            // The spec is read, and then the feature files checked, on a second core while this one
            // loads the catalog and builds the cases; the checks below wait for (and reuse) that work.
            java.util.concurrent.FutureTask<Loaded<dev.roletck.matrix.Spec>> reading =
                    new java.util.concurrent.FutureTask<>(() -> MatrixLoader.loadAll(dir));
            Thread reader = new Thread(() -> {
                reading.run();
                dev.roletck.harness.Timing.mark("spec read");
                if (noFeatures) return;
                Path featuresDir = features != null ? features : Home.path("features");
                for (String l : new LinkedHashSet<>(languages)) {
                    if (!FeatureRunner.LANGUAGES.contains(l)) continue;
                    try {
                        dev.roletck.features.FeatureFiles.check(featuresDir.resolve(l));
                    } catch (RuntimeException e) {
                        return; // said by the check below, which meets the same outcome
                    }
                }
                dev.roletck.harness.Timing.mark("feature files checked");
            }, "roletck-spec");
            reader.setDaemon(true);
            reader.start();
            CatalogCli cli = CatalogCli.open(spec, locale);
            dev.roletck.harness.Timing.mark("catalog open");
            PrintWriter err = spec.commandLine().getErr();
            Loaded<dev.roletck.matrix.Spec> loaded = joined(reading);
            if (!loaded.ok()) {
                for (Problem p : loaded.problems()) err.println(p);
                err.println(cli.msg("message.verify.invalid_spec", Map.of("problems", loaded.problems().size())));
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            Set<String> chosen = new LinkedHashSet<>(languages);
            for (String l : chosen) {
                if (!FeatureRunner.LANGUAGES.contains(l)) {
                    throw new CatalogCli.Stop(cli.msg("message.usage.unknown_feature_language",
                            Map.of("language", l, "languages", List.copyOf(FeatureRunner.LANGUAGES))));
                }
            }
            if (generatedAssignments < 0) {
                throw new CatalogCli.Stop(cli.msg("message.usage.negative_count", Map.of("option", "--generated-assignments",
                        "value", String.valueOf(generatedAssignments))));
            }
            long theSeed = seed != null ? seed : new SplittableRandom().nextLong() >>> 16;
            List<ConformanceCase> cases = new ArrayList<>(Cases.of(loaded.value().orElseThrow()));
            ReferencePolicy reference = new ReferencePolicy();
            cases.addAll(GeneratedCases.access(theSeed, reference));
            cases.addAll(GeneratedCases.assignment(theSeed, generatedAssignments, reference));
            cases.addAll(FailClosedCases.all());
            dev.roletck.harness.Timing.mark("cases built");
            if (!noFeatures) { // a bad feature file is refused before any case runs or any report is written
                Path featuresDir = features != null ? features : Home.path("features");
                for (String l : chosen) {
                    try {
                        dev.roletck.features.FeatureFiles.check(featuresDir.resolve(l));
                    } catch (IllegalArgumentException e) {
                        throw new CatalogCli.Stop(e.getMessage());
                    }
                }
            }
            if (!List.of("text", "json", "junit").contains(format)) {
                throw new CatalogCli.Stop(cli.msg("message.error.unknown_format", Map.of("format", format, "formats", List.of("text", "json", "junit"))));
            }
            cases = chosen(cases, cli.ui);
            try {
                HarnessOptions options = implementation.toOptions(cli.ui).withFailFast(failFast);
                // A progress line only where a person watches: a terminal, the summary as text; --progress/--no-progress decide.
                boolean showProgress = format.equals("text") && (progress != null ? progress : dev.roletck.harness.ProgressLine.onTerminal());
                if (showProgress) options = options.withProgress(new dev.roletck.harness.ProgressLine(err, ReportText.of(options.locale())));
                Path featuresDir = features != null ? features : Home.path("features");
                // A chosen subset (--case, --run) runs those cases only, not the features.
                boolean subset = !onlyCases.isEmpty() || run != null;
                Optional<Harness.FeatureRun> featureRun = noFeatures || subset ? Optional.empty()
                        : Optional.of(new Harness.FeatureRun(featuresDir, chosen, dir));
                HarnessResult result;
                try {
                    result = Harness.run(options, cases, featureRun);
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
                ReportText text = ReportText.of(options.locale());
                PrintWriter out = format.equals("text") ? cli.out() : err;
                if (format.equals("json")) cli.out().print(dev.roletck.harness.report.JsonReport.render(result, text));
                if (format.equals("junit")) cli.out().print(dev.roletck.harness.report.JunitXmlReport.render(result, text));
                cli.out().flush();
                out.print(ConsoleReport.body(result, text));
                out.print(ConsoleReport.features(result, text));
                if (featureRun.isPresent() && result.features().isEmpty() && result.stoppedEarly()) {
                    out.println(text.message("message.verify.features.stopped", Map.of()));
                } else if (featureRun.isPresent() && result.features().isEmpty()) {
                    long faults = result.results().stream().filter(r -> r.outcome() == CaseResult.Outcome.ERROR).count();
                    out.println(text.message("message.verify.features.not_run", Map.of("faults", faults)));
                }
                out.print(ConsoleReport.shrunk(result, text));
                options.reportDir().ifPresent(d -> out.println(text.format("written",
                        Map.of("dir", d.resolve(dev.roletck.harness.report.Reports.HTML).toString()))));
                out.println(ConsoleReport.verdict(result, text));
                out.flush();
                dev.roletck.harness.Timing.mark("summary printed");
                return result.exitCode();
            } catch (UsageException e) {
                err.println("roletck: " + e.say(cli.ui));
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
        });
    }
}

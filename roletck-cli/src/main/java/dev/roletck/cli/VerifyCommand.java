package dev.roletck.cli;

import dev.roletck.harness.ExitCodes;
import dev.roletck.api.Policy;
import dev.roletck.features.FeatureResults;
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
import dev.roletck.suite.Cases;
import dev.roletck.suite.ConformanceCase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
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

    @Override public Integer call() throws Exception {
        return CatalogCli.run(spec, () -> {
            CatalogCli cli = CatalogCli.open(spec, locale);
            PrintWriter err = spec.commandLine().getErr();
            Path dir = matrices != null ? matrices : Home.path("matrices");
            Loaded<dev.roletck.matrix.Spec> loaded = MatrixLoader.loadAll(dir);
            if (!loaded.ok()) {
                for (Problem p : loaded.problems()) err.println(p);
                err.println(cli.msg("message.verify.invalid_spec", Map.of("problems", loaded.problems().size())));
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            List<ConformanceCase> cases = Cases.of(loaded.value().orElseThrow());
            Set<String> chosen = new LinkedHashSet<>(languages);
            for (String l : chosen) {
                if (!FeatureRunner.LANGUAGES.contains(l)) {
                    throw new CatalogCli.Stop("--lang " + l + ": the features are written in "
                            + String.join(", ", FeatureRunner.LANGUAGES) + " — name one or more of them");
                }
            }
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
            try {
                HarnessOptions options = implementation.toOptions(cli.ui);
                HarnessResult result = Harness.run(options, cases);
                ReportText text = ReportText.of(options.locale());
                PrintWriter out = cli.out();
                out.print(ConsoleReport.body(result, text));
                int failedCases = result.summary().problems();
                int failedScenarios = noFeatures ? 0 : features(options, result, dir, chosen, text, out);
                options.reportDir().ifPresent(d -> out.println(text.format("written",
                        Map.of("dir", d.resolve(dev.roletck.harness.report.Reports.HTML).toString()))));
                if (failedScenarios == 0) {
                    out.print(ConsoleReport.verdict(failedCases == 0, failedCases, text));
                } else {
                    out.println(text.message("message.verify.not_conformant_features",
                            Map.of("cases", failedCases, "scenarios", failedScenarios)));
                }
                out.flush();
                return failedCases + failedScenarios == 0 ? ExitCodes.OK : ExitCodes.FAILED;
            } catch (UsageException e) {
                err.println("roletck: " + e.getMessage());
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
        });
    }

    /**
     * Runs the features against the same implementation and prints a row per language; returns how
     * many scenarios failed. An implementation that already crashed, hung or answered garbage on
     * some case is not put through the scenarios as well, which keeps the run bounded in time.
     */
    private int features(HarnessOptions options, HarnessResult result, Path matricesDir, Set<String> chosen,
                         ReportText text, PrintWriter out) {
        long faults = result.results().stream().filter(r -> r.outcome() == dev.roletck.suite.CaseResult.Outcome.ERROR).count();
        if (faults > 0) {
            out.println(text.message("message.verify.features.not_run", Map.of("faults", faults)));
            return 0;
        }
        Path featuresDir = features != null ? features : Home.path("features");
        Policy policy = options.implementation().open(options.timeout());
        FeatureResults results;
        try {
            results = FeatureRunner.run(featuresDir, chosen, Optional.of(policy), matricesDir, options.reportDir());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } finally {
            if (policy instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // the scenarios have run; a failing close changes no result
                }
            }
        }
        for (FeatureResults.Failure f : results.failures().subList(0, Math.min(20, results.failures().size()))) {
            out.println("  " + f);
        }
        for (FeatureResults.Language l : results.languages()) {
            out.println(text.message("message.verify.features.row", Map.of("language", Locale.forLanguageTag(l.language()),
                    "passed", l.passed(), "scenarios", l.scenarios(), "failed", l.failed(), "skipped", l.skipped())));
        }
        return results.failures().size();
    }
}

package dev.roletck.cli;

import dev.roletck.harness.Harness;
import dev.roletck.harness.ImplementationOptions;
import dev.roletck.matrix.Loaded;
import dev.roletck.matrix.MatrixLoader;
import dev.roletck.matrix.Problem;
import dev.roletck.suite.Cases;
import dev.roletck.suite.ConformanceCase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        description = {"Run the conformance cases against an implementation (the reference policy when none is named)"
                + " and print a summary per table.",
                "Exit 0 when every case passes, 1 when any fails, 2 on bad usage or a bad input file."})
final class VerifyCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec CommandSpec spec;

    @Mixin ImplementationOptions implementation;

    @Option(names = "--matrices", paramLabel = "<dir>",
            description = "The folder of the matrices and rules.yaml (default: matrices/ of the kit).")
    Path matrices;

    @Option(names = "--locale", paramLabel = "<language>", description = "en, pl, da or tr (default: the JVM's).")
    String locale;

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
            return Harness.runAndReport(() -> implementation.toOptions(cli.ui), () -> cases, cli.out(), err);
        });
    }
}

package dev.roletck.cli;

import dev.roletck.matrix.Group;
import dev.roletck.matrix.Loaded;
import dev.roletck.matrix.MatrixLoader;
import dev.roletck.matrix.Problem;

import dev.roletck.reference.ReferencePolicy;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.Cases;
import dev.roletck.suite.Conformance;
import dev.roletck.suite.ConformanceCase;
import dev.roletck.suite.Summary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;


/**
 * {@code roletck verify}: loads the spec strictly, runs every case against the reference policy
 * and prints a summary per table. Exit 0 when all pass, 1 when any fails, 2 on bad input.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Run the conformance cases against the reference policy and print a summary per table.",
                "Exit 0 when every case passes, 1 when any fails, 2 on bad usage or a bad spec file."})
final class VerifyCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec CommandSpec spec;

    @Option(names = "--matrices", paramLabel = "<dir>",
            description = "The folder of the matrices and rules.yaml (default: matrices/ of the kit).")
    Path matrices;

    @Option(names = "--locale", paramLabel = "<language>", description = "en, pl, da or tr (default: the JVM's).")
    String locale;

    @Override public Integer call() throws Exception {
        return CatalogCli.run(spec, () -> {
            CatalogCli cli = CatalogCli.open(spec, locale);
            PrintWriter out = cli.out();
            Path dir = matrices != null ? matrices : Home.path("matrices");
            Loaded<dev.roletck.matrix.Spec> loaded = MatrixLoader.loadAll(dir);
            if (!loaded.ok()) {
                PrintWriter err = spec.commandLine().getErr();
                for (Problem p : loaded.problems()) err.println(p);
                err.println(cli.msg("message.verify.invalid_spec", Map.of("problems", loaded.problems().size())));
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            List<ConformanceCase> cases = Cases.of(loaded.value().orElseThrow());
            List<CaseResult> results = Conformance.run(new ReferencePolicy(), cases);
            for (CaseResult r : results) {
                if (!r.passed()) out.println(r.message());
            }
            Summary summary = Summary.of(results);
            for (Summary.Row row : summary.rows()) {
                out.println(cli.msg("message.verify.row", Map.of("group", groupName(cli, row.group()),
                        "passed", row.passed(), "cases", row.total(), "failed", row.failed() + row.errors())));
            }
            int failed = summary.failed() + summary.errors();
            out.println(cli.msg("message.verify.summary", Map.of("passed", summary.passed(), "cases", results.size())));
            out.println(cli.msg("message.verify.union_note"));
            out.println(failed == 0 ? cli.msg("message.verify.conformant")
                    : cli.msg("message.verify.not_conformant", Map.of("failed", failed)));
            out.flush();
            return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
        });
    }

    private static String groupName(CatalogCli cli, Group group) {
        return group.table()
                .map(t -> cli.catalog.label("table." + t.id(), cli.ui).text())
                .orElseGet(() -> cli.msg("message.verify.heading.assignment"));
    }
}

package dev.roletck.cli;

import dev.roletck.harness.CasePatterns;
import dev.roletck.harness.ExitCodes;
import dev.roletck.harness.StandardCases;
import dev.roletck.harness.UsageException;
import dev.roletck.i18n.Catalog;
import dev.roletck.matrix.MatrixLoader;

import dev.roletck.suite.Cases;
import dev.roletck.suite.ConformanceCase;
import dev.roletck.suite.Explanation;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roletck explain CASE-ID}: how the expected answer of one case arises, from the cells, the rule and the seeds. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain a case: each held role's cell with its provenance, which grant covers which,",
                "the rule and the seed lines it rests on. Exit 2 for an unknown case id (near ids are suggested)."})
final class ExplainCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE-ID", description = "A case id, as reports show it.") String caseId;

    @Option(names = "--matrices", paramLabel = "<dir>", description = "The folder of the matrices and rules.yaml (default: matrices/ of the kit).")
    Path matrices;

    @Option(names = "--locale", paramLabel = "LANG", description = "The language of the explanation: en, pl, da, tr (default: the JVM's).")
    String locale;

    /** The reader's language: --locale, else the JVM's. */
    private Locale ui() {
        return locale == null ? Locale.getDefault() : Locale.forLanguageTag(locale.replace('_', '-'));
    }

    @Override public Integer call() {
        try {
            Locale ui = ui();
            dev.roletck.matrix.Spec s = StandardCases.orThrow(MatrixLoader.loadAll(matrices != null ? matrices : Home.path(StandardCases.DIRECTORY)));
            List<ConformanceCase> cases = Cases.of(s);
            Optional<ConformanceCase> c = cases.stream().filter(x -> x.id().equals(caseId.strip())).findFirst();
            if (c.isEmpty()) {
                List<String> near = CasePatterns.near(CasePatterns.Kind.CASE, caseId,
                        cases.stream().map(CasePatterns.Target::of).toList());
                throw UsageException.of("message.known_failures.no_match", Map.of("kind", "case",
                        "pattern", caseId, "suggested", near.isEmpty() ? "no" : "yes", "suggestions", String.join(", ", near)));
            }
            new ExplainText(ui, Home.path("docs/spec/seeds")).print(Explanation.of(s, c.get()), spec.commandLine().getOut());
            return ExitCodes.OK;
        } catch (UsageException e) {
            e.say(ui()).lines().forEach(line -> spec.commandLine().getErr().println("roletck explain: " + line));
            spec.commandLine().getErr().flush();
            return ExitCodes.BAD_INPUT;
        }
    }
}

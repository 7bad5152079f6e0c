package dev.roletck.cli;

import dev.roletck.harness.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code roletck catalog}: work with the localized catalog as a whole. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Work with the localized catalog (i18n/<language>.yaml).",
        subcommands = CatalogCommand.Export.class)
final class CatalogCommand implements Runnable {

    @Spec CommandSpec spec;

    @Override public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: export");
    }

    /** {@code roletck catalog export}: every language's labels and messages as ICU MessageFormat patterns. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write every language's labels and messages as ICU MessageFormat patterns "
                    + "(JSON object: language → key → pattern), ready for web front ends.")
    static final class Export implements Callable<Integer> {

        @Spec CommandSpec spec;

        @Option(names = "--format", paramLabel = "<format>", defaultValue = "json", description = "json (default).")
        String format;

        @Option(names = "--output", paramLabel = "<file>", description = "Write to <file> instead of standard output.")
        Path output;

        @Override public Integer call() throws Exception {
            return CatalogCli.run(spec, () -> {
                CatalogCli cli = CatalogCli.open(spec, null);
                if (!format.equals("json")) {
                    throw new CatalogCli.Stop(cli.msg("message.error.unknown_format",
                            Map.of("format", format, "formats", java.util.List.of("json"))));
                }
                Map<String, Map<String, String>> export = cli.catalog.export();
                if (output == null) {
                    CatalogCli.printJson(cli.out(), export);
                    return ExitCodes.OK;
                }
                try {
                    String json = new com.fasterxml.jackson.databind.ObjectMapper()
                            .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(export);
                    Files.writeString(output, json + "\n", StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new CatalogCli.Stop(cli.msg("message.error.cannot_write",
                            Map.of("file", output.toString(), "reason", String.valueOf(e.getMessage()))));
                }
                int keys = export.values().stream().mapToInt(Map::size).sum();
                cli.out().println(cli.msg("message.catalog.exported",
                        Map.of("locales", export.size(), "keys", keys, "file", output.toString())));
                cli.out().flush();
                return ExitCodes.OK;
            });
        }
    }
}

package dev.roletck.cli;

import dev.roletck.harness.ExitCodes;
import dev.roletck.i18n.Catalog;
import dev.roletck.harness.StandardCases;
import dev.roletck.harness.UsageException;
import dev.roletck.harness.Vectors;
import dev.roletck.matrix.MatrixLoader;
import dev.roletck.suite.Cases;
import dev.roletck.output.OutputFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code roletck export}: every case of the kit as language-neutral test vectors with provenance. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every case as test vectors (protocol v1 requests with expected answers and provenance).")
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "Output format: json (default).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--matrices", paramLabel = "<dir>",
            description = "The folder of the matrices and rules.yaml (default: matrices/ of the kit).")
    Path matrices;

    @Spec CommandSpec spec;

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!format.equals("json")) throw UsageException.of("message.error.unknown_format", Map.of("format", format, "formats", List.of("json")));
            Path dir = matrices != null ? matrices : Home.path(StandardCases.DIRECTORY);
            if (output != null) refuseInput(output, dir);
            String json = Vectors.write(Cases.of(StandardCases.orThrow(MatrixLoader.loadAll(dir))));
            if (output == null) {
                spec.commandLine().getOut().print(json);
                spec.commandLine().getOut().flush();
            } else {
                Path parent = output.toAbsolutePath().getParent();
                if (parent != null) Files.createDirectories(parent);
                OutputFiles.writeAtomically(output, json);
            }
            return ExitCodes.OK;
        } catch (UsageException e) {
            e.say(Locale.getDefault()).lines().forEach(line -> err.println("roletck export: " + line));
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("roletck export: " + Catalog.standard().format("message.error.cannot_write",
                    Map.of("file", String.valueOf(output), "reason", String.valueOf(e.getMessage())), Locale.getDefault()));
            return ExitCodes.BAD_INPUT;
        } finally {
            err.flush();
        }
    }

    /**
     * Refuses an output that is a folder or lies inside the kit's inputs (the matrices in use and the
     * kit's matrices, features and catalogs), so that an export never overwrites what it reads.
     */
    static void refuseInput(Path output, Path matricesDir) {
        if (Files.isDirectory(output)) {
            throw UsageException.of("message.usage.output_is_folder", Map.of("output", output.toString()));
        }
        Path target = real(output);
        for (Path input : List.of(matricesDir, Home.path(StandardCases.DIRECTORY), Home.path("features"), Home.path("i18n"))) {
            if (target.startsWith(real(input))) {
                throw UsageException.of("message.usage.output_inside_input", Map.of("output", output.toString(), "input", input.toString()));
            }
        }
    }

    /** The path with every existing part's links resolved, so that a link or '..' cannot hide an input. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return absolute;
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}

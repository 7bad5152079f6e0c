package dev.roletck.harness;

import dev.roletck.matrix.Loaded;
import dev.roletck.matrix.MatrixLoader;
import dev.roletck.matrix.Problem;
import dev.roletck.matrix.Spec;
import dev.roletck.suite.Cases;
import dev.roletck.suite.ConformanceCase;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The kit's own cases: {@link Cases#of(Spec)} of the matrices in {@code <roletck.home>/matrices}
 * when that system property is set, else {@code ./matrices} when present, else the copy packed in
 * the jar — so that an implementer's build finds them with RoleTCK as a plain dependency.
 */
public final class StandardCases {
    /** The folder of the matrices and rules.yaml. */
    public static final String DIRECTORY = "matrices";

    private static List<ConformanceCase> cases;

    private StandardCases() {}

    /** The cases, loaded once; spec problems are a {@link UsageException} listing each on its own line. */
    public static synchronized List<ConformanceCase> get() {
        if (cases == null) cases = Cases.of(orThrow(MatrixLoader.loadAll(directory())));
        return cases;
    }

    /** The spec of a folder, or a {@link UsageException} with one line per problem. */
    public static Spec orThrow(Loaded<Spec> loaded) {
        if (loaded.ok()) return loaded.value().orElseThrow();
        throw new UsageException(loaded.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
    }

    /** Where the standard matrices are read from. */
    public static Path directory() {
        String home = System.getProperty("roletck.home");
        if (home != null && !home.isBlank()) return Path.of(home).resolve(DIRECTORY);
        Path here = Path.of(DIRECTORY);
        if (Files.isDirectory(here)) return here;
        URL url = StandardCases.class.getClassLoader().getResource(DIRECTORY + "/rules.yaml");
        if (url == null) {
            throw UsageException.of("message.usage.rules_not_found", Map.of("file", DIRECTORY + "/rules.yaml"));
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // opened before
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw UsageException.of("message.usage.cannot_open_matrices", Map.of("url", url.toString(), "error", String.valueOf(e.getMessage())));
        }
    }
}

package dev.roletck.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.roletck.matrix.Loaded;
import dev.roletck.matrix.MatrixLoader;
import dev.roletck.matrix.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The matrix loader on arbitrary bytes, as a table matrix and as {@code rules.yaml}: it never throws,
 * never runs away, and everything it refuses is a list of one-line problems with a position. Saved
 * inputs: {@code src/test/resources/dev/roletck/fuzz/MatrixLoaderFuzzTestInputs/}.
 */
@Isolated("Jazzer hooks the whole JVM (its bug detectors) while a fuzz test runs")
class MatrixLoaderFuzzTest {
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("roletck-fuzz");
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void matrix(byte[] input) throws IOException {
        Path file = Files.write(DIR.resolve("contact_center.yaml"), input);
        check(MatrixLoader.loadMatrix(file), input);
    }

    @FuzzTest(maxDuration = "30s")
    void rules(byte[] input) throws IOException {
        Path file = Files.write(DIR.resolve("rules.yaml"), input);
        check(MatrixLoader.loadRules(file), input);
    }

    private static void check(Loaded<?> loaded, byte[] input) {
        String echoed = new String(input, StandardCharsets.UTF_8);
        assertTrue(loaded.ok() == loaded.problems().isEmpty(), "a result is either a value or problems");
        for (Problem p : loaded.problems()) {
            String line = p.toString();
            assertFalse(line.contains("\n") || line.contains("\r"), "one line: " + line);
            assertTrue(p.line() >= 1 && p.column() >= 1, "a position: " + line);
            FuzzChecks.noJavaType(line, echoed);
        }
    }
}

package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The python examples, for tests. A test that needs python3 fails when it is not on the PATH — the
 * examples are part of what the kit promises — unless the system property
 * {@code roletck.python=optional} says this machine need not have it (then the test is skipped, with
 * the reason).
 */
public final class Python {
    private Python() {}

    /** Fails, or with {@code -Droletck.python=optional} skips, the calling test when python3 is missing. */
    public static void require() {
        if (onPath()) return;
        if ("optional".equals(System.getProperty("roletck.python"))) {
            Assumptions.abort("python3 is not on the PATH, so the python examples were not run (roletck.python=optional)");
        }
        fail("python3 is not on the PATH: install Python 3 to run the python examples against the kit,"
                + " or run with -Droletck.python=optional");
    }

    static boolean onPath() {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "python3"))) return true;
        }
        return false;
    }

    /** The command line that runs one of examples/python, with arguments. */
    public static String command(String script, String... args) {
        String cmd = "python3 " + projectDir().resolve("examples/python").resolve(script);
        return args.length == 0 ? cmd : cmd + " " + String.join(" ", args);
    }

    public static Path projectDir() {
        return Path.of(System.getProperty("roletck.home", "")).toAbsolutePath();
    }
}

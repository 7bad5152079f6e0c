package dev.roletck.suite;

import dev.roletck.matrix.Loaded;
import dev.roletck.matrix.MatrixLoader;
import dev.roletck.matrix.Spec;
import java.nio.file.Path;

/** The spec of this checkout ({@code matrices/}), loaded once for all tests. */
public final class TestSpec {
    private TestSpec() {}

    private static Spec spec;

    public static Path dir() {
        return Path.of(System.getProperty("roletck.home", ".")).resolve("matrices");
    }

    /** The spec, or an assertion error listing every problem of its files. */
    public static synchronized Spec spec() {
        if (spec == null) {
            Loaded<Spec> loaded = MatrixLoader.loadAll(dir());
            if (!loaded.ok()) throw new AssertionError("the spec files have problems:\n" + String.join("\n",
                    loaded.problems().stream().map(Object::toString).toList()));
            spec = loaded.value().orElseThrow();
        }
        return spec;
    }
}

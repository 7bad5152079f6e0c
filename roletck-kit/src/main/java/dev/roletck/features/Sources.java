package dev.roletck.features;

import dev.roletck.api.Policy;
import dev.roletck.i18n.Catalog;
import dev.roletck.matrix.MatrixLoader;
import dev.roletck.matrix.Spec;
import dev.roletck.reference.ReferencePolicy;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The three statements every step compares the features with: the policy under test, the matrices,
 * and the catalog that turns labels into ids. Cucumber creates the step classes itself, so the
 * sources of a run are handed over here; without a run of {@link FeatureRunner} (the JUnit suite of
 * the build) they are the reference policy and the matrices of the kit's home directory.
 *
 * @param policyName the class of the policy under test, or empty for the kit's reference policy (which
 *                   the failures name in the reader's language)
 */
record Sources(Policy policy, String policyName, Spec spec, Catalog catalog) {

    Sources {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(policyName, "policyName");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(catalog, "catalog");
    }

    private static volatile Sources current;
    private static volatile Sources defaults;

    static Sources current() {
        Sources s = current;
        return s != null ? s : defaults();
    }

    static Path home() {
        return Path.of(System.getProperty("roletck.home", "."));
    }

    static Sources load(Path matricesDir, Policy policy, String policyName) {
        return new Sources(policy, policyName, MatrixLoader.loadAll(matricesDir).orThrow(), Catalog.standard());
    }

    private static Sources defaults() {
        Sources s = defaults;
        if (s == null) {
            synchronized (Sources.class) {
                if (defaults == null) {
                    defaults = load(home().resolve("matrices"), new ReferencePolicy(), "");
                }
                s = defaults;
            }
        }
        return s;
    }

    /** Runs {@code body} with these sources; runs do not overlap. */
    static synchronized <T> T using(Sources sources, Supplier<T> body) {
        current = sources;
        try {
            return body.get();
        } finally {
            current = null;
        }
    }
}

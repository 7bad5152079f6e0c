package dev.roletck.features;

/** A disagreement or a mistake in a feature file, reported as {@code file:line:col: what — how to fix}. */
final class FeatureFailure extends AssertionError {
    FeatureFailure(String message) {
        super(message);
    }
}

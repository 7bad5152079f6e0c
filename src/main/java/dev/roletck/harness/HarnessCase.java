package dev.roletck.harness;

import java.util.Objects;

/**
 * One conformance case as the harness runs it: a stable id ({@code <table>/<capability>/<roles>/<relation>}
 * or {@code <rule>/<n>}), its rule group (a table id or {@code assignment}), the check, and where
 * the expectation comes from.
 */
public record HarnessCase(String id, String group, Check check, Provenance provenance) {
    /** The rule group of assignment cases; the other groups are the table ids. */
    public static final String ASSIGNMENT = "assignment";

    public HarnessCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(provenance, "provenance");
    }
}

package dev.roletck.harness;

import java.util.List;

/** How many cases ended in each status. */
public record Summary(int total, int passed, int failed, int expectedFailures, int unexpectedPasses, int notRun) {

    public static Summary of(List<CaseOutcome> outcomes) {
        int[] n = new int[Status.values().length];
        outcomes.forEach(o -> n[o.status().ordinal()]++);
        return new Summary(outcomes.size(), n[Status.PASSED.ordinal()], n[Status.FAILED.ordinal()],
                n[Status.EXPECTED_FAILURE.ordinal()], n[Status.UNEXPECTED_PASS.ordinal()], n[Status.NOT_RUN.ordinal()]);
    }

    /** No case failed and no listed failure passed. */
    public boolean conformant() { return failed == 0 && unexpectedPasses == 0; }
}

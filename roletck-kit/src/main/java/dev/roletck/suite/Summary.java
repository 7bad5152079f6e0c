package dev.roletck.suite;

import dev.roletck.matrix.Group;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts of a run per group (the six tables and the assignment rules, in group order) and in all. */
public record Summary(List<Row> rows) {

    /** The counts of one group, one per {@link CaseResult.Outcome}. */
    public record Row(Group group, int passed, int failed, int errors, int expectedFailures, int unexpectedPasses,
                      int notRun) {
        public int total() { return passed + failed + errors + expectedFailures + unexpectedPasses + notRun; }

        /** The cases that make the run not conformant: failures, errors and unexpected passes. */
        public int problems() { return failed + errors + unexpectedPasses; }

        @Override public String toString() {
            return group.id() + ": " + passed + " passed, " + failed + " failed, " + errors + " errors, "
                    + expectedFailures + " expected failures, " + unexpectedPasses + " unexpected passes, " + notRun + " not run";
        }
    }

    public Summary {
        rows = List.copyOf(rows);
    }

    public static Summary of(List<CaseResult> results) {
        Map<Group, int[]> counts = new EnumMap<>(Group.class);
        for (CaseResult r : results) {
            counts.computeIfAbsent(r.testCase().group(), g -> new int[CaseResult.Outcome.values().length])[r.outcome().ordinal()]++;
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((g, c) -> rows.add(new Row(g, c[0], c[1], c[2], c[3], c[4], c[5])));
        return new Summary(rows);
    }

    public int total() { return rows.stream().mapToInt(Row::total).sum(); }

    public int passed() { return rows.stream().mapToInt(Row::passed).sum(); }

    public int failed() { return rows.stream().mapToInt(Row::failed).sum(); }

    public int errors() { return rows.stream().mapToInt(Row::errors).sum(); }

    public int expectedFailures() { return rows.stream().mapToInt(Row::expectedFailures).sum(); }

    public int unexpectedPasses() { return rows.stream().mapToInt(Row::unexpectedPasses).sum(); }

    public int notRun() { return rows.stream().mapToInt(Row::notRun).sum(); }

    /** Failures, errors and unexpected passes. */
    public int problems() { return rows.stream().mapToInt(Row::problems).sum(); }

    /** Whether no case failed or errored, and no known failure passed. */
    public boolean conformant() { return problems() == 0; }
}

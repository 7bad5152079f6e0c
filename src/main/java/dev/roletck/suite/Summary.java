package dev.roletck.suite;

import dev.roletck.matrix.Group;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts of a run per group (the six tables and the assignment rules), in group order. */
public record Summary(List<Row> rows) {

    public record Row(Group group, int passed, int failed, int errors) {
        public int total() { return passed + failed + errors; }

        @Override public String toString() {
            return group.id() + ": " + passed + " passed, " + failed + " failed, " + errors + " errors";
        }
    }

    public Summary {
        rows = List.copyOf(rows);
    }

    public static Summary of(List<CaseResult> results) {
        Map<Group, int[]> counts = new EnumMap<>(Group.class);
        for (CaseResult r : results) {
            int[] c = counts.computeIfAbsent(r.testCase().group(), g -> new int[3]);
            c[r.outcome().ordinal()]++;
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((g, c) -> rows.add(new Row(g, c[0], c[1], c[2])));
        return new Summary(rows);
    }

    public int passed() { return rows.stream().mapToInt(Row::passed).sum(); }

    public int failed() { return rows.stream().mapToInt(Row::failed).sum(); }

    public int errors() { return rows.stream().mapToInt(Row::errors).sum(); }

    /** Whether every case passed. */
    public boolean conformant() { return failed() == 0 && errors() == 0; }
}

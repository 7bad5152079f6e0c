package dev.roletck.matrix;

import dev.roletck.model.RuleId;
import dev.roletck.model.Table;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The whole machine-readable spec: the six matrices and the 52 prose rules, each present exactly once. */
public record Spec(Map<Table, Matrix> matrices, List<RuleSpec> rules) {

    public Spec {
        EnumMap<Table, Matrix> byTable = new EnumMap<>(Table.class);
        byTable.putAll(matrices);
        for (Table t : Table.values()) {
            Matrix m = byTable.get(t);
            if (m == null || m.table() != t) throw new IllegalArgumentException("no matrix for table " + t.id());
        }
        matrices = java.util.Collections.unmodifiableMap(byTable);
        List<RuleSpec> sorted = rules.stream().sorted(java.util.Comparator.comparing(RuleSpec::id)).toList();
        if (!sorted.stream().map(RuleSpec::id).toList().equals(Arrays.asList(RuleId.values()))) {
            throw new IllegalArgumentException("the rules must be R01..R52, each once");
        }
        rules = sorted;
    }

    public Matrix matrix(Table table) { return matrices.get(table); }

    public RuleSpec rule(RuleId id) { return rules.get(id.ordinal()); }

    /** A copy with {@code replacement} in place of the matrix of its table. */
    public Spec withMatrix(Matrix replacement) {
        EnumMap<Table, Matrix> copy = new EnumMap<>(matrices);
        copy.put(replacement.table(), replacement);
        return new Spec(copy, rules);
    }
}

package dev.roletck.matrix;

import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The privilege matrix of one table: one cell for every capability, role (column) and relation the
 * table declares, held in that order so that {@link #cell} is a computed index.
 */
public record Matrix(Table table, String title, List<String> seeds, List<Revision> revisions, List<Cell> cells) {

    public Matrix {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(title, "title");
        seeds = List.copyOf(seeds);
        revisions = List.copyOf(revisions);
        List<Cell> sorted = new ArrayList<>(cells);
        Table t = table;
        sorted.sort(Comparator.comparingInt((Cell c) -> index(t, c.capability(), c.role(), c.relation())));
        for (int i = 0; i < sorted.size(); i++) {
            Cell c = sorted.get(i);
            if (index(table, c.capability(), c.role(), c.relation()) != i) {
                throw new IllegalArgumentException("matrix " + table.id() + " lacks or doubles a cell before " + c.id());
            }
        }
        int expected = table.capabilities().size() * table.roles().size() * table.relations().size();
        if (sorted.size() != expected) {
            throw new IllegalArgumentException("matrix " + table.id() + " has " + sorted.size() + " cells, not " + expected);
        }
        cells = List.copyOf(sorted);
    }

    /**
     * The cell of {@code capability} (a row of this table), {@code role} (a column) and
     * {@code relation} (declared by the table).
     */
    public Cell cell(Capability capability, Role role, Relation relation) {
        return cells.get(index(table, capability, role, relation));
    }

    /** A copy of this matrix with {@code replacement} in place of the cell at its position. */
    public Matrix withCell(Cell replacement) {
        List<Cell> copy = new ArrayList<>(cells);
        copy.set(index(table, replacement.capability(), replacement.role(), replacement.relation()), replacement);
        return new Matrix(table, title, seeds, revisions, copy);
    }

    /** The row of each capability within its table. */
    private static final Map<Capability, Integer> ROW = rows();

    private static Map<Capability, Integer> rows() {
        Map<Capability, Integer> rows = new EnumMap<>(Capability.class);
        for (Table t : Table.values()) {
            List<Capability> capabilities = t.capabilities();
            for (int i = 0; i < capabilities.size(); i++) rows.put(capabilities.get(i), i);
        }
        return rows;
    }

    private static int index(Table table, Capability capability, Role role, Relation relation) {
        if (capability.table() != table) {
            throw new IllegalArgumentException(capability.qualifiedId() + " is not a row of " + table.id());
        }
        int row = ROW.get(capability);
        int column = table.roles().indexOf(role);
        int rel = table.declares(relation) ? (int) table.relations().stream().filter(r -> r.compareTo(relation) < 0).count() : -1;
        if (column < 0) throw new IllegalArgumentException(role.id() + " is not a column of " + table.id());
        if (rel < 0) throw new IllegalArgumentException(table.id() + " does not declare relation " + relation.id());
        return (row * table.roles().size() + column) * table.relations().size() + rel;
    }
}

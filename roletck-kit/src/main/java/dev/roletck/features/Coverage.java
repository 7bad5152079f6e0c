package dev.roletck.features;

import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The matrix cells the access steps of each language checked, for the coverage report of a run. */
final class Coverage {
    private static final Map<String, Set<String>> CELLS = new ConcurrentHashMap<>();

    private Coverage() {}

    static void record(String language, Capability capability, Role role, Relation relation) {
        CELLS.computeIfAbsent(language, k -> ConcurrentHashMap.newKeySet())
                .add(cellId(capability, role, relation));
    }

    /** {@code table/capability/role/relation}, as case ids read (RULINGS §5). */
    static String cellId(Capability capability, Role role, Relation relation) {
        return capability.qualifiedId() + "/" + role.id() + "/" + relation.id();
    }

    static void clear() { CELLS.clear(); }

    static Set<String> of(String language) { return Set.copyOf(CELLS.getOrDefault(language, Set.of())); }
}

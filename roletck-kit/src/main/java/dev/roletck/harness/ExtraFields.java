package dev.roletck.harness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roletck.protocol.Wire;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The names of the fields an implementation's answers carried that protocol v1 does not define:
 * collected from any thread, each name sanitized ({@link ImplementationText}) and cut short, at most
 * {@link Remarks#MAX_EXTRA_FIELDS} of them — an implementation that invents a new field per answer
 * cannot grow it without bound.
 */
final class ExtraFields {
    private static final int NAME_CHARS = 60;
    private final ConcurrentSkipListSet<String> names = new ConcurrentSkipListSet<>();

    /** Notes the extra fields of an access answer. */
    void ofAccess(JsonNode answer) {
        add(Wire.extraAccessAnswerFields(answer));
    }

    /** Notes the extra fields of an assignment answer. */
    void ofAssignment(JsonNode answer) {
        add(Wire.extraAssignmentAnswerFields(answer));
    }

    private void add(Set<String> found) {
        for (String f : found) {
            if (names.size() >= Remarks.MAX_EXTRA_FIELDS) return;
            names.add(ImplementationText.clean(f, NAME_CHARS));
        }
    }

    SortedSet<String> snapshot() { return new TreeSet<>(names); }
}

package dev.roletck.suite;

import dev.roletck.model.Id;

/** Where a conformance case comes from. */
public enum CaseKind implements Id {
    /** One cell of a matrix: its role alone, with the roles its add-on condition names, or under its licence condition. */
    CELL("cell"),
    /** Two roles of a table held together: the union of their cells (RULINGS §4.6). */
    COMBINATION("combination"),
    /** What lies outside the cells: no roles, roles the table does not list, relations it does not declare. */
    BOUNDARY("boundary"),
    /** A case written out for a prose rule in rules.yaml. */
    RULE("rule"),
    /** A generated request whose expected answer is the reference policy's (differential testing). */
    GENERATED("generated"),
    /** An invalid request whose expected answer is an error (fail closed). */
    FAIL_CLOSED("fail_closed");

    private final String id;

    CaseKind(String id) { this.id = id; }

    @Override public String id() { return id; }
}

package dev.roletck.suite;

import dev.roletck.matrix.Group;

/**
 * One request with the answer a conforming policy gives. Ids follow RULINGS §5:
 * {@code <table>/<capability>/<role>+<role>/<relation>} for access cases (with {@value #NO_ROLES} for an
 * empty role list and a last segment {@code cc_license=<licence>} when the request carries that
 * context) and {@code <rule>/<n>} for rule cases.
 */
public sealed interface ConformanceCase permits AccessCase, AssignmentCase {

    /** The role segment of the id of a case whose request holds no role. */
    String NO_ROLES = "no_roles";

    String id();

    Group group();

    CaseKind kind();

    Expectation expected();

    Provenance provenance();

    /** The name a test report shows: the id (and a rule case's name), the expected answer and its basis. */
    default String displayName() {
        String name = provenance() instanceof Provenance.FromRule r ? " " + r.caseName() : "";
        return id() + name + " → " + expected().describe() + " (" + provenance().basis() + ")";
    }
}

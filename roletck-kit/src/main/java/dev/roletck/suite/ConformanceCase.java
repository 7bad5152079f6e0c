package dev.roletck.suite;

import dev.roletck.matrix.Group;
import java.util.Set;

/**
 * One request with the answer a conforming policy gives. Ids follow RULINGS §5:
 * {@code <table>/<capability>/<role>+<role>/<relation>} for access cases (with {@value #NO_ROLES} for an
 * empty role list and a last segment {@code cc_license=<licence>} when the request carries that
 * context), {@code <rule>/<n>} for rule cases, {@code generated/<n>} for generated requests and
 * {@code fail_closed/<what>} for the fail-closed checks.
 */
public sealed interface ConformanceCase permits AccessCase, AssignmentCase, FailClosedCase {

    /** The role segment of the id of a case whose request holds no role. */
    String NO_ROLES = "no_roles";

    String id();

    /** The group the case is counted under: its rule group, or the check it belongs to. */
    Group group();

    /**
     * Every group an implementation must take part in for this case to run: its {@link #group()},
     * and for a case of a check the rule group it asks about.
     */
    Set<Group> requires();

    CaseKind kind();

    Expectation expected();

    Provenance provenance();

    /** The name a test report shows: the id (and a rule case's name), the expected answer and its basis. */
    default String displayName() {
        String name = provenance() instanceof Provenance.FromRule r ? " " + r.caseName() : "";
        return id() + name + " → " + expected().describe() + " (" + provenance().basis() + ")";
    }
}

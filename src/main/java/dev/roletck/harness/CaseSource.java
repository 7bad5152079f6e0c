package dev.roletck.harness;

import java.util.List;
import java.util.ServiceLoader;

/**
 * Where the conformance cases come from. The kit's own cases are found with {@link ServiceLoader},
 * so that the harness needs no compile-time knowledge of how cases are generated.
 */
public interface CaseSource {

    /** Every case, in a stable order. */
    List<HarnessCase> cases();

    /** The cases of {@link #standard()}. */
    static List<HarnessCase> standardCases() {
        return standard().cases();
    }

    /** The kit's own cases: the first source registered in {@code META-INF/services}. */
    static CaseSource standard() {
        return ServiceLoader.load(CaseSource.class, CaseSource.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new UsageException("no conformance cases found: this build of RoleTCK lacks its "
                        + CaseSource.class.getName() + " service — use the released roletck-cli jar"));
    }
}

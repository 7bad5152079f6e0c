package dev.roletck.harness;

import dev.roletck.api.Policy;
import java.util.List;

/** The fixtures, for tests of other packages. */
public final class FixtureAccess {
    private FixtureAccess() {}

    public static List<HarnessCase> cases() { return Fixtures.cases(); }

    public static Policy correctPolicy() { return new Fixtures.AnswersPolicy(); }
}

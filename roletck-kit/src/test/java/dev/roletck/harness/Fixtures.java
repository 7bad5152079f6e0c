package dev.roletck.harness;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.Policy;
import dev.roletck.reference.ReferencePolicy;
import dev.roletck.suite.Cases;
import dev.roletck.suite.ConformanceCase;
import dev.roletck.suite.TestSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Test fixtures: the kit's real cases (from the repository's matrices), samples of them, and policies to wrap. */
final class Fixtures {
    private Fixtures() {}

    private static List<ConformanceCase> cases;

    /** Every case of the repository's spec. */
    static synchronized List<ConformanceCase> cases() {
        if (cases == null) cases = Cases.of(TestSpec.spec());
        return cases;
    }

    /** Every tenth case and the cases named: enough to show a fault, fast enough to run often. */
    static List<ConformanceCase> sample(String... ids) {
        Set<String> named = Set.of(ids);
        List<ConformanceCase> sample = new ArrayList<>();
        for (int i = 0; i < cases().size(); i++) {
            ConformanceCase c = cases().get(i);
            if (i % 10 == 0 || named.contains(c.id())) sample.add(c);
        }
        if (sample.stream().filter(c -> named.contains(c.id())).count() != named.size()) {
            throw new AssertionError("no case has one of the ids " + named);
        }
        return List.copyOf(sample);
    }

    static ConformanceCase byId(String id) {
        return cases().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no case " + id));
    }

    /**
     * Options for a test run: a per-case timeout and an overall deadline far above what any run takes,
     * so that a busy machine (the tests run in parallel) never turns a slow answer into a failure; a test
     * of timeouts or deadlines sets its own.
     */
    static HarnessOptions options(Implementation implementation) {
        return HarnessOptions.of(implementation).withTimeout(Duration.ofSeconds(10)).withDeadline(Duration.ofMinutes(5));
    }

    static HarnessResult runCommand(String command, List<ConformanceCase> cases) {
        return runCommand(command, cases, Duration.ofSeconds(10));
    }

    static HarnessResult runCommand(String command, List<ConformanceCase> cases, Duration timeout) {
        return Harness.run(options(new Implementation.Command(command, Python.projectDir())).withTimeout(timeout), cases);
    }

    /** A policy with no public no-arg constructor, for the loader's error. */
    public static final class NeedsArgumentPolicy extends Delegating {
        public NeedsArgumentPolicy(String unused) {
            super(new ReferencePolicy());
        }
    }

    /** Wraps a policy (the reference policy by default), to change one thing about it. */
    public static class Delegating implements Policy {
        final Policy inner;

        Delegating(Policy inner) {
            this.inner = inner;
        }

        Delegating() {
            this(new ReferencePolicy());
        }

        @Override public AccessDecision decide(AccessRequest request) { return inner.decide(request); }

        @Override public AssignmentDecision decide(AssignmentRequest request) { return inner.decide(request); }
    }
}

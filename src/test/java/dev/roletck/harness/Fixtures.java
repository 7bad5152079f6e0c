package dev.roletck.harness;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.BadRequestException;
import dev.roletck.api.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test fixtures: a sample of cases written as test vectors (generated from the spec's cell data,
 * with a hand-written set of assignment cases), and the python examples.
 */
final class Fixtures {
    private Fixtures() {}

    private static List<HarnessCase> cases;

    static synchronized List<HarnessCase> cases() {
        if (cases == null) {
            try (InputStream in = Fixtures.class.getResourceAsStream("sample-vectors.json")) {
                cases = Vectors.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "sample-vectors.json");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cases;
    }

    static HarnessCase byId(String id) {
        return cases().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no case " + id));
    }

    static Path projectDir() {
        return Path.of(System.getProperty("roletck.home", "")).toAbsolutePath();
    }

    static String python(String script, String... args) {
        String cmd = "python3 " + projectDir().resolve("examples/python").resolve(script);
        return args.length == 0 ? cmd : cmd + " " + String.join(" ", args);
    }

    static HarnessOptions options(Implementation implementation) {
        return HarnessOptions.of(implementation).withTimeout(Duration.ofSeconds(1)).withDeadline(Duration.ofSeconds(60));
    }

    static HarnessResult runCommand(String command) {
        return Harness.run(options(new Implementation.Command(command, projectDir())), cases());
    }

    /** A correct in-process policy for the sample cases: it answers what each case expects. */
    public static final class AnswersPolicy implements Policy {
        private final Map<AccessRequest, AccessDecision> access = new HashMap<>();
        private final Map<AssignmentRequest, AssignmentDecision> assignment = new HashMap<>();

        public AnswersPolicy() {
            for (HarnessCase c : cases()) {
                if (c.check() instanceof Check.AccessCheck a) access.put(a.request(), a.expected());
                if (c.check() instanceof Check.AssignmentCheck a) {
                    assignment.put(a.request(), new AssignmentDecision(a.verdict(), List.of(a.rule())));
                }
            }
        }

        @Override public AccessDecision decide(AccessRequest request) {
            AccessDecision d = access.get(request);
            if (d == null) throw new BadRequestException("not a sample request");
            return d;
        }

        @Override public AssignmentDecision decide(AssignmentRequest request) {
            AssignmentDecision d = assignment.get(request);
            if (d == null) throw new BadRequestException("not a sample request");
            return d;
        }
    }

    /** A policy with no public no-arg constructor, for the loader's error. */
    public static final class NeedsArgumentPolicy extends Delegating {
        public NeedsArgumentPolicy(String unused) {
            super(new AnswersPolicy());
        }
    }

    /** Wraps a policy, to change one thing about it. */
    public static class Delegating implements Policy {
        final Policy inner;

        Delegating(Policy inner) {
            this.inner = inner;
        }

        @Override public AccessDecision decide(AccessRequest request) { return inner.decide(request); }

        @Override public AssignmentDecision decide(AssignmentRequest request) { return inner.decide(request); }
    }
}

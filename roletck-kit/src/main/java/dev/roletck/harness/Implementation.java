package dev.roletck.harness;

import dev.roletck.api.Policy;
import dev.roletck.harness.http.HttpSettings;
import dev.roletck.harness.http.PdpClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** How the implementation under test is reached: in this JVM, on a class path, as a process, or over HTTP. */
public sealed interface Implementation {

    /** A short description for reports, e.g. {@code process: python3 policy.py}. */
    String describe();

    /**
     * The policy to ask, checked to be ready: a process started and answering its handshake, a
     * class found and loaded. An implementation that cannot run is a {@link UsageException} (exit 2)
     * saying what failed and how to fix it. Close the policy after the run when it is {@link AutoCloseable}.
     */
    Policy open(Duration timeout);

    /**
     * The longest one case may take as seen by the runner: the per-case timeout, plus for a
     * process the time a restart may take.
     */
    default Duration guard(Duration timeout) { return timeout; }

    /**
     * A policy in this JVM, called directly — the kit's reference, or one a test builds. With
     * {@code jobs} above one, that many cases are decided at once on as many threads.
     */
    record InProcess(Policy policy, int jobs) implements Implementation {
        public InProcess {
            Objects.requireNonNull(policy, "policy");
            if (jobs < 1) throw UsageException.of("message.cli.jobs_range", Map.of("jobs", jobs));
        }

        public InProcess(Policy policy) {
            this(policy, 1);
        }

        @Override public String describe() { return "java: " + policy.getClass().getName(); }

        @Override public Policy open(Duration timeout) { return jobs == 1 ? policy : new Concurrent.Threads(policy, jobs); }
    }

    /**
     * A class implementing {@link Policy}, found on a class path and run in a JVM of its own
     * ({@link ChildJvm}), so that a {@code System.exit} in it cannot end the kit.
     */
    record JavaClass(String className, List<Path> classpath, ProcessSettings settings) implements Implementation {
        public JavaClass {
            Objects.requireNonNull(className, "className");
            classpath = List.copyOf(classpath);
            Objects.requireNonNull(settings, "settings");
        }

        public JavaClass(String className, List<Path> classpath) {
            this(className, classpath, ProcessSettings.DEFAULT);
        }

        @Override public String describe() { return "java: " + className; }

        @Override public Policy open(Duration timeout) {
            PolicyLoader.check(className, classpath);
            return new ChildJvm.Isolated(new ProcessPolicy(ChildJvm.command(className, classpath), timeout, settings,
                    Path.of("").toAbsolutePath()).started("--impl-class", ProcessPolicy.Otherwise.CHECK_CONSTRUCTOR));
        }

        @Override public Duration guard(Duration timeout) { return Command.processGuard(timeout, settings); }
    }

    record Command(String command, Path directory, ProcessSettings settings) implements Implementation {
        public Command {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(settings, "settings");
        }

        public Command(String command, Path directory) {
            this(command, directory, ProcessSettings.DEFAULT);
        }

        @Override public String describe() { return "cmd: " + command; } // a tag as short as "java:" and "http:", in no language

        @Override public Policy open(Duration timeout) {
            return new ProcessPolicy(command, timeout, settings, directory).started("--impl-cmd");
        }

        @Override public Duration guard(Duration timeout) { return processGuard(timeout, settings); }

        /**
         * A safety net only: the process's own timing fails a case after its timeout; a case may
         * wait behind one that hangs for the grace period and a restart before it is sent again.
         */
        static Duration processGuard(Duration timeout, ProcessSettings settings) {
            return timeout.multipliedBy(2).plus(settings.grace()).plus(settings.startupTimeout()).plusSeconds(2);
        }
    }

    /** An OpenID AuthZEN 1.0 policy decision point at a base URL, reached with {@code settings}. */
    record Url(URI url, HttpSettings settings) implements Implementation {
        public Url {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(settings, "settings");
        }

        public Url(URI url) { this(url, HttpSettings.DEFAULT); }

        @Override public String describe() { return "http: " + url; }

        /** Connects first: a PDP that does not answer is a {@link UsageException}, and nothing runs. */
        @Override public Policy open(Duration timeout) {
            String scheme = url.getScheme();
            if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
                throw UsageException.of("message.usage.not_http_url", Map.of("url", url.toString()));
            }
            return new HttpPolicy(url, settings, timeout);
        }

        /** A safety net behind the client's own timers ({@link PdpClient#longestCase}). */
        @Override public Duration guard(Duration timeout) { return PdpClient.longestCase(timeout).plusSeconds(1); }
    }
}

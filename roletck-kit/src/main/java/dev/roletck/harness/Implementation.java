package dev.roletck.harness;

import dev.roletck.api.Policy;
import dev.roletck.harness.http.HttpSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** How the implementation under test is reached: in this JVM, on a class path, as a process, or over HTTP. */
public sealed interface Implementation {

    /** A short description for reports, e.g. {@code process: python3 policy.py}. */
    String describe();

    /** The policy to ask; close it after the run when it is {@link AutoCloseable}. */
    Policy open(Duration timeout);

    /**
     * The longest one case may take as seen by the runner: the per-case timeout, plus for a
     * process the time a restart may take.
     */
    default Duration guard(Duration timeout) { return timeout; }

    record InProcess(Policy policy) implements Implementation {
        public InProcess {
            Objects.requireNonNull(policy, "policy");
        }

        @Override public String describe() { return "java: " + policy.getClass().getName(); }

        @Override public Policy open(Duration timeout) { return policy; }
    }

    record JavaClass(String className, List<Path> classpath) implements Implementation {
        public JavaClass {
            Objects.requireNonNull(className, "className");
            classpath = List.copyOf(classpath);
        }

        @Override public String describe() { return "java: " + className; }

        @Override public Policy open(Duration timeout) { return PolicyLoader.load(className, classpath); }
    }

    record Command(String command, Path directory) implements Implementation {
        public Command {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(directory, "directory");
        }

        @Override public String describe() { return "process: " + command; }

        @Override public Policy open(Duration timeout) {
            try {
                return new ProcessPolicy(command, timeout, startTimeout(timeout), directory);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--impl-cmd: " + e.getMessage() + " — give the command that starts the implementation");
            }
        }

        @Override public Duration guard(Duration timeout) {
            return timeout.plus(startTimeout(timeout)).plusSeconds(2);
        }

        static Duration startTimeout(Duration timeout) {
            Duration tenSeconds = Duration.ofSeconds(10);
            return timeout.compareTo(tenSeconds) > 0 ? timeout : tenSeconds;
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
                throw new UsageException("--impl-url: '" + url + "' is not an http(s) URL — e.g. http://localhost:8080");
            }
            return new HttpPolicy(url, settings, timeout);
        }

        @Override public Duration guard(Duration timeout) { return timeout.multipliedBy(4).plusSeconds(1); }
    }
}

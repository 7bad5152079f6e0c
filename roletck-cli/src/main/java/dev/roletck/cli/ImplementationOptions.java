package dev.roletck.cli;

import dev.roletck.harness.HarnessOptions;
import dev.roletck.harness.Implementation;
import dev.roletck.harness.UsageException;
import dev.roletck.harness.http.HttpSettings;
import dev.roletck.reference.ReferencePolicy;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * The options that say which implementation to verify and how, for any command that runs the
 * cases against one ({@code @Mixin ImplementationOptions impl;}). Without --impl-class, --impl-cmd
 * or --impl-url the implementation is the kit's reference policy, in process. {@link #toOptions} checks them
 * and throws {@link UsageException} with a one-line message for bad usage.
 */
public final class ImplementationOptions {

    @Option(names = "--impl-class", paramLabel = "CLASS",
            description = "A Java implementation of dev.roletck.api.Policy with a public no-arg constructor.")
    String implClass;

    @Option(names = "--classpath", paramLabel = "PATH", split = "${sys:path.separator}",
            description = "Jars and class folders of --impl-class, separated by '${sys:path.separator}'.")
    List<Path> classpath = new ArrayList<>();

    @Option(names = "--impl-cmd", paramLabel = "COMMAND",
            description = "A command that speaks protocol v1 on stdin/stdout (PROTOCOL.md), e.g. \"python3 policy.py\".")
    String implCmd;

    @Option(names = "--impl-url", paramLabel = "URL",
            description = "Base URL of an OpenID AuthZEN 1.0 policy decision point (PROTOCOL.md, \"HTTP: AuthZEN 1.0\").")
    String implUrl;

    @Option(names = "--header", paramLabel = "'NAME: VALUE'",
            description = {"With --impl-url: a header for every request (repeatable); ${env:NAME} in the value is that",
                    "environment variable, e.g. --header 'Authorization: Bearer ${env:PDP_TOKEN}'."})
    List<String> headers = new ArrayList<>();

    @Option(names = "--trust-store", paramLabel = "FILE",
            description = {"With an https --impl-url: PEM certificates, or a PKCS12/JKS store (password in",
                    "ROLETCK_TRUST_STORE_PASSWORD, default changeit), to trust instead of the JDK's defaults."})
    Path trustStore;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "2s",
            description = "How long one case may take, e.g. 2s, 500ms (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--startup-timeout", paramLabel = "DURATION", defaultValue = "30s",
            description = "How long a process (--impl-cmd, --impl-class) may take to start and answer the handshake,"
                    + " apart from --timeout (default: ${DEFAULT-VALUE}).")
    String startupTimeout;

    @Option(names = "--grace", paramLabel = "DURATION", defaultValue = "5s",
            description = "How long a process may stay silent after a timeout before it is restarted as stuck;"
                    + " a late answer is read and discarded (default: ${DEFAULT-VALUE}).")
    String grace;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
            description = "Run N copies of the implementation (processes), or N threads for an in-process one;"
                    + " requests to each process are pipelined either way (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--deadline", paramLabel = "DURATION", defaultValue = "10m",
            description = "How long the whole run may take (default: ${DEFAULT-VALUE}).")
    String deadline;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "YAML file naming the rule groups implemented; the others are reported not run.")
    Path profile;

    @Option(names = "--known-failures", paramLabel = "FILE",
            description = "YAML file of cases expected to fail (case, reason, link, expires).")
    Path knownFailures;

    @Option(names = "--report-dir", paramLabel = "DIR",
            description = "Write report.xml (JUnit), report.json and report.html into DIR.")
    Path reportDir;

    @Option(names = "--tables", paramLabel = "GROUP", split = ",",
            description = "Run only these rule groups: table ids and/or 'assignment'.")
    List<String> tables = new ArrayList<>();

    /** The run's options; {@code locale} is that of the reports. */
    public HarnessOptions toOptions(Locale locale) {
        return new HarnessOptions(implementation(), duration(timeout, "--timeout"), duration(deadline, "--deadline"),
                Optional.ofNullable(profile), Optional.ofNullable(knownFailures), Optional.ofNullable(reportDir),
                tables, locale, LocalDate.now());
    }

    /** How processes are run: start-up allowance (within the deadline), grace period, jobs. */
    dev.roletck.harness.ProcessSettings processSettings() {
        if (jobs < 1 || jobs > 64) throw UsageException.of("message.cli.jobs_range", Map.of("jobs", jobs));
        Duration startup = duration(startupTimeout, "--startup-timeout");
        Duration overall = duration(deadline, "--deadline");
        if (startup.compareTo(overall) > 0) startup = overall; // the deadline bounds a start too
        return dev.roletck.harness.ProcessSettings.DEFAULT.withStartupTimeout(startup)
                .withGrace(duration(grace, "--grace")).withJobs(jobs);
    }

    Implementation implementation() {
        int given = (implClass != null ? 1 : 0) + (implCmd != null ? 1 : 0) + (implUrl != null ? 1 : 0);
        if (given > 1) throw UsageException.of("message.cli.one_implementation", Map.of());
        if (!classpath.isEmpty() && implClass == null) throw UsageException.of("message.cli.goes_with",
                Map.of("count", 1, "options", List.of("--classpath"), "with", "--impl-class"));
        if ((!headers.isEmpty() || trustStore != null) && implUrl == null) throw UsageException.of("message.cli.goes_with",
                Map.of("count", 2, "options", List.of("--header", "--trust-store"), "with", "--impl-url"));
        if (given == 0) return new Implementation.InProcess(new ReferencePolicy(), Math.max(1, jobs));
        if (implClass != null) return new Implementation.JavaClass(implClass, classpath, processSettings());
        if (implCmd != null) {
            if (implCmd.isBlank()) throw UsageException.of("message.usage.impl_cmd_empty", Map.of());
            return new Implementation.Command(implCmd, Path.of("").toAbsolutePath(), processSettings());
        }
        try {
            URI uri = new URI(implUrl);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")) || uri.getHost() == null) {
                throw new URISyntaxException(implUrl, "not an http(s) URL with a host");
            }
            List<HttpSettings.Header> parsed = new ArrayList<>();
            for (String h : headers) parsed.add(HttpSettings.header(h, System::getenv));
            if (trustStore != null && !java.nio.file.Files.isRegularFile(trustStore)) {
                throw UsageException.of("message.usage.trust_store_missing", Map.of("file", trustStore.toString()));
            }
            return new Implementation.Url(uri, new HttpSettings(parsed, Optional.ofNullable(trustStore)));
        } catch (URISyntaxException e) {
            throw UsageException.of("message.usage.not_http_url", Map.of("url", implUrl));
        }
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)?");
    /** The longest duration any option accepts. */
    static final Duration MAX_DURATION = Duration.ofHours(24);

    /**
     * {@code 2s}, {@code 500ms}, {@code 1.5s}, {@code 10m}, {@code 1h}, or a number of seconds; from
     * 1 ms to 24 h, anything else is refused naming that range.
     */
    static Duration duration(String text, String option) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) throw UsageException.of("message.cli.not_a_duration", Map.of("option", option, "text", text));
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double ms = switch (unit) {
            case "ms" -> n;
            case "m" -> n * 60_000;
            case "h" -> n * 3_600_000;
            default -> n * 1000;
        };
        if (!(ms >= 0.5) || ms > MAX_DURATION.toMillis()) {
            throw UsageException.of("message.cli.duration_range", Map.of("option", option, "text", text, "shorter", ms < 0.5 ? "yes" : "no"));
        }
        return Duration.ofMillis(Math.round(ms));
    }

    /** For error messages naming the platform's class path separator. */
    static String separator() { return File.pathSeparator; }
}

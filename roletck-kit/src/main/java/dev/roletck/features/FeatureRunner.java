package dev.roletck.features;

import dev.roletck.api.Policy;
import dev.roletck.i18n.Catalog;
import dev.roletck.reference.ReferencePolicy;
import io.cucumber.core.options.CommandlineOptionsParser;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.runtime.Runtime;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestStepFinished;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs the features of the chosen languages with Cucumber, against a policy (the reference policy
 * unless another is given) and the matrices, and sums up what happened.
 */
public final class FeatureRunner {
    /** The languages the features are written in, in report order. */
    public static final List<String> LANGUAGES = List.of("en", "pl", "da", "tr");

    private FeatureRunner() {}

    /** The features of {@code languages} under {@code featuresDir}, against the matrices of the kit's home. */
    public static FeatureResults run(Path featuresDir, Set<String> languages, Optional<Policy> policy) {
        return run(featuresDir, languages, policy, Sources.home().resolve("matrices"), Optional.empty());
    }

    /**
     * The features of {@code languages} under {@code featuresDir} ({@code featuresDir/<language>}),
     * checked against {@code policy} and the matrices in {@code matricesDir}; with a report directory,
     * Cucumber also writes {@code cucumber.html}, {@code cucumber.json} and {@code cucumber.xml} there.
     *
     * @throws IllegalArgumentException for a language the kit has no features in, or a missing folder
     */
    public static FeatureResults run(Path featuresDir, Set<String> languages, Optional<Policy> policy,
                                     Path matricesDir, Optional<Path> reportDir) {
        return run(featuresDir, languages, policy, matricesDir, reportDir, FeatureScope.EVERYTHING);
    }

    /**
     * As {@link #run(Path, Set, Optional, Path, Optional)}, holding the policy to {@code scope} only:
     * scenarios outside it are reported not run, or expected failures.
     */
    public static FeatureResults run(Path featuresDir, Set<String> languages, Optional<Policy> policy,
                                     Path matricesDir, Optional<Path> reportDir, FeatureScope scope) {
        return run(featuresDir, languages, policy, matricesDir, reportDir, scope, 1);
    }

    /**
     * As {@link #run(Path, Set, Optional, Path, Optional, FeatureScope)}, up to {@code languages}
     * languages at once — for a policy that may be asked from that many threads at once (the
     * reference; a process, whose answers are then pipelined). Results, reports and their order are
     * the same whatever the number; Cucumber's own runtime (a report directory) runs one at a time.
     */
    public static FeatureResults run(Path featuresDir, Set<String> languages, Optional<Policy> policy,
                                     Path matricesDir, Optional<Path> reportDir, FeatureScope scope, int atOnce) {
        return run(featuresDir, languages, policy, matricesDir, reportDir, scope, reportDir.isPresent(), atOnce);
    }

    /** As {@link #run(Path, Set, Optional, Path, Optional, FeatureScope)}; with {@code cucumber}, on Cucumber's own runtime. */
    static FeatureResults run(Path featuresDir, Set<String> languages, Optional<Policy> policy, Path matricesDir,
                              Optional<Path> reportDir, FeatureScope scope, boolean cucumber) {
        return run(featuresDir, languages, policy, matricesDir, reportDir, scope, cucumber, 1);
    }

    private static FeatureResults run(Path featuresDir, Set<String> languages, Optional<Policy> policy, Path matricesDir,
                                      Optional<Path> reportDir, FeatureScope scope, boolean cucumber, int atOnce) {
        List<String> chosen = LANGUAGES.stream().filter(languages::contains).toList();
        for (String l : languages) {
            if (!LANGUAGES.contains(l)) {
                throw new IllegalArgumentException("unknown language '" + l + "' — the features are written in "
                        + String.join(", ", LANGUAGES));
            }
        }
        if (chosen.isEmpty()) throw new IllegalArgumentException("name at least one language of " + LANGUAGES);
        List<String> args = new ArrayList<>(List.of("--glue", FeatureRunner.class.getPackageName(), "--monochrome"));
        reportDir.ifPresent(dir -> {
            args.addAll(List.of("--plugin", "html:" + dir.resolve("cucumber.html"),
                    "--plugin", "json:" + dir.resolve("cucumber.json"),
                    "--plugin", "junit:" + dir.resolve("cucumber.xml")));
        });
        for (String l : chosen) {
            Path dir = featuresDir.resolve(l);
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException(dir + ": no such folder — the features of '" + l
                        + "' live in <features>/" + l);
            }
            FeatureFiles.check(dir);
            args.add(dir.toString());
        }
        Policy p = policy.orElseGet(ReferencePolicy::new);
        String name = policy.isPresent() ? p.getClass().getName() : "";
        Sources sources = Sources.load(matricesDir, scope.guard(p), name);
        List<Path> dirs = chosen.stream().map(featuresDir::resolve).toList();
        return Sources.using(sources, () -> execute(args, chosen, dirs, cucumber, atOnce));
    }

    private static FeatureResults execute(List<String> args, List<String> languages, List<Path> dirs, boolean cucumber, int atOnce) {
        Tally tally = new Tally();
        Coverage.clear();
        // Cucumber's own report files need its event stream; without them, the light runner gives the same results
        Optional<PickleRunner> light = cucumber ? Optional.empty()
                : PickleRunner.prepare(FeatureRunner.class.getPackageName(), dirs);
        if (light.isPresent()) {
            light.get().run(tally, atOnce);
        } else {
            ByteArrayOutputStream usage = new ByteArrayOutputStream();
            RuntimeOptions options = new CommandlineOptionsParser(usage).parse(args.toArray(String[]::new)).build();
            Runtime.builder()
                    .withRuntimeOptions(options)
                    .withClassLoader(FeatureRunner.class::getClassLoader)
                    .withAdditionalPlugins(new CucumberEvents(tally))
                    .build()
                    .run();
        }
        List<FeatureResults.Language> perLanguage = new ArrayList<>();
        for (String l : languages) {
            int[] c = tally.counts.getOrDefault(l, new int[FeatureResults.Status.values().length]);
            perLanguage.add(new FeatureResults.Language(l, c[0], c[1], c[2], c[3], c[4], Coverage.of(l)));
        }
        return new FeatureResults(perLanguage, tally.failures, tally.skips, tally.scenarios);
    }

    /** Cucumber's events, handed to the tally. */
    private record CucumberEvents(Tally tally) implements ConcurrentEventListener {
        @Override public void setEventPublisher(EventPublisher publisher) {
            publisher.registerHandlerFor(TestStepFinished.class, e -> {
                TestCase tc = e.getTestCase();
                Optional<Integer> stepLine = e.getTestStep() instanceof PickleStepTestStep ps
                        ? Optional.of(ps.getStep().getLine()) : Optional.empty();
                String text = e.getTestStep() instanceof PickleStepTestStep ps ? ps.getStep().getText() : "hook";
                tally.step(tc, tc.getUri(), tc.getName(), tc.getLocation().getLine(), stepLine, text,
                        e.getResult().getStatus(), e.getResult().getError());
            });
            publisher.registerHandlerFor(TestCaseFinished.class, e -> {
                TestCase tc = e.getTestCase();
                tally.scenario(tc, tc.getUri(), tc.getName(), tc.getLocation().getLine(), e.getResult().getStatus());
            });
        }
    }

    /** Counts finished scenarios per language and keeps the message of every failing step. */
    private static final class Tally implements PickleRunner.Listener {
        final Map<String, int[]> counts = new TreeMap<>();
        final List<FeatureResults.Failure> failures = new ArrayList<>();
        final List<FeatureResults.Skip> skips = new ArrayList<>();
        final List<FeatureResults.Scenario> scenarios = new ArrayList<>();
        private final Set<Object> failedAtStep = new HashSet<>();
        private final Map<Object, FeatureResults.Status> outOfScope = new HashMap<>();
        private final Map<Object, String> messages = new HashMap<>();

        @Override public void step(Object tc, URI uri, String name, int line, Optional<Integer> stepLine, String text,
                                   Status s, Throwable error) {
            String lang = language(uri);
            String location = Where.display(uri) + ":" + stepLine.orElse(line);
            if (s == Status.SKIPPED && (error instanceof FeatureScope.NotInProfile || error instanceof FeatureScope.KnownFailure)) {
                outOfScope.put(tc, error instanceof FeatureScope.NotInProfile ? FeatureResults.Status.NOT_RUN
                        : FeatureResults.Status.EXPECTED_FAILURE);
                Locale reader = Locale.forLanguageTag(lang);
                messages.put(tc, error instanceof FeatureScope.NotInProfile n ? n.say(reader) : ((FeatureScope.KnownFailure) error).say(reader));
                return;
            }
            if (s == Status.SKIPPED && error != null) {
                messages.put(tc, String.valueOf(error.getMessage()));
                skips.add(new FeatureResults.Skip(lang, location, name, error.getMessage()));
                return;
            }
            if (s == Status.PASSED || s == Status.SKIPPED) return;
            String message = switch (s) {
                case UNDEFINED -> location + ": " + Catalog.standard().format("message.feature.no_step",
                        Map.of("text", text, "steps", "dev.roletck.features.Steps" + capital(lang)), Locale.forLanguageTag(lang));
                case AMBIGUOUS, PENDING, FAILED -> error == null ? s.name() : String.valueOf(error.getMessage());
                default -> s.name();
            };
            failures.add(new FeatureResults.Failure(lang, location, name, message));
            failedAtStep.add(tc);
            messages.put(tc, message);
        }

        @Override public void scenario(Object tc, URI uri, String name, int line, Status s) {
            int[] c = counts.computeIfAbsent(language(uri), k -> new int[FeatureResults.Status.values().length]);
            String location = Where.display(uri) + ":" + line;
            FeatureResults.Status status;
            if (s == Status.PASSED) status = FeatureResults.Status.PASSED;
            else if (s == Status.SKIPPED) status = outOfScope.getOrDefault(tc, FeatureResults.Status.SKIPPED);
            else {
                status = FeatureResults.Status.FAILED;
                if (!failedAtStep.contains(tc)) {
                    failures.add(new FeatureResults.Failure(language(uri), location, name, s.name()));
                    messages.put(tc, s.name());
                }
            }
            c[status.ordinal()]++;
            scenarios.add(new FeatureResults.Scenario(language(uri), location, name, status,
                    messages.getOrDefault(tc, "")));
        }

        private static String language(URI uri) {
            String path = uri.getPath() == null ? uri.toString() : uri.getPath();
            String[] parts = path.split("/");
            return parts.length >= 2 ? parts[parts.length - 2] : "";
        }

        private static String capital(String lang) {
            return lang.isEmpty() ? "" : lang.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + lang.substring(1);
        }
    }
}

package dev.roletck.harness.junit;

import dev.roletck.api.Policy;
import dev.roletck.harness.HarnessResult;
import dev.roletck.harness.KnownFailures;
import dev.roletck.harness.Profile;
import dev.roletck.harness.StandardCases;
import dev.roletck.harness.Verifier;
import dev.roletck.harness.report.ReportText;
import dev.roletck.harness.report.Reports;
import dev.roletck.matrix.Group;
import dev.roletck.model.Table;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.ConformanceCase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Runs the kit from an implementer's own JUnit 5 build:
 *
 * <pre>
 * &#64;TestFactory
 * Stream&lt;DynamicNode&gt; roletck() {
 *     return RoleTckSuite.forPolicy(new MyPolicy())
 *             .tables(Table.ORGANIZATION_ROLES, Table.WEBEX_SITE_ROLES)
 *             .assignment(true)
 *             .dynamicTests();
 * }
 * </pre>
 *
 * One container per rule group, one test per case named by its id. A failing case fails with the
 * expected and actual answers, the reason and the source; cases of rule groups not chosen, and
 * known failures, are aborted (reported skipped) with the reason — never passed.
 */
public final class RoleTckSuite {
    private final Policy policy;
    private final Set<Group> groups = EnumSet.allOf(Group.class);
    private final List<Locale> languages = new ArrayList<>(List.of(Locale.ENGLISH));
    private Supplier<? extends List<? extends ConformanceCase>> source = StandardCases::get;
    private Duration timeout = Duration.ofSeconds(2);
    private KnownFailures knownFailures = KnownFailures.NONE;
    private Path knownFailuresFile;
    private Path reportDir;

    private RoleTckSuite(Policy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public static RoleTckSuite forPolicy(Policy policy) {
        return new RoleTckSuite(policy);
    }

    /** Only these tables (and assignment when {@link #assignment(boolean)} keeps it); default: all. */
    public RoleTckSuite tables(Table... tables) {
        boolean assignment = groups.contains(Group.ASSIGNMENT);
        groups.clear();
        for (Table t : tables) groups.add(Group.of(t));
        if (assignment) groups.add(Group.ASSIGNMENT);
        return this;
    }

    /** Whether the assignment rules are implemented (default: yes). */
    public RoleTckSuite assignment(boolean implemented) {
        if (implemented) groups.add(Group.ASSIGNMENT);
        else groups.remove(Group.ASSIGNMENT);
        return this;
    }

    /**
     * The languages of display names and failure messages; with more than one, the cases run
     * once per language, each in a container named by its language tag.
     */
    public RoleTckSuite languages(Locale... locales) {
        if (locales.length == 0) throw new IllegalArgumentException("name at least one language");
        languages.clear();
        languages.addAll(List.of(locales));
        return this;
    }

    /** The cases to run, e.g. {@code () -> Cases.of(spec)}; default: the kit's own ({@link StandardCases}). */
    public RoleTckSuite cases(Supplier<? extends List<? extends ConformanceCase>> cases) {
        this.source = Objects.requireNonNull(cases, "cases");
        return this;
    }

    public RoleTckSuite timeout(Duration perCase) {
        this.timeout = Objects.requireNonNull(perCase, "perCase");
        return this;
    }

    /** A known-failures file (see the README): listed cases are expected to fail until they expire. */
    public RoleTckSuite knownFailures(Path file) {
        this.knownFailuresFile = Objects.requireNonNull(file, "file");
        return this;
    }

    /**
     * Also write the kit's reports — {@code report.xml}, {@code report.json}, {@code report.html} —
     * into {@code dir} once every case has run, in the first of the {@link #languages} (default: none written).
     */
    public RoleTckSuite reports(Path dir) {
        this.reportDir = Objects.requireNonNull(dir, "dir");
        return this;
    }

    /**
     * The cases as JUnit dynamic tests, for a {@code @TestFactory}. Surefire names dynamic tests by
     * position ({@code roletck()[1][1006]}); implementing {@link RoleTckConformance} instead names
     * every test by its case id everywhere.
     */
    public Stream<DynamicNode> dynamicTests() {
        Run run = start();
        Stream<DynamicNode> nodes;
        if (languages.size() == 1) {
            nodes = byGroup(run, ReportText.of(languages.get(0)));
        } else {
            nodes = languages.stream().map(l -> DynamicContainer.dynamicContainer(l.toLanguageTag(), byGroup(run, ReportText.of(l))));
        }
        return nodes.onClose(run::finish);
    }

    private Stream<DynamicNode> byGroup(Run run, ReportText text) {
        return run.byGroup().entrySet().stream()
                .map(e -> DynamicContainer.dynamicContainer(e.getKey().id(),
                        e.getValue().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> {
                            Throwable problem = problem(run.verify(c), text);
                            if (problem != null) throw problem;
                        }))));
    }

    List<Locale> languages() { return List.copyOf(languages); }

    /** Reads the cases and the known failures and opens a run; fails fast on a bad known-failures file. */
    Run start() {
        List<? extends ConformanceCase> cases = source.get();
        KnownFailures known = knownFailuresFile == null ? KnownFailures.NONE
                : KnownFailures.read(knownFailuresFile, cases);
        return new Run(cases, known);
    }

    /** One run of the chosen cases against the policy: verifies case by case, collects the results for the reports. */
    final class Run {
        private final List<? extends ConformanceCase> cases;
        private final RecordingPolicy recorder = new RecordingPolicy(policy);
        private final Verifier verifier;
        private final List<CaseResult> results = Collections.synchronizedList(new ArrayList<>());
        private final long started = System.nanoTime();
        private boolean finished;

        private Run(List<? extends ConformanceCase> cases, KnownFailures known) {
            this.cases = cases;
            this.verifier = new Verifier(recorder, timeout, new Profile(Optional.empty(), groups), known, LocalDate.now());
        }

        /** The cases by rule group, in the kit's group order; groups with no cases left out. */
        Map<Group, List<ConformanceCase>> byGroup() {
            Map<Group, List<ConformanceCase>> byGroup = new EnumMap<>(Group.class);
            cases.forEach(c -> byGroup.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(c));
            return byGroup;
        }

        /** The case's result, with the implementation's exception when it threw one here. */
        Verdict verify(ConformanceCase c) {
            synchronized (recorder) {
                recorder.reset();
                CaseResult r = verifier.verify(c);
                results.add(r);
                return new Verdict(r, r.outcome() == CaseResult.Outcome.ERROR || r.outcome() == CaseResult.Outcome.EXPECTED_FAILURE
                        ? recorder.thrown() : Optional.empty());
            }
        }

        /** Writes the reports, once, when a report folder was given. */
        synchronized void finish() {
            if (finished || reportDir == null) return;
            finished = true;
            List<CaseResult> ordered;
            synchronized (results) {
                ordered = List.copyOf(results);
            }
            HarnessResult result = new HarnessResult("java: " + policy.getClass().getName(), ordered,
                    Duration.ofNanos(System.nanoTime() - started));
            Reports.writeAll(reportDir, result, languages.get(0));
        }
    }

    /** A case's result and, for a case the implementation threw on, what it threw. */
    record Verdict(CaseResult result, Optional<Throwable> thrown) {}

    /**
     * What JUnit should be told about a verdict: nothing for a pass, an {@link AssertionFailedError}
     * for a wrong answer (a failure), an {@link ImplementationError} with the implementation's
     * exception as cause for no answer (an error), a {@link TestAbortedException} for a case
     * not run or a known failure.
     */
    static Throwable problem(Verdict v, ReportText text) {
        CaseResult r = v.result();
        String expected = text.say(r.expectation());
        String actual = r.answer().map(text::say).orElse(text.get("no_answer"));
        String detail = text.get("expected") + ": " + expected + "; " + text.get("actual") + ": "
                + actual + r.why().map(x -> "; " + text.get("reason") + ": " + text.say(x)).orElse("")
                + "; " + text.get("source") + ": " + text.say(r.provenance().phrase());
        return switch (r.outcome()) {
            case PASSED -> null;
            case NOT_RUN, EXPECTED_FAILURE -> {
                TestAbortedException aborted = new TestAbortedException(text.get("status." + r.outcome().id()) + ": "
                        + r.why().map(text::say).orElse("") + r.knownFailure().map(k -> " (" + k.reason() + k.link().map(l -> ", " + l).orElse("") + ")").orElse(""));
                v.thrown().ifPresent(aborted::initCause);
                yield aborted;
            }
            case FAILED -> new AssertionFailedError(r.id() + ": " + detail, expected, r.answer().map(text::say).orElse(""));
            case UNEXPECTED_PASS -> new AssertionFailedError(r.id() + ": " + detail);
            case ERROR -> new ImplementationError(r.id() + ": " + detail, v.thrown().orElse(null));
        };
    }
}

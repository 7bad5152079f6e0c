package dev.roletck.harness.junit;

import dev.roletck.api.Policy;
import dev.roletck.harness.KnownFailures;
import dev.roletck.harness.Profile;
import dev.roletck.harness.StandardCases;
import dev.roletck.harness.Verifier;
import dev.roletck.harness.report.ReportText;
import dev.roletck.matrix.Group;
import dev.roletck.model.Table;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.ConformanceCase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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

    public Stream<DynamicNode> dynamicTests() {
        List<? extends ConformanceCase> cases = source.get();
        if (knownFailuresFile != null) {
            knownFailures = KnownFailures.read(knownFailuresFile, cases.stream().map(ConformanceCase::id).collect(Collectors.toSet()));
        }
        Profile profile = new Profile(Optional.empty(), groups);
        if (languages.size() == 1) return byGroup(cases, profile, ReportText.of(languages.get(0)));
        return languages.stream().map(l -> DynamicContainer.dynamicContainer(l.toLanguageTag(), byGroup(cases, profile, ReportText.of(l))));
    }

    private Stream<DynamicNode> byGroup(List<? extends ConformanceCase> cases, Profile profile, ReportText text) {
        Map<Group, List<ConformanceCase>> byGroup = new EnumMap<>(Group.class);
        cases.forEach(c -> byGroup.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(c));
        Verifier verifier = new Verifier(policy, timeout, profile, knownFailures, LocalDate.now());
        return byGroup.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> DynamicContainer.dynamicContainer(e.getKey().id(),
                        e.getValue().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> check(verifier.verify(c), text)))));
    }

    private static void check(CaseResult r, ReportText text) {
        String detail = text.get("expected") + ": " + r.expected() + "; " + text.get("actual") + ": "
                + r.actual().orElse(text.get("no_answer")) + r.reason().map(x -> "; " + text.get("reason") + ": " + x).orElse("")
                + "; " + text.get("source") + ": " + r.provenance().describe();
        switch (r.outcome()) {
            case PASSED -> { }
            case NOT_RUN, EXPECTED_FAILURE -> throw new TestAbortedException(text.get("status." + r.outcome().id()) + ": "
                    + r.reason().orElse("") + r.knownFailure().map(k -> " (" + k.reason() + ", " + k.link() + ")").orElse(""));
            case FAILED, ERROR, UNEXPECTED_PASS -> throw r.outcome() == CaseResult.Outcome.FAILED
                    ? new AssertionFailedError(r.id() + ": " + detail, r.expected(), r.actual().orElse(""))
                    : new AssertionFailedError(r.id() + ": " + detail);
        }
    }
}

package dev.roletck.harness.junit;

import dev.roletck.api.Policy;
import dev.roletck.harness.CaseOutcome;
import dev.roletck.harness.CaseSource;
import dev.roletck.harness.HarnessCase;
import dev.roletck.harness.KnownFailures;
import dev.roletck.harness.Profile;
import dev.roletck.harness.Status;
import dev.roletck.harness.Verifier;
import dev.roletck.harness.report.ReportText;
import dev.roletck.model.Table;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
    private final Set<String> groups = new LinkedHashSet<>(Profile.ALL_GROUPS);
    private final List<Locale> languages = new ArrayList<>(List.of(Locale.ENGLISH));
    private CaseSource source = CaseSource::standardCases;
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
        boolean assignment = groups.contains(HarnessCase.ASSIGNMENT);
        groups.clear();
        Arrays.stream(tables).map(Table::id).forEach(groups::add);
        if (assignment) groups.add(HarnessCase.ASSIGNMENT);
        return this;
    }

    /** Whether the assignment rules are implemented (default: yes). */
    public RoleTckSuite assignment(boolean implemented) {
        if (implemented) groups.add(HarnessCase.ASSIGNMENT);
        else groups.remove(HarnessCase.ASSIGNMENT);
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

    /** The cases to run; default: the kit's own. */
    public RoleTckSuite cases(CaseSource cases) {
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
        List<HarnessCase> cases = source.cases();
        if (knownFailuresFile != null) {
            knownFailures = KnownFailures.read(knownFailuresFile, cases.stream().map(HarnessCase::id).collect(java.util.stream.Collectors.toSet()));
        }
        Profile profile = new Profile(java.util.Optional.empty(), groups);
        if (languages.size() == 1) return byGroup(cases, profile, ReportText.of(languages.get(0)));
        return languages.stream().map(l -> DynamicContainer.dynamicContainer(l.toLanguageTag(), byGroup(cases, profile, ReportText.of(l))));
    }

    private Stream<DynamicNode> byGroup(List<HarnessCase> cases, Profile profile, ReportText text) {
        Map<String, List<HarnessCase>> byGroup = new LinkedHashMap<>();
        for (String g : Profile.ALL_GROUPS) byGroup.put(g, new ArrayList<>());
        cases.forEach(c -> byGroup.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(c));
        Verifier verifier = new Verifier(policy, timeout, profile, knownFailures, LocalDate.now());
        return byGroup.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> DynamicContainer.dynamicContainer(e.getKey(),
                        e.getValue().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> check(verifier.verify(c), text)))));
    }

    private static void check(CaseOutcome o, ReportText text) {
        String source = o.provenance().summary();
        String detail = text.get("expected") + ": " + o.expected() + "; " + text.get("actual") + ": "
                + o.actual().orElse(text.get("no_answer")) + o.reason().map(r -> "; " + text.get("reason") + ": " + r).orElse("")
                + (source.isEmpty() ? "" : "; " + text.get("source") + ": " + source);
        switch (o.status()) {
            case PASSED -> { }
            case NOT_RUN, EXPECTED_FAILURE -> throw new TestAbortedException(text.get("status." + o.status().id()) + ": "
                    + o.reason().orElse("") + o.knownFailure().map(k -> " (" + k.reason() + ", " + k.link() + ")").orElse(""));
            case FAILED, UNEXPECTED_PASS -> throw o.actual().isPresent() && o.status() == Status.FAILED
                    ? new AssertionFailedError(o.id() + ": " + detail, o.expected(), o.actual().get())
                    : new AssertionFailedError(o.id() + ": " + detail);
        }
    }
}

package dev.roletck.harness.junit;

import dev.roletck.harness.report.ReportText;
import dev.roletck.matrix.Group;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.ConformanceCase;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * The kit's own JUnit Platform engine ({@code roletck}): runs every class implementing
 * {@link RoleTckConformance} and reports one test per case, named by its case id.
 *
 * <p>Why an engine and not only {@link RoleTckSuite#dynamicTests()}: Surefire (and CI servers
 * reading its XML) name dynamic tests by position, {@code roletck()[1][1006]}, unless each build is
 * configured otherwise; an engine names its tests itself — display name and legacy reporting name
 * are the case id — so Surefire, Gradle and IDEs all show {@code organization_roles/…/customer}
 * with no configuration, and an IDE can rerun one case by its unique id. It is found through
 * {@code META-INF/services} as soon as the kit is on the test class path.
 *
 * <p>Tree: class → (language, when several) → rule group → case. A wrong answer fails the test
 * ({@link org.opentest4j.AssertionFailedError} with expected and actual); no answer is an error
 * ({@link ImplementationError}, the implementation's exception as its cause); a case outside the
 * chosen groups is skipped; a known failure is aborted.
 */
public final class RoleTckEngine implements TestEngine {
    public static final String ID = "roletck";

    @Override public String getId() { return ID; }

    @Override public Optional<String> getGroupId() { return Optional.of("dev.roletck"); }

    @Override public Optional<String> getArtifactId() { return Optional.of("roletck"); }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "RoleTCK");
        Predicate<String> names = org.junit.platform.engine.Filter.composeFilters(request.getFiltersByType(ClassNameFilter.class)).toPredicate();
        // class → the case ids chosen (empty: all of them)
        Map<Class<?>, Set<String>> chosen = new LinkedHashMap<>();
        for (ClassSelector s : request.getSelectorsByType(ClassSelector.class)) {
            Class<?> c = s.getJavaClass();
            if (isConformanceClass(c)) chosen.put(c, new LinkedHashSet<>());
        }
        for (PackageSelector s : request.getSelectorsByType(PackageSelector.class)) {
            ReflectionSupport.findAllClassesInPackage(s.getPackageName(), RoleTckEngine::isConformanceClass, names)
                    .forEach(c -> chosen.putIfAbsent(c, new LinkedHashSet<>()));
        }
        for (ClasspathRootSelector s : request.getSelectorsByType(ClasspathRootSelector.class)) {
            ReflectionSupport.findAllClassesInClasspathRoot(s.getClasspathRoot(), RoleTckEngine::isConformanceClass, names)
                    .forEach(c -> chosen.putIfAbsent(c, new LinkedHashSet<>()));
        }
        for (UniqueIdSelector s : request.getSelectorsByType(UniqueIdSelector.class)) {
            List<UniqueId.Segment> segments = s.getUniqueId().getSegments();
            if (segments.isEmpty() || !segments.get(0).getValue().equals(ID) || segments.size() < 2) continue;
            Optional<Class<?>> c = ReflectionSupport.tryToLoadClass(segments.get(1).getValue()).toOptional();
            if (c.isEmpty() || !isConformanceClass(c.get())) continue;
            Set<String> ids = chosen.computeIfAbsent(c.get(), k -> new LinkedHashSet<>());
            UniqueId.Segment last = segments.get(segments.size() - 1);
            if (last.getType().equals(CaseDescriptor.SEGMENT)) ids.add(last.getValue());
            else if (last.getType().equals(GroupDescriptor.SEGMENT)) ids.add(GroupDescriptor.SEGMENT + ":" + last.getValue());
        }
        chosen.forEach((c, ids) -> engine.addChild(new ClassDescriptor(engine.getUniqueId(), c, ids)));
        return engine;
    }

    static boolean isConformanceClass(Class<?> c) {
        return RoleTckConformance.class.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())
                && !c.isAnonymousClass() && !c.isLocalClass();
    }

    @Override
    public void execute(ExecutionRequest request) {
        EngineExecutionListener listener = request.getEngineExecutionListener();
        TestDescriptor engine = request.getRootTestDescriptor();
        listener.executionStarted(engine);
        for (TestDescriptor child : engine.getChildren()) {
            if (child instanceof ClassDescriptor c) c.execute(listener);
        }
        listener.executionFinished(engine, TestExecutionResult.successful());
    }

    /** One {@link RoleTckConformance} class: its suite, built once, and the tree of its cases. */
    static final class ClassDescriptor extends AbstractTestDescriptor {
        static final String SEGMENT = "class";
        private final Class<?> testClass;
        private RoleTckSuite suite;
        private RoleTckSuite.Run run;
        private Throwable broken;

        ClassDescriptor(UniqueId parent, Class<?> testClass, Set<String> only) {
            super(parent.append(SEGMENT, testClass.getName()), testClass.getSimpleName(), ClassSource.from(testClass));
            this.testClass = testClass;
            try {
                suite = ((RoleTckConformance) ReflectionSupport.newInstance(testClass)).suite();
                run = suite.start();
            } catch (RuntimeException | LinkageError e) {
                broken = e;
                return;
            }
            List<Locale> languages = suite.languages();
            for (Locale language : languages) {
                TestDescriptor parentNode = this;
                if (languages.size() > 1) {
                    LanguageDescriptor l = new LanguageDescriptor(getUniqueId(), language);
                    addChild(l);
                    parentNode = l;
                }
                for (Map.Entry<Group, List<ConformanceCase>> e : run.byGroup().entrySet()) {
                    boolean wholeGroup = only.isEmpty() || only.contains(GroupDescriptor.SEGMENT + ":" + e.getKey().id());
                    GroupDescriptor g = new GroupDescriptor(parentNode.getUniqueId(), e.getKey(), testClass);
                    for (ConformanceCase c : e.getValue()) {
                        if (wholeGroup || only.contains(c.id())) g.addChild(new CaseDescriptor(g.getUniqueId(), c, language, testClass));
                    }
                    if (!g.getChildren().isEmpty()) parentNode.addChild(g);
                }
            }
        }

        @Override public Type getType() { return Type.CONTAINER; }

        @Override public String getLegacyReportingName() { return testClass.getName(); }

        void execute(EngineExecutionListener listener) {
            listener.executionStarted(this);
            if (broken != null) {
                listener.executionFinished(this, TestExecutionResult.failed(broken));
                return;
            }
            try {
                runChildren(this, listener);
                run.finish();
                listener.executionFinished(this, TestExecutionResult.successful());
            } catch (RuntimeException e) {
                listener.executionFinished(this, TestExecutionResult.failed(e));
            }
        }

        private void runChildren(TestDescriptor node, EngineExecutionListener listener) {
            for (TestDescriptor child : node.getChildren()) {
                if (child instanceof CaseDescriptor c) {
                    c.execute(run, listener);
                } else {
                    listener.executionStarted(child);
                    runChildren(child, listener);
                    listener.executionFinished(child, TestExecutionResult.successful());
                }
            }
        }
    }

    /** The cases in one language, when the suite names several. */
    static final class LanguageDescriptor extends AbstractTestDescriptor {
        LanguageDescriptor(UniqueId parent, Locale language) {
            super(parent.append("language", language.toLanguageTag()), language.toLanguageTag());
        }

        @Override public Type getType() { return Type.CONTAINER; }
    }

    /**
     * The cases of one rule group: a table, or the assignment rules. Groups and cases carry no test
     * source on purpose: Surefire then writes {@code classname="organization_roles"
     * name="organization_roles/…/customer"}; with the test class as their source it writes {@code name=""}.
     */
    static final class GroupDescriptor extends AbstractTestDescriptor {
        static final String SEGMENT = "group";

        GroupDescriptor(UniqueId parent, Group group, Class<?> testClass) {
            super(parent.append(SEGMENT, group.id()), group.id());
        }

        @Override public Type getType() { return Type.CONTAINER; }
    }

    /** One case: display name and reporting name are its id. */
    static final class CaseDescriptor extends AbstractTestDescriptor {
        static final String SEGMENT = "case";
        private final ConformanceCase testCase;
        private final ReportText text;

        CaseDescriptor(UniqueId parent, ConformanceCase testCase, Locale language, Class<?> testClass) {
            super(parent.append(SEGMENT, testCase.id()), testCase.id());
            this.testCase = testCase;
            this.text = ReportText.of(language);
        }

        @Override public Type getType() { return Type.TEST; }

        @Override public String getLegacyReportingName() { return testCase.id(); }

        void execute(RoleTckSuite.Run run, EngineExecutionListener listener) {
            RoleTckSuite.Verdict v = run.verify(testCase);
            if (v.result().outcome() == CaseResult.Outcome.NOT_RUN) {
                listener.executionSkipped(this, text.get("status.not_run") + ": " + v.result().reason().orElse(""));
                return;
            }
            listener.executionStarted(this);
            Throwable problem = RoleTckSuite.problem(v, text);
            TestExecutionResult result;
            if (problem == null) result = TestExecutionResult.successful();
            else if (problem instanceof org.opentest4j.TestAbortedException) result = TestExecutionResult.aborted(problem);
            else result = TestExecutionResult.failed(problem);
            listener.executionFinished(this, result);
        }
    }
}

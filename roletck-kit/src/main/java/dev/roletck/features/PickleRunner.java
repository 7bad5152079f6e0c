package dev.roletck.features;

import io.cucumber.core.backend.TestCaseState;
import io.cucumber.core.resource.ClasspathScanner;
import io.cucumber.cucumberexpressions.Argument;
import io.cucumber.cucumberexpressions.Expression;
import io.cucumber.cucumberexpressions.ExpressionFactory;
import io.cucumber.cucumberexpressions.ParameterTypeRegistry;
import io.cucumber.java.Before;
import io.cucumber.java.ParameterType;
import io.cucumber.java.Scenario;
import io.cucumber.java.StepDefinitionAnnotation;
import io.cucumber.java.StepDefinitionAnnotations;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Step;
import io.cucumber.messages.types.TableRow;
import io.cucumber.plugin.event.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs the feature scenarios the way Cucumber does, for the glue the kit has, without Cucumber's
 * per-scenario set-up. Cucumber 7 compiles every step expression of every glue class again for
 * each scenario (cucumber-jvm issue 2035): with four languages of glue and some 2,000 scenarios
 * that was most of a verify run. Here the features are parsed once with Cucumber's own Gherkin
 * parser, every expression is compiled once per language with Cucumber's own expression library,
 * and each scenario runs on fresh instances of the glue classes with the same statuses, order and
 * messages as Cucumber gives them.
 *
 * <p>It runs only what it understands: glue with step definitions, {@code @ParameterType} methods
 * and {@code @Before} hooks without tag expressions, and steps without data tables or doc strings.
 * For anything else {@link #prepare} answers empty, and {@link FeatureRunner} runs Cucumber itself.
 */
final class PickleRunner {
    private record StepDef(Class<?> glue, Method method, String pattern, String literalPrefix) {}

    private record ParamDef(Class<?> glue, Method method, ParameterType annotation) {}

    private record Hook(Class<?> glue, Method method, int order) {}

    /** A parsed scenario: its pickle, the line Cucumber reports it at, and each step's line. */
    private record Prepared(Pickle pickle, URI uri, int line, List<Integer> stepLines, List<String> tags) {}

    /** The glue of the package, or empty when it uses something this runner does not run. */
    private record Glue(List<Class<?>> classes, List<StepDef> steps, List<ParamDef> parameters, List<Hook> before) {}

    /** What a run reports, scenario by scenario, step by step, in Cucumber's order. */
    interface Listener {
        /** A step (or, with {@code stepLine} empty, a hook) finished with {@code status}. */
        void step(Object testCase, URI uri, String name, int line, Optional<Integer> stepLine, String text,
                  Status status, Throwable error);

        /** A scenario finished with {@code status}. */
        void scenario(Object testCase, URI uri, String name, int line, Status status);
    }

    private final Glue glue;
    private final List<Prepared> scenarios;
    private final Map<String, List<Expression>> expressions = new HashMap<>();
    private final Map<Class<?>, Object> world = new LinkedHashMap<>();

    private PickleRunner(Glue glue, List<Prepared> scenarios) {
        this.glue = glue;
        this.scenarios = scenarios;
    }

    /**
     * A runner for the feature files under {@code dirs} with the glue of {@code gluePackage}, or
     * empty when the glue or a feature needs something only Cucumber runs (then Cucumber reports
     * it, parse errors included).
     */
    static Optional<PickleRunner> prepare(String gluePackage, List<Path> dirs) {
        Optional<Glue> glue = scan(gluePackage);
        if (glue.isEmpty()) return Optional.empty();
        List<Prepared> all = new ArrayList<>();
        for (Path dir : dirs) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(p -> p.getFileName().toString().endsWith(".feature") && Files.isRegularFile(p)).toList();
            } catch (IOException e) {
                return Optional.empty();
            }
            for (Path f : files) {
                if (!parse(f, all)) return Optional.empty();
            }
        }
        // Cucumber's order: features by URI, then pickles by line (its lexical pickle order)
        all.sort(Comparator.comparing(Prepared::uri).thenComparingInt(Prepared::line));
        return Optional.of(new PickleRunner(glue.get(), all));
    }

    private static boolean parse(Path file, List<Prepared> into) {
        URI uri = file.toAbsolutePath().normalize().toUri();
        List<Envelope> envelopes;
        try {
            envelopes = FeatureFiles.envelopes(file); // parsed by the check before the run, unless the file changed
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> lines = new HashMap<>();
        for (Envelope e : envelopes) {
            if (e.getParseError().isPresent()) return false;
            e.getGherkinDocument().flatMap(GherkinDocument::getFeature).ifPresent(f -> lines(f, lines));
        }
        for (Envelope e : envelopes) {
            if (e.getPickle().isEmpty()) continue;
            Pickle p = e.getPickle().get();
            List<Integer> stepLines = new ArrayList<>();
            for (PickleStep s : p.getSteps()) {
                if (s.getArgument().isPresent()) return false;
                stepLines.add(lines.get(s.getAstNodeIds().get(0)));
            }
            List<String> ids = p.getAstNodeIds();
            into.add(new Prepared(p, uri, lines.get(ids.get(ids.size() - 1)), stepLines,
                    p.getTags().stream().map(PickleTag::getName).toList()));
        }
        return true;
    }

    /** The line of every scenario, step and example row of a feature, by AST node id. */
    private static void lines(Feature feature, Map<String, Integer> lines) {
        for (FeatureChild c : feature.getChildren()) {
            c.getBackground().ifPresent(b -> steps(b.getSteps(), lines));
            c.getScenario().ifPresent(s -> scenario(s, lines));
            c.getRule().ifPresent(r -> {
                for (RuleChild rc : r.getChildren()) {
                    rc.getBackground().ifPresent(b -> steps(b.getSteps(), lines));
                    rc.getScenario().ifPresent(s -> scenario(s, lines));
                }
            });
        }
    }

    private static void scenario(io.cucumber.messages.types.Scenario s, Map<String, Integer> lines) {
        lines.put(s.getId(), s.getLocation().getLine().intValue());
        steps(s.getSteps(), lines);
        s.getExamples().forEach(ex -> {
            for (TableRow row : ex.getTableBody()) lines.put(row.getId(), row.getLocation().getLine().intValue());
        });
    }

    private static void steps(List<Step> steps, Map<String, Integer> lines) {
        for (Step s : steps) lines.put(s.getId(), s.getLocation().getLine().intValue());
    }

    /** The step definitions, parameter types and before hooks of the package, as Cucumber's Java backend finds them. */
    private static Optional<Glue> scan(String gluePackage) {
        List<Class<?>> classes = new ArrayList<>();
        List<StepDef> steps = new ArrayList<>();
        List<ParamDef> parameters = new ArrayList<>();
        List<Hook> before = new ArrayList<>();
        for (Class<?> c : new ClasspathScanner(PickleRunner.class::getClassLoader).scanForClassesInPackage(gluePackage)) {
            boolean isGlue = false;
            for (Method m : c.getMethods()) {
                for (Annotation a : m.getAnnotations()) {
                    Class<? extends Annotation> type = a.annotationType();
                    if (type.isAnnotationPresent(StepDefinitionAnnotation.class)) {
                        steps.add(step(c, m, value(a)));
                    } else if (type.isAnnotationPresent(StepDefinitionAnnotations.class)) {
                        try {
                            for (Annotation inner : (Annotation[]) type.getMethod("value").invoke(a)) {
                                steps.add(step(c, m, value(inner)));
                            }
                        } catch (ReflectiveOperationException e) {
                            return Optional.empty();
                        }
                    } else if (a instanceof ParameterType p) {
                        parameters.add(new ParamDef(c, m, p));
                    } else if (a instanceof Before b) {
                        if (!b.value().isEmpty() || m.getParameterCount() > 1
                                || (m.getParameterCount() == 1 && m.getParameterTypes()[0] != Scenario.class)) {
                            return Optional.empty();
                        }
                        before.add(new Hook(c, m, b.order()));
                    } else if (type.getPackageName().startsWith("io.cucumber")) {
                        return Optional.empty(); // another kind of glue (after hooks, data table types, …)
                    } else {
                        continue;
                    }
                    isGlue = true;
                }
            }
            if (isGlue) {
                if (Modifier.isAbstract(c.getModifiers()) || !Modifier.isPublic(c.getModifiers())) return Optional.empty();
                try {
                    c.getConstructor();
                } catch (NoSuchMethodException e) {
                    return Optional.empty();
                }
                classes.add(c);
            }
        }
        before.sort(Comparator.comparingInt(Hook::order));
        return Optional.of(new Glue(classes, steps, parameters, before));
    }

    private static String value(Annotation a) {
        try {
            return (String) a.annotationType().getMethod("value").invoke(a);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StepDef step(Class<?> c, Method m, String pattern) {
        return new StepDef(c, m, pattern, literalPrefix(pattern));
    }

    /**
     * The text every match of a Cucumber expression starts with (up to the word holding its first
     * parameter, optional text or alternative), to skip expressions that cannot match cheaply; empty
     * for a regular expression.
     */
    static String literalPrefix(String pattern) {
        if (pattern.startsWith("^") || pattern.endsWith("$") || (pattern.startsWith("/") && pattern.endsWith("/"))) return "";
        int end = 0;
        while (end < pattern.length() && "{(/\\".indexOf(pattern.charAt(end)) < 0) end++;
        if (end == pattern.length()) return pattern;
        int space = pattern.lastIndexOf(' ', end - 1);
        return space < 0 ? "" : pattern.substring(0, space + 1);
    }

    /** The step expressions, compiled once for a language (its locale types numbers). */
    private List<Expression> expressions(String language) {
        return expressions.computeIfAbsent(language, l -> {
            ParameterTypeRegistry registry = new ParameterTypeRegistry(new Locale(l));
            for (ParamDef p : glue.parameters()) {
                Method m = p.method();
                String name = p.annotation().name().isEmpty() ? m.getName() : p.annotation().name();
                registry.defineParameterType(new io.cucumber.cucumberexpressions.ParameterType<>(name,
                        List.of(p.annotation().value()), m.getGenericReturnType(),
                        (String[] groups) -> transform(p.glue(), m, (Object[]) groups),
                        p.annotation().useForSnippets(), p.annotation().preferForRegexMatch(),
                        p.annotation().useRegexpMatchAsStrongTypeHint()));
            }
            ExpressionFactory factory = new ExpressionFactory(registry);
            List<Expression> compiled = new ArrayList<>();
            for (StepDef s : glue.steps()) compiled.add(factory.createExpression(s.pattern()));
            return compiled;
        });
    }

    /** Runs every scenario, in Cucumber's order, reporting to {@code listener}. */
    void run(Listener listener) {
        for (Prepared p : scenarios) runScenario(p, listener);
    }

    /**
     * As {@link #run(Listener)}, the scenarios of each language on a runner of their own (its own
     * glue instances and step expressions, as the expressions are compiled per language anyway),
     * up to {@code threads} languages at once; {@code listener} hears everything in Cucumber's
     * order, each language once it has finished. The policy is then asked from several threads.
     */
    void run(Listener listener, int threads) {
        List<List<Prepared>> languages = new ArrayList<>();
        for (Prepared p : scenarios) {
            List<Prepared> last = languages.isEmpty() ? null : languages.get(languages.size() - 1);
            if (last == null || !last.get(0).pickle().getLanguage().equals(p.pickle().getLanguage())) languages.add(last = new ArrayList<>());
            last.add(p);
        }
        if (threads <= 1 || languages.size() <= 1) {
            run(listener);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, languages.size()), r -> {
            Thread t = new Thread(r, "roletck-scenarios");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Recorded>> runs = new ArrayList<>();
            for (List<Prepared> language : languages) {
                runs.add(pool.submit(() -> {
                    Recorded heard = new Recorded();
                    new PickleRunner(glue, language).run(heard);
                    return heard;
                }));
            }
            for (Future<Recorded> run : runs) run.get().tell(listener);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the scenarios were interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** What a runner reported, held to be told later, in order. */
    private static final class Recorded implements Listener {
        private final List<Consumer<Listener>> heard = new ArrayList<>();

        @Override public void step(Object testCase, URI uri, String name, int line, Optional<Integer> stepLine, String text,
                                   Status status, Throwable error) {
            heard.add(l -> l.step(testCase, uri, name, line, stepLine, text, status, error));
        }

        @Override public void scenario(Object testCase, URI uri, String name, int line, Status status) {
            heard.add(l -> l.scenario(testCase, uri, name, line, status));
        }

        void tell(Listener listener) {
            heard.forEach(h -> h.accept(listener));
        }
    }

    private void runScenario(Prepared p, Listener listener) {
        Pickle pickle = p.pickle();
        Object testCase = new Object();
        List<Expression> compiled = expressions(pickle.getLanguage());
        world.clear();
        Status worst = Status.PASSED;
        boolean skip = false;
        State state = new State(p);
        Scenario scenario = scenario(state);
        for (Hook h : glue.before()) {
            Status s;
            Throwable error = null;
            try {
                if (h.method().getParameterCount() == 1) invoke(h.glue(), h.method(), scenario);
                else invoke(h.glue(), h.method());
                s = Status.PASSED;
            } catch (Throwable t) {
                error = t;
                s = status(t);
            }
            if (s != Status.PASSED) skip = true;
            worst = worse(worst, s);
            state.status = worst;
            listener.step(testCase, p.uri(), pickle.getName(), p.line(), Optional.empty(), "hook", s, error);
        }
        for (int i = 0; i < pickle.getSteps().size(); i++) {
            PickleStep step = pickle.getSteps().get(i);
            String text = step.getText();
            List<Integer> matching = new ArrayList<>(1);
            List<List<Argument<?>>> arguments = new ArrayList<>(1);
            for (int d = 0; d < compiled.size(); d++) {
                StepDef def = glue.steps().get(d);
                if (!text.startsWith(def.literalPrefix())) continue;
                List<Argument<?>> args = compiled.get(d).match(text, def.method().getGenericParameterTypes());
                if (args != null) {
                    matching.add(d);
                    arguments.add(args);
                }
            }
            Status s;
            Throwable error = null;
            if (matching.isEmpty()) {
                s = Status.UNDEFINED;
            } else if (matching.size() > 1) {
                s = Status.AMBIGUOUS;
                error = ambiguous(text, matching);
            } else if (skip) {
                s = Status.SKIPPED;
            } else {
                StepDef def = glue.steps().get(matching.get(0));
                try {
                    List<Argument<?>> args = arguments.get(0);
                    if (args.size() != def.method().getParameterCount()) {
                        throw new IllegalStateException("step definition " + location(def) + " takes "
                                + def.method().getParameterCount() + " arguments, the step gives " + args.size());
                    }
                    Object[] values = new Object[args.size()];
                    for (int a = 0; a < values.length; a++) values[a] = value(args.get(a));
                    invoke(def.glue(), def.method(), values);
                    s = Status.PASSED;
                } catch (Throwable t) {
                    error = t;
                    s = status(t);
                }
            }
            if (s != Status.PASSED) skip = true;
            worst = worse(worst, s);
            state.status = worst;
            listener.step(testCase, p.uri(), pickle.getName(), p.line(), Optional.of(p.stepLines().get(i)), text, s, error);
        }
        listener.scenario(testCase, p.uri(), pickle.getName(), p.line(), worst);
    }

    /** An argument's value; a failing parameter type reports its own exception, as Cucumber does. */
    private static Object value(Argument<?> argument) throws Throwable {
        try {
            return argument.getValue();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof GlueFailure g) throw g.getCause();
            }
            throw e;
        }
    }

    private Throwable ambiguous(String text, List<Integer> matching) {
        StringBuilder b = new StringBuilder("\"").append(text).append("\" matches more than one step definition:");
        for (int d : matching) {
            StepDef def = glue.steps().get(d);
            b.append("\n  \"").append(def.pattern()).append("\" in ").append(location(def));
        }
        return new IllegalStateException(b.toString());
    }

    private static String location(StepDef def) {
        StringBuilder b = new StringBuilder(def.glue().getName()).append('.').append(def.method().getName()).append('(');
        Class<?>[] types = def.method().getParameterTypes();
        for (int i = 0; i < types.length; i++) b.append(i == 0 ? "" : ",").append(types[i].getName());
        return b.append(')').toString();
    }

    private static Status worse(Status a, Status b) {
        return b.ordinal() > a.ordinal() ? b : a;
    }

    /** Cucumber's status for a step that threw: skipped for an aborted test, failed otherwise. */
    private static Status status(Throwable t) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            String n = c.getName();
            if (n.equals("org.opentest4j.TestAbortedException") || n.equals("org.junit.AssumptionViolatedException")
                    || n.equals("org.junit.internal.AssumptionViolatedException") || n.equals("org.testng.SkipException")) {
                return Status.SKIPPED;
            }
        }
        if (t.getClass().isAnnotationPresent(io.cucumber.core.backend.Pending.class)) return Status.PENDING;
        return Status.FAILED;
    }

    /** Calls a glue method on this scenario's instance of its class; a throwing method throws its own exception. */
    private Object invoke(Class<?> glueClass, Method m, Object... args) throws Throwable {
        Object target = world.get(glueClass);
        if (target == null) {
            target = glueClass.getConstructor().newInstance();
            world.put(glueClass, target);
        }
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Cucumber's transformers may not throw checked exceptions through the expression library. */
    private static final class GlueFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GlueFailure(Throwable cause) { super(cause); }
    }

    private Object transform(Class<?> glueClass, Method m, Object... args) {
        try {
            return invoke(glueClass, m, args);
        } catch (Throwable t) {
            throw new GlueFailure(t);
        }
    }

    private static Scenario scenario(State state) {
        try {
            Constructor<Scenario> c = Scenario.class.getDeclaredConstructor(TestCaseState.class);
            c.setAccessible(true);
            return c.newInstance(state);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot hand the scenario to the glue: " + e, e);
        }
    }

    /** What a hook sees of its scenario. */
    private static final class State implements TestCaseState {
        private final Prepared p;
        Status status = Status.PASSED;

        State(Prepared p) { this.p = p; }

        @Override public Collection<String> getSourceTagNames() { return p.tags(); }
        @Override public io.cucumber.core.backend.Status getStatus() { return io.cucumber.core.backend.Status.valueOf(status.name()); }
        @Override public boolean isFailed() { return status == Status.FAILED; }
        @Override public void attach(byte[] data, String mediaType, String name) {}
        @Override public void attach(String data, String mediaType, String name) {}
        @Override public void log(String text) {}
        @Override public String getName() { return p.pickle().getName(); }
        @Override public String getId() { return p.pickle().getId(); }
        @Override public URI getUri() { return p.uri(); }
        @Override public Integer getLine() { return p.line(); }
    }
}

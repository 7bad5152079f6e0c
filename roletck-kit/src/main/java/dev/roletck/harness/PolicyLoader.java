package dev.roletck.harness;

import dev.roletck.api.Policy;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Loads a {@link Policy} implementation by class name from a class path, with one-line errors. */
public final class PolicyLoader {
    private PolicyLoader() {}

    /**
     * Instantiates {@code className} with its public no-arg constructor, loading it from
     * {@code classpath} (jars and folders) with this kit's classes as parent.
     */
    public static Policy load(String className, List<Path> classpath) {
        Constructor<?> constructor = find(className, classpath, true);
        try {
            return (Policy) constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw UsageException.of("message.usage.class_constructor_threw", Map.of("class", className,
                    "error", ImplementationText.excerpt(String.valueOf(e.getCause()))));
        } catch (ReflectiveOperationException e) {
            throw UsageException.of("message.usage.class_cannot_instantiate", Map.of("class", className, "error", ImplementationText.excerpt(e.toString())));
        }
    }

    /**
     * Checks that {@code className} can be found on {@code classpath}, implements {@link Policy} and
     * has a public no-arg constructor — without initializing it or running any of its code, so that
     * the check is safe to do in the kit's own JVM.
     */
    public static void check(String className, List<Path> classpath) {
        find(className, classpath, false);
    }

    private static Constructor<?> find(String className, List<Path> classpath, boolean initialize) {
        List<URL> urls = new ArrayList<>();
        for (Path p : classpath) {
            if (!Files.exists(p)) {
                throw UsageException.of("message.usage.classpath_missing", Map.of("path", p.toString()));
            }
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw UsageException.of("message.usage.classpath_unusable", Map.of("path", p.toString(), "error", String.valueOf(e.getMessage())));
            }
        }
        ClassLoader loader = new URLClassLoader("roletck-implementation", urls.toArray(URL[]::new), PolicyLoader.class.getClassLoader());
        Class<?> type;
        try {
            type = Class.forName(className, initialize, loader);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw UsageException.of("message.usage.class_not_found", Map.of("class", className, "classpath", classpath.toString()));
        } catch (ExceptionInInitializerError e) {
            throw UsageException.of("message.usage.class_init_failed", Map.of("class", className,
                    "error", ImplementationText.excerpt(String.valueOf(e.getCause()))));
        }
        if (!Policy.class.isAssignableFrom(type)) {
            throw UsageException.of("message.usage.class_not_a_policy", Map.of("class", className, "interface", Policy.class.getName()));
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            throw UsageException.of("message.usage.class_abstract", Map.of("class", className));
        }
        try {
            return type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw UsageException.of("message.usage.class_no_constructor", Map.of("class", className));
        } catch (LinkageError e) {
            throw UsageException.of("message.usage.class_cannot_link", Map.of("class", className, "error", ImplementationText.excerpt(e.toString())));
        }
    }
}

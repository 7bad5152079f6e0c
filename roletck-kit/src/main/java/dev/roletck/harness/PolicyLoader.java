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
            throw new UsageException("--impl-class: the constructor of '" + className + "' threw "
                    + ImplementationText.excerpt(String.valueOf(e.getCause())));
        } catch (ReflectiveOperationException e) {
            throw new UsageException("--impl-class: cannot instantiate '" + className + "': " + ImplementationText.excerpt(e.toString()));
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
                throw new UsageException("--classpath: '" + p + "' does not exist — name the jar or classes folder of the implementation");
            }
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new UsageException("--classpath: '" + p + "' is not a usable path: " + e.getMessage());
            }
        }
        ClassLoader loader = new URLClassLoader("roletck-implementation", urls.toArray(URL[]::new), PolicyLoader.class.getClassLoader());
        Class<?> type;
        try {
            type = Class.forName(className, initialize, loader);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new UsageException("--impl-class: class '" + className + "' not found on the class path "
                    + classpath + " — check the name (package included) and --classpath");
        } catch (ExceptionInInitializerError e) {
            throw new UsageException("--impl-class: class '" + className + "' failed to initialize: "
                    + ImplementationText.excerpt(String.valueOf(e.getCause())));
        }
        if (!Policy.class.isAssignableFrom(type)) {
            throw new UsageException("--impl-class: '" + className + "' does not implement " + Policy.class.getName()
                    + " — implement that interface");
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new UsageException("--impl-class: '" + className + "' is abstract or an interface — name a concrete class");
        }
        try {
            return type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new UsageException("--impl-class: '" + className + "' has no public no-arg constructor — add one");
        } catch (LinkageError e) {
            throw new UsageException("--impl-class: '" + className + "' cannot be linked: " + ImplementationText.excerpt(e.toString())
                    + " — put its dependencies on --classpath");
        }
    }
}

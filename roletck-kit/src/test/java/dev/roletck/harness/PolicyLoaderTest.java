package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.roletck.reference.ReferencePolicy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --impl-class / --classpath: a Java implementation loaded by name, with one-line errors. */
class PolicyLoaderTest {
    private static final Path CLASSES = Path.of(Fixtures.class.getProtectionDomain().getCodeSource().getLocation().getPath());

    @Test
    void loadsAndVerifiesAPolicyByClassName() {
        HarnessResult result = Harness.run(Fixtures.options(new Implementation.JavaClass(
                ReferencePolicy.class.getName(), List.of(CLASSES))), Fixtures.cases());
        assertEquals(ExitCodes.OK, result.exitCode());
        assertEquals(Fixtures.cases().size(), result.summary().passed());
        assertInstanceOf(ReferencePolicy.class, PolicyLoader.load(ReferencePolicy.class.getName(), List.of()));
    }

    @Test
    void aMissingClassIsOneLine() {
        UsageException e = assertThrows(UsageException.class, () -> PolicyLoader.load("com.example.NoSuchPolicy", List.of(CLASSES)));
        assertEquals("--impl-class: class 'com.example.NoSuchPolicy' not found on the class path [" + CLASSES
                + "] — check the name (package included) and --classpath", e.getMessage());
    }

    @Test
    void aClassWithoutNoArgConstructorIsOneLine() {
        UsageException e = assertThrows(UsageException.class,
                () -> PolicyLoader.load(Fixtures.NeedsArgumentPolicy.class.getName(), List.of()));
        assertEquals("--impl-class: '" + Fixtures.NeedsArgumentPolicy.class.getName()
                + "' has no public no-arg constructor — add one", e.getMessage());
    }

    @Test
    void aClassThatIsNotAPolicyIsOneLine() {
        UsageException e = assertThrows(UsageException.class, () -> PolicyLoader.load("java.lang.StringBuilder", List.of()));
        assertEquals("--impl-class: 'java.lang.StringBuilder' does not implement dev.roletck.api.Policy — implement that interface",
                e.getMessage());
    }

    @Test
    void aMissingClassPathEntryIsOneLine() {
        UsageException e = assertThrows(UsageException.class, () -> PolicyLoader.load("x.Y", List.of(Path.of("no/such.jar"))));
        assertEquals("--classpath: 'no/such.jar' does not exist — name the jar or classes folder of the implementation", e.getMessage());
    }
}

package dev.roletck.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code message.*} of the catalog is used: by its whole key written in the code, by a key
 * the code builds from string literals ({@code "message.report." + "status." + "passed"}, as
 * {@code ReportText.get} and the explain and feature texts do), or — for {@code message.result.*} —
 * by the {@link Phrase.Kind} of that name used as {@code Kind.NAME}. A message no code can reach
 * is dead: remove it from all four catalogs, or use it.
 */
class CatalogMessagesUsedTest {
    private static final List<String> SOURCES = List.of("roletck-api/src/main/java", "roletck-kit/src/main/java",
            "roletck-cli/src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern KIND = Pattern.compile("\\b(?:Kind|Phrase\\.Kind)\\.([A-Z][A-Z_]*)\\b");

    @Test
    void everyMessageIsUsedByTheCode() {
        Set<String> literals = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        for (Path file : javaFiles()) {
            String code = read(file);
            Matcher m = LITERAL.matcher(code);
            while (m.find()) literals.add(m.group(1));
            Matcher k = KIND.matcher(code);
            while (k.find()) kinds.add(k.group(1));
        }
        List<String> dead = new ArrayList<>();
        for (String key : Catalog.standard().keys()) {
            if (!key.startsWith("message.")) continue;
            boolean used = buildable(key, literals) || key.startsWith("message.result.")
                    && kinds.contains(key.substring("message.result.".length()).toUpperCase(Locale.ROOT));
            if (!used) dead.add(key);
        }
        assertEquals(List.of(), dead, "messages no code uses");
    }

    @Test
    void everyPhraseKindHasItsMessage() {
        Catalog catalog = Catalog.standard();
        for (Phrase.Kind kind : Phrase.Kind.values()) {
            for (Locale l : catalog.locales()) {
                assertTrue(catalog.entry(kind.key(), l).isPresent(), kind.key() + " in " + l);
            }
        }
    }

    @Test
    void theCheckFindsAKeyNoCodeBuilds() {
        Set<String> literals = Set.of("message.report.", "status.", "passed", "message.verify.row");
        assertTrue(buildable("message.report.status.passed", literals));
        assertTrue(buildable("message.verify.row", literals));
        assertFalse(buildable("message.report.status.failed", literals));
        assertFalse(buildable("message.verify.rows", literals));
    }

    /** Whether the key is a literal, or a literal ending in a dot followed by a buildable rest. */
    static boolean buildable(String key, Set<String> literals) {
        if (literals.contains(key)) return true;
        for (int dot = key.indexOf('.'); dot >= 0 && dot < key.length() - 1; dot = key.indexOf('.', dot + 1)) {
            if (literals.contains(key.substring(0, dot + 1)) && buildable(key.substring(dot + 1), literals)) return true;
        }
        return false;
    }

    private static List<Path> javaFiles() {
        List<Path> files = new ArrayList<>();
        for (String dir : SOURCES) {
            try (Stream<Path> s = Files.walk(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertTrue(files.size() > 100, "the sources were found: " + files.size());
        return files;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.roletck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.harness.ExitCodes;
import dev.roletck.i18n.Catalog;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The usage errors the kit writes — picocli's parse errors in the kit's frame, and the option
 * checks of the kit itself — are one line from the catalog in the {@code --locale} language, with
 * no English words of the catalog's messages in it, and exit 2.
 */
class LocalizedUsageErrorsTest {
    private static final Catalog CATALOG = Catalog.standard();

    private static String line(String language, String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.err() + r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), "one line: " + r.err());
        String line = lines.get(0);
        List<String> english = LocalizedVerifyTest.found(LocalizedVerifyTest.englishWords(Locale.forLanguageTag(language)), line);
        assertEquals(List.of(), english, "no English in " + line);
        return line;
    }

    private static String say(String language, String key, Map<String, Object> args) {
        return CATALOG.format(key, args, Locale.forLanguageTag(language));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pl", "da", "tr"})
    void anUnknownOptionIsToldInTheLanguage(String language) {
        String line = line(language, "verify", "--locale", language, "--deadlin", "10m");
        assertTrue(line.startsWith("roletck: " + say(language, "message.cli.unknown_argument",
                Map.of("count", 2, "args", List.of("--deadlin", "10m")))), line);
        assertTrue(line.contains("--deadline"), "the near option is suggested: " + line);
        assertTrue(line.endsWith(say(language, "message.cli.usage_line", Map.of("problem", "", "command", "roletck verify"))), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pl", "da", "tr"})
    void aMissingValueIsToldInTheLanguage(String language) {
        String line = line(language, "verify", "--locale", language, "--timeout");
        assertTrue(line.contains(say(language, "message.cli.missing", Map.of("count", 1, "what", List.of("--timeout")))), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pl", "da", "tr"})
    void theKitsOwnOptionChecksAreToldInTheLanguage(String language) {
        assertEquals("roletck: " + say(language, "message.cli.not_a_duration", Map.of("option", "--timeout", "text", "5 parsecs")),
                line(language, "verify", "--locale", language, "--timeout", "5 parsecs"));
        assertEquals("roletck: " + say(language, "message.cli.duration_range", Map.of("option", "--deadline", "text", "48h", "shorter", "no")),
                line(language, "verify", "--locale", language, "--deadline", "48h"));
        assertEquals("roletck: " + say(language, "message.cli.unknown_group",
                        Map.of("option", "--tables", "id", "nope", "groups", dev.roletck.matrix.Group.ruleGroups().isEmpty() ? "" : groups())),
                line(language, "verify", "--locale", language, "--tables", "nope"));
        assertEquals("roletck: " + say(language, "message.cli.one_implementation", Map.of()),
                line(language, "verify", "--locale", language, "--impl-cmd", "x", "--impl-url", "http://localhost:1"));
    }

    private static String groups() {
        return String.join(", ", java.util.Arrays.stream(dev.roletck.matrix.Group.values()).map(dev.roletck.matrix.Group::id).toList());
    }
}

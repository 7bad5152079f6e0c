package dev.roletck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.harness.ExitCodes;
import dev.roletck.harness.UsageException;
import dev.roletck.harness.http.HttpSettings;
import dev.roletck.i18n.Catalog;
import dev.roletck.i18n.Phrase;
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

    /** The checks of the implementation options and of the harness, and a failed start, each in the language. */
    @ParameterizedTest
    @ValueSource(strings = {"pl", "da", "tr"})
    void theImplementationChecksAreToldInTheLanguage(String language) {
        Locale locale = Locale.forLanguageTag(language);
        assertEquals("roletck: " + say(language, "message.usage.not_http_url", Map.of("url", "ftp://h")),
                line(language, "verify", "--locale", language, "--impl-url", "ftp://h"));
        assertEquals("roletck: " + say(language, "message.usage.header_syntax", Map.of("spec", "NoColon", "example", HttpSettings.HEADER_EXAMPLE)),
                line(language, "verify", "--locale", language, "--impl-url", "http://localhost:1", "--header", "NoColon"));
        assertEquals("roletck: " + say(language, "message.usage.class_not_found", Map.of("class", "com.example.NoSuchPolicy", "classpath", "[]")),
                line(language, "verify", "--locale", language, "--impl-class", "com.example.NoSuchPolicy"));
        // a failed start quotes the transport's fault as a phrase of the same language
        Phrase cannotRun = Phrase.of(Phrase.Kind.CANNOT_RUN, "command", "no-such-policy-command", "why", "not_on_path",
                "program", "no-such-policy-command", "error", "");
        assertEquals("roletck: " + UsageException.of("message.usage.did_not_start", Map.of("option", "--impl-cmd", "detail", cannotRun,
                        "hint", "command", "hello", "{\"id\":0,\"kind\":\"hello\"}", "command", "no-such-policy-command")).say(locale),
                line(language, "verify", "--locale", language, "--impl-cmd", "no-such-policy-command"));
    }

    /** A PDP that does not answer: the kit's sentence and the fault inside it in the language, the address as it is. */
    @ParameterizedTest
    @ValueSource(strings = {"pl", "da", "tr"})
    void anUnreachablePdpIsToldInTheLanguage(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String line = line(language, "verify", "--locale", language, "--impl-url", "http://127.0.0.1:9");
        String refused = Phrase.of(Phrase.Kind.CONNECTION_REFUSED, "method", "GET",
                "uri", "http://127.0.0.1:9/.well-known/authzen-configuration").render(locale);
        assertTrue(line.contains(refused), refused + "\n" + line);
        String before = say(language, "message.usage.pdp_unreachable", Map.of("base", "http://127.0.0.1:9", "detail", "\u0000")).split("\u0000")[0];
        assertTrue(line.startsWith("roletck: " + before), before + "\n" + line);
    }

    private static String groups() {
        return String.join(", ", java.util.Arrays.stream(dev.roletck.matrix.Group.values()).map(dev.roletck.matrix.Group::id).toList());
    }
}

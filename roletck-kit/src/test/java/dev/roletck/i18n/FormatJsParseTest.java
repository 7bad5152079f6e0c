package dev.roletck.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every message the catalog exports ({@code roletck catalog export --format json}) parses with the
 * FormatJS ICU MessageFormat parser, the one web front ends use — not only with ICU4J. Needs node: the
 * test fails when it is missing, unless {@code -Droletck.node=optional} says this machine need not have
 * it. The parser is installed by {@code roletck-kit/src/test/formatjs/install} (pinned by its lock file); the test
 * runs that script itself when the folder has no {@code node_modules} yet.
 */
class FormatJsParseTest {
    private static final Path DIR = Path.of("roletck-kit", "src", "test", "formatjs");

    @Test
    void everyExportedMessageParsesInFormatJs(@TempDir Path tmp) throws Exception {
        requireNode();
        Path export = tmp.resolve("catalog.json");
        Map<String, Map<String, String>> catalog = Catalog.standard().export();
        Files.writeString(export, new ObjectMapper().writeValueAsString(catalog), StandardCharsets.UTF_8);
        int messages = catalog.values().stream().mapToInt(Map::size).sum();

        Result r = node(export);

        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("parsed " + messages + " of " + messages + " messages"), r.out());
    }

    @Test
    void theCheckRefusesAPatternFormatJsCannotParse(@TempDir Path tmp) throws Exception {
        requireNode();
        Path export = tmp.resolve("catalog.json");
        Files.writeString(export, "{\"en\":{\"message.x\":\"use --find <text> here\",\"message.y\":\"{n, plural, one {#}}\"}}",
                StandardCharsets.UTF_8);

        Result r = node(export);

        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("en message.x: UNCLOSED_TAG"), r.out());
        assertTrue(r.out().contains("en message.y: MISSING_OTHER_CLAUSE"), r.out());
    }

    private record Result(int exit, String out) {}

    private static Result node(Path export) throws IOException, InterruptedException {
        if (!Files.isDirectory(DIR.resolve("node_modules/@formatjs/icu-messageformat-parser"))) {
            Result install = run(List.of("bash", DIR.resolve("install").toString()));
            if (install.exit() != 0) fail(DIR.resolve("install") + " failed (npm ci):\n" + install.out());
        }
        return run(List.of("node", DIR.resolve("check.mjs").toString(), export.toString()));
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " took longer than 5 minutes");
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static void requireNode() {
        String path = System.getenv("PATH");
        boolean found = path != null && java.util.Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, "node")));
        if (found) return;
        if ("optional".equals(System.getProperty("roletck.node"))) {
            Assumptions.abort("node is not on the PATH, so the FormatJS parse check was not run (roletck.node=optional)");
        }
        fail("node is not on the PATH: install Node.js 18+ and npm to check the catalog with FormatJS,"
                + " or run with -Droletck.node=optional");
    }
}

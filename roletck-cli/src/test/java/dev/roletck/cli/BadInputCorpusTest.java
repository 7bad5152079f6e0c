package dev.roletck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.harness.ExitCodes;
import dev.roletck.protocol.ProtocolServer;
import dev.roletck.protocol.Wire;
import dev.roletck.reference.ReferencePolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: one file per case, under {@code roletck-kit/src/test/resources/bad-input/}
 * (spec files, profiles, known-failures files, features, protocol lines) and
 * {@code roletck-cli/src/test/resources/bad-input/cli/} (command lines). Every case must be refused:
 * exit code 2, one line per problem naming {@code file:line:col} where a file is involved, no Java
 * class or exception name, nothing on standard output and nothing written; every protocol line gets
 * an error answer. The folder a case lies in says how it is used (see the corpus README).
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "each case has its own temporary folder and reads the kit's inputs only")
class BadInputCorpusTest {
    static final Path KIT = Path.of("roletck-kit/src/test/resources/bad-input");
    static final Path CLI = Path.of("roletck-cli/src/test/resources/bad-input/cli");
    private static final Pattern POSITION = Pattern.compile(":(\\d+):(\\d+): \\S.* — \\S.*");
    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(?:java|javax|jdk|sun|org\\.yaml|com\\.fasterxml|io\\.cucumber|picocli)\\.[\\w.$]+|\\b\\w*(?:Exception|Error)\\b|^\\s+at ");

    @TempDir Path tmp;

    static Stream<String> cases() throws IOException {
        List<String> all = new ArrayList<>();
        for (Path base : List.of(KIT, CLI)) {
            try (Stream<Path> files = Files.walk(base)) {
                files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("README.md"))
                        .map(f -> (base == CLI ? "cli/" : "") + base.relativize(f).toString().replace('\\', '/'))
                        .sorted().forEach(all::add);
            }
        }
        assertTrue(all.size() >= 200, "the corpus holds " + all.size() + " cases");
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefused(String name) throws IOException {
        String kind = name.substring(0, name.indexOf('/'));
        Path file = kind.equals("cli") ? CLI.resolve(name.substring(4)) : KIT.resolve(name);
        switch (kind) {
            case "matrices" -> matrices(file);
            case "profiles" -> oneFile(file, "--profile");
            case "known-failures" -> oneFile(file, "--known-failures");
            case "features" -> feature(file);
            case "protocol" -> protocol(file);
            case "audit" -> audit(file);
            case "cli" -> cli(file);
            default -> fail("unknown corpus folder '" + kind + "' — add it to " + getClass().getSimpleName());
        }
    }

    /** matrices/<target>/case.yaml replaces target.yaml; matrices/rules+append/ adds to rules.yaml. */
    private void matrices(Path file) throws IOException {
        String target = file.getParent().getFileName().toString();
        Path dir = tmp.resolve("m");
        Files.createDirectories(dir);
        try (Stream<Path> kit = Files.list(Path.of("matrices"))) {
            for (Path f : kit.toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
        String replaced;
        if (target.equals("rules+append")) {
            replaced = "rules.yaml";
            byte[] base = Files.readAllBytes(dir.resolve(replaced));
            byte[] extra = Files.readAllBytes(file);
            byte[] both = new byte[base.length + extra.length];
            System.arraycopy(base, 0, both, 0, base.length);
            System.arraycopy(extra, 0, both, base.length, extra.length);
            Files.write(dir.resolve(replaced), both);
        } else {
            replaced = target + ".yaml";
            Files.copy(file, dir.resolve(replaced), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Path reports = tmp.resolve("reports");
        CliRun run = run(file, "verify", "--no-features", "--matrices", dir.toString(), "--report-dir", reports.toString());
        List<String> lines = run.err().lines().filter(l -> !l.isBlank()).toList();
        assertTrue(lines.size() >= 2, file + ": " + run.err());
        for (String line : lines.subList(0, lines.size() - 1)) {
            Matcher m = POSITION.matcher(line);
            assertTrue(m.find() && line.substring(0, m.start()).endsWith(".yaml"), file + ": not file:line:col: what — fix: " + line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(dir.resolve(replaced).toString() + ":")),
                file + ": no problem names " + replaced + ": " + run.err());
        assertNothingWritten(file, reports);
    }

    private void oneFile(Path file, String option) throws IOException {
        Path reports = tmp.resolve("reports");
        CliRun run = run(file, "verify", "--no-features", option, file.toString(), "--report-dir", reports.toString());
        assertPositioned(file, oneLine(file, run), file.toString());
        assertNothingWritten(file, reports);
    }

    private void feature(Path file) throws IOException {
        Path features = tmp.resolve("features");
        Files.createDirectories(features.resolve("en"));
        Path copy = Files.copy(file, features.resolve("en").resolve(file.getFileName()));
        Path reports = tmp.resolve("reports");
        CliRun run = run(file, "verify", "--features", features.toString(), "--lang", "en", "--report-dir", reports.toString());
        assertPositioned(file, oneLine(file, run), copy.toString());
        assertNothingWritten(file, reports);
    }

    /**
     * audit/x.csv is audited as it is; audit/x.csv.link becomes a symbolic link x.csv to the path it
     * holds, audit/x.csv.fifo a named pipe x.csv, and audit/x.csv.sparse a file x.csv of its text
     * followed by zeros up to one byte over the audit's size limit (sparse: nothing is written).
     */
    private void audit(Path file) throws IOException {
        String name = file.getFileName().toString();
        Path input = file;
        if (!name.endsWith(".csv")) {
            Path dir = Files.createDirectories(tmp.resolve("audit"));
            input = dir.resolve(name.substring(0, name.lastIndexOf('.')));
            String kind = name.substring(name.lastIndexOf('.') + 1);
            switch (kind) {
                case "link" -> Files.createSymbolicLink(input, Path.of(Files.readString(file, StandardCharsets.UTF_8).strip()));
                case "fifo" -> {
                    try {
                        Process p = new ProcessBuilder("mkfifo", input.toString()).inheritIO().start();
                        assertEquals(0, p.waitFor(), "mkfifo");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException(e);
                    }
                }
                case "sparse" -> {
                    Files.copy(file, input);
                    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(input.toFile(), "rw")) {
                        f.setLength(dev.roletck.audit.AdminListAudit.MAX_BYTES + 1);
                    }
                }
                default -> fail("unknown audit case kind '." + kind + "' of " + file);
            }
        }
        CliRun run = run(file, "audit", input.toString(), "--locale", "en");
        assertPositioned(file, oneLine(file, run), input.toString());
        if (!name.endsWith(".csv")) {
            try (Stream<Path> left = Files.list(input.getParent())) {
                assertEquals(List.of(input), left.toList(), file + " left files behind");
            }
        }
    }

    /** Every non-blank line gets an error answer, one line, and never an access level or verdict. */
    private void protocol(Path file) throws IOException {
        String text = StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        ProtocolServer server = new ProtocolServer(new ReferencePolicy(), "reference");
        int answered = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) continue;
            ObjectNode answer = server.answer(line);
            answered++;
            JsonNode error = answer.get("error");
            assertTrue(error != null && error.isTextual(), file + ": answered " + answer);
            assertFalse(answer.has("access") || answer.has("verdict") || answer.has("protocol"), file + ": answered " + answer);
            assertFalse(error.asText().contains("\n"), file + ": " + error.asText());
            assertNoJavaName(file, error.asText());
            assertEquals(answer.toString(), Wire.parse(answer.toString()).toString(), "the answer is one line of JSON");
        }
        assertTrue(answered > 0, file + " holds no line");
    }

    /** One argument per line; {tmp} is a fresh temporary folder. */
    private void cli(Path file) throws IOException {
        List<String> args = new ArrayList<>();
        for (String a : Files.readAllLines(file, StandardCharsets.UTF_8)) args.add(a.replace("{tmp}", tmp.toString()));
        Map<Path, String> inputsBefore = inputs();
        oneLine(file, run(file, args.toArray(String[]::new)));
        assertEquals(inputsBefore, inputs(), file + " changed an input of the kit");
        assertNothingWritten(file, tmp);
    }

    private CliRun run(Path file, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), file + ": exit " + run.exit() + "\n" + run.err() + run.out());
        assertTrue(run.out().isBlank(), file + ": wrote to standard output: " + run.out());
        assertNoJavaName(file, run.err());
        return run;
    }

    private static String oneLine(Path file, CliRun run) {
        List<String> lines = run.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), file + ": " + run.err());
        return lines.get(0);
    }

    private static void assertPositioned(Path file, String line, String shown) {
        int at = line.indexOf(shown + ":");
        assertTrue(at >= 0 && POSITION.matcher(line.substring(at + shown.length())).lookingAt(),
                file + ": not " + shown + ":line:col: what — fix: " + line);
    }

    private static void assertNoJavaName(Path file, String text) {
        String input;
        try {
            input = Files.isRegularFile(file) ? new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            input = "";
        }
        Matcher m = JAVA_NAME.matcher(text);
        while (m.find()) {
            if (!input.contains(m.group().strip())) fail(file + ": a Java name '" + m.group() + "' in: " + text);
        }
    }

    private static void assertNothingWritten(Path file, Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> written = files.filter(Files::isRegularFile)
                    .filter(f -> !f.startsWith(dir.resolve("m")) && !f.startsWith(dir.resolve("features"))).toList();
            assertEquals(List.of(), written, file + " left files behind");
        }
    }

    private static Map<Path, String> inputs() throws IOException {
        Map<Path, String> sizes = new TreeMap<>();
        for (String folder : List.of("matrices", "features", "i18n")) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    sizes.put(f, Files.size(f) + "@" + Files.getLastModifiedTime(f));
                }
            }
        }
        return sizes;
    }
}

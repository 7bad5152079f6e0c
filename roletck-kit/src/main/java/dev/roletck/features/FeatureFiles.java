package dev.roletck.features;

import dev.roletck.input.InputFileException;
import dev.roletck.input.InputFiles;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.Location;
import io.cucumber.messages.types.ParseError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks the feature files before Cucumber runs them, so that a bad one is one line
 * {@code file:line:col: what — fix} instead of Cucumber's exception: each {@code .feature} file
 * below a language folder must be a bounded, UTF-8 regular file ({@link InputFiles}) that parses as
 * Gherkin, and a language folder without any feature is refused, as a run that checks nothing.
 */
public final class FeatureFiles {
    private FeatureFiles() {}

    /**
     * Checks the features of one language folder.
     *
     * @throws IllegalArgumentException with a one-line message for the first problem found
     */
    public static void check(Path languageDir) {
        // A verify checks each language before its cases run, on a second thread while it loads the
        // rest, and the feature run checks again: a folder whose files are unchanged is checked once.
        Optional<String> fingerprint = fingerprint(languageDir);
        if (fingerprint.isEmpty()) {
            checkNow(languageDir);
            return;
        }
        java.util.concurrent.FutureTask<Void> task = new java.util.concurrent.FutureTask<>(() -> {
            checkNow(languageDir);
            return null;
        });
        Checked mine = new Checked(fingerprint.get(), task);
        Checked known = CHECKED.compute(languageDir, (k, old) -> old != null && old.fingerprint().equals(mine.fingerprint()) ? old : mine);
        if (known == mine) task.run();
        try {
            known.task().get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the feature files of " + languageDir + " were checked", e);
        }
    }

    private record Checked(String fingerprint, java.util.concurrent.FutureTask<Void> task) {}

    private static final Map<Path, Checked> CHECKED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The paths, sizes and modification times of a folder's files; empty when it cannot be listed. */
    private static Optional<String> fingerprint(Path dir) {
        if (!Files.isDirectory(dir)) return Optional.empty();
        try (Stream<Path> all = Files.walk(dir, 8)) {
            StringBuilder b = new StringBuilder();
            for (Path f : all.sorted().toList()) {
                java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class);
                b.append(f).append('\u0000').append(a.size()).append('\u0000').append(a.lastModifiedTime().toInstant())
                        .append('\u0000').append(a.fileKey()).append('\n');
            }
            return Optional.of(b.toString());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void checkNow(Path languageDir) {
        if (!Files.isDirectory(languageDir)) {
            throw new IllegalArgumentException(languageDir + ": no such folder — the features of a language live in "
                    + "<features>/<language>, e.g. features/en");
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(languageDir, 8)) {
            all.filter(p -> p.getFileName().toString().endsWith(".feature")).sorted().forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(languageDir + ": cannot list the folder — check that it is readable");
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(languageDir + ": holds no .feature file, so the run would check nothing "
                    + "— put the features there, or leave the language out with --lang");
        }
        for (Path file : files) parse(file);
    }

    private static void scenarios(Feature feature, Map<String, Location> at) {
        for (FeatureChild child : feature.getChildren()) {
            child.getScenario().ifPresent(sc -> at.put(sc.getId(), sc.getLocation()));
            child.getRule().ifPresent(rule -> rule.getChildren().forEach(rc ->
                    rc.getScenario().ifPresent(sc -> at.put(sc.getId(), sc.getLocation()))));
        }
    }

    /** Refuses control characters other than tab, carriage return and line feed, naming where the first is. */
    private static void controlCharacters(Path file, String text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
                throw new IllegalArgumentException(file + ":" + line + ":" + column + ": control character U+"
                        + String.format("%04X", (int) c) + " in a feature file — remove it");
            }
            if (!Character.isLowSurrogate(c)) column++;
        }
    }

    /** A parsed file, kept while its size and modification time stay the same. */
    private record Parsed(long size, java.nio.file.attribute.FileTime modified, List<Envelope> envelopes) {}

    private static final Map<Path, Parsed> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Ids of the parsed nodes: a counter, as Cucumber's own incrementing generator — random UUIDs cost a sixth of a parse. */
    private static final java.util.concurrent.atomic.AtomicLong IDS = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The Gherkin messages of a feature file (its document and pickles, its parse errors), with the
     * file's absolute URI: parsed once for the check before a run and the run itself, and again
     * only when the file has changed since.
     */
    static List<Envelope> envelopes(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(key, java.nio.file.attribute.BasicFileAttributes.class);
        Parsed known = PARSED.get(key);
        if (known != null && known.size() == a.size() && known.modified().equals(a.lastModifiedTime())) return known.envelopes();
        return parsed(key, Files.readAllBytes(key));
    }

    private static List<Envelope> parsed(Path file, byte[] bytes) {
        Path key = file.toAbsolutePath().normalize();
        java.nio.file.attribute.FileTime modified;
        try {
            modified = Files.getLastModifiedTime(key);
        } catch (IOException e) {
            modified = null;
        }
        List<Envelope> all;
        try (Stream<Envelope> envelopes = GherkinParser.builder().includeSource(false).includeGherkinDocument(true)
                .includePickles(true).idGenerator(() -> Long.toString(IDS.incrementAndGet())).build()
                .parse(key.toUri().toString(), bytes)) {
            all = envelopes.toList();
        }
        if (modified != null) PARSED.put(key, new Parsed(bytes.length, modified, all));
        return all;
    }

    /** Reads and parses one feature file; the first problem as {@code file:line:col: what — fix}. */
    static void parse(Path file) {
        String text;
        try {
            text = InputFiles.readText(file);
        } catch (InputFileException e) {
            throw new IllegalArgumentException(e.at(file.toString()));
        }
        controlCharacters(file, text);
        Optional<ParseError> error;
        List<Pickle> pickles;
        Map<String, Location> scenarioAt = new HashMap<>();
        try {
            List<Envelope> all = parsed(file, text.getBytes(StandardCharsets.UTF_8));
            error = all.stream().map(Envelope::getParseError).flatMap(Optional::stream).findFirst();
            pickles = all.stream().map(Envelope::getPickle).flatMap(Optional::stream).toList();
            all.stream().map(Envelope::getGherkinDocument).flatMap(Optional::stream)
                    .flatMap(d -> d.getFeature().stream()).forEach(f -> scenarios(f, scenarioAt));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ":1:1: cannot be parsed as Gherkin — check the file's syntax");
        }
        if (error.isEmpty()) {
            if (pickles.isEmpty()) {
                throw new IllegalArgumentException(file + ":1:1: holds no scenario, so it would check nothing — write a "
                        + "'Feature:' with at least one scenario of Given/When/Then steps, or remove the file");
            }
            for (Pickle p : pickles) {
                if (!p.getSteps().isEmpty()) continue;
                Location at = p.getAstNodeIds().stream().map(scenarioAt::get).filter(java.util.Objects::nonNull)
                        .findFirst().orElse(new Location(1L, 1L));
                throw new IllegalArgumentException(file + ":" + at.getLine() + ":" + at.getColumn().orElse(1L)
                        + ": the scenario '" + p.getName() + "' has no steps, so it would check nothing — give it Given/When/Then steps");
            }
            return;
        }
        Optional<Location> at = error.get().getSource().getLocation();
        long line = at.map(Location::getLine).orElse(1L);
        long column = at.flatMap(Location::getColumn).orElse(1L);
        String message = error.get().getMessage().replaceFirst("^\\(\\d+:\\d+\\):\\s*", "").replaceAll("\\s+", " ").strip();
        throw new IllegalArgumentException(file + ":" + line + ":" + column + ": not valid Gherkin: " + message
                + " — fix the line: a feature file holds one 'Feature:' (in the file's '# language:') with scenarios of Given/When/Then steps");
    }
}

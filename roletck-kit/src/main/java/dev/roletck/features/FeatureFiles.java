package dev.roletck.features;

import dev.roletck.input.InputFileException;
import dev.roletck.input.InputFiles;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Location;
import io.cucumber.messages.types.ParseError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** Reads and parses one feature file; the first problem as {@code file:line:col: what — fix}. */
    static void parse(Path file) {
        String text;
        try {
            text = InputFiles.readText(file);
        } catch (InputFileException e) {
            throw new IllegalArgumentException(e.at(file.toString()));
        }
        GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(false)
                .includePickles(false).build();
        Optional<ParseError> error;
        try (Stream<Envelope> envelopes = parser.parse(file.toString(), text.getBytes(StandardCharsets.UTF_8))) {
            error = envelopes.map(Envelope::getParseError).flatMap(Optional::stream).findFirst();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ":1:1: cannot be parsed as Gherkin — check the file's syntax");
        }
        if (error.isEmpty()) return;
        Optional<Location> at = error.get().getSource().getLocation();
        long line = at.map(Location::getLine).orElse(1L);
        long column = at.flatMap(Location::getColumn).orElse(1L);
        String message = error.get().getMessage().replaceFirst("^\\(\\d+:\\d+\\):\\s*", "").replaceAll("\\s+", " ").strip();
        throw new IllegalArgumentException(file + ":" + line + ":" + column + ": not valid Gherkin: " + message
                + " — fix the line: a feature file holds one 'Feature:' (in the file's '# language:') with scenarios of Given/When/Then steps");
    }
}

package dev.roletck.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.matrix.Cell;
import dev.roletck.matrix.MatrixLoader;
import dev.roletck.matrix.Spec;
import dev.roletck.model.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeatureRunnerTest {
    static final Path FEATURES = Path.of("features");
    static final Path MATRICES = Path.of("matrices");

    @Test void everyLanguagePassesAndChecksEveryCell() {
        FeatureResults results = FeatureRunner.run(FEATURES, Set.copyOf(FeatureRunner.LANGUAGES), Optional.empty());
        Spec spec = MatrixLoader.loadAll(MATRICES).orThrow();
        Set<String> cells = java.util.Arrays.stream(Table.values()).flatMap(t -> spec.matrix(t).cells().stream())
                .map(Cell::id).collect(Collectors.toSet());
        assertEquals(385, cells.size());
        FeatureResults.Language en = results.language("en");
        for (String lang : FeatureRunner.LANGUAGES) {
            FeatureResults.Language l = results.language(lang);
            assertEquals(cells, l.cellsChecked(), "cells the " + lang + " outlines check");
            assertEquals(en.scenarios(), l.scenarios(), "scenarios in " + lang);
            assertEquals(en.skipped(), l.skipped(), "skipped rules in " + lang);
        }
        // advisory and informative rules are documented Rule blocks, not scenarios that skip themselves
        assertEquals(List.of(), results.skips().stream().map(Object::toString).toList());
        assertEquals(List.of(), results.failures().stream().map(Object::toString).toList());
        assertTrue(results.passed());
    }

    @Test void aChangedExpectedValueFailsWithTheThreeStatementsAndTheSeed(@TempDir Path tmp) throws IOException {
        FeatureParityTest.copy(FEATURES, tmp);
        Path file = tmp.resolve("en/organization_roles.feature");
        List<String> lines = Files.readAllLines(file);
        int row = lines.indexOf("      | Assign roles to users               | Full   |");
        assertTrue(row >= 0);
        lines.set(row, "      | Assign roles to users               | None   |");
        Files.write(file, lines);

        FeatureResults results = FeatureRunner.run(tmp, Set.of("en"), Optional.empty(), MATRICES, Optional.empty());

        assertFalse(results.passed());
        List<FeatureResults.Failure> here = inFile(results, file);
        assertEquals(1, here.size(), results.failures().toString());
        String message = here.get(0).message();
        assertTrue(message.startsWith(file + ":" + (row + 1) + ":"), message);
        assertTrue(message.contains("organization_roles/assign_roles_to_users"), message);
        assertTrue(message.contains("feature: none"), message);
        assertTrue(message.contains("matrix:  full"), message);
        assertTrue(message.contains("policy:  full"), message);
        assertTrue(message.contains("seeds 002_eb43fb2dbe00fd3d.txt"), message);
    }

    @Test void aLabelTheCatalogDoesNotKnowFailsWithTheNearestLabels(@TempDir Path tmp) throws IOException {
        FeatureParityTest.copy(FEATURES, tmp);
        Path file = tmp.resolve("pl/organization_roles.feature");
        List<String> lines = Files.readAllLines(file);
        int step = replaceFirst(lines, "ma rolę \"Administrator urządzeń\"", "Administrator urządzeń", "Administrator urzdzeń");
        Files.write(file, lines);

        FeatureResults results = FeatureRunner.run(tmp, Set.of("pl"), Optional.empty(), MATRICES, Optional.empty());

        assertFalse(results.passed());
        List<FeatureResults.Failure> here = inFile(results, file);
        assertEquals(16, here.size(), "every row of the outline fails");
        String message = here.get(0).message();
        int col = lines.get(step).indexOf("Administrator urzdzeń") + 1;
        assertTrue(message.contains(file.getFileName() + ":" + (step + 1) + ":" + col + ": nieznana nazwa roli "
                + "„Administrator urzdzeń” w scenariuszach (język: polski)"), message);
        assertTrue(message.contains("czy chodziło o „Administrator urządzeń”"), message);
    }

    /**
     * A feature is held to the canonical labels of its own language, exactly: a label with the wrong case,
     * without its diacritics, in English or in another spelling of the seeds fails, and the error names the
     * label the catalog writes.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "wrong case          | pl | Administrator urządzeń        | administrator urządzeń         | „Administrator urządzeń”",
            "missing diacritics  | pl | Administrator urządzeń        | Administrator urzadzen         | „Administrator urządzeń”",
            "English name        | pl | Administrator urządzeń        | Device Administrator           | „Administrator urządzeń”",
            "seed alias          | pl | Administrator z pełnymi uprawnieniami | Pełny administrator    | „Administrator z pełnymi uprawnieniami”",
            "Danish lower case   | da | Enhedsadministrator           | enhedsadministrator            | “Enhedsadministrator”",
            "Turkish dotless i   | tr | Cihaz yöneticisi              | Cihaz yoneticisi               | “Cihaz yöneticisi”"})
    void aLabelThatIsNotExactlyTheCatalogsFails(String what, String lang, String good, String bad, String suggestion,
                                                @TempDir Path tmp) throws IOException {
        FeatureParityTest.copy(FEATURES, tmp);
        Path file = tmp.resolve(lang + "/organization_roles.feature");
        List<String> lines = Files.readAllLines(file);
        int step = replaceFirst(lines, "\"" + good + "\"", good, bad);
        Files.write(file, lines);

        FeatureResults results = FeatureRunner.run(tmp, Set.of(lang), Optional.empty(), MATRICES, Optional.empty());

        List<FeatureResults.Failure> here = inFile(results, file);
        assertFalse(here.isEmpty(), what + " passed");
        String message = here.get(0).message();
        assertTrue(message.startsWith(file + ":" + (step + 1) + ":" + (lines.get(step).indexOf(bad) + 1) + ": "), message);
        assertTrue(message.contains(suggestion), what + ": " + message);
    }

    @Test void aVerdictThatNamesARuleTheScenarioIsNotTaggedWithFails(@TempDir Path tmp) throws IOException {
        FeatureParityTest.copy(FEATURES, tmp);
        Path file = tmp.resolve("pl/rules_external.feature");
        List<String> lines = Files.readAllLines(file);
        int step = replaceFirst(lines, "zmiana jest dozwolona na mocy reguły R43", "R43", "R01");
        Files.write(file, lines);

        FeatureResults results = FeatureRunner.run(tmp, Set.of("pl"), Optional.empty(), MATRICES, Optional.empty());

        List<FeatureResults.Failure> here = inFile(results, file);
        assertEquals(1, here.size(), results.failures().toString());
        String message = here.get(0).message();
        assertTrue(message.startsWith(file + ":" + (step + 1) + ":" + (lines.get(step).indexOf("R01") + 1)
                + ": rozstrzygnięcie powołuje się na R01, a scenariusz ma znaczniki @R43"), message);
    }

    private static int replaceFirst(List<String> lines, String marker, String from, String to) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                lines.set(i, lines.get(i).replace(from, to));
                return i;
            }
        }
        throw new AssertionError("no line contains " + marker);
    }

    /** The failures of one file: the run may find others elsewhere, this test is about the file it changed. */
    private static List<FeatureResults.Failure> inFile(FeatureResults results, Path file) {
        return results.failures().stream().filter(f -> f.location().startsWith(file + ":")).toList();
    }

    @Test void unknownLanguagesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FeatureRunner.run(FEATURES, Set.of("de"), Optional.empty()));
        assertEquals("unknown language 'de' — the features are written in en, pl, da, tr", e.getMessage());
    }
}

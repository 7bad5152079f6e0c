package dev.roletck.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.i18n.Catalog;
import dev.roletck.matrix.MatrixLoader;
import dev.roletck.matrix.RuleSpec;
import dev.roletck.model.RuleId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureParityTest {
    static final Path FEATURES = Path.of("features");

    @Test void everyLanguageHasTheSameTagsAndExampleRows() {
        assertEquals(List.of(), FeatureParity.check(FEATURES, Catalog.standard()));
    }

    @Test void everyRuleOfRulesYamlIsStatedInEveryLanguage() {
        List<RuleId> rules = MatrixLoader.loadAll(Path.of("matrices")).orThrow().rules().stream().map(RuleSpec::id).toList();
        assertEquals(RuleId.values().length, rules.size());
        Map<String, Set<RuleId>> missing = FeatureParity.missingRules(FEATURES, rules);
        assertEquals(FeatureRunner.LANGUAGES, List.copyOf(missing.keySet()));
        missing.forEach((lang, absent) -> assertEquals(Set.of(), absent, "rules without a Rule block in " + lang));
    }

    @Test void aMissingTagIsReported(@TempDir Path tmp) throws IOException {
        copy(FEATURES, tmp);
        Path pl = tmp.resolve("pl/rules_organization.feature");
        Files.writeString(pl, Files.readString(pl).replaceFirst("@R10 @enforced", "@enforced"));
        List<String> problems = FeatureParity.check(tmp, Catalog.standard());
        assertTrue(problems.stream().anyMatch(p -> p.contains("pl/rules_organization.feature:") && p.contains("@R10")),
                problems.toString());
        assertTrue(FeatureParity.missingRules(tmp, List.of(RuleId.values())).get("pl").isEmpty(),
                "R10 is still stated by other Polish scenarios");
    }

    @Test void aRowThatDiffersAfterResolvingLabelsIsReported(@TempDir Path tmp) throws IOException {
        copy(FEATURES, tmp);
        Path da = tmp.resolve("da/partner_sales_roles.feature");
        String text = Files.readString(da);
        int at = text.indexOf("| Ingen ");
        Files.writeString(da, text.substring(0, at) + "| Skrivebeskyttet " + text.substring(at + "| Ingen ".length()));
        List<String> problems = FeatureParity.check(tmp, Catalog.standard());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(tmp.resolve("da/partner_sales_roles.feature") + ":"), problems.get(0));
        assertTrue(problems.get(0).contains("access.read_only") && problems.get(0).contains("access.none"), problems.get(0));
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.writeString(target, Files.readString(p, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            }
        }
    }
}

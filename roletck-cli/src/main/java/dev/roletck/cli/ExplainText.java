package dev.roletck.cli;

import dev.roletck.api.Grant;
import dev.roletck.i18n.Catalog;
import dev.roletck.matrix.Cell;
import dev.roletck.matrix.RuleSpec;
import dev.roletck.model.Access;
import dev.roletck.model.Id;
import dev.roletck.i18n.Phrase;
import dev.roletck.suite.Explanation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints an {@link Explanation} in the reader's language, with the text of each seed line it cites. */
final class ExplainText {
    private final Catalog catalog = Catalog.standard();
    private final Locale locale;
    private final Path seedDir;
    private final Map<String, List<String>> seedFiles = new HashMap<>();

    ExplainText(Locale locale, Path seedDir) {
        this.locale = locale;
        this.seedDir = seedDir;
    }

    private String msg(String key, Map<String, Object> args) {
        return catalog.format("message.explain." + key, args, locale);
    }

    /** A model value by its label in the reader's language, its id beside it: {@code Pełny administrator (full_admin)}. */
    private String named(Id value) {
        return msg("named", Map.of("label", value, "id", value.id()));
    }

    /** A grant: its access level, and its scope when it has one, each named. */
    private String grant(Grant g) {
        Phrase p = g.scope().isPresent()
                ? Phrase.of(Phrase.Kind.LEVEL_SCOPED, "access", named(g.access()), "scopes", List.of(named(g.scope().get())))
                : Phrase.of(Phrase.Kind.LEVEL, "access", named(g.access()));
        return p.render(catalog, locale);
    }

    void print(Explanation e, PrintWriter out) {
        out.println(msg("case", Map.of("id", e.caseId(), "expected", e.expected().render(catalog, locale))));
        e.request().ifPresent(r -> out.println("  " + msg("request", Map.of("table", named(r.table()), "capability", named(r.capability()),
                "relation", named(r.relation()), "count", r.roles().size(),
                "roles", r.roles().toList().stream().map(this::named).toList()))));
        for (Explanation.Contribution c : e.contributions()) {
            if (c.cell().isEmpty()) {
                out.println("  " + msg("not_listed", Map.of("role", named(c.role()), "na", named(Access.NOT_APPLICABLE))));
                continue;
            }
            Cell cell = c.cell().get();
            out.println("  " + msg("cell", Map.of("role", named(c.role()), "cell", grant(cell.grant()), "grant", grant(c.grant()),
                    "same", cell.grant().equals(c.grant()) ? "yes" : "no", "basis", named(cell.basis()), "confidence", named(cell.confidence()))));
            cell.reason().ifPresent(r -> out.println("    " + msg("reason", Map.of("reason", r))));
            if (!cell.seeds().isEmpty()) out.println("    " + msg("cell_seeds", Map.of("seeds", String.join(", ", cell.seeds()))));
        }
        for (Explanation.Step s : e.steps()) {
            out.println("  " + (s.coveredBy().isPresent()
                    ? msg("covered", Map.of("grant", grant(s.grant()), "by", grant(s.coveredBy().get())))
                    : msg("kept", Map.of("grant", grant(s.grant())))));
        }
        for (Phrase note : e.notes()) out.println("  " + msg("note", Map.of("note", note.render(catalog, locale))));
        if (e.rule().isPresent()) {
            RuleSpec r = e.rule().get();
            out.println("  " + msg("rule", Map.of("rule", r.id().id(), "status", r.status(), "title", r.id())));
            // the rule's statement is the spec's data (matrices/rules.yaml, in English), quoted like a seed
            out.println("    " + r.statement().strip().replaceAll("\\s*\\R\\s*", " "));
        }
        java.util.Set<String> filesWithLines = e.seeds().stream().filter(x -> x.contains(":"))
                .map(x -> x.substring(0, x.lastIndexOf(':'))).collect(Collectors.toSet());
        for (String seed : e.seeds()) {
            if (!seed.contains(":") && filesWithLines.contains(seed)) continue;
            String text = seedLine(seed);
            out.println("  " + (text.isEmpty() ? msg("seed_file", Map.of("seed", seed)) : msg("seed", Map.of("seed", seed, "text", text))));
        }
        out.flush();
    }

    /** The text of {@code file:line} in the seed folder; empty for a whole-file reference or an unreadable file. */
    private String seedLine(String seed) {
        int colon = seed.lastIndexOf(':');
        if (colon < 0) return "";
        String file = seed.substring(0, colon);
        int line;
        try {
            line = Integer.parseInt(seed.substring(colon + 1).strip());
        } catch (NumberFormatException e) {
            return "";
        }
        List<String> lines = seedFiles.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(seedDir.resolve(f), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        return line >= 1 && line <= lines.size() ? lines.get(line - 1).strip() : "";
    }
}

package dev.roletck.cli;

import dev.roletck.api.Grant;
import dev.roletck.i18n.Catalog;
import dev.roletck.matrix.Cell;
import dev.roletck.matrix.RuleSpec;
import dev.roletck.model.Role;
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

    void print(Explanation e, PrintWriter out) {
        out.println(msg("case", Map.of("id", e.caseId(), "expected", e.expected().plain())));
        e.request().ifPresent(r -> out.println("  " + msg("request", Map.of("table", r.table().id(), "capability", r.capability().id(),
                "relation", r.relation().id(), "roles", r.roles().isEmpty() ? "-"
                        : r.roles().toList().stream().map(Role::id).collect(Collectors.joining(", "))))));
        for (Explanation.Contribution c : e.contributions()) {
            if (c.cell().isEmpty()) {
                out.println("  " + msg("not_listed", Map.of("role", c.role().id())));
                continue;
            }
            Cell cell = c.cell().get();
            out.println("  " + msg("cell", Map.of("role", c.role().id(), "cell", cell.grant().toString(), "grant", c.grant().toString(),
                    "same", cell.grant().equals(c.grant()) ? "yes" : "no", "basis", cell.basis().id(), "confidence", cell.confidence().id())));
            cell.reason().ifPresent(r -> out.println("    " + msg("reason", Map.of("reason", r))));
            if (!cell.seeds().isEmpty()) out.println("    " + msg("cell_seeds", Map.of("seeds", String.join(", ", cell.seeds()))));
        }
        for (Explanation.Step s : e.steps()) {
            out.println("  " + (s.coveredBy().isPresent()
                    ? msg("covered", Map.of("grant", s.grant().toString(), "by", s.coveredBy().map(Grant::toString).orElse("")))
                    : msg("kept", Map.of("grant", s.grant().toString()))));
        }
        for (Phrase note : e.notes()) out.println("  " + msg("note", Map.of("note", note.render(catalog, locale))));
        if (e.rule().isPresent()) {
            RuleSpec r = e.rule().get();
            out.println("  " + msg("rule", Map.of("rule", r.id().id(), "status", r.status().id(), "title", r.title())));
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

package dev.roletck.cli;

import dev.roletck.harness.ExitCodes;
import dev.roletck.audit.AdminListAudit;
import dev.roletck.audit.AuditException;
import dev.roletck.audit.AuditReport;
import dev.roletck.audit.Export;
import dev.roletck.audit.Finding;
import dev.roletck.audit.Translation;
import dev.roletck.output.OutputFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roletck audit}: checks a Control Hub administrator-list CSV export, or translates it. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audit an administrator-list CSV export of Control Hub (any of en, pl, da, tr; either layout).",
                "Exit 0 clean (warnings allowed), 1 a violation, 2 a file or row that cannot be read."})
final class AuditCommand implements Callable<Integer> {

    static final List<String> FORMATS = List.of("text", "json", "html");
    /** Findings the HTML page lists; the rest are counted. */
    static final int HTML_LIMIT = 10_000;

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The export (UTF-8; commas, semicolons or tabs).")
    Path file;

    @Option(names = "--locale", paramLabel = "<language>", description = "The language of the messages: en, pl, da or tr (default: the JVM's).")
    String locale;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "text", description = "text, json or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--report", paramLabel = "FILE.html", description = "Also write the findings as an HTML page.")
    Path report;

    @Option(names = "--translate", paramLabel = "<language>",
            description = "Write the same CSV with its headers and role names in this language instead of auditing.")
    String translate;

    @Option(names = "--output", paramLabel = "FILE.csv", description = "With --translate: write here (default: standard output).")
    Path output;

    @Override public Integer call() throws Exception {
        return CatalogCli.run(spec, () -> {
            CatalogCli cli = CatalogCli.open(spec, locale);
            if (!FORMATS.contains(format)) {
                throw new CatalogCli.Stop(cli.msg("message.error.unknown_format", Map.of("format", format, "formats", FORMATS)));
            }
            String shown = file.toString();
            AuditReport words = new AuditReport(cli.catalog, cli.ui, shown);
            try {
                return translate != null ? translate(cli, words, shown) : audit(cli, words, shown);
            } catch (AuditException e) {
                throw new CatalogCli.Stop(e.getMessage());
            }
        });
    }

    private int audit(CatalogCli cli, AuditReport words, String shown) throws AuditException, IOException {
        PrintWriter out = cli.out();
        AuditReport.Html html = words.new Html(HTML_LIMIT);
        AdminListAudit.Summary summary;
        if (format.equals("json")) {
            AuditReport.Json json = words.new Json(out);
            summary = AdminListAudit.run(file, shown, cli.catalog, cli.ui, both(json, html));
            json.finish(summary);
            out.println();
        } else if (format.equals("html")) {
            summary = AdminListAudit.run(file, shown, cli.catalog, cli.ui, html);
            out.print(html.render(summary));
        } else {
            AdminListAudit.Listener text = new AdminListAudit.Listener() {
                @Override public void started(Export e) { out.println(words.found(e)); }

                @Override public void finding(Finding f) { out.println(words.line(f)); }
            };
            summary = AdminListAudit.run(file, shown, cli.catalog, cli.ui, both(text, html));
            out.println(words.summary(summary));
            out.println(words.verdict(summary));
        }
        out.flush();
        if (report != null) write(cli, report, html.render(summary));
        return summary.exitCode();
    }

    private int translate(CatalogCli cli, AuditReport words, String shown) throws AuditException, IOException {
        Locale target = cli.locale(translate);
        PrintWriter err = spec.commandLine().getErr();
        AdminListAudit.Listener errors = new AdminListAudit.Listener() {
            @Override public void started(Export e) {}

            @Override public void finding(Finding f) { err.println(words.line(f)); }
        };
        AdminListAudit.Summary summary;
        if (output == null) {
            OutputStream stdout = new java.io.FilterOutputStream(System.out) {
                @Override public void close() throws IOException { flush(); }
            };
            summary = Translation.run(file, shown, cli.catalog, cli.ui, target, stdout, errors);
            stdout.flush();
        } else {
            try {
                summary = OutputFiles.writeAtomically(output,
                        o -> Translation.run(file, shown, cli.catalog, cli.ui, target, o, errors), s -> s.errors() == 0);
            } catch (IOException e) {
                throw new CatalogCli.Stop(cli.msg("message.error.cannot_write", Map.of("file", output.toString(), "reason", e.getClass().getSimpleName())));
            }
            if (summary.errors() == 0) {
                cli.out().println(cli.msg("message.audit.translated", Map.of("file", output.toString(),
                        "rows", summary.rows(), "language", target.getLanguage())));
            }
        }
        err.flush();
        cli.out().flush();
        return summary.errors() > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    private static AdminListAudit.Listener both(AdminListAudit.Listener a, AdminListAudit.Listener b) {
        return new AdminListAudit.Listener() {
            @Override public void started(Export e) { a.started(e); b.started(e); }

            @Override public void finding(Finding f) { a.finding(f); b.finding(f); }
        };
    }

    private static void write(CatalogCli cli, Path path, String text) {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8))) {
            w.write(text);
        } catch (IOException e) {
            throw new CatalogCli.Stop(cli.msg("message.error.cannot_write", Map.of("file", path.toString(), "reason", e.getClass().getSimpleName())));
        }
    }
}

package dev.roletck.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import dev.roletck.i18n.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shows an audit in the reader's language, every word from the catalog: as text lines, as streamed
 * JSON, or as one self-contained HTML page in the style of the conformance report.
 */
public final class AuditReport {
    private final Catalog catalog;
    private final Locale ui;
    private final String file;

    public AuditReport(Catalog catalog, Locale ui, String file) {
        this.catalog = catalog;
        this.ui = ui;
        this.file = file;
    }

    /** What the header showed: layout, language, delimiter, byte-order mark. */
    public String found(Export e) {
        return catalog.format("message.audit.found", Map.of("file", file, "layout", e.layout().id(),
                "language", e.language().toLanguageTag(), "delimiter", e.delimiter().id(), "bom", e.bom() ? "yes" : "no"), ui);
    }

    /** What a finding says (without place or rule). */
    public String text(Finding f) {
        Map<String, Object> args = f.args();
        if (args.get("suggestions") instanceof List<?> near) {
            args = new HashMap<>(args);
            // alternatives read "a, b or c", which the catalog's lists ("a, b and c") do not say
            args.put("suggestions", ListFormatter.getInstance(ULocale.forLocale(ui), ListFormatter.Type.OR, ListFormatter.Width.WIDE)
                    .format(near.stream().map(String::valueOf).toList()));
        }
        return catalog.format(f.kind().messageKey(), args, ui);
    }

    /** The rule's statement in the reader's language. */
    public String statement(Finding f) {
        return catalog.label("rule." + f.kind().rule().id(), ui).text();
    }

    public String severity(Finding f) {
        return catalog.format("message.audit.severity", Map.of("severity", f.severity().id()), ui);
    }

    /** One line: {@code file:line:col: severity: what — rule “statement” (seed …)}. */
    public String line(Finding f) {
        Map<String, Object> args = new HashMap<>();
        args.put("file", file);
        args.put("severity", f.severity().id());
        args.put("text", text(f));
        args.put("rule", f.kind().rule().id());
        args.put("statement", statement(f));
        args.put("seeds", String.join(", ", f.kind().seeds()));
        if (f.line().isPresent()) {
            args.put("line", f.line().getAsLong());
            args.put("column", f.column());
            return catalog.format("message.audit.finding", args, ui);
        }
        return catalog.format("message.audit.finding_list", args, ui);
    }

    public String summary(AdminListAudit.Summary s) {
        return catalog.format("message.audit.summary", Map.of("rows", s.rows(), "violations", s.violations(),
                "warnings", s.warnings(), "errors", s.errors(), "admins", s.fullAdmins()), ui);
    }

    public String verdict(AdminListAudit.Summary s) {
        return catalog.format("message.audit.verdict", Map.of("result",
                s.exitCode() == 2 ? "unreadable" : s.exitCode() == 1 ? "violations" : "clean"), ui);
    }

    /** Streams the audit as one JSON object: export, findings as they come, summary. */
    public final class Json implements AdminListAudit.Listener, AutoCloseable {
        private final JsonGenerator g;

        public Json(Writer out) {
            try {
                g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("file", file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override public void started(Export e) {
            try {
                g.writeObjectFieldStart("export");
                g.writeStringField("layout", e.layout().id());
                g.writeStringField("layout_seed", e.layout().seed());
                g.writeStringField("language", e.language().toLanguageTag());
                g.writeStringField("delimiter", e.delimiter().id());
                g.writeBooleanField("bom", e.bom());
                g.writeArrayFieldStart("columns");
                for (Layout.Column c : e.columns()) g.writeString(c.id());
                g.writeEndArray();
                g.writeStringField("description", found(e));
                g.writeEndObject();
                g.writeArrayFieldStart("findings");
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        }

        @Override public void finding(Finding f) {
            try {
                g.writeStartObject();
                g.writeStringField("kind", f.kind().id());
                g.writeStringField("severity", f.severity().id());
                if (f.line().isPresent()) {
                    g.writeNumberField("line", f.line().getAsLong());
                    g.writeNumberField("column", f.column());
                }
                g.writeStringField("user", f.user());
                g.writeStringField("rule", f.kind().rule().id());
                g.writeStringField("statement", statement(f));
                g.writeArrayFieldStart("seeds");
                for (String s : f.kind().seeds()) g.writeString(s);
                g.writeEndArray();
                g.writeStringField("message", text(f));
                g.writeEndObject();
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        }

        /** Ends the findings and writes the summary. */
        public void finish(AdminListAudit.Summary s) {
            try {
                g.writeEndArray();
                g.writeObjectFieldStart("summary");
                g.writeNumberField("rows", s.rows());
                g.writeNumberField("violations", s.violations());
                g.writeNumberField("warnings", s.warnings());
                g.writeNumberField("errors", s.errors());
                g.writeNumberField("full_admins", s.fullAdmins());
                g.writeNumberField("exit_code", s.exitCode());
                g.writeStringField("text", summary(s));
                g.writeEndObject();
                g.writeEndObject();
                g.flush();
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        }

        @Override public void close() throws IOException {
            g.flush();
        }
    }

    /** Collects up to {@code limit} findings for the HTML page (the rest are counted). */
    public final class Html implements AdminListAudit.Listener {
        private final int limit;
        private final List<Finding> findings = new ArrayList<>();
        private long dropped;
        private Export export;

        public Html(int limit) {
            this.limit = limit;
        }

        @Override public void started(Export e) { export = e; }

        @Override public void finding(Finding f) {
            if (findings.size() < limit) findings.add(f); else dropped++;
        }

        /** The page. */
        public String render(AdminListAudit.Summary s) {
            String title = catalog.format("message.audit.report.title", Map.of(), ui);
            StringBuilder h = new StringBuilder(16 * 1024 + findings.size() * 512);
            h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(ui.toLanguageTag())).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                    .append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
            h.append("<h1>").append(esc(title)).append("</h1>\n");
            if (export != null) h.append("<p class=\"impl\">").append(esc(found(export))).append("</p>\n");
            String cls = s.exitCode() == 0 ? "conformant" : "not-conformant";
            h.append("<p id=\"verdict\" class=\"").append(cls).append("\" data-exit-code=\"").append(s.exitCode()).append("\">")
                    .append(esc(verdict(s))).append("</p>\n");
            h.append("<p id=\"counts\" data-rows=\"").append(s.rows()).append("\" data-violations=\"").append(s.violations())
                    .append("\" data-warnings=\"").append(s.warnings()).append("\" data-errors=\"").append(s.errors()).append("\">")
                    .append(esc(summary(s))).append("</p>\n");
            h.append("<table class=\"list\">\n<thead><tr>");
            for (String k : List.of("line", "severity", "user", "finding", "rule", "seed")) {
                h.append("<th>").append(esc(catalog.format("message.audit.report." + k, Map.of(), ui))).append("</th>");
            }
            h.append("</tr></thead>\n<tbody>\n");
            for (Finding f : findings) {
                h.append("<tr class=\"row\" data-kind=\"").append(f.kind().id()).append("\" data-severity=\"").append(f.severity().id()).append("\">")
                        .append("<td>").append(f.line().isPresent() ? f.line().getAsLong() + ":" + f.column() : "").append("</td>")
                        .append("<td class=\"cell ").append(f.severity().id()).append("\">").append(esc(severity(f))).append("</td>")
                        .append("<td>").append(esc(f.user())).append("</td>")
                        .append("<td>").append(esc(text(f))).append("</td>")
                        .append("<td title=\"").append(esc(statement(f))).append("\"><code>").append(f.kind().rule().id()).append("</code> ")
                        .append(esc(statement(f))).append("</td>")
                        .append("<td>").append(esc(String.join(", ", f.kind().seeds()))).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
            if (dropped > 0) {
                h.append("<p class=\"note\">").append(esc(catalog.format("message.audit.report.more", Map.of("count", dropped), ui))).append("</p>\n");
            }
            h.append("</body>\n</html>\n");
            return h.toString();
        }
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\n' -> b.append("&#10;");
                default -> {
                    if (c < 0x20 && c != '\t') b.append('\uFFFD'); else b.append(c);
                }
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            body { font-family: system-ui, sans-serif; margin: 1.5em; color: #1d1d1f; }
            h1 { font-size: 1.5em; margin-bottom: .2em; }
            .impl { color: #333; }
            #verdict { font-weight: bold; font-size: 1.2em; padding: .3em .6em; display: inline-block; border-radius: 4px; }
            #verdict.conformant { background: #c8f0c8; }
            #verdict.not-conformant { background: #f6c1c1; }
            .note { color: #555; font-size: .9em; }
            table { border-collapse: collapse; font-size: .85em; }
            th, td { border: 1px solid #bbb; padding: 3px 5px; vertical-align: top; text-align: left; }
            .cell.warning { background: #f8dfa0; }
            .cell.violation, .cell.error { background: #f6a8a8; }
            """;
}

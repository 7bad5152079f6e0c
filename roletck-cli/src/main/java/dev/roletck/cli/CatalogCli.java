package dev.roletck.cli;

import dev.roletck.harness.ExitCodes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.roletck.i18n.Catalog;
import dev.roletck.i18n.CatalogException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** What the catalog commands share: loading the catalog, reading --locale and --format, printing tables. */
final class CatalogCli {
    /** Thrown to end a command with one line on stderr and exit code 2. */
    static final class Stop extends RuntimeException {
        Stop(String message) { super(message); }
    }

    static final List<String> FORMATS = List.of("text", "json");

    final Catalog catalog;
    /** The language the command speaks to the reader. */
    final Locale ui;
    final CommandLine.Model.CommandSpec spec;

    private CatalogCli(Catalog catalog, Locale ui, CommandLine.Model.CommandSpec spec) {
        this.catalog = catalog;
        this.ui = ui;
        this.spec = spec;
    }

    /** Loads the catalog; the reader's language is --locale when given, else the JVM's. */
    static CatalogCli open(CommandLine.Model.CommandSpec spec, String localeOption) {
        Catalog catalog;
        try {
            catalog = Catalog.standard();
        } catch (CatalogException e) {
            throw new Stop(e.getMessage());
        }
        CatalogCli cli = new CatalogCli(catalog, Locale.getDefault(), spec);
        return localeOption == null ? cli : new CatalogCli(catalog, cli.locale(localeOption), spec);
    }

    /** A --locale value: a language the catalog has (pl, pl-PL, pl_PL); anything else stops the command. */
    Locale locale(String tag) {
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
        } catch (IllformedLocaleException e) {
            locale = Locale.ROOT;
        }
        if (locale.getLanguage().isEmpty() || !catalog.speaks(locale)) {
            throw new Stop(msg("message.error.unknown_locale", Map.of("locale", tag,
                    "locales", catalog.locales().stream().map(Locale::toLanguageTag).toList())));
        }
        return locale;
    }

    void checkFormat(String format) {
        if (!FORMATS.contains(format)) {
            throw new Stop(msg("message.error.unknown_format", Map.of("format", format, "formats", FORMATS)));
        }
    }

    String msg(String key, Map<String, Object> args) {
        return catalog.format(key, args, ui);
    }

    String msg(String key) {
        return catalog.format(key, Map.of(), ui);
    }

    PrintWriter out() { return spec.commandLine().getOut(); }

    /** Runs a command body: a Stop becomes one line on stderr and exit code 2. */
    static int run(CommandLine.Model.CommandSpec spec, java.util.concurrent.Callable<Integer> body) throws Exception {
        try {
            return body.call();
        } catch (Stop | CatalogException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("roletck " + spec.name() + ": " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
    }

    static void printJson(PrintWriter out, Object value) {
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value));
            out.flush();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new Stop("cannot write JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /** Prints rows as columns aligned on the widest cell (counted in code points), header first. */
    static void printTable(PrintWriter out, List<List<String>> rows) {
        List<Integer> widths = new ArrayList<>();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                int w = width(row.get(i));
                if (widths.size() <= i) widths.add(w); else widths.set(i, Math.max(widths.get(i), w));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(row.get(i));
                if (i < row.size() - 1) line.append(" ".repeat(widths.get(i) - width(row.get(i)) + 2));
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    static String join(List<String> items) {
        return items.stream().collect(Collectors.joining(", "));
    }
}

package dev.roletck.cli;

import dev.roletck.harness.ExitCodes;
import dev.roletck.i18n.Entry;
import dev.roletck.i18n.FindResult;
import dev.roletck.i18n.Label;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roletck label}: the localized labels of the kit's ids — show one, find one by its name, or list all. */
@Command(name = "label", mixinStandardHelpOptions = true,
        description = {"Show the labels of an id, find the id a label names, or list every id with its labels.",
                "Exit 2 when the id or the text is unknown (the message suggests near matches)."})
final class LabelCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "<id>",
            description = "An id (full_admin) or a key (role.full_admin, capability.webex_site_roles.licenses).")
    String id;

    @Option(names = "--find", paramLabel = "<text>", description = "Find the id whose label or alias reads <text>.")
    String find;

    @Option(names = "--kind", paramLabel = "<prefix>",
            description = "With --find: search only keys starting with <prefix> (role, capability.webex_site_roles, …).")
    String kind;

    @Option(names = "--list", description = "List every id with its labels.")
    boolean list;

    @Option(names = "--locale", paramLabel = "<language>", description = "en, pl, da or tr (default: all languages; for --find: the JVM's).")
    String locale;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override public Integer call() throws Exception {
        return CatalogCli.run(spec, () -> {
            CatalogCli cli = CatalogCli.open(spec, locale);
            cli.checkFormat(format);
            int modes = (id != null ? 1 : 0) + (find != null ? 1 : 0) + (list ? 1 : 0);
            if (modes != 1) throw new CatalogCli.Stop(cli.msg("message.label.usage"));
            if (kind != null && find == null) throw new CatalogCli.Stop(cli.msg("message.label.usage"));
            if (list) return list(cli);
            if (find != null) return find(cli);
            return show(cli);
        });
    }

    private List<Locale> languages(CatalogCli cli) {
        return locale == null ? cli.catalog.locales() : List.of(cli.ui);
    }

    private int show(CatalogCli cli) {
        List<String> keys = cli.catalog.keysFor(id);
        if (keys.isEmpty()) {
            List<String> near = cli.catalog.suggestKeys(id);
            throw new CatalogCli.Stop(cli.msg("message.label.unknown_id", Map.of("id", id,
                    "suggested", near.isEmpty() ? "no" : "yes", "suggestions", near)));
        }
        if (format.equals("json")) {
            List<Object> out = new ArrayList<>();
            for (String key : keys) out.add(json(cli, key));
            CatalogCli.printJson(cli.out(), out);
            return ExitCodes.OK;
        }
        if (locale != null) {
            for (String key : keys) {
                Label label = cli.catalog.label(key, cli.ui);
                cli.out().println(keys.size() == 1 ? label.text() : key + "  " + label.text());
                if (label.fellBack()) {
                    spec.commandLine().getErr().println(cli.msg("message.label.fallback", Map.of("language", label.locale())));
                }
            }
            cli.out().flush();
            return ExitCodes.OK;
        }
        for (String key : keys) {
            cli.out().println(key);
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(cli.msg("message.label.header.language"), cli.msg("message.label.header.label"),
                    cli.msg("message.label.header.source"), cli.msg("message.label.header.aliases")));
            for (Locale l : cli.catalog.locales()) {
                cli.catalog.entry(key, l).ifPresent(e -> rows.add(List.of(l.toLanguageTag(), e.text(),
                        source(cli, e.source()), String.join("; ", e.aliases().stream().map(Entry.Alias::text).toList()))));
            }
            CatalogCli.printTable(cli.out(), rows);
        }
        return ExitCodes.OK;
    }

    private Map<String, Object> json(CatalogCli cli, String key) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("key", key);
        if (locale != null) {
            Label label = cli.catalog.label(key, cli.ui);
            o.put("locale", cli.ui.toLanguageTag());
            o.put("label", label.text());
            o.put("from", label.locale().toLanguageTag());
            o.put("fellBack", label.fellBack());
            o.put("source", label.source());
            return o;
        }
        Map<String, Object> labels = new LinkedHashMap<>();
        for (Locale l : cli.catalog.locales()) {
            cli.catalog.entry(key, l).ifPresent(e -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("label", e.text());
                one.put("source", e.source());
                List<Map<String, String>> aliases = new ArrayList<>();
                for (Entry.Alias a : e.aliases()) aliases.add(Map.of("text", a.text(), "source", a.source()));
                one.put("aliases", aliases);
                e.note().ifPresent(n -> one.put("note", n));
                labels.put(l.toLanguageTag(), one);
            });
        }
        o.put("labels", labels);
        return o;
    }

    private static String source(CatalogCli cli, String source) {
        return switch (source) {
            case "translated" -> cli.msg("message.label.source.translated");
            case "original" -> cli.msg("message.label.source.original");
            default -> source;
        };
    }

    private int find(CatalogCli cli) {
        String prefix = kind == null ? "" : kind;
        if (kind != null && cli.catalog.keys().stream().noneMatch(k -> k.startsWith(kind.endsWith(".") ? kind : kind + "."))) {
            throw new CatalogCli.Stop(cli.msg("message.error.unknown_kind", Map.of("kind", kind,
                    "kinds", List.of("role", "capability.<table>", "relation", "access", "scope", "table", "rule", "column"))));
        }
        FindResult result = cli.catalog.find(find, cli.ui, prefix);
        if (!result.found()) {
            List<String> near = result.suggestions().stream()
                    .map(s -> s.label() + " (" + s.key() + ")").toList();
            throw new CatalogCli.Stop(cli.msg("message.label.no_match", Map.of("text", find, "language", cli.ui,
                    "suggested", near.isEmpty() ? "no" : "yes", "suggestions", near)));
        }
        if (format.equals("json")) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("text", find);
            o.put("locale", cli.ui.toLanguageTag());
            List<Map<String, Object>> matches = new ArrayList<>();
            for (FindResult.Match m : result.matches()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("key", m.key());
                one.put("id", m.id());
                m.qualifier().ifPresent(q -> one.put("qualifier", q));
                one.put("label", m.label());
                one.put("matched", m.matched());
                one.put("locale", m.locale().toLanguageTag());
                matches.add(one);
            }
            o.put("matches", matches);
            CatalogCli.printJson(cli.out(), o);
            return ExitCodes.OK;
        }
        if (result.matches().size() > 1) {
            cli.out().println(cli.msg("message.label.matches", Map.of("count", result.matches().size(), "text", find)));
        }
        List<List<String>> rows = new ArrayList<>();
        for (FindResult.Match m : result.matches()) rows.add(List.of(m.key(), m.label()));
        CatalogCli.printTable(cli.out(), rows);
        return ExitCodes.OK;
    }

    private int list(CatalogCli cli) {
        List<Locale> langs = languages(cli);
        List<String> keys = cli.catalog.keys().stream().filter(k -> !k.startsWith("message.")).toList();
        if (format.equals("json")) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (String key : keys) {
                if (locale != null) {
                    out.put(key, cli.catalog.label(key, cli.ui).text());
                } else {
                    Map<String, String> labels = new LinkedHashMap<>();
                    for (Locale l : langs) cli.catalog.entry(key, l).ifPresent(e -> labels.put(l.toLanguageTag(), e.text()));
                    out.put(key, labels);
                }
            }
            CatalogCli.printJson(cli.out(), out);
            return ExitCodes.OK;
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(cli.msg("message.label.header.key"));
        for (Locale l : langs) header.add(l.toLanguageTag());
        rows.add(header);
        for (String key : keys) {
            List<String> row = new ArrayList<>();
            row.add(key);
            for (Locale l : langs) row.add(cli.catalog.label(key, l).text());
            rows.add(row);
        }
        CatalogCli.printTable(cli.out(), rows);
        cli.out().println(cli.msg("message.label.count", Map.of("keys", keys.size(), "locales", langs.size())));
        cli.out().flush();
        return ExitCodes.OK;
    }
}

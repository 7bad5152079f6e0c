package dev.roletck.cli;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import dev.roletck.harness.ExitCodes;
import dev.roletck.i18n.Catalog;
import java.io.PrintWriter;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * Prints a usage error as one line with the fix, never a stack trace, and exits 2. The line is the
 * catalog's, in the {@code --locale} language of the command line (else the JVM's): an unknown
 * option or argument with picocli's near matches ("did you mean"), a missing one, a value picocli
 * could not convert; a problem of another kind is picocli's own text inside the catalog's frame.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    @Override public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        Catalog catalog = Catalog.standard();
        Locale ui = locale(args, catalog);
        String problem;
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            List<String> given = unmatched.getUnmatched();
            problem = catalog.format("message.cli.unknown_argument", Map.of("count", given.size(), "args", given), ui);
            List<String> near = unmatched.getSuggestions().stream().distinct().limit(3).toList();
            if (!near.isEmpty()) {
                String either = ListFormatter.getInstance(ULocale.forLocale(ui), ListFormatter.Type.OR, ListFormatter.Width.WIDE)
                        .format(near);
                problem += " — " + catalog.format("message.cli.did_you_mean", Map.of("suggestions", either), ui);
            }
        } else if (ex instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            List<String> what = missing.getMissing().stream().map(UsageErrors::name).toList();
            problem = catalog.format("message.cli.missing", Map.of("count", what.size(), "what", what), ui);
        } else if (ex.getArgSpec() != null && ex.getValue() != null && ex.getCause() instanceof CommandLine.TypeConversionException) {
            problem = catalog.format("message.cli.invalid_value", Map.of("option", name(ex.getArgSpec()), "value", ex.getValue()), ui);
        } else {
            problem = ex.getMessage();
        }
        err.println("roletck: " + catalog.format("message.cli.usage_line", Map.of("problem", problem,
                "command", ex.getCommandLine().getCommandSpec().qualifiedName()), ui));
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    /** An option by its longest name, a positional parameter by its label. */
    private static String name(CommandLine.Model.ArgSpec spec) {
        return spec instanceof CommandLine.Model.OptionSpec o ? o.longestName() : spec.paramLabel();
    }

    /** The language of {@code --locale} among the arguments when the catalog speaks it, else the JVM's. */
    static Locale locale(String[] args, Catalog catalog) {
        for (int i = 0; i < args.length; i++) {
            String tag = args[i].startsWith("--locale=") ? args[i].substring("--locale=".length())
                    : args[i].equals("--locale") && i + 1 < args.length ? args[i + 1] : null;
            if (tag == null) continue;
            try {
                Locale l = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
                if (!l.getLanguage().isEmpty() && catalog.speaks(l)) return l;
            } catch (IllformedLocaleException e) {
                // not a language: the JVM's is used
            }
        }
        return Locale.getDefault();
    }
}

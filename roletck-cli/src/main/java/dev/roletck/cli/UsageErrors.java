package dev.roletck.cli;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import dev.roletck.harness.ExitCodes;
import dev.roletck.i18n.Catalog;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * Prints a usage error as one line with the fix, never a stack trace, and exits 2. A mistyped
 * command or option gets picocli's near matches ("did you mean"), worded by the catalog.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    @Override public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        String suggestion = "";
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> near = unmatched.getSuggestions().stream().distinct().limit(3).toList();
            if (!near.isEmpty()) {
                Locale ui = Locale.getDefault();
                String either = ListFormatter.getInstance(ULocale.forLocale(ui), ListFormatter.Type.OR, ListFormatter.Width.WIDE)
                        .format(near);
                suggestion = " — " + Catalog.standard().format("message.cli.did_you_mean", Map.of("suggestions", either), ui);
            }
        }
        err.println("roletck: " + ex.getMessage() + suggestion
                + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}

package dev.roletck.cli;

import dev.roletck.harness.ExitCodes;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Prints a usage error as one line with the fix, never a stack trace, and exits 2. */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    @Override public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        err.println("roletck: " + ex.getMessage() + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}

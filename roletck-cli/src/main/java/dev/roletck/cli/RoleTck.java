package dev.roletck.cli;

import dev.roletck.harness.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code roletck} command line: one subcommand per job. */
@Command(name = "roletck",
        mixinStandardHelpOptions = true,
        versionProvider = RoleTck.Version.class,
        description = "Conformance kit for the administrator-role rules of Webex Control Hub.",
        subcommands = {
                CommandLine.HelpCommand.class,
                VerifyCommand.class,
                DecideCommand.class,
                ServeCommand.class,
                LabelCommand.class,
                CatalogCommand.class,
                ExportCommand.class,
                AuditCommand.class,
        })
public final class RoleTck implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. verify");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new RoleTck())
                .setExpandAtFiles(false) // an argument "@file" is itself, never a file read into the arguments
                .setExitCodeExceptionMapper(e -> ExitCodes.BAD_INPUT)
                .setParameterExceptionHandler(new UsageErrors());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            String v = RoleTck.class.getPackage().getImplementationVersion();
            return new String[] {"roletck " + (v == null ? "(development build)" : v)};
        }
    }
}

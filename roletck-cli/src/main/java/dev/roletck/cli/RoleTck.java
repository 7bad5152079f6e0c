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
                ExplainCommand.class,
                CompletionCommand.class,
        })
public final class RoleTck implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                dev.roletck.i18n.Catalog.standard().format("message.cli.name_a_command", java.util.Map.of(), java.util.Locale.getDefault()));
    }

    public static void main(String[] args) {
        dev.roletck.harness.Timing.mark("main entered");
        System.setOut(Utf8.stream(java.io.FileDescriptor.out));
        System.setErr(Utf8.stream(java.io.FileDescriptor.err));
        java.io.PrintWriter out = Utf8.writer(System.out);
        java.io.PrintWriter err = Utf8.writer(System.err);
        String[] arguments = Utf8.arguments(args);
        CommandLine commandLine = commandLineFor(arguments);
        dev.roletck.harness.Timing.mark("command line built");
        int exit = commandLine.setOut(out).setErr(err).execute(arguments);
        out.flush();
        err.flush();
        System.exit(exit);
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new RoleTck())
                .setExpandAtFiles(false) // an argument "@file" is itself, never a file read into the arguments
                .setExitCodeExceptionMapper(e -> ExitCodes.BAD_INPUT)
                .setParameterExceptionHandler(new UsageErrors());
    }

    /**
     * The command line a run needs: when the first argument names a command, only that command's
     * model is built — picocli builds every subcommand's from its annotations, which is most of a
     * second of start-up spent on commands the run does not use. Anything else (no command, help,
     * completion, which reads every command, a mistyped command) gets the full {@link
     * #commandLine()}, so suggestions and listings are whole. A test checks both give each command the same usage.
     */
    static CommandLine commandLineFor(String[] args) {
        if (args.length == 0) return commandLine();
        for (Class<?> sub : RoleTck.class.getAnnotation(Command.class).subcommands()) {
            Command c = sub.getAnnotation(Command.class);
            if (sub == CommandLine.HelpCommand.class || sub == CompletionCommand.class || c == null || !c.name().equals(args[0])) continue;
            return new CommandLine(new Lean())
                    .addSubcommand(new CommandLine(sub))
                    .setExpandAtFiles(false)
                    .setExitCodeExceptionMapper(e -> ExitCodes.BAD_INPUT)
                    .setParameterExceptionHandler(new UsageErrors());
        }
        return commandLine();
    }

    /** {@link RoleTck} without its subcommands, for {@link #commandLineFor}: one is added. */
    @Command(name = "roletck", mixinStandardHelpOptions = true, versionProvider = RoleTck.Version.class,
            description = "Conformance kit for the administrator-role rules of Webex Control Hub.")
    static final class Lean implements Runnable {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. verify");
        }
    }

    /** The version Maven built: from the filtered {@code version.properties}, else the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            return new String[] {"roletck " + version()};
        }

        static String version() {
            try (java.io.InputStream in = RoleTck.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    java.util.Properties p = new java.util.Properties();
                    p.load(in);
                    String v = p.getProperty("version", "");
                    if (!v.isBlank() && !v.startsWith("${")) return v;
                }
            } catch (java.io.IOException e) {
                // fall back to the manifest
            }
            String v = RoleTck.class.getPackage().getImplementationVersion();
            if (v == null) throw new IllegalStateException("no version: build the command line with Maven");
            return v;
        }
    }
}

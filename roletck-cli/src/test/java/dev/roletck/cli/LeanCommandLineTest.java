package dev.roletck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

/** The command line built for one command behaves as the full one for that command. */
class LeanCommandLineTest {

    @Test
    void everyCommandHasTheSameUsageAndErrorsBothWays() {
        CommandLine full = RoleTck.commandLine();
        int compared = 0;
        for (String name : full.getSubcommands().keySet()) {
            if (name.equals("help") || name.equals("completion")) continue;
            CommandLine lean = RoleTck.commandLineFor(new String[] {name});
            assertEquals(1, lean.getSubcommands().size(), name);
            assertEquals(full.getSubcommands().get(name).getUsageMessage(), lean.getSubcommands().get(name).getUsageMessage(), name);
            assertEquals(run(RoleTck.commandLine(), name, "--no-such-option"), run(lean, name, "--no-such-option"), name);
            compared++;
        }
        assertTrue(compared >= 8, compared + " commands");
    }

    @Test
    void noCommandOrAnUnknownOneGetsTheFullCommandLine() {
        int all = RoleTck.commandLine().getSubcommands().size();
        assertEquals(all, RoleTck.commandLineFor(new String[0]).getSubcommands().size());
        assertEquals(all, RoleTck.commandLineFor(new String[] {"verfy"}).getSubcommands().size());
        assertEquals(all, RoleTck.commandLineFor(new String[] {"help", "verify"}).getSubcommands().size());
        assertEquals(all, RoleTck.commandLineFor(new String[] {"completion"}).getSubcommands().size());
    }

    private static String run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = cli.setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return exit + "|" + out + "|" + err;
    }
}

package dev.roletck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.harness.ExitCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineBasicsTest {

    /** Every command and subcommand, as its words on the command line, e.g. [catalog, export]. */
    private static List<List<String>> commands(CommandLine cl, List<String> prefix) {
        List<List<String>> all = new ArrayList<>();
        for (var e : cl.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) continue;
            List<String> words = new ArrayList<>(prefix);
            words.add(e.getKey());
            all.add(words);
            all.addAll(commands(e.getValue(), words));
        }
        return all;
    }

    /**
     * picocli's {@code @file} expansion is off: an argument {@code @FILE} is that argument, refused as
     * unknown and named as it was given — never the file read into the arguments (a file holding
     * {@code --version} would print the version, exit 0) nor its text echoed in an error.
     */
    @Test
    void anArgumentStartingWithAnAtSignIsNeverAFileReadIntoTheArguments(@TempDir Path dir) throws Exception {
        Path version = Files.writeString(dir.resolve("version.args"), "--version\n");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "s3cret-token-4711\n");
        List<String[]> lines = List.of(new String[] {"@" + version}, new String[] {"verify", "@" + version},
                new String[] {"@" + secret}, new String[] {"verify", "@" + secret},
                new String[] {"export", "@" + secret});
        for (String[] args : lines) {
            CliRun r = CliRun.of(args);
            String shown = String.join(" ", args);
            assertEquals(ExitCodes.BAD_INPUT, r.exit(), shown + ": " + r.out() + r.err());
            assertEquals("", r.out(), shown);
            assertFalse(r.err().contains("s3cret-token-4711"), shown + ": the file's text was echoed: " + r.err());
            assertTrue(r.err().contains("@" + dir), shown + ": the argument is named as given: " + r.err());
        }
    }

    @Test
    void everyCommandHasHelp() {
        List<List<String>> commands = commands(RoleTck.commandLine(), List.of());
        assertTrue(commands.size() >= 8, commands.toString());
        for (List<String> words : commands) {
            List<String> args = new ArrayList<>(words);
            args.add("--help");
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(ExitCodes.OK, r.exit(), args + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: roletck " + String.join(" ", words)), args + ": " + r.out());
            assertEquals("", r.err(), args.toString());
        }
    }

    @Test
    void versionIsTheBuiltVersion() {
        CliRun r = CliRun.of("--version");
        assertEquals(ExitCodes.OK, r.exit());
        assertTrue(r.out().strip().matches("roletck \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), r.out());
    }

    @Test
    void aMistypedCommandOrOptionGetsNearMatches() {
        CliRun r = CliRun.of("verfy");
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(didYouMean("verify", "serve")), r.err());

        r = CliRun.of("decide", "--table", "organization_roles", "--capability", "legal_hold", "--relaton", "partner");
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertTrue(r.err().contains(didYouMean("--relation")), r.err());
        assertTrue(r.err().contains("roletck decide --help)"), r.err()); // "(see …", "(bkz. …": the JVM's language
    }

    /** The catalog's "did you mean" in the JVM's language (CI runs the tests under four), with an "or" list. */
    private static String didYouMean(String... near) {
        java.util.Locale ui = java.util.Locale.getDefault();
        String either = com.ibm.icu.text.ListFormatter.getInstance(com.ibm.icu.util.ULocale.forLocale(ui),
                com.ibm.icu.text.ListFormatter.Type.OR, com.ibm.icu.text.ListFormatter.Width.WIDE).format(List.of(near));
        return dev.roletck.i18n.Catalog.standard().format("message.cli.did_you_mean", java.util.Map.of("suggestions", either), ui);
    }

    @Test
    void completionIsGeneratedFromTheCommandModel() {
        CliRun r = CliRun.of("completion");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r.out().lines().findFirst().orElse(""));
        assertTrue(r.out().contains("complete -F _complete_roletck"), "registers the function");
        for (String word : List.of("verify", "decide", "serve", "label", "catalog", "export", "--impl-cmd", "--capability", "--find")) {
            assertTrue(r.out().contains(word), word);
        }
    }

    @Test
    void argumentsDecodedWithAnotherCharsetAreReadAgainAsUtf8(@TempDir Path dir) throws Exception {
        String typed = "SALT OKUNUR YÖNETİCİ";
        Path cmdline = dir.resolve("cmdline");
        Files.write(cmdline, ("java\0-jar\0roletck.jar\0label\0--find\0" + typed + "\0").getBytes(StandardCharsets.UTF_8));
        String asJvmSawIt = new String(typed.getBytes(StandardCharsets.UTF_8), StandardCharsets.US_ASCII);
        assertFalse(asJvmSawIt.equals(typed));
        String[] args = {"label", "--find", asJvmSawIt};
        assertArrayEquals(new String[] {"label", "--find", typed}, Utf8.arguments(args, StandardCharsets.US_ASCII, cmdline));
        // Arguments the JVM decoded as UTF-8 are never replaced.
        assertArrayEquals(args, Utf8.arguments(args, StandardCharsets.UTF_8, cmdline));
        // Nor when the raw arguments do not match what the JVM saw.
        String[] other = {"label", "--find", "ANOTHER ?"};
        assertArrayEquals(other, Utf8.arguments(other, StandardCharsets.US_ASCII, cmdline));
    }
}

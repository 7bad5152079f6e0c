package dev.roletck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in process, with what it printed and its exit code. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = RoleTck.commandLineFor(args).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}

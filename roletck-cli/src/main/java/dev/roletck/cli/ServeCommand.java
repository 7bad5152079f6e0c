package dev.roletck.cli;

import dev.roletck.harness.ExitCodes;
import dev.roletck.protocol.ProtocolServer;
import dev.roletck.reference.ReferencePolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code roletck serve}: the reference policy as an oracle over protocol v1 (PROTOCOL.md). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Answer protocol v1 requests on stdin/stdout with the reference policy.")
final class ServeCommand implements Callable<Integer> {
    @Override public Integer call() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        new ProtocolServer(new ReferencePolicy(), "roletck-reference").serve(in, out);
        return ExitCodes.OK;
    }
}

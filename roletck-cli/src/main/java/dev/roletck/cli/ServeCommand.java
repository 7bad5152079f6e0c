package dev.roletck.cli;

import dev.roletck.harness.ExitCodes;
import dev.roletck.protocol.ProtocolServer;
import dev.roletck.protocol.http.AuthZen;
import dev.roletck.protocol.http.AuthZenServer;
import dev.roletck.reference.ReferencePolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code roletck serve}: the reference policy as an oracle, over protocol v1 on stdin/stdout, or with
 * {@code --http} as an OpenID AuthZEN 1.0 policy decision point (PROTOCOL.md).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = {
        "Answer protocol v1 requests on stdin/stdout with the reference policy,",
        "or with --http serve it as an AuthZEN 1.0 policy decision point."})
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--http", description = "Serve AuthZEN 1.0 over HTTP instead of protocol v1 on stdin/stdout.")
    boolean http;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "With --http: the port (0 picks a free one; default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "With --http: the address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    /** A message of the catalog in the JVM's language (serve has no --locale). */
    private static String say(String key, Map<String, Object> args) {
        return dev.roletck.i18n.Catalog.standard().format(key, args, java.util.Locale.getDefault());
    }

    @Override public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!http) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--port") || spec.commandLine().getParseResult().hasMatchedOption("--bind")) {
                err.println("roletck: " + say("message.cli.goes_with", Map.of("count", 2, "options", List.of("--port", "--bind"), "with", "--http")));
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            // bytes in bulk both ways; answers are written when no further request waits
            new ProtocolServer(new ReferencePolicy(), "roletck-reference").serve(System.in, System.out);
            return ExitCodes.OK;
        }
        if (port < 0 || port > 65535) {
            err.println("roletck: " + say("message.usage.not_a_port", Map.of("port", String.valueOf(port))));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            err.println("roletck: " + say("message.usage.not_an_address", Map.of("bind", bind)));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        AuthZenServer server;
        try {
            server = AuthZenServer.start(new ReferencePolicy(), new InetSocketAddress(address, port));
        } catch (IOException e) {
            err.println("roletck: " + say("message.usage.cannot_listen", Map.of("address", bind + ":" + port, "error", String.valueOf(e.getMessage()))));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("roletck: " + say("message.serve.listening", Map.of("url", server.baseUrl().toString(), "endpoints",
                "POST " + AuthZen.EVALUATION_PATH + ", POST " + AuthZen.EVALUATIONS_PATH + ", GET " + AuthZen.WELL_KNOWN_PATH)));
        out.flush();
        // Serves until the process is stopped (Ctrl-C, SIGTERM), or the calling thread is interrupted.
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs, or has run: it closes the server
            }
            server.close();
        }
        return ExitCodes.OK;
    }
}

package dev.roletck.protocol;

import dev.roletck.reference.ReferencePolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints the protocol server's throughput on a file of requests, in one JVM, round after round —
 * a benchmark, not a test: {@code java -cp … dev.roletck.protocol.ServeBenchmark requests.jsonl [rounds]}.
 * The first rounds include warm-up; the last shows the steady state.
 */
public final class ServeBenchmark {
    private ServeBenchmark() {}

    public static void main(String[] args) throws IOException {
        String input = Files.readString(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long lines = input.lines().count();
        ProtocolServer server = new ProtocolServer(new ReferencePolicy(), "bench");
        for (int r = 1; r <= rounds; r++) {
            long t0 = System.nanoTime();
            server.serve(new BufferedReader(new StringReader(input), 64 * 1024), new PrintWriter(Writer.nullWriter()));
            long ns = System.nanoTime() - t0;
            System.out.printf("round %d: %,d requests in %,d ms: %,d decisions/s%n", r, lines, ns / 1_000_000, lines * 1_000_000_000L / ns);
        }
    }
}

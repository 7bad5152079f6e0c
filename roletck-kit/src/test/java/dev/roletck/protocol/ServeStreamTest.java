package dev.roletck.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roletck.reference.ReferencePolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The server's stream: one answer line per request line, the same as {@link ProtocolServer#answer}, flushed when idle. */
class ServeStreamTest {
    private final ProtocolServer server = new ProtocolServer(new ReferencePolicy(), "test");

    private static final List<String> REQUESTS = List.of(
            "{\"id\":1,\"kind\":\"access\",\"table\":\"organization_roles\",\"capability\":\"device_management\",\"roles\":[\"device_admin\"],\"relation\":\"customer\"}",
            "",
            "{\"id\":\"x\",\"kind\":\"hello\"}",
            "not json",
            "{\"id\":3,\"kind\":\"access\",\"table\":\"nope\"}",
            "{\"id\":4,\"kind\":\"access\",\"table\":\"organization_roles\",\"capability\":\"legal_hold\",\"roles\":[\"compliance_officer\",\"full_admin\"],\"relation\":\"partner\"}");

    @Test
    void eachRequestLineGetsItsAnswerOnOneLine() throws IOException {
        StringWriter out = new StringWriter();
        server.serve(new BufferedReader(new StringReader(String.join("\n", REQUESTS) + "\n")), new PrintWriter(out));
        List<String> expected = REQUESTS.stream().filter(l -> !l.isBlank()).map(l -> server.answer(l).toString()).toList();
        assertEquals(expected, out.toString().lines().toList());
        assertEquals(5, expected.size());
    }

    @Test
    void anAnswerIsFlushedAsSoonAsNoOtherRequestWaits() throws Exception {
        PipedWriter toServer = new PipedWriter();
        PipedReader fromClient = new PipedReader(toServer);
        PipedWriter toClient = new PipedWriter();
        BufferedReader answers = new BufferedReader(new PipedReader(toClient));
        CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> {
            try {
                server.serve(new BufferedReader(fromClient), new PrintWriter(toClient));
                toClient.close();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        toServer.write(REQUESTS.get(0) + "\n");
        toServer.flush();
        try (AnswerLines lines = new AnswerLines(answers)) {
            assertEquals(server.answer(REQUESTS.get(0)).toString(), lines.next());
        }
        toServer.close();
        serving.get(10, TimeUnit.SECONDS);
    }
}

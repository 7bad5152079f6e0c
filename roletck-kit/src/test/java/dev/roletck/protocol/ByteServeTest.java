package dev.roletck.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.model.Capability;
import dev.roletck.model.CcLicense;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.Table;
import dev.roletck.reference.ReferencePolicy;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The byte path of {@link ProtocolServer#serve(java.io.InputStream, java.io.OutputStream)} answers
 * every line exactly as {@link ProtocolServer#answer(String)} does — plain access requests through
 * its fast reader, everything else through the general path — and flushes when idle.
 */
class ByteServeTest {
    private final ProtocolServer server = new ProtocolServer(new ReferencePolicy(), "test");

    private static final String OK = "{\"id\":7,\"kind\":\"access\",\"table\":\"organization_roles\",\"capability\":\"device_management\","
            + "\"roles\":[\"device_admin\"],\"relation\":\"customer\"}";

    /** Lines the fast reader must decline or get right: every one differs from {@link #OK} in one way. */
    private static final List<String> EDGES = List.of(
            OK,
            OK.replace("\"id\":7", "\"id\":\"seven\""),
            OK.replace("\"id\":7,", ""),
            OK.replace("\"id\":7", "\"id\":null"),
            OK.replace("\"id\":7", "\"id\":7.0"),
            OK.replace("\"id\":7", "\"id\":-0"),
            OK.replace("\"id\":7", "\"id\":007"),
            OK.replace("\"id\":7", "\"id\":123456789012345678901234"),
            OK.replace("\"id\":7", "\"id\":-9007199254740993"),
            OK.replace("\"id\":7", "\"id\":7,\"id\":8"),
            OK.replace("\"kind\":\"access\"", "\"kind\":\"Access\""),
            OK.replace("\"kind\":\"access\"", "\"kind\":\"access\",\"kind\":\"access\""),
            OK.replace("\"table\":\"organization_roles\"", "\"table\":\"Organization_roles\""),
            OK.replace("device_management", "legal_hold"),
            OK.replace("device_management", "site_licenses"),
            OK.replace("device_management", "devic\\u0065_management"),
            OK.replace("[\"device_admin\"]", "[]"),
            OK.replace("[\"device_admin\"]", "[\"device_admin\",\"device_admin\"]"),
            OK.replace("[\"device_admin\"]", "[\"device_admin\" , \"full_admin\" ]"),
            OK.replace("[\"device_admin\"]", "[\"nobody\"]"),
            OK.replace("[\"device_admin\"]", "\"device_admin\""),
            OK.replace("[\"device_admin\"]", "[\"device_admin\",]"),
            OK.replace("[\"device_admin\"]", "[null]"),
            OK.replace("\"customer\"", "\"partner\""),
            OK.replace("\"customer\"", "\"CUSTOMER\""),
            OK.replace("}", ",\"context\":{}}"),
            OK.replace("}", ",\"context\":null}"),
            OK.replace("}", ",\"context\":{\"cc_license\":\"standard\"}}"),
            OK.replace("}", ",\"extra\":1}"),
            OK + " ",
            OK + " x",
            OK + OK,
            OK + "\r",
            " \t" + OK.replace(",", " , ").replace(":", " : "),
            OK.replace("device_admin", "dévice_admin"),
            "{\"id\":1,\"kind\":\"access\",\"table\":\"contact_center\",\"capability\":\"view_external_admins\","
                    + "\"roles\":[\"full_admin\",\"contact_center_service_admin\"],\"relation\":\"customer\",\"context\":{\"cc_license\":\"standard\"}}",
            "{\"id\":1,\"kind\":\"access\",\"table\":\"contact_center\",\"capability\":\"view_external_admins\","
                    + "\"roles\":[\"full_admin\"],\"relation\":\"customer\",\"context\":{\"cc_license\":\"gold\"}}",
            "{\"id\":1,\"kind\":\"access\",\"table\":\"contact_center\",\"capability\":\"view_external_admins\","
                    + "\"roles\":[\"full_admin\"],\"relation\":\"customer\",\"context\":{\"cc_license\":\"standard\",\"x\":1}}",
            "{\"id\":2,\"kind\":\"hello\"}",
            "{\"id\":3,\"kind\":\"assign\"}",
            "{}",
            "[]",
            "not json",
            "   ",
            "");

    @Test
    void everyLineIsAnsweredAsTheGeneralPathAnswersIt() throws IOException {
        List<String> lines = new ArrayList<>(EDGES);
        Random random = new Random(11);
        Role[] roles = Role.values();
        long id = 1;
        for (Capability c : Capability.values()) {
            for (Relation r : Relation.values()) {
                for (int n = 0; n < 12; n++) {
                    StringBuilder held = new StringBuilder();
                    for (int k = random.nextInt(4); k > 0; k--) {
                        if (held.length() > 0) held.append(',');
                        held.append('"').append(roles[random.nextInt(roles.length)].id()).append('"');
                    }
                    String context = c.table() == Table.CONTACT_CENTER && n % 3 > 0
                            ? ",\"context\":{\"cc_license\":\"" + CcLicense.values()[n % 3].id() + "\"}" : "";
                    lines.add("{\"id\":" + id++ + ",\"kind\":\"access\",\"table\":\"" + c.table().id() + "\",\"capability\":\""
                            + c.id() + "\",\"roles\":[" + held + "],\"relation\":\"" + r.id() + "\"" + context + "}");
                }
            }
        }
        String input = String.join("\n", lines) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        server.serve(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        List<String> expected = lines.stream().map(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l)
                .filter(l -> !l.isBlank()).map(l -> server.answer(l).toString()).toList();
        List<String> actual = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) assertEquals(expected.get(i), actual.get(i), "line " + i);
        assertTrue(expected.size() > 1500, expected.size() + " lines");
    }

    @Test
    void theFastReaderTakesThePlainFormAndDeclinesTheRest() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ByteLines out = new ByteLines(new ByteArrayInputStream(new byte[0]), sink, server);
        FastAccess fast = new FastAccess(server.policy());
        for (String line : List.of(OK, " " + OK.replace(",", ", ") + "\r", OK.replace("}", ",\"context\":{}}"))) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(fast.answer(b, 0, b.length, out), line);
        }
        for (String line : List.of(OK.replace("\"id\":7", "\"id\":7,\"id\":8"), OK + " x", OK.replace("}", ",\"extra\":1}"),
                OK.replace("device_management", "devic\\u0065_management"), "{\"id\":2,\"kind\":\"hello\"}")) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            assertEquals(false, fast.answer(b, 0, b.length, out), line);
        }
    }

    @Test
    void theLastLineNeedsNoLineEnd() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        server.serve(new ByteArrayInputStream(OK.getBytes(StandardCharsets.UTF_8)), out);
        assertEquals(server.answer(OK).toString() + "\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedAndAnsweredWithAnError() throws IOException {
        String input = "{\"kind\":\"" + "x".repeat(5 * ProtocolServer.MAX_LINE) + "\"}\n"
                + "{\"kind\":\"" + "x".repeat(ProtocolServer.MAX_LINE) + "\"}\n" + OK + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        server.serve(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).contains("longer than 1048576 characters"), lines.get(0));
        assertTrue(lines.get(1).contains("longer than 1048576 characters"), lines.get(1));
        assertEquals(server.answer(OK).toString(), lines.get(2));
    }

    @Test
    void aLineOfManyBytesButFewEnoughCharactersIsAnswered() throws IOException {
        String line = "{\"id\":1,\"kind\":\"hello\",\"x\":\"" + "é".repeat(ProtocolServer.MAX_LINE / 2 + 10) + "\"}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        server.serve(new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)), out);
        assertEquals(server.answer(line).toString() + "\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anAnswerIsFlushedAsSoonAsNoOtherRequestWaits() throws Exception {
        PipedOutputStream toServer = new PipedOutputStream();
        PipedInputStream fromClient = new PipedInputStream(toServer);
        PipedOutputStream toClient = new PipedOutputStream();
        BufferedReader answers = new BufferedReader(new InputStreamReader(new PipedInputStream(toClient), StandardCharsets.UTF_8));
        CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> {
            try {
                server.serve(fromClient, toClient);
                toClient.close();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        try (AnswerLines lines = new AnswerLines(answers)) {
            for (int i = 0; i < 2; i++) {
                toServer.write((OK + "\n").getBytes(StandardCharsets.UTF_8));
                toServer.flush();
                assertEquals(server.answer(OK).toString(), lines.next());
            }
        }
        toServer.close();
        serving.get(10, TimeUnit.SECONDS);
    }
}

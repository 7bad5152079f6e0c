package dev.roletck.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.api.BadRequestException;
import dev.roletck.api.Policy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Answers protocol v1 with a policy: one JSON request per line in, one answer per line out. A
 * line that cannot be answered gets an error answer and the server goes on with the next line.
 */
public final class ProtocolServer {
    public static final int PROTOCOL_VERSION = 1;

    private final Policy policy;
    private final String name;

    public ProtocolServer(Policy policy, String name) {
        this.policy = policy;
        this.name = name;
    }

    /** The longest request line read, in characters; a longer one is skipped and answered with an error. */
    public static final int MAX_LINE = 1 << 20;

    /**
     * Serves until the input ends. A line longer than {@link #MAX_LINE} is skipped, never held, and
     * answered with an error. Answers are flushed whenever no further request is waiting to be read,
     * so that a client sending one request at a time gets each answer at once, and one that
     * pipelines many gets them in large writes. Each answer is written straight from its tree
     * through one reused generator, with no string built in between.
     */
    public void serve(BufferedReader in, PrintWriter out) throws IOException {
        JsonGenerator gen = WRITER.getFactory().createGenerator(out);
        StringBuilder line = new StringBuilder();
        while (true) {
            boolean tooLong = false;
            line.setLength(0);
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                if (line.length() < MAX_LINE) line.append((char) c);
                else tooLong = true;
            }
            if (c == -1 && line.length() == 0 && !tooLong) break;
            if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') line.setLength(line.length() - 1);
            if (tooLong) {
                WRITER.writeTree(gen, tooLong());
                gen.writeRaw('\n');
            } else if (!line.toString().isBlank()) {
                WRITER.writeTree(gen, answer(line.toString()));
                gen.writeRaw('\n');
            }
            if (c == -1) break;
            if (!in.ready()) gen.flush();
        }
        gen.flush();
    }

    /**
     * Serves bytes until the input ends, as {@link #serve(BufferedReader, PrintWriter)} does with
     * characters and with the same answers, but in bulk: input is read in large blocks and scanned
     * for line ends in place, a well-formed access request is answered by {@link FastAccess} without
     * building a tree, and answers collect in one buffer that is written when no further request is
     * waiting (or the buffer fills), not once per line. Every line the fast reader does not take in
     * full — other kinds, anything unusual or wrong — is answered by {@link #answer(String)}, so
     * strictness and error messages are the same on both paths.
     */
    public void serve(InputStream in, OutputStream out) throws IOException {
        new ByteLines(in, out, this).run();
    }

    /** Writes trees without flushing after each, and without a separator between root values. */
    private static final ObjectMapper WRITER = Wire.JSON.copy().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    static {
        WRITER.getFactory().setRootValueSeparator(null);
    }

    /** The answer to one request line. */
    public ObjectNode answer(String line) {
        JsonNode request;
        try {
            request = Wire.parse(line);
        } catch (BadRequestException e) {
            return error(null, e.getMessage());
        }
        JsonNode id = request == null ? null : request.get("id");
        if (request == null || !request.isObject()) return error(null, "a request is one JSON object per line");
        try {
            JsonNode kind = request.get("kind");
            String k = kind != null && kind.isTextual() ? kind.asText() : null;
            ObjectNode answer;
            if ("access".equals(k)) {
                answer = Wire.toJson(policy.decide(Wire.accessRequest(request)));
            } else if ("assign".equals(k)) {
                answer = Wire.toJson(policy.decide(Wire.assignmentRequest(request)));
            } else if ("hello".equals(k)) {
                answer = JsonNodeFactory.instance.objectNode().put("protocol", PROTOCOL_VERSION).put("name", name);
            } else {
                return error(id, "field 'kind' must be \"access\", \"assign\" or \"hello\"");
            }
            ObjectNode withId = JsonNodeFactory.instance.objectNode();
            withId.set("id", id == null ? JsonNodeFactory.instance.nullNode() : id);
            withId.setAll(answer);
            return withId;
        } catch (BadRequestException e) {
            return error(id, e.getMessage());
        } catch (RuntimeException e) {
            return error(id, "internal error of the policy — report it (" + e.getClass().getSimpleName() + ")");
        }
    }

    Policy policy() {
        return policy;
    }

    static ObjectNode tooLong() {
        return error(null, "the line is longer than " + MAX_LINE + " characters — send one request per line");
    }

    /** An answer as the server writes it, without the line end. */
    static byte[] bytes(ObjectNode answer) {
        try {
            return WRITER.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer tree could not be written", e);
        }
    }

    private static ObjectNode error(JsonNode id, String message) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.set("id", id == null ? JsonNodeFactory.instance.nullNode() : id);
        n.put("error", message);
        return n;
    }
}

package dev.roletck.suite;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An implementation the kit reaches over a wire — a process speaking protocol v1, or an HTTP
 * server — and so one it can send requests that the Java API cannot even express: unknown or
 * wrongly cased ids, missing fields, wrong types. The fail-closed checks go through here; an
 * implementation in this JVM has no such channel (its requests are records that refuse to be
 * built malformed), and those checks are reported not run for it.
 */
public interface WireChannel {

    /**
     * Sends one protocol v1 request object, without {@code id}, exactly as given (the channel adds
     * the id, or maps it onto its binding, and nothing else) and says how the implementation
     * answered. A fault of the implementation — a crash, a timeout, a garbled reply — is thrown as
     * for any other request.
     */
    WireReply send(ObjectNode request);
}

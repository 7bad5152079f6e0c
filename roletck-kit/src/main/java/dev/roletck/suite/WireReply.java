package dev.roletck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** How an implementation answered one request sent over a {@link WireChannel}. */
public sealed interface WireReply {

    /** It refused the request as an error (protocol v1 {@code {"error": …}}; HTTP status 400). */
    record Refused(String error) implements WireReply {
        public Refused {
            Objects.requireNonNull(error, "error");
        }
    }

    /** It answered the request: the answer without its id (protocol v1), or the response body (HTTP). */
    record Answered(JsonNode answer) implements WireReply {
        public Answered {
            Objects.requireNonNull(answer, "answer");
        }
    }
}

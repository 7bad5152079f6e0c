package dev.roletck.protocol;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Reads a server's answers one line at a time, each within a bound, so that a server that does not
 * flush an answer fails the test instead of hanging it. One reading thread throughout: a piped stream
 * fails once a thread that read from it has ended.
 */
final class AnswerLines implements AutoCloseable {
    private static final long BOUND_SECONDS = 10;

    private final BufferedReader answers;
    private final ExecutorService reader = Executors.newSingleThreadExecutor();

    AnswerLines(BufferedReader answers) {
        this.answers = answers;
    }

    /** The next answer line, or a failure when none arrives within 10 seconds. */
    String next() throws Exception {
        return reader.submit(() -> {
            try {
                return answers.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).get(BOUND_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }
}

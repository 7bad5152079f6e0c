package dev.roletck.harness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads UTF-8 lines from an implementation's output with a limit on their length: a longer line is
 * skipped to its end without being kept, and reported as {@link Line#tooLong()}, so that whatever
 * an implementation writes, the kit's memory stays flat.
 */
final class LineReader {
    /** One line, without its terminator; {@code text} is empty when the line was too long. */
    record Line(String text, boolean tooLong) {}

    private final InputStream in;
    private final int limit;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int end;
    private byte[] line = new byte[256];

    LineReader(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line, or empty at the end of the stream (a last line without terminator counts). */
    Optional<Line> next() throws IOException {
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    return any ? Optional.of(finish(length, tooLong)) : Optional.empty();
                }
            }
            any = true;
            int start = pos;
            while (pos < end && buffer[pos] != '\n') pos++;
            int n = pos - start;
            if (!tooLong) {
                if (length + n > limit) {
                    tooLong = true;
                    length = 0;
                    if (line.length > 4096) line = new byte[256];
                } else {
                    if (length + n > line.length) line = Arrays.copyOf(line, Math.max(length + n, Math.min(limit, line.length * 2)));
                    System.arraycopy(buffer, start, line, length, n);
                    length += n;
                }
            }
            if (pos < end) { // at '\n'
                pos++;
                return Optional.of(finish(length, tooLong));
            }
        }
    }

    private Line finish(int length, boolean tooLong) {
        if (tooLong) return new Line("", true);
        if (length > 0 && line[length - 1] == '\r') length--;
        String text = new String(line, 0, length, StandardCharsets.UTF_8);
        if (line.length > 64 * 1024) line = new byte[256]; // give back what a long line took
        return new Line(text, false);
    }
}

package dev.roletck.audit;

import dev.roletck.input.InputFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file as strict UTF-8 for the CSV parser and keeps a window of the decoded text since the
 * oldest row not yet handed on, so that every row's exact text can be copied (for {@code --translate})
 * and every position named. The window is bounded: a row longer than {@link #LIMIT} characters is
 * refused, so memory stays constant whatever the file holds. A leading byte-order mark is noted and
 * not passed on.
 */
final class SourceReader extends Reader {
    /** The most characters one row (with the read-ahead of the parser) may take. */
    static final int LIMIT = 1 << 20;

    /** Why the text cannot be read further. */
    static final class Stop extends IOException {
        enum Problem { ENCODING, TOO_LONG, FILE }

        final Problem problem;
        /** For ENCODING: the offending byte's offset in the file (0-based) and its value (-1: none). */
        final long offset;
        final int value;
        /** For FILE: the refusal of the file itself (it grew past its size limit while read). */
        final InputFileException file;

        Stop(Problem problem) {
            this(problem, -1, -1, null);
        }

        Stop(Problem problem, long offset, int value, InputFileException file) {
            super(problem.name(), null);
            this.problem = problem;
            this.offset = offset;
            this.value = value;
            this.file = file;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private char[] window = new char[1 << 17];
    /** The stream position of window[0]. */
    private long base;
    private int length;
    private long delivered;
    private long keepFrom;
    private boolean started;
    private boolean decodedAll;
    private boolean bom;
    private boolean quoteSeen;
    /** The bytes read from the stream so far. */
    private long bytesRead;

    SourceReader(InputStream in) {
        this.in = in;
    }

    boolean bom() { return bom; }

    /** The position after the last character decoded. */
    long end() { return base + length; }

    /** Characters before {@code position} are no longer needed. */
    void keepFrom(long position) { keepFrom = position; }

    long keptFrom() { return keepFrom; }

    /** The decoded text between two positions still in the window. */
    String text(long from, long to) {
        return new String(window, (int) (from - base), (int) (to - from));
    }

    /** Line breaks between two positions still in the window, as {@link #lineBreaks}; {@link #quoteSeen()} then tells whether a quote was among them. */
    int rowBreaks(long from, long to) {
        int n = 0;
        boolean quote = false;
        int end = (int) (to - base);
        for (int i = (int) (from - base); i < end; i++) {
            char c = window[i];
            if (c == '\n') n++;
            else if (c == '\r' && (i + 1 >= end || window[i + 1] != '\n')) n++;
            else if (c == '"') quote = true;
        }
        quoteSeen = quote;
        return n;
    }

    /** Whether the text of the last {@link #rowBreaks} call held a quote. */
    boolean quoteSeen() { return quoteSeen; }

    /** Line breaks between two positions still in the window: LF, CRLF and a lone CR each count one. */
    int lineBreaks(long from, long to) {
        int n = 0;
        int end = (int) (to - base);
        for (int i = (int) (from - base); i < end; i++) {
            char c = window[i];
            if (c == '\n') n++;
            else if (c == '\r' && (i + 1 >= end || window[i + 1] != '\n')) n++;
        }
        return n;
    }

    /** The first line that is not blank (up to its line break or the end), for sniffing the delimiter. */
    String firstLine() throws IOException {
        int scanned = 0;
        int start = 0;
        while (true) {
            for (; scanned < length; scanned++) {
                char c = window[scanned];
                if (c == '\n' || c == '\r') {
                    if (scanned > start) return new String(window, start, scanned - start);
                    start = scanned + 1;
                }
            }
            if (!fill()) return new String(window, start, length - start);
        }
    }

    @Override public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (delivered == end()) {
            if (!fill()) return -1;
        }
        int n = (int) Math.min(len, end() - delivered);
        System.arraycopy(window, (int) (delivered - base), buf, off, n);
        delivered += n;
        return n;
    }

    @Override public int read() throws IOException {
        while (delivered == end()) {
            if (!fill()) return -1;
        }
        return window[(int) (delivered++ - base)];
    }

    /** Decodes the next chunk into the window; false at the end of the input. */
    private boolean fill() throws IOException {
        if (decodedAll) return false;
        chars.clear();
        while (chars.position() == 0) {
            bytes.compact();
            int n;
            try {
                n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            } catch (InputFileException e) {
                throw new Stop(Stop.Problem.FILE, -1, -1, e);
            }
            if (n > 0) {
                bytes.position(bytes.position() + n);
                bytesRead += n;
            }
            bytes.flip();
            boolean last = n < 0;
            CoderResult r = decoder.decode(bytes, chars, last);
            if (r.isError()) {
                append();
                int value = bytes.hasRemaining() ? bytes.get(bytes.position()) & 0xFF : -1;
                throw new Stop(Stop.Problem.ENCODING, bytesRead - bytes.remaining(), value, null);
            }
            if (last) {
                decoder.flush(chars);
                decodedAll = true;
                break;
            }
        }
        return append() > 0 || !decodedAll;
    }

    private int append() throws Stop {
        chars.flip();
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(0) == '\uFEFF') {
                bom = true;
                chars.get();
            }
        }
        int n = chars.remaining();
        if (end() + n - keepFrom > LIMIT) throw new Stop(Stop.Problem.TOO_LONG);
        if (length + n > window.length) {
            int drop = (int) (keepFrom - base);
            if (drop > 0) {
                System.arraycopy(window, drop, window, 0, length - drop);
                base += drop;
                length -= drop;
            }
            if (length + n > window.length) {
                window = java.util.Arrays.copyOf(window, Math.max(window.length * 2, length + n));
            }
        }
        chars.get(window, length, n);
        length += n;
        return n;
    }

    @Override public void close() throws IOException {
        in.close();
    }
}

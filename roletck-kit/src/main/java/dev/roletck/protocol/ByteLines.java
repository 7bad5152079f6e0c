package dev.roletck.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The byte loop of {@link ProtocolServer#serve(InputStream, OutputStream)}: a bounded line scanner
 * over one input buffer and one output buffer. A line is held whole up to four bytes per
 * character of {@link ProtocolServer#MAX_LINE} (UTF-8 needs at most that), counted in characters
 * as the character loop does; anything longer is skipped, never held, and answered with an error.
 */
final class ByteLines {
    private static final int BLOCK = 64 * 1024;
    private static final int MAX_BYTES = 4 * ProtocolServer.MAX_LINE;

    private final InputStream in;
    private final OutputStream out;
    private final ProtocolServer server;
    private final FastAccess fast;
    private byte[] buf = new byte[BLOCK];
    private int pos;
    private int limit;
    private byte[] outBuf = new byte[BLOCK];
    private int outLen;

    ByteLines(InputStream in, OutputStream out, ProtocolServer server) {
        this.in = in;
        this.out = out;
        this.server = server;
        this.fast = new FastAccess(server.policy());
    }

    void run() throws IOException {
        boolean skipping = false; // inside a line already known to be too long
        int scanned = pos;         // bytes of the current line already searched for '\n'
        while (true) {
            int nl = -1;
            for (int i = scanned; i < limit; i++) {
                if (buf[i] == '\n') { nl = i; break; }
            }
            if (nl >= 0) {
                if (skipping) tooLong();
                else line(pos, nl);
                skipping = false;
                pos = nl + 1;
                scanned = pos;
                continue;
            }
            // no line end among the bytes held: keep the partial line, make room, read more
            if (skipping) {
                pos = limit; // drop what is held of a line already too long
            } else if (limit - pos > MAX_BYTES) {
                skipping = true;
                pos = limit;
            }
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                limit -= pos;
                pos = 0;
            }
            scanned = limit;
            if (limit == buf.length) buf = Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_BYTES + BLOCK));
            if (outLen > 0 && in.available() <= 0) flush(); // nothing else waiting: answer now
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                if (skipping) tooLong();
                else if (limit > pos) line(pos, limit);
                flush();
                return;
            }
            limit += n;
        }
    }

    /** One request line, {@code buf[from, to)} without its '\n'. */
    private void line(int from, int to) throws IOException {
        if (to > from && buf[to - 1] == '\r') to--;
        if (to - from > ProtocolServer.MAX_LINE) {
            String text = new String(buf, from, to - from, StandardCharsets.UTF_8);
            if (text.length() > ProtocolServer.MAX_LINE) {
                tooLong();
                return;
            }
        }
        if (fast.answer(buf, from, to, this)) return;
        String text = new String(buf, from, to - from, StandardCharsets.UTF_8);
        if (text.isBlank()) return;
        write(ProtocolServer.bytes(server.answer(text)));
        write('\n');
    }

    private void tooLong() throws IOException {
        write(ProtocolServer.bytes(ProtocolServer.tooLong()));
        write('\n');
    }

    void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    void write(byte[] b, int off, int len) throws IOException {
        if (outLen + len > outBuf.length) {
            flush();
            if (len > outBuf.length) {
                out.write(b, off, len);
                return;
            }
        }
        System.arraycopy(b, off, outBuf, outLen, len);
        outLen += len;
    }

    void write(int b) throws IOException {
        if (outLen == outBuf.length) flush();
        outBuf[outLen++] = (byte) b;
    }

    /** A number's decimal digits, without a string in between. */
    void writeLong(long v) throws IOException {
        if (outLen + 20 > outBuf.length) flush();
        if (v == Long.MIN_VALUE) {
            write(Long.toString(v).getBytes(StandardCharsets.US_ASCII));
            return;
        }
        if (v < 0) {
            outBuf[outLen++] = '-';
            v = -v;
        }
        int start = outLen;
        do {
            outBuf[outLen++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        for (int i = start, j = outLen - 1; i < j; i++, j--) {
            byte t = outBuf[i];
            outBuf[i] = outBuf[j];
            outBuf[j] = t;
        }
    }

    private void flush() throws IOException {
        if (outLen > 0) {
            out.write(outBuf, 0, outLen);
            outLen = 0;
        }
        out.flush();
    }
}

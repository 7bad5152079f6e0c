package dev.roletck.input;

import dev.roletck.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads an input file of the kit (matrices, rules, profiles, known-failures files, features,
 * catalogs): a regular file — after following symbolic links — of at most {@link #MAX_BYTES}
 * bytes, decoded as strict UTF-8. Devices, FIFOs and directories are refused before they are
 * opened, so reading never blocks and never holds more than the limit in memory. Every refusal is
 * an {@link InputFileException} that says where (line and column, 1-based) and how to fix it.
 */
public final class InputFiles {
    /** The largest input file the kit reads: 16 MiB, far above any spec file it ships. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private InputFiles() {}

    /** The file's bytes; refused unless it is a regular file of at most {@link #MAX_BYTES} bytes. */
    public static byte[] readBytes(Path file) {
        return readBytes(file, MAX_BYTES);
    }

    /** The file's bytes, refused above {@code limit} bytes. */
    public static byte[] readBytes(Path file, long limit) {
        requireRegularFile(file);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) throw tooLarge(limit);
            return bytes;
        } catch (NoSuchFileException e) {
            throw notFound();
        } catch (AccessDeniedException e) {
            throw new InputFileException(1, 1, Message.of("message.input.permission_denied"),
                    Message.of("message.input.fix.make_readable"));
        } catch (IOException e) {
            throw new InputFileException(1, 1, Message.of("message.input.cannot_read"),
                    Message.of("message.input.fix.check_readable"));
        }
    }

    /**
     * Opens a file to be read as a stream (for inputs read row by row, which may be larger than
     * {@link #MAX_BYTES}): refused as {@link #readBytes(Path, long)} refuses — not a regular file,
     * or larger than {@code limit} bytes — before any byte is read. The stream also stops with an
     * {@link InputFileException} should the file grow past the limit while it is read. Decoding is
     * the caller's (it can report a bad byte with {@link #notUtf8(long, int, long, int)}).
     */
    public static InputStream open(Path file, long limit) {
        requireRegularFile(file);
        try {
            if (Files.size(file) > limit) throw tooLarge(limit);
            return new BoundedStream(Files.newInputStream(file), limit);
        } catch (NoSuchFileException e) {
            throw notFound();
        } catch (AccessDeniedException e) {
            throw new InputFileException(1, 1, Message.of("message.input.permission_denied"),
                    Message.of("message.input.fix.make_readable"));
        } catch (IOException e) {
            throw new InputFileException(1, 1, Message.of("message.input.cannot_read"),
                    Message.of("message.input.fix.check_readable"));
        }
    }

    /**
     * The refusal of a byte that is not valid UTF-8, for a caller that decodes a stream itself.
     *
     * @param line   the line of the byte (1-based)
     * @param column the column of the byte (1-based, in characters)
     * @param offset the byte's offset in the file (0-based)
     * @param value  the byte, or -1 when the file ends inside a UTF-8 sequence
     */
    public static InputFileException notUtf8(long line, int column, long offset, int value) {
        Message what = value >= 0
                ? Message.of("message.input.not_utf8", "byte", String.format("0x%02X", value & 0xFF), "offset", offset + 1)
                : Message.of("message.input.utf8_cut_off");
        return new InputFileException((int) Math.min(Integer.MAX_VALUE, line), column, what,
                Message.of("message.input.fix.save_utf8"));
    }

    private static InputFileException tooLarge(long limit) {
        return new InputFileException(1, 1, Message.of("message.input.too_large", "size", size(limit)),
                Message.of("message.input.fix.shorten_to", "size", size(limit)));
    }

    private static InputFileException notFound() {
        return new InputFileException(1, 1, Message.of("message.input.not_found"), Message.of("message.input.fix.correct_path"));
    }

    /** A stream that refuses to read past {@code limit} bytes (the file grew after it was measured). */
    private static final class BoundedStream extends java.io.FilterInputStream {
        private final long limit;
        private long read;

        BoundedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++read > limit) throw tooLarge(limit);
            return b;
        }

        @Override public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && (read += n) > limit) throw tooLarge(limit);
            return n;
        }
    }

    /** Refuses a missing file, a folder, and anything that is not a regular file (devices, FIFOs, sockets). */
    private static void requireRegularFile(Path file) {
        if (!Files.exists(file)) {
            throw notFound();
        }
        if (Files.isDirectory(file)) {
            throw new InputFileException(1, 1, Message.of("message.input.folder"), Message.of("message.input.fix.name_a_file"));
        }
        if (!Files.isRegularFile(file)) {
            boolean link = Files.isSymbolicLink(file) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
            throw new InputFileException(1, 1, Message.of("message.input.not_regular", "link", link ? "yes" : "no"),
                    Message.of("message.input.fix.name_a_regular_file"));
        }
    }

    /** The file as text: bounded as {@link #readBytes(Path)}, strict UTF-8, a leading byte-order mark dropped. */
    public static String readText(Path file) {
        return decode(readBytes(file));
    }

    /**
     * Decodes strict UTF-8; a malformed or truncated sequence is refused naming its line, column
     * and byte value.
     */
    public static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) throw notUtf8(bytes, in.position());
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static InputFileException notUtf8(byte[] bytes, int offset) {
        int lineStart = 0;
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        return notUtf8(line, column, offset, offset < bytes.length ? bytes[offset] & 0xFF : -1);
    }

    /** A size limit as a person gives it: in MB when it is a whole number of them, else in bytes. */
    private static Message size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? Message.of("message.input.size.megabytes", "amount", bytes / (1024 * 1024))
                : Message.of("message.input.size.bytes", "amount", bytes);
    }
}

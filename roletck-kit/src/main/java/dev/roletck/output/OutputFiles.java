package dev.roletck.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/** Files written whole or not at all. */
public final class OutputFiles {
    private OutputFiles() {}

    /** Something that writes a file's content, and may fail in its own way ({@code E}) too. */
    @FunctionalInterface
    public interface Content<T, E extends Exception> {
        T writeTo(OutputStream out) throws IOException, E;
    }

    /** Writes {@code text} as UTF-8 to {@code file}, atomically. */
    public static void writeAtomically(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        OutputFiles.<Void, IOException>writeAtomically(file, out -> {
            out.write(bytes);
            return null;
        }, result -> true);
    }

    /**
     * Writes {@code content} to a temporary file beside {@code file} and moves it into place when
     * {@code keep} accepts what the writer returned; otherwise (or when writing fails) the temporary
     * file is removed and {@code file} is left as it was.
     *
     * @return what the writer returned
     */
    public static <T, E extends Exception> T writeAtomically(Path file, Content<T, E> content, Predicate<T> keep)
            throws IOException, E {
        Path tmp = temporaryBeside(file);
        try {
            T result;
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                result = content.writeTo(out);
            }
            if (keep.test(result)) {
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return result;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A new empty file in {@code file}'s folder, hidden, named after it. Created like any file the user
     * creates (so with their umask), unlike {@link Files#createTempFile}, which makes it private.
     */
    private static Path temporaryBeside(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) throw e;
            }
        }
    }
}

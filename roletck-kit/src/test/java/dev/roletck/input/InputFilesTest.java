package dev.roletck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input files are regular, bounded, UTF-8; anything else is refused at a position, fast. */
class InputFilesTest {
    @TempDir Path dir;

    private static String refusal(Path file) {
        return assertThrows(InputFileException.class, () -> InputFiles.readText(file)).problem("f").toString();
    }

    @Test
    void readsUtf8AndDropsAByteOrderMark() throws IOException {
        Path f = Files.write(dir.resolve("a.yaml"), "\uFEFFzażółć: 1\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("zażółć: 1\n", InputFiles.readText(f));
    }

    @Test
    void aSymlinkToDevZeroIsRefusedNotRead() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Path link = Files.createSymbolicLink(dir.resolve("rules.yaml"), Path.of("/dev/zero"));
        assertEquals("f:1:1: a link to something that is not a regular file (a device, pipe or socket) — name a regular file",
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refusal(link)));
    }

    @Test
    void aFifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("fifo.yaml");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor() == 0);
        assertEquals("f:1:1: not a regular file (a device, pipe or socket) — name a regular file",
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refusal(fifo)));
    }

    /** Streamed inputs (the admin-list audit): refused as read ones are, before a byte is read, and stopped should the file grow. */
    @Test
    void aStreamedFileIsRefusedUnreadAndStoppedWhenItGrowsPastItsLimit() throws Exception {
        Path fifo = dir.resolve("pipe.csv");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        assertEquals("f:1:1: not a regular file (a device, pipe or socket) — name a regular file",
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(InputFileException.class, () -> InputFiles.open(fifo, 100)).problem("f").toString()));
        Path ten = Files.writeString(dir.resolve("ten.csv"), "0123456789");
        assertEquals("f:1:1: the file is larger than 9 bytes — split it or shorten it (input files are limited to 9 bytes)",
                assertThrows(InputFileException.class, () -> InputFiles.open(ten, 9)).problem("f").toString());
        try (java.io.InputStream in = InputFiles.open(ten, 10)) {
            Files.writeString(ten, "0123456789abc");
            byte[] buffer = new byte[4];
            InputFileException grown = assertThrows(InputFileException.class, () -> {
                while (in.read(buffer) >= 0) { /* read on */ }
            });
            assertEquals("f:1:1: the file is larger than 10 bytes — split it or shorten it (input files are limited to 10 bytes)", grown.problem("f").toString());
        }
        InputFileException bad = InputFiles.notUtf8(3, 7, 41, 0xC3);
        assertEquals("f:3:7: byte 0xC3 (byte 42 of the file) is not valid UTF-8 — save the file as UTF-8", bad.problem("f").toString());
    }

    @Test
    void aFileAboveSixteenMegabytesIsRefused() throws IOException {
        Path big = dir.resolve("big.yaml");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(InputFiles.MAX_BYTES + 1); // sparse: costs no disk
        }
        assertEquals("f:1:1: the file is larger than 16 MB — split it or shorten it (input files are limited to 16 MB)", refusal(big));
        Path exact = dir.resolve("exact.yaml");
        try (RandomAccessFile f = new RandomAccessFile(exact.toFile(), "rw")) {
            f.setLength(InputFiles.MAX_BYTES);
        }
        assertEquals(InputFiles.MAX_BYTES, InputFiles.readBytes(exact).length);
    }

    @Test
    void aFolderOrAMissingFileIsRefused() {
        assertEquals("f:1:1: a folder, not a file — name a file", refusal(dir));
        assertEquals("f:1:1: file not found — create it or correct the path", refusal(dir.resolve("none")));
    }

    @Test
    void aByteThatIsNotUtf8IsNamedWithLineColumnAndOffset() throws IOException {
        Path f = Files.write(dir.resolve("p.yaml"), new byte[] {'a', '\n', 'b', (byte) 0xC5, (byte) 0x82, 'c', (byte) 0xE9, 'd'});
        assertEquals("f:2:4: byte 0xE9 (byte 7 of the file) is not valid UTF-8 — save the file as UTF-8", refusal(f));
        Path cut = Files.write(dir.resolve("q.yaml"), new byte[] {'x', (byte) 0xE2, (byte) 0x82});
        assertEquals("f:1:2: byte 0xE2 (byte 2 of the file) is not valid UTF-8 — save the file as UTF-8", refusal(cut));
    }
}

package dev.roletck.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {
    @TempDir Path dir;

    @Test
    void aWrittenFileHasThePermissionsOfAnyFileTheUserCreates() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Path report = dir.resolve("report.json");
        OutputFiles.writeAtomically(report, "{}");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(report));
        assertEquals("{}", Files.readString(report));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryOne() throws IOException {
        Path file = Files.writeString(dir.resolve("report.html"), "old");
        assertThrows(IOException.class, () -> OutputFiles.writeAtomically(file, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }, r -> true));
        assertEquals("old", Files.readString(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList());
        }
    }

    @Test
    void aRefusedContentIsNotMovedIntoPlace() throws IOException {
        Path file = Files.writeString(dir.resolve("admins.csv"), "old");
        int errors = OutputFiles.writeAtomically(file, out -> {
            out.write("new".getBytes());
            return 3;
        }, e -> e == 0);
        assertEquals(3, errors);
        assertEquals("old", Files.readString(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count());
        }
    }
}

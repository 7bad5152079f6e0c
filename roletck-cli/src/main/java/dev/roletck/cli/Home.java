package dev.roletck.cli;

import java.nio.file.Path;

/** Where the kit's files are: the {@code roletck.home} system property (set by the launcher), else the working directory. */
final class Home {
    private Home() {}

    static Path path(String child) {
        String home = System.getProperty("roletck.home");
        return (home == null || home.isBlank() ? Path.of("") : Path.of(home)).resolve(child);
    }
}

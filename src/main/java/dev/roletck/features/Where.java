package dev.roletck.features;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds the {@code file:line:col} of a text in a scenario, so that failures point at what to fix. */
final class Where {
    private static final int SEARCH_LINES = 80;

    private Where() {}

    /** Where {@code text} first occurs at or after {@code line} of the feature {@code uri}; the line itself otherwise. */
    static String of(URI uri, int line, String text) {
        String file = display(uri);
        List<String> lines = read(uri);
        if (text != null && !text.isEmpty()) {
            for (int i = line - 1; i >= 0 && i < lines.size() && i < line - 1 + SEARCH_LINES; i++) {
                int quoted = lines.get(i).indexOf('"' + text + '"');
                int col = quoted >= 0 ? quoted + 2 : lines.get(i).indexOf(text) + 1;
                if (col > 0) return file + ":" + (i + 1) + ":" + col;
            }
        }
        int col = line - 1 < lines.size() && line >= 1 ? firstNonBlank(lines.get(line - 1)) : 1;
        return file + ":" + line + ":" + col;
    }

    static String display(URI uri) {
        if (!"file".equals(uri.getScheme())) return uri.toString();
        Path path = Path.of(uri).toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return path.startsWith(cwd) ? cwd.relativize(path).toString() : path.toString();
    }

    private static List<String> read(URI uri) {
        try {
            return "file".equals(uri.getScheme()) ? Files.readAllLines(Path.of(uri)) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static int firstNonBlank(String s) {
        for (int i = 0; i < s.length(); i++) if (!Character.isWhitespace(s.charAt(i))) return i + 1;
        return 1;
    }
}

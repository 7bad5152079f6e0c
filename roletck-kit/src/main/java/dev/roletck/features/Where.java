package dev.roletck.features;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds the {@code file:line:col} of a text in a scenario, so that failures point at what to fix. */
final class Where {
    private static final int SEARCH_LINES = 400;

    private Where() {}

    /**
     * Where {@code text} occurs in the scenario that starts at {@code line}: for an example row (the
     * line of an outline's scenario) the row itself, then the outline's steps above it; for a plain
     * scenario, its steps below. The line itself when the text is not found.
     */
    static String of(URI uri, int line, String text) {
        String file = display(uri);
        List<String> lines = read(uri);
        if (text != null && !text.isEmpty() && line >= 1 && line <= lines.size()) {
            boolean exampleRow = lines.get(line - 1).trim().startsWith("|");
            int step = exampleRow ? -1 : 1;
            int hit = find(lines, line - 1, text);
            for (int i = line - 1 + step; hit < 0 && i >= 0 && i < lines.size() && Math.abs(i - line) < SEARCH_LINES; i += step) {
                if (find(lines, i, text) >= 0) return file + ":" + (i + 1) + ":" + find(lines, i, text);
            }
            if (hit >= 0) return file + ":" + line + ":" + hit;
        }
        int col = line - 1 < lines.size() && line >= 1 ? firstNonBlank(lines.get(line - 1)) : 1;
        return file + ":" + line + ":" + col;
    }

    /** The 1-based column of {@code text} on line {@code index}, preferring it in quotes; -1 when absent. */
    private static int find(List<String> lines, int index, String text) {
        String l = lines.get(index);
        int quoted = l.indexOf('"' + text + '"');
        if (quoted >= 0) return quoted + 2;
        int plain = l.indexOf(text);
        return plain >= 0 ? plain + 1 : -1;
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

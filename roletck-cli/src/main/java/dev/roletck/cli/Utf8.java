package dev.roletck.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line speaks UTF-8 whatever the platform's charset: with {@code LANG} unset or {@code C}
 * (most CI containers) Java 17 would write every non-ASCII letter as {@code ?} and decode arguments
 * such as {@code "SALT OKUNUR YÖNETİCİ"} into replacement characters.
 */
final class Utf8 {
    private Utf8() {}

    /** Standard output and error as UTF-8, also for code that writes to {@link System#out}. */
    static PrintStream stream(FileDescriptor fd) {
        return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }

    static PrintWriter writer(OutputStream out) {
        return new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    }

    /**
     * The arguments as the user typed them. Where the JVM decoded them with a charset that is not
     * UTF-8 and lost letters on the way (replacement characters), they are read again, as UTF-8, from
     * the raw bytes the kernel keeps ({@code /proc/self/cmdline}, Linux): the last {@code args.length}
     * entries are the program's arguments. Elsewhere, or when that file is unreadable, they stay as given.
     */
    static String[] arguments(String[] args) {
        Charset decodedWith;
        try {
            decodedWith = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            decodedWith = StandardCharsets.UTF_8;
        }
        return arguments(args, decodedWith, Path.of("/proc/self/cmdline"));
    }

    static String[] arguments(String[] args, Charset decodedWith, Path cmdline) {
        if (decodedWith.equals(StandardCharsets.UTF_8) || Arrays.stream(args).noneMatch(a -> a.indexOf('\uFFFD') >= 0 || a.indexOf('?') >= 0)) {
            return args;
        }
        byte[] raw;
        try {
            raw = Files.readAllBytes(cmdline);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return args;
        }
        List<String> all = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                all.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < raw.length) all.add(new String(raw, start, raw.length - start, StandardCharsets.UTF_8));
        if (all.size() < args.length) return args;
        String[] recovered = all.subList(all.size() - args.length, all.size()).toArray(String[]::new);
        // Only where each recovered argument, decoded the JVM's way, gives back what the JVM gave us.
        for (int i = 0; i < args.length; i++) {
            String again = new String(recovered[i].getBytes(StandardCharsets.UTF_8), decodedWith);
            if (!sameShape(again, args[i])) return args;
        }
        return recovered;
    }

    /** Equal where both have an ASCII character; a non-ASCII byte may have become any one replacement. */
    private static boolean sameShape(String a, String b) {
        return a.replaceAll("[^\\x00-\\x7F]", "?").replace('\uFFFD', '?').equals(b.replaceAll("[^\\x00-\\x7F]", "?").replace('\uFFFD', '?'));
    }
}

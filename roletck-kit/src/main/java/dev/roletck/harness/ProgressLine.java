package dev.roletck.harness;

import dev.roletck.harness.report.ReportText;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A progress line for a terminal: one line on standard error, rewritten in place with a carriage
 * return — cases done of all, failures so far, seconds elapsed; while the scenarios run, the time
 * they have taken — and wiped before the summary is printed. Redrawn at most every
 * {@link #INTERVAL_MS} ms, so a fast run does not spend its time writing to the terminal. The
 * texts come from the catalog ({@code message.verify.progress.*}). Use it only when standard error
 * is a terminal: piped, the carriage returns would litter a log.
 */
public final class ProgressLine implements Progress {
    static final long INTERVAL_MS = 100;

    private final PrintWriter err;
    private final ReportText text;
    private final long start = System.nanoTime();
    private long lastDraw = Long.MIN_VALUE;
    private int width;
    private Thread ticker;
    private boolean over;

    public ProgressLine(PrintWriter err, ReportText text) {
        this.err = Objects.requireNonNull(err, "err");
        this.text = Objects.requireNonNull(text, "text");
    }

    /**
     * Whether standard error is an interactive terminal, as far as Java can tell: the JVM has a
     * console (standard input and output are a terminal; on Java 22 and later {@code System.console()}
     * alone is not enough), and where the system shows it ({@code /proc/self/fd/2} on Linux),
     * standard error is a terminal too — so {@code 2>log} gets no carriage returns.
     */
    public static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) return false;
        try {
            if (!(Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console)) return false;
        } catch (ReflectiveOperationException e) {
            // before Java 22, a console is a terminal
        }
        java.nio.file.Path stderr = java.nio.file.Path.of("/proc/self/fd/2");
        try {
            String target = java.nio.file.Files.readSymbolicLink(stderr).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return true; // no such view of the process (not Linux): the console decides
        }
    }

    @Override public synchronized void cases(int done, int total, int failures) {
        long now = System.nanoTime();
        if (done < total && lastDraw != Long.MIN_VALUE && now - lastDraw < TimeUnit.MILLISECONDS.toNanos(INTERVAL_MS)) return;
        draw(text.message("message.verify.progress.cases", Map.of("done", done, "total", total, "failures", failures,
                "seconds", seconds())), now);
    }

    @Override public synchronized void scenarios() {
        if (over || ticker != null) return;
        draw(scenarioLine(), System.nanoTime());
        ticker = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(1000);
                    synchronized (this) {
                        if (over) return;
                        draw(scenarioLine(), System.nanoTime());
                    }
                }
            } catch (InterruptedException e) {
                // done
            }
        }, "roletck-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    @Override public synchronized void done() {
        if (over) return;
        over = true;
        if (ticker != null) ticker.interrupt();
        if (width > 0) {
            err.print('\r' + " ".repeat(width) + '\r');
            err.flush();
        }
    }

    private String scenarioLine() {
        return text.message("message.verify.progress.scenarios", Map.of("seconds", seconds()));
    }

    private long seconds() {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    }

    private void draw(String line, long now) {
        if (over) return;
        String shown = ImplementationText.clean(line, 200);
        err.print('\r' + shown + " ".repeat(Math.max(0, width - shown.length())));
        err.flush();
        width = Math.max(width, shown.length());
        lastDraw = System.nanoTime(); // after the drawing: the first one may take a while (the catalog loads)
    }
}

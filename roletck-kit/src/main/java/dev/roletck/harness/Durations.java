package dev.roletck.harness;

import java.math.BigDecimal;
import java.time.Duration;

/** Durations printed as a person would give them: {@code 50 ms}, {@code 2 s}, {@code 1.5 s}, {@code 10 min}. */
public final class Durations {
    private Durations() {}

    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) return ms + " ms";
        if (ms % 60_000 == 0) return (ms / 60_000) + " min";
        if (ms % 1000 == 0) return (ms / 1000) + " s";
        return BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString() + " s";
    }
}

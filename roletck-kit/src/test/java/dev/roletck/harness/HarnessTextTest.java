package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small text helpers of the harness: durations, command lines, an implementation's text, bounded lines, extra fields. */
class HarnessTextTest {

    @Test
    void durationsAreGivenAsAPersonWould() {
        assertEquals("0 ms", Durations.format(Duration.ZERO));
        assertEquals("50 ms", Durations.format(Duration.ofMillis(50)));
        assertEquals("2 s", Durations.format(Duration.ofSeconds(2)));
        assertEquals("999 ms", Durations.format(Duration.ofMillis(999)));
        assertEquals("1 s", Durations.format(Duration.ofMillis(1000)));
        assertEquals("1.5 s", Durations.format(Duration.ofMillis(1500)));
        assertEquals("1.25 s", Durations.format(Duration.ofMillis(1250)));
        assertEquals("59 s", Durations.format(Duration.ofSeconds(59)));
        assertEquals("1 min", Durations.format(Duration.ofMinutes(1)));
        assertEquals("10 min", Durations.format(Duration.ofMinutes(10)));
        assertEquals("90 s", Durations.format(Duration.ofSeconds(90)));
        assertEquals("60.5 s", Durations.format(Duration.ofMillis(60_500)));
    }

    @Test
    void aCommandLineSplitsAsAShellSplitsPlainWordsQuotesAndBackslashes() {
        assertEquals(List.of("python3", "policy.py"), CommandLineSplitter.split("  python3   policy.py  "));
        assertEquals(List.of("a b", "c"), CommandLineSplitter.split("'a b' c"));
        assertEquals(List.of("a \"b\" c"), CommandLineSplitter.split("\"a \\\"b\\\" c\""));
        assertEquals(List.of("a\\b"), CommandLineSplitter.split("'a\\b'"), "no escapes inside single quotes");
        assertEquals(List.of("a b"), CommandLineSplitter.split("a\\ b"));
        assertEquals(List.of("", "x"), CommandLineSplitter.split("'' x"), "an empty quoted word is a word");
        assertEquals(List.of("ab"), CommandLineSplitter.split("a'b'"));
        assertEquals(List.of("x\\"), CommandLineSplitter.split("x\\"), "a backslash at the end stays");
        assertEquals(List.of("a", "b"), CommandLineSplitter.split("a\tb"));
        assertEquals(List.of(), CommandLineSplitter.split("   "));
        assertThrows(UsageException.class, () -> CommandLineSplitter.split("python3 'policy.py"));
        assertThrows(UsageException.class, () -> CommandLineSplitter.split("\"x"));
        assertThrows(UsageException.class, () -> CommandLineSplitter.split("\"a\\\""), "an escaped quote closes nothing");
    }

    @Test
    void whatAnImplementationSaysIsMadePrintableOnOneLineAndCut() {
        assertEquals("", ImplementationText.clean(null, 10));
        assertEquals("a\\nb\\rc\\td", ImplementationText.clean("a\nb\rc\td", 100));
        assertEquals("\\x1b[31m\\x00\\x7f\\x9f", ImplementationText.clean("\u001b[31m\u0000\u007f\u009f", 100));
        assertEquals("\u00a0ok", ImplementationText.clean("\u00a0ok", 100), "a no-break space is printable");
        assertEquals("\\u202eevil\\u2066\\u2069\\u200e\\u200f\\u2028\\u2029\\u061c\\ufeff\\u202a",
                ImplementationText.clean("\u202eevil\u2066\u2069\u200e\u200f\u2028\u2029\u061c\ufeff\u202a", 100));
        assertEquals("\u2065\u2070\u202f\u2027", ImplementationText.clean("\u2065\u2070\u202f\u2027", 100), "neighbours of the controls stay");
        assertEquals("\uFFFDx\uFFFD", ImplementationText.clean("\uD800x\uDC00", 100), "lone surrogates");
        assertEquals("\uD83D\uDE00", ImplementationText.clean("\uD83D\uDE00", 100), "a pair stays");
        assertEquals("\uFFFD", ImplementationText.clean("\uD83D", 100), "a high surrogate at the end");
        assertEquals("abc...", ImplementationText.clean("abcdef", 3));
        assertEquals("abc", ImplementationText.clean("abc", 3), "exactly the limit is not cut");
        String long300 = "x".repeat(300);
        assertEquals("x".repeat(ImplementationText.EXCERPT) + "...", ImplementationText.excerpt(long300));
        assertEquals(200, ImplementationText.EXCERPT);
    }

    private static List<LineReader.Line> lines(String text, int limit) throws IOException {
        return lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), limit);
    }

    private static List<LineReader.Line> lines(InputStream in, int limit) throws IOException {
        LineReader reader = new LineReader(in, limit);
        List<LineReader.Line> out = new ArrayList<>();
        for (Optional<LineReader.Line> l = reader.next(); l.isPresent(); l = reader.next()) out.add(l.get());
        return out;
    }

    private static LineReader.Line ok(String text) { return new LineReader.Line(text, false); }

    private static final LineReader.Line TOO_LONG = new LineReader.Line("", true);

    @Test
    void linesAreReadUpToTheirLimitAndALongerOneIsSkippedWhole() throws IOException {
        assertEquals(List.of(), lines("", 10));
        assertEquals(List.of(ok("a"), ok("b")), lines("a\nb", 10), "a last line without terminator counts");
        assertEquals(List.of(ok("a"), ok(""), ok("c")), lines("a\r\n\nc\n", 10), "CRLF and empty lines");
        assertEquals(List.of(ok("0123456789"), TOO_LONG, ok("ok")), lines("0123456789\n0123456789x\nok\n", 10));
        assertEquals(List.of(TOO_LONG), lines("0123456789x", 10));
        assertEquals(List.of(ok("zażółć")), lines("zażółć\n", 100), "UTF-8");
        assertEquals(List.of(ok("\r")), lines("\r\r\n", 10), "only the last carriage return goes");
    }

    /** Hands out a few bytes per read, as a pipe does: lines are put together across reads, and a long one skipped across them. */
    private static InputStream trickle(String text, int chunk) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            int pos;

            @Override public int read() {
                return pos < bytes.length ? bytes[pos++] & 0xff : -1;
            }

            @Override public int read(byte[] b, int off, int len) {
                if (pos >= bytes.length) return -1;
                int n = Math.min(Math.min(len, chunk), bytes.length - pos);
                System.arraycopy(bytes, pos, b, off, n);
                pos += n;
                return n;
            }
        };
    }

    @Test
    void linesArePutTogetherAcrossReads() throws IOException {
        String big = "y".repeat(5000);
        assertEquals(List.of(ok("abcdefgh"), TOO_LONG, ok("ij"), ok(big)),
                lines(trickle("abcdefgh\n" + "x".repeat(20_000) + "\nij\n" + big + "\n", 3), 6000));
        String huge = "z".repeat(100_000);
        assertEquals(List.of(ok(huge), ok("after")), lines(trickle(huge + "\nafter\n", 7000), 200_000),
                "a line of many reads, then the buffer given back");
        assertEquals(List.of(TOO_LONG, ok("q")), lines(trickle("w".repeat(10_000) + "\nq", 4096), 5000));
    }

    @Test
    void extraFieldsAreCollectedSanitizedAndBounded() {
        ExtraFields extra = new ExtraFields();
        ObjectNode access = JsonNodeFactory.instance.objectNode().put("access", "full");
        access.putArray("scopes");
        access.putArray("grants").addObject().put("access", "full");
        access.put("debug\n", 1);
        access.put("z".repeat(80), 1);
        extra.ofAccess(access);
        assertEquals(List.of("debug\\n", "z".repeat(60) + "..."), List.copyOf(extra.snapshot()));
        ObjectNode assignment = JsonNodeFactory.instance.objectNode().put("verdict", "allowed");
        assignment.putArray("rules").add("R01");
        assignment.put("trace", "x");
        extra.ofAssignment(assignment);
        assertTrue(extra.snapshot().contains("trace"));
        for (int i = 0; i < 40; i++) {
            ObjectNode more = JsonNodeFactory.instance.objectNode().put("access", "none");
            more.put("f" + (100 + i), 1);
            extra.ofAccess(more);
        }
        assertEquals(Remarks.MAX_EXTRA_FIELDS, extra.snapshot().size());
        assertEquals(20, Remarks.MAX_EXTRA_FIELDS);
        extra.snapshot().clear();
        assertEquals(Remarks.MAX_EXTRA_FIELDS, extra.snapshot().size(), "a snapshot is a copy");
    }
}

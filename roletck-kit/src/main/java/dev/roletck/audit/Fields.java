package dev.roletck.audit;

/**
 * Where the fields of one CSV row lie in its text, read the way the parser reads them (a quote opens
 * a quoted field only as its first character; {@code ""} inside is one quote;
 * nothing but white space, then a delimiter or a line break, may follow the closing quote). The parser gives the
 * values; this gives their places, so that a row can be rewritten in place and every finding names
 * its column.
 */
final class Fields {
    private Fields() {}

    enum Problem { NONE, UNCLOSED_QUOTE, AFTER_QUOTE }

    /**
     * The fields of the first row of {@code s[from, to)}.
     *
     * @param starts    where each field's text starts (its opening quote, if quoted)
     * @param ends      where it ends (after its closing quote)
     * @param rowEnd    where the row's line break (or the text) starts
     * @param problemAt where the problem is, when there is one
     */
    record Spans(int count, int[] starts, int[] ends, boolean[] quoted, int rowEnd, Problem problem, int problemAt) {}

    static Spans scan(CharSequence s, int from, int to, char delimiter) {
        int[] starts = new int[8];
        int[] ends = new int[8];
        boolean[] quoted = new boolean[8];
        int count = 0;
        int i = from;
        while (true) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ends = java.util.Arrays.copyOf(ends, count * 2);
                quoted = java.util.Arrays.copyOf(quoted, count * 2);
            }
            int start = i;
            int end;
            boolean q = i < to && s.charAt(i) == '"';
            if (q) {
                i++;
                while (true) {
                    if (i >= to) return new Spans(count, starts, ends, quoted, to, Problem.UNCLOSED_QUOTE, start);
                    char c = s.charAt(i);
                    if (c == '"') {
                        if (i + 1 < to && s.charAt(i + 1) == '"') {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
                end = i;
                // white space between the closing quote and the delimiter is skipped, as the parser skips it
                while (i < to && s.charAt(i) != delimiter && s.charAt(i) != '\r' && s.charAt(i) != '\n'
                        && Character.isWhitespace(s.charAt(i))) i++;
                if (i < to && s.charAt(i) != delimiter && s.charAt(i) != '\r' && s.charAt(i) != '\n') {
                    return new Spans(count, starts, ends, quoted, to, Problem.AFTER_QUOTE, i);
                }
            } else {
                while (i < to && s.charAt(i) != delimiter && s.charAt(i) != '\r' && s.charAt(i) != '\n') i++;
                end = i;
            }
            starts[count] = start;
            ends[count] = end;
            quoted[count] = q;
            count++;
            if (i >= to || s.charAt(i) != delimiter) {
                return new Spans(count, starts, ends, quoted, Math.min(i, to), Problem.NONE, -1);
            }
            i++;
        }
    }

    /** The value of a field: without its quotes, {@code ""} read as one quote. */
    static String value(CharSequence s, int start, int end, boolean quoted) {
        if (!quoted) return s.subSequence(start, end).toString();
        return s.subSequence(start + 1, end - 1).toString().replace("\"\"", "\"");
    }

    /** A value as a field: quoted when the original was, or when it holds the delimiter, a quote or a line break. */
    static String field(String value, boolean wasQuoted, char delimiter) {
        boolean quote = wasQuoted || value.indexOf(delimiter) >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** Line breaks in {@code s[from, to)}: LF, CRLF and a lone CR each count one. */
    static int lineBreaks(CharSequence s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\n') n++;
            else if (c == '\r' && (i + 1 >= to || s.charAt(i + 1) != '\n')) n++;
        }
        return n;
    }

    /** The column (from 1) of offset {@code at}: characters since the last line break before it, or since {@code from}. */
    static int column(CharSequence s, int from, int at) {
        int i = at;
        while (i > from && s.charAt(i - 1) != '\n' && s.charAt(i - 1) != '\r') i--;
        return at - i + 1;
    }
}

package dev.roletck.audit;

import dev.roletck.i18n.Catalog;
import dev.roletck.i18n.FindResult;
import dev.roletck.input.InputFileException;
import dev.roletck.input.InputFiles;
import dev.roletck.output.PrintableText;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an administrator-list export row by row: finds the delimiter, the layout and the language
 * from the header, then hands on each row with its values (from Apache Commons CSV), the line it
 * starts on and its exact text. A file it cannot read at all stops it with one localized line.
 */
final class AdminListReader implements Closeable {

    /**
     * One row: the line it starts on, its values, and where its text lies (blank lines before it and
     * its line break included). The text can be read until the next row is asked for.
     */
    record Row(long line, String[] values, AdminListReader reader, long from, long to, boolean hasQuote) {
        String raw() {
            return reader.source.text(from, to);
        }
    }

    private final String shown;
    private final Catalog catalog;
    private final Locale ui;
    private final SourceReader source;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private Export export;
    private String headerRaw;
    private CSVRecord pending;
    /** The line that position {@code source.keptFrom()} is on. */
    private long keptLine = 1;

    private AdminListReader(String shown, Catalog catalog, Locale ui, SourceReader source) {
        this.shown = shown;
        this.catalog = catalog;
        this.ui = ui;
        this.source = source;
    }

    static AdminListReader open(Path file, String shown, Catalog catalog, Locale ui) throws AuditException {
        if (!Files.exists(file) && !Files.isSymbolicLink(file)) {
            throw new AuditException(catalog.format("message.error.file_not_found", Map.of("file", shown), ui));
        }
        InputStream in;
        try {
            // a regular file of at most MAX_BYTES: a FIFO, a device or a link to one is refused before it is opened
            in = InputFiles.open(file, AdminListAudit.MAX_BYTES);
        } catch (InputFileException e) {
            throw new AuditException(e.say(shown, catalog, ui));
        } catch (SecurityException e) {
            throw new AuditException(catalog.format("message.audit.error.cannot_read", Map.of("file", shown), ui));
        }
        AdminListReader reader = new AdminListReader(shown, catalog, ui, new SourceReader(in));
        try {
            reader.start();
        } catch (AuditException | RuntimeException e) {
            reader.close();
            throw e;
        }
        return reader;
    }

    Export export() { return export; }

    /** The header row's text as in the file, leading blank lines included (the byte-order mark not). */
    String headerRaw() { return headerRaw; }

    private void start() throws AuditException {
        String first;
        try {
            first = source.firstLine();
        } catch (IOException e) {
            throw fatal(e);
        }
        Delimiter delimiter = sniff(first);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter.character())
                .setIgnoreEmptyLines(true)
                // text after a closing quote does not stop the parser: the row is reported (AuditChecks) and the others read on
                .setTrailingData(true).get();
        try {
            parser = CSVParser.builder().setReader(source).setFormat(format).get();
        } catch (IOException e) {
            throw fatal(e);
        }
        records = parser.iterator();
        CSVRecord header = nextRecord();
        if (header == null) {
            throw new AuditException(msg("message.audit.error.empty", Map.of("file", shown,
                    "header", String.join(",", labels(Layout.THREE_COLUMNS.columns(), ui)))));
        }
        pending = nextRecord();
        long end = pending == null ? source.end() : pending.getCharacterPosition();
        headerRaw = source.text(0, end);
        int headerStart = (int) header.getCharacterPosition();
        long headerLine = 1 + Fields.lineBreaks(headerRaw, 0, headerStart);
        export = match(header.values(), headerStart, headerLine, delimiter);
        keptLine = 1 + Fields.lineBreaks(headerRaw, 0, headerRaw.length());
        source.keepFrom(end);
        if (pending == null) {
            throw new AuditException(msg("message.audit.error.no_rows", Map.of("file", shown, "line", keptLine)));
        }
    }

    /** The next row, or empty at the end of the file. */
    Optional<Row> next() throws AuditException {
        if (pending == null) return Optional.empty();
        CSVRecord current = pending;
        long start = current.getCharacterPosition();
        pending = nextRecord();
        long end = pending == null ? source.end() : pending.getCharacterPosition();
        long from = source.keptFrom();
        // blank lines before the row belong to it (the parser skips them)
        long line = keptLine + source.lineBreaks(from, start);
        keptLine = line + source.rowBreaks(start, end);
        // whether the row holds a quote (only then can a field be quoted, or quoted wrongly), seen in the same pass
        Row row = new Row(line, current.values(), this, from, end, source.quoteSeen());
        source.keepFrom(end);
        return Optional.of(row);
    }

    private CSVRecord nextRecord() throws AuditException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw fatal(e.getCause());
        } catch (IllegalStateException e) {
            throw fatal(e.getCause() instanceof IOException io ? io : new IOException(e));
        }
    }

    /** The one line for a file that cannot be read on: where, what, and the fix. */
    private AuditException fatal(IOException e) {
        if (e instanceof SourceReader.Stop stop) {
            if (stop.problem == SourceReader.Stop.Problem.ENCODING) {
                return at("message.audit.error.encoding", source.end(), Map.of("offset", stop.offset + 1,
                        "byte", stop.value < 0 ? "—" : String.format("0x%02X", stop.value)));
            }
            if (stop.problem == SourceReader.Stop.Problem.FILE) {
                return new AuditException(stop.file.say(shown, catalog, ui));
            }
            long open = openField();
            return at("message.audit.error.too_long", open, Map.of("limit", SourceReader.LIMIT));
        }
        // a syntax error of the parser: find it in the rows not yet handed on
        String text = source.text(source.keptFrom(), source.end());
        int i = 0;
        while (i < text.length()) {
            Fields.Spans spans = Fields.scan(text, i, text.length(), export == null ? ',' : export.delimiter().character());
            if (spans.problem() == Fields.Problem.UNCLOSED_QUOTE) {
                return at("message.audit.error.unclosed_quote", source.keptFrom() + spans.problemAt(), Map.of());
            }
            if (spans.problem() == Fields.Problem.AFTER_QUOTE) {
                return at("message.audit.error.after_quote", source.keptFrom() + spans.problemAt(), Map.of());
            }
            i = spans.rowEnd() + 1;
        }
        return at("message.audit.error.unclosed_quote", source.end(), Map.of());
    }

    /** Where the field that grew too long starts: the last field opened in the window. */
    private long openField() {
        String text = source.text(source.keptFrom(), source.end());
        char d = export == null ? ',' : export.delimiter().character();
        int i = 0;
        int last = 0;
        while (i < text.length()) {
            Fields.Spans spans = Fields.scan(text, i, text.length(), d);
            if (spans.problem() != Fields.Problem.NONE) return source.keptFrom() + (spans.problem() == Fields.Problem.UNCLOSED_QUOTE
                    ? spans.problemAt() : spans.starts()[Math.max(0, spans.count() - 1)]);
            last = spans.count() > 0 ? spans.starts()[spans.count() - 1] : i;
            i = spans.rowEnd() + 1;
        }
        return source.keptFrom() + last;
    }

    private AuditException at(String key, long position, Map<String, Object> more) {
        String text = source.text(source.keptFrom(), Math.max(position, source.keptFrom()));
        long line = keptLine + Fields.lineBreaks(text, 0, text.length());
        int column = Fields.column(text, 0, text.length());
        Map<String, Object> args = new HashMap<>(more);
        args.put("file", shown);
        args.put("line", line);
        args.put("column", column);
        return new AuditException(msg(key, args));
    }

    private String msg(String key, Map<String, Object> args) {
        return catalog.format(key, args, ui);
    }

    private List<String> labels(List<Layout.Column> columns, Locale language) {
        return columns.stream().map(c -> catalog.label(c.key(), language).text()).toList();
    }

    // --- the header ---

    /**
     * No column header is nearly this long; a longer cell is unknown without a search, whose cost
     * grows with the cell's length (a 1 MB header cell took 15 s).
     */
    static final int MAX_HEADER_CHARS = 128;

    /**
     * The header cells looked up: with six columns, the first seven settle whether a header is an
     * export (the seventh known cell is a duplicate), so a header of thousands of cells costs no more
     * than one of seven (20,000 cells took 30 s).
     */
    static final int HEADER_CELLS = Layout.Column.values().length + 1;

    /** The languages in which a header names a column, each with the column. */
    private Map<Locale, Layout.Column> readings(String header) {
        Map<Locale, Layout.Column> found = new LinkedHashMap<>();
        if (header.length() > MAX_HEADER_CHARS) return found;
        for (Locale language : catalog.locales()) {
            FindResult r = catalog.find(header, language, "column");
            for (FindResult.Match m : r.matches()) {
                if (m.locale().getLanguage().equals(language.getLanguage())) {
                    Layout.Column.fromKey(m.key()).ifPresent(c -> found.putIfAbsent(language, c));
                }
            }
        }
        return found;
    }

    /** The delimiter under which the first line reads as the most known headers (commas on a tie). */
    private Delimiter sniff(String firstLine) {
        Delimiter best = Delimiter.COMMA;
        int bestScore = -1;
        int bestFields = 0;
        for (Delimiter d : Delimiter.values()) {
            Fields.Spans spans = Fields.scan(firstLine, 0, firstLine.length(), d.character());
            int score = 0;
            for (int i = 0; i < Math.min(spans.count(), HEADER_CELLS); i++) {
                String cell = Fields.value(firstLine, spans.starts()[i], spans.ends()[i], spans.quoted()[i]);
                if (!readings(cell).isEmpty()) score++;
            }
            if (score > bestScore || (score == bestScore && spans.count() > bestFields)) {
                best = d;
                bestScore = score;
                bestFields = spans.count();
            }
        }
        return best;
    }

    private Export match(String[] cells, int headerStart, long line, Delimiter delimiter) throws AuditException {
        Fields.Spans spans = Fields.scan(headerRaw, headerStart, headerRaw.length(), delimiter.character());
        if (spans.problem() == Fields.Problem.AFTER_QUOTE) {
            throw at("message.audit.error.after_quote", spans.problemAt(), Map.of());
        }
        List<Map<Locale, Layout.Column>> readings = new ArrayList<>();
        Map<Locale, Integer> votes = new LinkedHashMap<>();
        int looked = Math.min(cells.length, HEADER_CELLS);
        for (int c = 0; c < looked; c++) {
            Map<Locale, Layout.Column> r = readings(cells[c]);
            readings.add(r);
            r.keySet().forEach(l -> votes.merge(l, 1, Integer::sum));
        }
        Locale language = votes.entrySet().stream()
                .max(Map.Entry.<Locale, Integer>comparingByValue().thenComparing(e -> e.getKey().equals(ui)))
                .map(Map.Entry::getKey).orElse(ui);
        List<Layout.Column> columns = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            Map<String, Object> args = new HashMap<>(Map.of("file", shown, "line", line, "column", column(spans, i), "header", quoted(cells[i])));
            if (i >= looked) {
                // unreachable while a column may appear once: fail closed all the same
                args.put("expected", labels(List.of(Layout.Column.values()), language));
                throw new AuditException(msg("message.csv.unknown_column", args));
            }
            if (readings.get(i).isEmpty()) {
                args.put("expected", labels(List.of(Layout.Column.values()), language));
                throw new AuditException(msg("message.csv.unknown_column", args));
            }
            Layout.Column c = readings.get(i).get(language);
            if (c == null) {
                args.put("language", language.toLanguageTag());
                throw new AuditException(msg("message.audit.error.mixed_headers", args));
            }
            if (columns.contains(c)) throw new AuditException(msg("message.audit.error.duplicate_column", args));
            columns.add(c);
        }
        Layout layout = columns.contains(Layout.Column.NAME) ? Layout.THREE_COLUMNS : Layout.FIVE_COLUMNS;
        for (int i = 0; i < columns.size(); i++) {
            if (!layout.columns().contains(columns.get(i))) {
                throw new AuditException(msg("message.audit.error.extra_column", Map.of("file", shown, "line", line,
                        "column", column(spans, i), "header", quoted(cells[i]),
                        "five", labels(Layout.FIVE_COLUMNS.columns(), language),
                        "three", labels(Layout.THREE_COLUMNS.columns(), language))));
            }
        }
        Set<Layout.Column> missing = EnumSet.noneOf(Layout.Column.class);
        for (Layout.Column c : layout.columns()) if (!columns.contains(c)) missing.add(c);
        if (!missing.isEmpty()) {
            throw new AuditException(msg("message.audit.error.missing_column", Map.of("file", shown, "line", line,
                    "missing", labels(List.copyOf(missing), language), "layout", layout.id(),
                    "expected", labels(layout.columns(), language))));
        }
        return new Export(layout, language, delimiter, source.bom(), columns);
    }

    /**
     * A header cell as an error message quotes it: cut after 60 characters, and printable on one line
     * ({@link PrintableText}: a line break or a terminal escape in a quoted cell shows as {@code \r},
     * {@code \x1b}), so that the message stays one readable line and cannot forge another.
     */
    static String quoted(String cell) {
        String cut = cell.length() <= 64 ? cell : cell.substring(0, Character.isHighSurrogate(cell.charAt(59)) ? 59 : 60) + "…";
        return PrintableText.oneLine(cut, Integer.MAX_VALUE);
    }

    private int column(Fields.Spans spans, int i) {
        int at = i < spans.count() ? spans.starts()[i] : spans.rowEnd();
        return Fields.column(headerRaw, 0, at);
    }

    @Override public void close() {
        try {
            if (parser != null) parser.close();
            source.close();
        } catch (IOException ignored) {
            // nothing is written; closing a file read to its end cannot lose anything
        }
    }
}

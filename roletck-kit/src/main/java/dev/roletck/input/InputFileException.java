package dev.roletck.input;

import dev.roletck.i18n.Catalog;
import dev.roletck.i18n.Message;
import java.util.Locale;

/**
 * An input file the kit refuses to read, with the position of the problem (1-based), what is
 * wrong and the fix as catalog messages; the caller adds the file name as it shows it
 * ({@link #problem}), giving {@code file:line:col: what — fix}.
 */
public final class InputFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final transient Message what;
    private final transient Message fix;

    public InputFileException(int line, int column, Message what, Message fix) {
        super(line + ":" + column + ": " + what.english() + " — " + fix.english());
        this.line = line;
        this.column = column;
        this.what = what;
        this.fix = fix;
    }

    public int line() { return line; }

    public int column() { return column; }

    public Message what() { return what; }

    public Message fix() { return fix; }

    /** The problem in the file as the caller shows it. */
    public Problem problem(String file) { return new Problem(file, line, column, what, fix); }

    /** {@code file:line:col: what — fix} in the reader's language. */
    public String say(String file, Catalog catalog, Locale locale) { return problem(file).say(catalog, locale); }
}

package dev.roletck.input;

/**
 * An input file the kit refuses to read, with the position of the problem (1-based) and the fix;
 * the caller adds the file name as it shows it, giving {@code file:line:col: what — fix}.
 */
public final class InputFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String what;
    private final String fix;

    public InputFileException(int line, int column, String what, String fix) {
        super(line + ":" + column + ": " + what + " — " + fix);
        this.line = line;
        this.column = column;
        this.what = what;
        this.fix = fix;
    }

    public int line() { return line; }

    public int column() { return column; }

    public String what() { return what; }

    public String fix() { return fix; }

    /** {@code file:line:col: what — fix}. */
    public String at(String file) {
        return file + ":" + getMessage();
    }
}

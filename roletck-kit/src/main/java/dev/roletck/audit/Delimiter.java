package dev.roletck.audit;

/** The field separators an export may use: Control Hub writes commas; Excel writes semicolons in pl, da and tr; tabs from spreadsheets. */
public enum Delimiter {
    COMMA("comma", ','), SEMICOLON("semicolon", ';'), TAB("tab", '\t');

    private final String id;
    private final char character;

    Delimiter(String id, char character) {
        this.id = id;
        this.character = character;
    }

    /** The id the catalog's messages select on. */
    public String id() { return id; }

    public char character() { return character; }
}

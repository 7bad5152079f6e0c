package dev.roletck.audit;

import java.util.List;
import java.util.Locale;

/**
 * What the header of an export says about it.
 *
 * @param layout    the five- or three-column layout
 * @param language  the language of the headers (and so of the role names)
 * @param delimiter the field separator found on the header line
 * @param bom       whether the file starts with a UTF-8 byte-order mark
 * @param columns   the column of each field, in the file's order
 */
public record Export(Layout layout, Locale language, Delimiter delimiter, boolean bom, List<Layout.Column> columns) {
    public Export {
        columns = List.copyOf(columns);
    }

    /** The index of a column among the fields of a row. */
    public int indexOf(Layout.Column column) {
        return columns.indexOf(column);
    }
}

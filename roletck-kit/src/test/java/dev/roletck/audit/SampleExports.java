package dev.roletck.audit;

import dev.roletck.i18n.Catalog;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes administrator-list exports the way Control Hub (or Excel) would, from the catalog's labels:
 * the samples of examples/audit, the test inputs, and the benchmark's million rows.
 */
public final class SampleExports {
    private SampleExports() {}

    /** One administrator: names, e-mail, and role keys ({@code role.full_admin}; {@code none} for "None"). */
    public record Person(String first, String last, String email, List<String> roles) {}

    /** How the file is written. */
    public record Style(Layout layout, Locale language, Delimiter delimiter, String lineBreak, boolean bom) {}

    /** A sample of a layout and language; {@code findings} adds rows that break rules. */
    public record Sample(String name, Style style, List<Person> people) {}

    public static final List<Person> CLEAN = List.of(
            new Person("Anna", "Nowak", "anna.nowak@example.com", List.of("role.full_admin")),
            new Person("Jens", "Hansen", "jens.hansen@example.com", List.of("role.full_admin", "role.compliance_officer")),
            new Person("Ayşe", "Yılmaz", "ayse.yilmaz@example.com", List.of("role.support_admin", "role.user_device_admin")),
            new Person("Sam", "O'Neil, Jr.", "sam.oneil@example.com", List.of("role.contact_center_service_admin")),
            new Person("Lee", "Partner", "lee@partner.example", List.of("role.full_admin@external")));

    public static final List<Person> WITH_FINDINGS = List.of(
            new Person("Anna", "Nowak", "anna.nowak@example.com", List.of("role.full_admin", "role.contact_center_service_admin")),
            new Person("Jens", "Hansen", "jens.hansen@example.com", List.of("role.read_only_admin", "role.device_admin")),
            new Person("Piotr", "Wiśniewski", "piotr@example.com", List.of("none")),
            new Person("Anna", "Nowak", "Anna.Nowak@example.com", List.of("role.compliance_officer")),
            new Person("Lee", "Partner", "lee@partner.example", List.of("role.full_admin@external")));

    public static List<Sample> samples() {
        List<Sample> s = new ArrayList<>();
        s.add(new Sample("en-five-columns", new Style(Layout.FIVE_COLUMNS, Locale.ENGLISH, Delimiter.COMMA, "\r\n", false), CLEAN));
        s.add(new Sample("en-three-columns-findings", new Style(Layout.THREE_COLUMNS, Locale.ENGLISH, Delimiter.COMMA, "\n", false), WITH_FINDINGS));
        s.add(new Sample("pl-five-columns-findings", new Style(Layout.FIVE_COLUMNS, Locale.forLanguageTag("pl"), Delimiter.SEMICOLON, "\r\n", true), WITH_FINDINGS));
        s.add(new Sample("pl-three-columns", new Style(Layout.THREE_COLUMNS, Locale.forLanguageTag("pl"), Delimiter.COMMA, "\n", false), CLEAN));
        s.add(new Sample("da-five-columns", new Style(Layout.FIVE_COLUMNS, Locale.forLanguageTag("da"), Delimiter.SEMICOLON, "\r\n", true), CLEAN));
        s.add(new Sample("da-three-columns-findings", new Style(Layout.THREE_COLUMNS, Locale.forLanguageTag("da"), Delimiter.TAB, "\n", false), WITH_FINDINGS));
        s.add(new Sample("tr-five-columns-findings", new Style(Layout.FIVE_COLUMNS, Locale.forLanguageTag("tr"), Delimiter.COMMA, "\n", false), WITH_FINDINGS));
        s.add(new Sample("tr-three-columns", new Style(Layout.THREE_COLUMNS, Locale.forLanguageTag("tr"), Delimiter.SEMICOLON, "\r\n", true), CLEAN));
        return s;
    }

    public static String write(Catalog catalog, Style style, List<Person> people) {
        StringBuilder b = new StringBuilder();
        try {
            write(b, catalog, style, people);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return b.toString();
    }

    public static void write(Appendable out, Catalog catalog, Style style, Iterable<Person> people) throws IOException {
        if (style.bom()) out.append('\uFEFF');
        writeHeader(out, catalog, style);
        RowWriter rows = new RowWriter(catalog, style);
        for (Person p : people) rows.write(out, p);
    }

    public static void writeHeader(Appendable out, Catalog catalog, Style style) throws IOException {
        List<String> header = new ArrayList<>();
        for (Layout.Column c : style.layout().columns()) header.add(catalog.label(c.key(), style.language()).text());
        line(out, header, style);
    }

    /** Writes rows of one style, with the role cells remembered (for a million rows). */
    public static final class RowWriter {
        private final Catalog catalog;
        private final Style style;
        private final Map<List<String>, String> cells = new java.util.HashMap<>();

        public RowWriter(Catalog catalog, Style style) {
            this.catalog = catalog;
            this.style = style;
        }

        public void write(Appendable out, Person p) throws IOException {
            String roles = cells.computeIfAbsent(p.roles(), this::cell);
            List<String> v = new ArrayList<>();
            for (Layout.Column c : style.layout().columns()) {
                v.add(switch (c) {
                    case FIRST_NAME -> p.first();
                    case LAST_NAME -> p.last();
                    case DISPLAY_NAME, NAME -> p.first() + " " + p.last();
                    case USER_ID_EMAIL -> p.email();
                    case ADMIN_ROLES -> roles;
                });
            }
            line(out, v, style);
        }

        private String cell(List<String> keys) {
            List<String> names = new ArrayList<>();
            for (String k : keys) {
                names.add(k.equals("none") ? catalog.format("message.audit.none", Map.of(), style.language())
                        : catalog.label(k, style.language()).text());
            }
            return String.join(", ", names);
        }
    }

    private static void line(Appendable out, List<String> values, Style style) throws IOException {
        char d = style.delimiter().character();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) out.append(d);
            out.append(Fields.field(values.get(i), false, d));
        }
        out.append(style.lineBreak());
    }

    /** Writes a file (UTF-8). */
    public static void writeFile(java.nio.file.Path file, Catalog catalog, Style style, List<Person> people) throws IOException {
        try (Writer w = java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
            write(w, catalog, style, people);
        }
    }
}

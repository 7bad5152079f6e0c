package dev.roletck.harness.report;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The texts of the reports in one language. The kit's catalog can stand in through
 * {@link #of(Locale, Formatter)}; without it the bundled texts (en, pl, da, tr) serve, English for
 * any other language.
 */
public final class ReportText {

    /** Formats a message key with named arguments, or returns null for a key it does not know. */
    @FunctionalInterface
    public interface Formatter {
        String format(String key, Map<String, Object> args);
    }

    private static final String BUNDLE = "/dev/roletck/harness/report/messages_";

    private final Locale locale;
    private final Properties texts;
    private final Properties english;
    private final Formatter override;

    private ReportText(Locale locale, Formatter override) {
        this.locale = locale;
        this.english = load("en");
        Properties own = load(locale.getLanguage());
        this.texts = own.isEmpty() ? english : own;
        this.override = override;
    }

    public static ReportText of(Locale locale) {
        return new ReportText(locale, (k, a) -> null);
    }

    /** Texts from {@code formatter} first (e.g. the kit's catalog), the bundled ones for keys it lacks. */
    public static ReportText of(Locale locale, Formatter formatter) {
        return new ReportText(locale, formatter);
    }

    public Locale locale() { return locale; }

    /** The language tag written into reports, e.g. {@code pl}. */
    public String languageTag() { return texts == english ? "en" : locale.getLanguage(); }

    public String get(String key) { return format(key, Map.of()); }

    public String format(String key, Map<String, Object> args) {
        String fromOverride = override.format("report." + key, args);
        if (fromOverride != null) return fromOverride;
        String pattern = texts.getProperty(key, english.getProperty(key));
        if (pattern == null) throw new IllegalArgumentException("no report text '" + key + "'");
        return new MessageFormat(pattern, texts == english ? Locale.ENGLISH : locale).format(args);
    }

    private static Properties load(String language) {
        Properties p = new Properties();
        try (InputStream in = ReportText.class.getResourceAsStream(BUNDLE + language.toLowerCase(Locale.ROOT) + ".properties")) {
            if (in != null) p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}

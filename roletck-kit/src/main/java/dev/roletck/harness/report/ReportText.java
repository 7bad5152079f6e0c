package dev.roletck.harness.report;

import dev.roletck.i18n.Catalog;
import dev.roletck.i18n.Phrase;
import dev.roletck.model.Id;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The texts of the reports in one language, from the kit's catalog ({@code i18n/}): messages under
 * {@code message.report.*} (and the verify summary's {@code message.verify.*}), names of roles,
 * capabilities, relations and tables by their catalog labels.
 */
public final class ReportText {
    private final Catalog catalog;
    private final Locale locale;

    private ReportText(Catalog catalog, Locale locale) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    public static ReportText of(Catalog catalog, Locale locale) {
        return new ReportText(catalog, locale);
    }

    /** The texts of the kit's standard catalog. */
    public static ReportText of(Locale locale) {
        return new ReportText(Catalog.standard(), locale);
    }

    public Locale locale() { return locale; }

    /** The language the texts are actually in (the catalog falls back to English), e.g. {@code pl}. */
    public String languageTag() { return catalog.chain(locale).get(0).getLanguage(); }

    /** {@code message.report.<key>} without arguments. */
    public String get(String key) { return format(key, Map.of()); }

    /** {@code message.report.<key>} with named arguments. */
    public String format(String key, Map<String, Object> args) {
        return catalog.format("message.report." + key, args, locale);
    }

    /** Any message of the catalog by its full key, e.g. {@code message.verify.row}. */
    public String message(String key, Map<String, Object> args) {
        return catalog.format(key, args, locale);
    }

    /** A phrase of a result (an expectation, an answer, a reason, a source) in this language. */
    public String say(Phrase phrase) {
        return phrase.render(catalog, locale);
    }

    /** The localized name of a role, capability, relation, table, access value or scope. */
    public String label(Id value) {
        return catalog.label(value, locale).text();
    }
}

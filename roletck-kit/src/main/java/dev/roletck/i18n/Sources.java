package dev.roletck.i18n;

import java.util.regex.Pattern;

/** The values a {@code source} field may take. */
final class Sources {
    private Sources() {}

    static final String TRANSLATED = "translated";
    static final String ORIGINAL = "original";
    /** A seed file of the kit, optionally with the line the text is quoted from. */
    static final Pattern SEED = Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt(:[1-9]\\d*)?");
}

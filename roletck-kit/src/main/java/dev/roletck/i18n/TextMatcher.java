package dev.roletck.i18n;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a label the way a reader compares names: case by the rules of the text's language (Turkish
 * İ/ı), accents and other marks ignored, letters without a decomposition (ł, ø, ı) folded to their
 * base letter, every run of white space (NO-BREAK SPACE included) one space, dashes and quotes unified.
 */
final class TextMatcher {
    private TextMatcher() {}

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");
    private static final Pattern DASH = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern QUOTE = Pattern.compile("[\\u2018\\u2019\\u201A\\u2032]");
    private static final Pattern DOUBLE_QUOTE = Pattern.compile("[\\u201C\\u201D\\u201E\\u00AB\\u00BB]");

    static String fold(String text, Locale locale) {
        String s = NFKC.normalize(text);
        s = SPACE.matcher(s).replaceAll(" ").strip();
        s = UCharacter.toLowerCase(ULocale.forLocale(locale), s);
        s = MARKS.matcher(NFD.normalize(s)).replaceAll("");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ı' -> out.append('i');
                case 'ł' -> out.append('l');
                case 'ø' -> out.append('o');
                case 'đ' -> out.append('d');
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ß' -> out.append("ss");
                default -> out.append(c);
            }
        }
        s = DASH.matcher(out).replaceAll("-");
        s = QUOTE.matcher(s).replaceAll("'");
        return DOUBLE_QUOTE.matcher(s).replaceAll("\"");
    }

    /**
     * The Danish spelling of a fold: æ, ø and å written as ae, oe and aa, as Danes type them without
     * those keys (and as older names keep them: Aalborg). Both sides of a comparison are folded so, so
     * "klargoeringsadministrator" finds "Klargøringsadministrator", and so do "aa" and "å".
     */
    static String foldDanish(String text) {
        String s = UCharacter.toLowerCase(ULocale.forLanguageTag("da"), NFKC.normalize(text));
        s = NFD.normalize(s).replace("a\u030A", "aa");
        s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        return fold(s, Locale.forLanguageTag("da"));
    }

    /** Levenshtein distance over code units of two folded strings. */
    static int distance(String a, String b) {
        return EditDistance.between(a, b);
    }
}

package dev.roletck.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every seed citation of the catalog, opened: the cited line holds the label (or alias) verbatim,
 * lies in a seed of the entry's language, and — for a capability — lies within the rows of that
 * capability's table in that seed (the line ranges of READING.md §1–§8). And the other way round: a
 * term marked {@code translated} does not stand as a line of its own in a seed of its language, where
 * it should have been cited instead.
 */
class SeedCitationTest {
    private static final Path SPEC = Path.of("docs", "spec");
    private static final Path SEEDS = SPEC.resolve("seeds");
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Pattern CITATION = Pattern.compile("(\\d{3})_[0-9a-f]{16}\\.txt:(\\d+)");

    /** The language of each seed file (READING.md §0). */
    private static final Map<String, String> SEED_LANGUAGE = Map.of(
            "000", "pl", "001", "da", "002", "pl", "003", "en", "004", "tr");

    /** Table → seed → first and last line of its rows, as READING.md §1–§8 gives them ("l.95-161"). */
    private static final Map<String, Map<String, int[]>> TABLE_LINES = Map.of(
            "organization_roles", Map.of("002", new int[] {95, 161}, "004", new int[] {105, 171}),
            "webex_site_roles", Map.of("002", new int[] {183, 224}, "004", new int[] {213, 256}),
            "external_admin_roles", Map.of("002", new int[] {291, 361}, "004", new int[] {340, 410}),
            "partner_sales_roles", Map.of("002", new int[] {377, 405}),
            "contact_center", Map.of("000", new int[] {5, 86}, "001", new int[] {14, 113},
                    "003", new int[] {5, 75}, "002", new int[] {230, 278}, "004", new int[] {260, 308}),
            "contact_center_role_assignment", Map.of("001", new int[] {118, 166}));

    /** Kinds of keys that name a seed term (rule titles, kit vocabulary and messages are the kit's own). */
    private static final List<String> TERM_KINDS = List.of("role.", "capability.", "access.", "scope.",
            "relation.", "table.", "column.");

    private static final Map<String, List<String>> SEED_CACHE = new HashMap<>();

    @Test
    void theTableRangesAreTheOnesReadingGives() throws IOException {
        String reading = Files.readString(SPEC.resolve("READING.md"), StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        TABLE_LINES.forEach((table, bySeed) -> bySeed.forEach((seed, r) -> {
            String range = "l." + r[0] + "-" + r[1];
            if (!reading.contains(range)) missing.add(table + " " + seed + " " + range);
        }));
        assertEquals(List.of(), missing, "ranges that READING.md does not state");
    }

    @Test
    void everyCitedSeedLineHoldsItsLabelWithinItsTable() {
        Catalog catalog = Catalog.standard();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Locale locale : catalog.locales()) {
            for (Entry e : catalog.entries(locale)) {
                if (e.message()) continue;
                List<Entry.Alias> spellings = new ArrayList<>();
                spellings.add(new Entry.Alias(e.text(), e.source()));
                spellings.addAll(e.aliases());
                for (Entry.Alias s : spellings) {
                    if (s.source().equals(Sources.TRANSLATED) || s.source().equals(Sources.ORIGINAL)) continue;
                    checked++;
                    check(e, s).ifPresent(wrong::add);
                }
            }
        }
        assertTrue(checked > 150, "only " + checked + " citations found");
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }

    @Test
    void noTranslatedTermStandsInASeedOfItsLanguage() {
        Catalog catalog = Catalog.standard();
        List<String> wrong = new ArrayList<>();
        for (Locale locale : catalog.locales()) {
            for (Entry e : catalog.entries(locale)) {
                if (e.message() || !e.source().equals(Sources.TRANSLATED)) continue;
                if (TERM_KINDS.stream().noneMatch(e.key()::startsWith)) continue;
                String term = bare(e.text());
                for (Map.Entry<String, String> seed : SEED_LANGUAGE.entrySet()) {
                    if (!seed.getValue().equals(locale.getLanguage())) continue;
                    List<String> lines = seed(seed.getKey());
                    for (int n = 1; n <= lines.size(); n++) {
                        if (!bare(lines.get(n - 1)).equals(term)) continue;
                        // a capability's seed is a row of its own table; the same words elsewhere name something else
                        if (e.key().startsWith("capability.") && !withinTable(e.key(), seed.getKey(), n)) continue;
                        wrong.add(locale.getLanguage() + " " + e.key() + ": \"" + e.text() + "\" is marked translated but stands on "
                                + fileOf(seed.getKey()) + ":" + n + " — cite that line");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }

    private static Optional<String> check(Entry e, Entry.Alias s) {
        String what = e.locale().getLanguage() + " " + e.key() + " \"" + s.text() + "\" cites " + s.source();
        Matcher m = CITATION.matcher(s.source());
        if (!m.matches()) return Optional.of(what + ": not a seed citation file:line");
        String seed = m.group(1);
        int n = Integer.parseInt(m.group(2));
        if (!SEED_LANGUAGE.getOrDefault(seed, "").equals(e.locale().getLanguage())) {
            return Optional.of(what + ": that seed is written in '" + SEED_LANGUAGE.get(seed) + "'");
        }
        List<String> lines = seed(seed);
        if (n > lines.size()) return Optional.of(what + ": the seed has " + lines.size() + " lines");
        if (!standsOn(s.text(), lines.get(n - 1))) {
            return Optional.of(what + ": the line reads \"" + lines.get(n - 1).strip() + "\"");
        }
        if (e.key().startsWith("capability.") && !withinTable(e.key(), seed, n)) {
            return Optional.of(what + ": the line is outside the rows of its table "
                    + Optional.ofNullable(TABLE_LINES.get(tableOf(e.key())).get(seed))
                    .map(r -> "(l." + r[0] + "-" + r[1] + ")").orElse("(the table is not in that seed)"));
        }
        return Optional.empty();
    }

    /**
     * The text stands on the line as words: verbatim (NFC; a NO-BREAK SPACE is the seed's typography for
     * a space), and not as part of a longer word — except where the seed glued two table cells together
     * ("erişimWebex Site YöneticisiWebex …"), a lower-case letter meeting an upper-case one.
     */
    static boolean standsOn(String text, String line) {
        String t = NFC.normalize(text).replace('\u00A0', ' ');
        String l = NFC.normalize(line).replace('\u00A0', ' ');
        for (int at = l.indexOf(t); at >= 0; at = l.indexOf(t, at + 1)) {
            int end = at + t.length();
            boolean before = at == 0 || !Character.isLetterOrDigit(l.charAt(at - 1))
                    || Character.isLowerCase(l.charAt(at - 1)) && Character.isUpperCase(l.charAt(at));
            boolean after = end == l.length() || !Character.isLetterOrDigit(l.charAt(end))
                    || Character.isLowerCase(l.charAt(end - 1)) && Character.isUpperCase(l.charAt(end));
            if (before && after) return true;
        }
        return false;
    }

    @Test
    void standsOnRefusesPartsOfWords() {
        assertTrue(!standsOn("fuld administrator", "Hvis du tildeler en fuld administratorrolle til en bruger"));
        assertTrue(standsOn("fuld administrator", "roller: Administrator af kontaktcentertjeneste, fuld administrator eller"));
        assertTrue(standsOn("Webex Site Yöneticisi", "erişimWebex Site YöneticisiWebex Kullanıcı Yöneticisi"));
        assertTrue(!standsOn("Yok", "Yoksa"));
    }

    private static boolean withinTable(String key, String seed, int line) {
        int[] r = TABLE_LINES.getOrDefault(tableOf(key), Map.of()).get(seed);
        return r != null && line >= r[0] && line <= r[1];
    }

    private static String tableOf(String capabilityKey) {
        return capabilityKey.split("\\.")[1];
    }

    /** A line as a term: without list marks, numbering, footnote stars and surrounding space. */
    private static String bare(String s) {
        return NFC.normalize(s).replace('\u00A0', ' ').strip()
                .replaceFirst("^([•\\-–]|\\d+\\.)\\s*", "").replaceFirst("[*:.]+$", "").strip();
    }

    private static synchronized List<String> seed(String number) {
        return SEED_CACHE.computeIfAbsent(number, n -> {
            try {
                return Files.readAllLines(SEEDS.resolve(fileOf(n)), StandardCharsets.UTF_8);
            } catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
        });
    }

    private static String fileOf(String number) {
        try (var files = Files.list(SEEDS)) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.startsWith(number + "_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(SEEDS + ": no seed " + number));
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}

package dev.roletck.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped catalog: complete for the four languages, valid ICU, consistent across languages. */
class CatalogContentTest {

    static final List<String> LANGUAGES = List.of("en", "pl", "da", "tr");
    private static final Catalog CATALOG = Catalog.standard();
    private static final Pattern SOURCE = Pattern.compile("translated|original|\\d{3}_[0-9a-f]{16}\\.txt:[1-9]\\d*");

    @Test
    void hasExactlyTheFourLanguages() {
        assertEquals(new TreeSet<>(LANGUAGES),
                new TreeSet<>(CATALOG.locales().stream().map(Locale::toLanguageTag).toList()));
    }

    @ParameterizedTest(name = "every id the matrices use has a label in {0}")
    @ValueSource(strings = {"en", "pl", "da", "tr"})
    void everyRequiredKeyHasALabel(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        List<String> missing = Keys.required().stream()
                .filter(k -> CATALOG.entry(k, locale).filter(e -> !e.message() && !e.text().isBlank()).isEmpty())
                .toList();
        assertEquals(List.of(), missing, "keys without a " + tag + " label in i18n/" + tag + ".yaml");
    }

    @Test
    void requiredKeysCoverEveryKind() {
        List<String> required = Keys.required();
        assertEquals(20 + 47 + 3 + 4 + 7 + 6 + 52 + 6 + 6 + 5 + 3 + 2, required.size(), "required keys: " + required);
        assertTrue(required.contains("capability.webex_site_roles.analytics_and_reports"));
        assertTrue(required.contains("capability.organization_roles.analytics_and_reports"));
        assertTrue(required.contains("role.full_admin@external"));
        assertTrue(required.contains("column.user_id_email"));
        assertTrue(required.contains("rule.R52"));
    }

    @ParameterizedTest(name = "every message of {0} parses as ICU MessageFormat")
    @ValueSource(strings = {"en", "pl", "da", "tr"})
    void everyPatternParses(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        List<String> bad = new ArrayList<>();
        int messages = 0;
        for (Entry e : CATALOG.entries(locale)) {
            if (!e.message()) continue;
            messages++;
            try {
                new MessageFormat(e.text(), ULocale.forLocale(locale));
            } catch (IllegalArgumentException ex) {
                bad.add(e.key() + ": " + ex.getMessage());
            }
        }
        assertTrue(messages > 20, tag + " has only " + messages + " messages");
        assertEquals(List.of(), bad);
    }

    @Test
    void argumentNamesAgreeAcrossLanguages() {
        List<String> disagreements = new ArrayList<>();
        for (Entry en : CATALOG.entries(Locale.ENGLISH)) {
            if (!en.message()) continue;
            Set<String> expected = argumentNames(en.text());
            for (String tag : LANGUAGES) {
                Entry other = CATALOG.entry(en.key(), Locale.forLanguageTag(tag)).orElse(null);
                if (other == null) {
                    disagreements.add(tag + " lacks " + en.key());
                } else if (!argumentNames(other.text()).equals(expected)) {
                    disagreements.add(en.key() + ": en " + expected + ", " + tag + " " + argumentNames(other.text()));
                }
            }
        }
        assertEquals(List.of(), disagreements);
    }

    static Set<String> argumentNames(String pattern) {
        MessagePattern mp = new MessagePattern(pattern);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < mp.countParts(); i++) {
            if (mp.getPart(i).getType() == MessagePattern.Part.Type.ARG_NAME) names.add(mp.getSubstring(mp.getPart(i)));
        }
        return names;
    }

    @Test
    void polishNeedsFourPluralCategories() {
        assertEquals(Set.of("one", "few", "many", "other"),
                PluralRules.forLocale(ULocale.forLanguageTag("pl")).getKeywords());
    }

    @ParameterizedTest(name = "every plural message of {0} has every category its plural rules give")
    @ValueSource(strings = {"en", "pl", "da", "tr"})
    void pluralMessagesAreComplete(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        Set<String> needed = PluralRules.forLocale(ULocale.forLocale(locale)).getKeywords();
        List<String> incomplete = new ArrayList<>();
        int plurals = 0;
        for (Entry e : CATALOG.entries(locale)) {
            if (!e.message()) continue;
            for (Patterns.PluralArg arg : Patterns.plurals(e.text())) {
                plurals++;
                if (!arg.keywords().containsAll(needed)) {
                    Set<String> lacking = new TreeSet<>(needed);
                    lacking.removeAll(arg.keywords());
                    incomplete.add(e.key() + " {" + arg.name() + "} lacks " + lacking);
                }
            }
        }
        assertTrue(plurals >= 10, tag + " has only " + plurals + " plural arguments");
        assertEquals(List.of(), incomplete);
    }

    @Test
    void polishPluralFormsDifferByCount() {
        Locale pl = Locale.forLanguageTag("pl");
        Map<Integer, String> shown = new HashMap<>();
        for (int n : new int[] {1, 2, 5, 22, 25}) {
            shown.put(n, CATALOG.format("message.verify.deadline", Map.of("count", n, "first", "X"), pl));
        }
        assertEquals(shown.get(2).replace("2", ""), shown.get(22).replace("22", ""), "2 and 22 take the same (few) form");
        assertEquals(shown.get(5).replace("5", ""), shown.get(25).replace("25", ""), "5 and 25 take the same (many) form");
        assertEquals(3, new TreeSet<>(List.of(shown.get(1).replace("1", ""), shown.get(2).replace("2", ""),
                shown.get(5).replace("5", ""))).size(), "one, few and many differ in Polish: " + shown);
        String fraction = CATALOG.format("message.verify.deadline", Map.of("count", 1.5, "first", "X"), pl);
        assertTrue(!fraction.replace("1,5", "").equals(shown.get(5).replace("5", "")), "1.5 takes the other form: " + fraction);
    }

    @ParameterizedTest(name = "every entry of {0} says where it comes from")
    @ValueSource(strings = {"en", "pl", "da", "tr"})
    void everyEntryHasASource(String tag) {
        List<String> bad = new ArrayList<>();
        for (Entry e : CATALOG.entries(Locale.forLanguageTag(tag))) {
            if (!SOURCE.matcher(e.source()).matches()) bad.add(e.key() + ": " + e.source());
            for (Entry.Alias a : e.aliases()) {
                if (!SOURCE.matcher(a.source()).matches() || a.source().equals("original")) bad.add(e.key() + " alias: " + a.source());
            }
            if (!e.message() && e.source().equals("original")) bad.add(e.key() + ": a label is quoted or translated, not original");
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void labelsFromSeedsCountInEveryLanguage() {
        for (String tag : LANGUAGES) {
            long seeded = CATALOG.entries(Locale.forLanguageTag(tag)).stream().filter(Entry::fromSeed).count();
            assertTrue(seeded >= (tag.equals("da") || tag.equals("en") ? 8 : 40), tag + ": only " + seeded + " entries from seeds");
        }
    }

    /** Within a kind (and within one table for capabilities), no two keys may share a spelling, or find would guess. */
    @ParameterizedTest(name = "spellings are unambiguous within a kind in {0}")
    @ValueSource(strings = {"en", "pl", "da", "tr"})
    void spellingsAreUnambiguousWithinAKind(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        Map<String, String> seen = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Entry e : CATALOG.entries(locale)) {
            if (e.message()) continue;
            String group = e.key().substring(0, e.key().lastIndexOf('.') + 1);
            List<String> spellings = new ArrayList<>();
            spellings.add(e.text());
            e.aliases().forEach(a -> spellings.add(a.text()));
            for (String s : spellings) {
                String previous = seen.putIfAbsent(group + TextMatcher.fold(s, locale), e.key());
                if (previous != null && !previous.equals(e.key())) clashes.add("\"" + s + "\": " + previous + " and " + e.key());
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void canonicalLabelsUseNormalSpaces() {
        for (String tag : LANGUAGES) {
            for (Entry e : CATALOG.entries(Locale.forLanguageTag(tag))) {
                if (e.text().contains("\u00a0")) fail(tag + " " + e.key() + " has a NO-BREAK SPACE in its canonical text");
            }
        }
    }

    @Test
    void exportedLabelsFormatBackToThemselves() {
        Map<String, Map<String, String>> export = CATALOG.export();
        assertEquals(new TreeSet<>(LANGUAGES), new TreeSet<>(export.keySet()));
        int checked = 0;
        for (String tag : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(tag);
            for (Entry e : CATALOG.entries(locale)) {
                String pattern = export.get(tag).get(e.key());
                if (e.message()) {
                    assertEquals(e.text(), pattern);
                } else {
                    assertEquals(e.text(), new MessageFormat(pattern, ULocale.forLocale(locale)).format(new Object[0]),
                            tag + " " + e.key());
                    checked++;
                }
            }
        }
        assertTrue(checked > 600);
    }
}

package dev.roletck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.Policy;
import dev.roletck.harness.ExitCodes;
import dev.roletck.harness.Python;
import dev.roletck.i18n.Catalog;
import dev.roletck.i18n.Entry;
import dev.roletck.i18n.Phrase;
import dev.roletck.model.Access;
import dev.roletck.model.Capability;
import dev.roletck.model.Role;
import dev.roletck.model.Verdict;
import dev.roletck.reference.ReferencePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Polish, Danish or Turkish run of {@code verify} against a buggy implementation speaks that
 * language in every line it prints and in report.html and report.xml: the failures, their reasons,
 * the sources, the verdict. Checked by scanning the outputs for the English words of the catalog's
 * messages: every word of five letters or more that an English {@code message.*} pattern writes
 * itself (its arguments and selectors cut out), unless the language's own catalog uses it too (a
 * term such as "AuthZEN", or an English seed label).
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "each run has its own language, report folder and child JVM")
class LocalizedVerifyTest {
    /** A per-case timeout no answer reaches, even with the runs of this class and others sharing a busy machine. */
    private static final String SLOW_MACHINE = "30s";

    @TempDir Path temp;

    /**
     * The reference policy with four bugs: one cell flipped, scopes dropped, one capability that
     * throws, and assignments by a read-only administrator allowed. Public, for {@code --impl-class}.
     */
    public static final class Buggy implements Policy {
        private final Policy right = new ReferencePolicy();

        @Override public AccessDecision decide(AccessRequest request) {
            if (request.capability() == Capability.ORG_LEGAL_HOLD) throw new IllegalStateException("x1");
            AccessDecision d = right.decide(request);
            if (request.capability() == Capability.ORG_DEVICE_MANAGEMENT && request.roles().contains(Role.DEVICE_ADMIN)) {
                return AccessDecision.only(Access.NONE);
            }
            return d.scopes().isEmpty() ? d : AccessDecision.only(d.access());
        }

        @Override public AssignmentDecision decide(AssignmentRequest request) {
            AssignmentDecision d = right.decide(request);
            return d.verdict() == Verdict.REFUSED && request.toString().contains("read_only_admin")
                    ? AssignmentDecision.allowed(d.rules()) : d;
        }
    }

    /**
     * The same bugs but the one that throws: an implementation without faults, so that the feature
     * scenarios run after the cases (a run with faults skips them). Public, for {@code --impl-class}.
     */
    public static final class Mistaken implements Policy {
        private final Policy buggy = new Buggy();
        private final Policy right = new ReferencePolicy();

        @Override public AccessDecision decide(AccessRequest request) {
            return request.capability() == Capability.ORG_LEGAL_HOLD ? right.decide(request) : buggy.decide(request);
        }

        @Override public AssignmentDecision decide(AssignmentRequest request) { return buggy.decide(request); }
    }

    /** A run with the feature phase: its failed scenarios in the console and the reports speak the features' language. */
    @ParameterizedTest
    @ValueSource(strings = {"pl", "da", "tr"})
    void theFeatureFailuresSpeakTheLanguage(String language) throws IOException {
        Path reports = temp.resolve("features-" + language);
        Path known = temp.resolve("known-features-" + language + ".yaml");
        // a known failure the scenarios meet: told as an expected failure, in the language
        Files.writeString(known, "- case: organization_roles/device_management/device_admin/customer\n  reason: BUG-7\n"
                + "  expires: 2099-12-31\n");
        CliRun r = CliRun.of("verify", "--locale", language, "--impl-class", Mistaken.class.getName(), "--lang", language, "--timeout", SLOW_MACHINE,
                "--known-failures", known.toString(), "--tables", "organization_roles,assignment", "--generated-assignments", "0",
                "--report-dir", reports.toString());
        assertEquals(ExitCodes.FAILED, r.exit(), r.err() + r.out());
        List<String> failures = featureFailures(r.out(), language);
        assertTrue(failures.size() >= 2, "the scenarios failed: " + r.out());
        assertNoEnglish(language, List.of(new Output("feature failures", String.join("\n", failures)),
                new Output("console", r.out() + r.err()),
                new Output("report.html", htmlWords(Files.readString(reports.resolve("report.html")))),
                new Output("report.xml", words(Files.readString(reports.resolve("report.xml"))))));
    }

    /** The control: the same scan of the failure lines of an English feature run finds their English. */
    @Test
    void theScanFindsTheEnglishOfFeatureFailures() {
        CliRun r = CliRun.of("verify", "--locale", "en", "--impl-class", Mistaken.class.getName(), "--lang", "en", "--timeout", SLOW_MACHINE,
                "--tables", "organization_roles,assignment", "--generated-assignments", "0");
        assertEquals(ExitCodes.FAILED, r.exit(), r.err() + r.out());
        List<String> failures = featureFailures(r.out(), "en");
        assertTrue(failures.size() >= 2, "the scenarios failed: " + r.out());
        List<String> found = found(englishWords(Locale.forLanguageTag("pl")), String.join("\n", failures));
        assertTrue(found.contains("disagrees") && found.contains("matrix"), found + "\n" + failures);
    }

    /**
     * The console's failed scenarios of one language, each with the lines of its message: a failure
     * starts with its feature file ({@code   features/pl/…}), its statements follow indented.
     */
    private static List<String> featureFailures(String console, String language) {
        List<String> failures = new ArrayList<>();
        StringBuilder current = null;
        for (String line : console.lines().toList()) {
            if (line.startsWith("  features/" + language + "/")) {
                if (current != null) failures.add(current.toString());
                current = new StringBuilder(line.strip());
            } else if (current != null && line.startsWith("  ")) {
                current.append('\n').append(line.strip());
            } else if (current != null) {
                failures.add(current.toString());
                current = null;
            }
        }
        if (current != null) failures.add(current.toString());
        return failures;
    }

    @ParameterizedTest
    @ValueSource(strings = {"pl", "da", "tr"})
    void aBuggyRunSpeaksTheLanguageInEveryOutput(String language) throws IOException {
        Path reports = temp.resolve(language);
        Path known = temp.resolve("known-" + language + ".yaml");
        Files.writeString(known, "- case: organization_roles/device_management/device_admin/customer\n  reason: BUG-7\n"
                + "  link: https://tracker.example/7\n  expires: 2099-12-31\n"
                + "- case: organization_roles/legal_hold/full_admin/customer\n  reason: BUG-8\n  expires: 2099-12-31\n"
                + "- case: organization_roles/add_delete_users_assign_licenses/full_admin/customer\n  reason: BUG-9\n"
                + "  link: https://tracker.example/9\n  expires: 2099-12-31\n");
        CliRun r = CliRun.of("verify", "--locale", language, "--impl-class", Buggy.class.getName(), "--no-features",
                "--known-failures", known.toString(), "--timeout", SLOW_MACHINE,
                // the generated cases (and their shrunk forms) in full in one language: they take most of the time
                "--tables", language.equals("pl") ? "organization_roles,assignment,generated" : "organization_roles,assignment",
                "--generated-assignments", language.equals("pl") ? "4000" : "100",
                "--report-dir", reports.toString());
        assertEquals(ExitCodes.FAILED, r.exit(), r.err() + r.out());
        String html = Files.readString(reports.resolve("report.html"));
        String xml = Files.readString(reports.resolve("report.xml"));
        Locale locale = Locale.forLanguageTag(language);

        // the run did fail in the ways the outputs must tell
        // (the class runs in a child JVM over the protocol: its exception comes back as an error answer)
        String failed = Phrase.of(Phrase.Kind.FAULT, "fault", "error", "detail", Phrase.of(Phrase.Kind.ANSWERED_ERROR, "error",
                "internal error of the policy — report it (IllegalStateException)")).render(locale);
        assertTrue(r.out().contains(failed), failed + "\n" + r.out());
        assertTrue(html.contains(failed.replace("—", "&mdash;")) || html.contains(failed), "the exception's reason in report.html");
        assertTrue(xml.contains(failed), "the exception's reason in report.xml");
        assertTrue(r.out().contains("organization_roles/device_management/device_admin/partner"), r.out());
        // what the implementation answered is quoted as it is: the child JVM's protocol error, not the kit's words
        String quoted = "internal error of the policy — report it";
        assertNoEnglish(language, List.of(new Output("console", (r.out() + r.err()).replace(quoted, "")),
                new Output("report.html", htmlWords(html).replace(quoted, "")), new Output("report.xml", words(xml).replace(quoted, ""))));
    }

    /** Over the process protocol in one language: the words are the same code's as in-process, the faults are not. */
    @ParameterizedTest
    @ValueSource(strings = {"pl"})
    void aWrongProcessImplementationIsToldInTheLanguage(String language) throws IOException {
        Python.require();
        Path reports = temp.resolve("py-" + language);
        CliRun r = CliRun.of("verify", "--locale", language, "--impl-cmd", Python.command("wrong_policy.py") + " --bug scope-dropped",
                "--timeout", SLOW_MACHINE, "--no-features", "--tables", "webex_site_roles,assignment", "--report-dir", reports.toString());
        assertEquals(ExitCodes.FAILED, r.exit(), r.err() + r.out());
        assertTrue(r.out().contains("webex_site_roles/"), r.out());
        assertNoEnglish(language, List.of(new Output("console", r.out() + r.err()),
                new Output("report.html", htmlWords(Files.readString(reports.resolve("report.html")))),
                new Output("report.xml", words(Files.readString(reports.resolve("report.xml"))))));
    }

    @Test
    void theScanFindsTheEnglishOfAnEnglishRun() throws IOException {
        Path reports = temp.resolve("en");
        CliRun r = CliRun.of("verify", "--locale", "en", "--impl-class", Buggy.class.getName(), "--no-features",
                "--timeout", SLOW_MACHINE, "--tables", "organization_roles", "--report-dir", reports.toString());
        assertEquals(ExitCodes.FAILED, r.exit(), r.err() + r.out());
        List<String> english = englishWords(Locale.forLanguageTag("pl"));
        List<String> found = found(english, r.out());
        assertTrue(found.contains("conformant") && found.contains("implementation") && found.contains("union"), found.toString());
        assertTrue(found(english, htmlWords(Files.readString(reports.resolve("report.html")))).size() > 5);
        assertTrue(found(english, words(Files.readString(reports.resolve("report.xml")))).size() > 2);
    }

    private record Output(String name, String text) {}

    /**
     * What report.html says to a person: its text and its tooltips ({@code title}), without its
     * markup, its style sheet and its script (class names and status ids are not words for a reader).
     */
    static String htmlWords(String html) {
        String body = html.replaceAll("(?s)<script\\b.*?</script>|<style\\b.*?</style>", " ");
        StringBuilder s = new StringBuilder();
        Matcher title = Pattern.compile("\\stitle=\"([^\"]*)\"").matcher(body);
        while (title.find()) s.append(title.group(1)).append('\n');
        s.append(body.replaceAll("<[^>]*>", " "));
        return s.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#10;", "\n")
                .replace("&amp;", "&");
    }

    /**
     * What report.xml says to a person: its failure messages and text, without the markup of the
     * JUnit format (element and attribute names, outcome ids in {@code type}, case ids in {@code name}).
     */
    static String words(String xml) {
        StringBuilder s = new StringBuilder();
        Matcher message = Pattern.compile("\\smessage=\"([^\"]*)\"").matcher(xml);
        while (message.find()) s.append(message.group(1)).append('\n');
        s.append(xml.replaceAll("<[^>]*>", " "));
        return s.toString();
    }

    private static void assertNoEnglish(String language, List<Output> outputs) {
        List<String> english = englishWords(Locale.forLanguageTag(language));
        assertTrue(english.size() > 100, "the scan covers the catalog: " + english.size());
        for (Output o : outputs) {
            // the shrunk cases are rules.yaml text to paste (machine form): their keys are the file's, not words for a person
            String text = RULES_YAML.matcher(o.text()).replaceAll("");
            // a rule case's name is the spec's data (matrices/rules.yaml, in English only), quoted like a seed
            for (String name : RULE_CASE_NAMES) text = text.replace(name, "");
            List<String> found = found(english, text);
            assertTrue(found.isEmpty(), language + " " + o.name() + " holds English: " + found + "\n" + context(found, text));
        }
    }

    /**
     * The English words of the catalog's messages: every word of five letters or more in the fixed
     * text of an English {@code message.*} pattern, but for the words the language's own catalog
     * (its messages and labels) or an English label also uses.
     */
    static List<String> englishWords(Locale language) {
        Catalog catalog = Catalog.standard();
        Set<String> own = new LinkedHashSet<>();
        for (Entry e : catalog.entries(language)) for (String fragment : ARGUMENT.split(e.text())) words(fragment, own);
        for (Entry e : catalog.entries(Locale.ENGLISH)) if (!e.key().startsWith("message.")) words(e.text(), own);
        Set<String> texts = new LinkedHashSet<>();
        for (Entry e : catalog.entries(Locale.ENGLISH)) {
            if (!e.key().startsWith("message.")) continue;
            Set<String> words = new LinkedHashSet<>();
            for (String fragment : ARGUMENT.split(e.text())) words(fragment, words);
            words.stream().filter(w -> w.length() >= 5 && !own.contains(w)).forEach(texts::add);
        }
        return new ArrayList<>(texts);
    }

    private static void words(String text, Set<String> into) {
        Matcher m = WORD.matcher(text);
        while (m.find()) into.add(m.group().toLowerCase(Locale.ROOT));
    }

    /**
     * The English words that stand in the output as words of their own: read in one pass, each word
     * kept unless it is part of an id (full_admin, organization_roles/…, --deadline, report.html) or
     * a JSON name ("request":) — see {@link #standsAlone}.
     */
    static List<String> found(List<String> english, String output) {
        Set<String> standing = new HashSet<>();
        Matcher m = WORD.matcher(output);
        while (m.find()) {
            if (!standsAlone(output, m.start(), m.end())) continue;
            String word = m.group().toLowerCase(Locale.ROOT);
            standing.add(word);
            standing.addAll(List.of(word.split("['’]"))); // "implementation's" holds "implementation"
        }
        List<String> found = new ArrayList<>();
        for (String word : english) if (standing.contains(word)) found.add(word);
        return found;
    }

    /** What may stand right before a word that is part of an id, a path, an option or a JSON name. */
    private static final String INSIDE_BEFORE = "_./\"-";
    /** What may stand right after a word that is part of an id, a path or a JSON name ("kit." ends a sentence). */
    private static final String INSIDE_AFTER = "_/\"-";

    /**
     * Whether the word at {@code start}–{@code end} of {@code text} stands alone: not inside an id
     * (full_admin, organization_roles/…, --deadline, report.html), a JSON name ("request":) or another word.
     * The one definition of the bounds, for the scan and for the context it shows.
     */
    static boolean standsAlone(String text, int start, int end) {
        boolean inside = start > 0 && inside(text.charAt(start - 1), INSIDE_BEFORE)
                || end < text.length() && inside(text.charAt(end), INSIDE_AFTER);
        return !inside;
    }

    private static boolean inside(char c, String joiners) {
        return Character.isLetterOrDigit(c) || joiners.indexOf(c) >= 0;
    }

    private static String context(List<String> found, String output) {
        StringBuilder s = new StringBuilder();
        for (String w : found.subList(0, Math.min(8, found.size()))) {
            Matcher m = WORD.matcher(output);
            while (m.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                if (!standsAlone(output, m.start(), m.end()) || !(word.equals(w) || List.of(word.split("['’]")).contains(w))) continue;
                s.append("  ").append(w).append(": …")
                        .append(output, Math.max(0, m.start() - 80), Math.min(output.length(), m.end() + 80)).append("…\n");
                break;
            }
        }
        return s.toString();
    }

    /** The names of the rule cases of matrices/rules.yaml, longest first (one may contain another). */
    private static final List<String> RULE_CASE_NAMES = dev.roletck.suite.Cases.of(
                    dev.roletck.matrix.MatrixLoader.loadAll(Path.of("matrices")).orThrow()).stream()
            .map(c -> c.provenance() instanceof dev.roletck.suite.Provenance.FromRule r ? r.caseName() : "")
            .filter(n -> !n.isEmpty()).distinct()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();

    /** A line of a shrunk case as rules.yaml text: {@code - name:}, {@code request:}, {@code expect:}. */
    private static final Pattern RULES_YAML = Pattern.compile("(?m)^ {4,}(- name|request|expect): .*$");

    /** What separates the literal texts of an ICU pattern: arguments, selectors and braces. */
    private static final Pattern ARGUMENT = Pattern.compile(
            "\\{[\\p{L}_]+(,\\s*[a-z]+(,\\s*[^{}]*?)?)?\\}|[{}]|(?:\\b[\\p{L}_]+|=\\d+)\\s*(?=\\{)|#|::[\\w-]+");
    /** A word of letters (apostrophes inside, as in "kit's"). */
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");
}

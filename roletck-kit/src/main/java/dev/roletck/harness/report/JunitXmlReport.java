package dev.roletck.harness.report;

import dev.roletck.features.FeatureResults;
import dev.roletck.harness.HarnessResult;
import dev.roletck.i18n.Phrase;
import dev.roletck.matrix.Group;
import dev.roletck.suite.CaseResult;
import dev.roletck.suite.CaseResult.Outcome;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as Surefire writes it, valid against the Jenkins xunit plugin's {@code junit-10.xsd}: {@code <testsuites>} with one {@code <testsuite>} per rule
 * group and one {@code <testcase>} per case. A failed case carries {@code <failure message="expected
 * … but was …">} with the source in its body; a case outside the profile, or a known failure, is
 * {@code <skipped>} with the reason.
 */
public final class JunitXmlReport {
    private JunitXmlReport() {}

    public static String render(HarnessResult result, ReportText text) {
        Map<Group, List<CaseResult>> byGroup = new LinkedHashMap<>();
        for (Group g : Group.values()) byGroup.put(g, new ArrayList<>());
        for (CaseResult o : result.results()) byGroup.get(o.testCase().group()).add(o);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "RoleTCK");
            // junit-10.xsd (Jenkins xunit) allows no 'skipped' here; the suites carry it. The time is the run's wall clock.
            attributes(x, result.results(), false);
            x.writeAttribute("time", seconds(result.elapsed()));
            x.writeCharacters("\n");
            for (Map.Entry<Group, List<CaseResult>> e : byGroup.entrySet()) {
                if (e.getValue().isEmpty()) continue;
                String suite = "roletck." + e.getKey().id();
                x.writeCharacters("  ");
                x.writeStartElement("testsuite");
                x.writeAttribute("name", suite);
                attributes(x, e.getValue(), true);
                x.writeAttribute("time", seconds(e.getValue().stream().map(CaseResult::time).reduce(Duration.ZERO, Duration::plus)));
                x.writeCharacters("\n");
                x.writeCharacters("    ");
                x.writeStartElement("properties");
                property(x, "implementation", result.implementation());
                x.writeEndElement();
                x.writeCharacters("\n");
                for (CaseResult o : e.getValue()) testcase(x, suite, o, text);
                x.writeCharacters("  ");
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            if (result.features().isPresent()) features(x, result.features().get());
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return WellFormed.text(out.toString());
    }

    /** One suite per language of the features, one test per scenario, so that CI servers count them with the cases. */
    private static void features(XMLStreamWriter x, FeatureResults f) throws XMLStreamException {
        for (FeatureResults.Language l : f.languages()) {
            List<FeatureResults.Scenario> scenarios = f.scenarios().stream().filter(s -> s.language().equals(l.language())).toList();
            String suite = "roletck.features." + l.language();
            x.writeCharacters("  ");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", suite);
            x.writeAttribute("tests", Integer.toString(scenarios.size()));
            x.writeAttribute("failures", Integer.toString(l.failed()));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", Integer.toString(l.skipped() + l.notRun() + l.expectedFailures()));
            x.writeAttribute("time", "0.000");
            x.writeCharacters("\n");
            for (FeatureResults.Scenario sc : scenarios) {
                x.writeCharacters("    ");
                x.writeStartElement("testcase");
                x.writeAttribute("name", clean(sc.location() + " " + sc.name()));
                x.writeAttribute("classname", suite);
                x.writeAttribute("time", "0.000");
                switch (sc.status()) {
                    case PASSED -> { }
                    case FAILED -> {
                        x.writeStartElement("failure");
                        x.writeAttribute("message", clean(sc.message().lines().findFirst().orElse("")));
                        x.writeAttribute("type", "failed");
                        x.writeCharacters(clean(sc.message() + "\n"));
                        x.writeEndElement();
                    }
                    case SKIPPED, NOT_RUN, EXPECTED_FAILURE -> {
                        x.writeEmptyElement("skipped");
                        x.writeAttribute("message", clean(sc.message()));
                    }
                }
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            x.writeCharacters("  ");
            x.writeEndElement();
            x.writeCharacters("\n");
        }
    }

    private static void attributes(XMLStreamWriter x, List<CaseResult> outcomes, boolean withSkipped) throws XMLStreamException {

        long failures = outcomes.stream().filter(o -> o.outcome() == Outcome.FAILED || o.outcome() == Outcome.UNEXPECTED_PASS).count();
        long errors = outcomes.stream().filter(o -> o.outcome() == Outcome.ERROR).count();
        long skipped = outcomes.stream().filter(o -> o.outcome() == Outcome.NOT_RUN || o.outcome() == Outcome.EXPECTED_FAILURE).count();
        x.writeAttribute("tests", Integer.toString(outcomes.size()));
        x.writeAttribute("failures", Long.toString(failures));
        x.writeAttribute("errors", Long.toString(errors));
        if (withSkipped) x.writeAttribute("skipped", Long.toString(skipped));
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", clean(value));
    }

    private static void testcase(XMLStreamWriter x, String suite, CaseResult o, ReportText text) throws XMLStreamException {
        x.writeCharacters("    ");
        x.writeStartElement("testcase");
        x.writeAttribute("name", o.id());
        x.writeAttribute("classname", suite);
        x.writeAttribute("time", seconds(o.time()));
        String source = text.say(o.provenance().phrase());
        String actual = o.answer().map(text::say).orElse(text.get("no_answer"));
        String reason = o.why().map(text::say).orElse("");
        switch (o.outcome()) {
            case PASSED -> { }
            case FAILED, ERROR, UNEXPECTED_PASS -> {
                x.writeStartElement(o.outcome() == Outcome.ERROR ? "error" : "failure");
                x.writeAttribute("message", clean(o.outcome() == Outcome.UNEXPECTED_PASS ? reason
                        : text.say(Phrase.of(Phrase.Kind.EXPECTED_GOT, "expected", o.expectation(),
                                "actual", o.answer().or(o::why).orElse(Phrase.of(Phrase.Kind.NO_ANSWER))))));
                x.writeAttribute("type", o.outcome().id());
                x.writeCharacters(clean(text.get("case") + ": " + o.id() + "\n" + text.get("expected") + ": " + text.say(o.expectation())
                        + "\n" + text.get("actual") + ": " + actual + "\n" + text.get("reason") + ": " + reason
                        + "\n" + text.get("source") + ": " + source + "\n"));
                x.writeEndElement();
            }
            case EXPECTED_FAILURE -> {
                x.writeEmptyElement("skipped");
                Phrase known = Phrase.of(Phrase.Kind.KNOWN_FAILURE, "reason", o.knownFailure().map(k -> k.reason()).orElse(""),
                        "link", o.knownFailure().flatMap(k -> k.link()).orElse("none"),
                        "expires", o.knownFailure().map(k -> k.expires().toString()).orElse(""));
                x.writeAttribute("message", clean(text.say(o.why().map(w -> Phrase.clauses(List.of(known, w))).orElse(known))));
            }
            case NOT_RUN -> {
                x.writeEmptyElement("skipped");
                x.writeAttribute("message", clean(o.why().map(text::say).orElse(text.get("status.not_run"))));
            }
        }
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    /**
     * Seconds with microseconds: a reference decision takes a few of them, which "0.000" would hide.
     * Rounded up, so that a case that ran never shows as taking no time (one run on a warm thread can
     * take less than a microsecond).
     */
    private static String seconds(Duration d) {
        return new BigDecimal(d.toNanos()).movePointLeft(9).setScale(6, RoundingMode.CEILING).toPlainString();
    }

    /** Removes the characters XML 1.0 cannot carry, which an implementation's output might contain. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            b.appendCodePoint(ok ? c : 0xFFFD);
        });
        return b.toString();
    }
}

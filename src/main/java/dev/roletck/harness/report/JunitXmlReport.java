package dev.roletck.harness.report;

import dev.roletck.harness.CaseOutcome;
import dev.roletck.harness.HarnessResult;
import dev.roletck.harness.Profile;
import dev.roletck.harness.Status;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as Surefire writes it: {@code <testsuites>} with one {@code <testsuite>} per rule
 * group and one {@code <testcase>} per case. A failed case carries {@code <failure message="expected
 * … but was …">} with the source in its body; a case outside the profile, or a known failure, is
 * {@code <skipped>} with the reason.
 */
public final class JunitXmlReport {
    private JunitXmlReport() {}

    public static String render(HarnessResult result) {
        Map<String, List<CaseOutcome>> byGroup = new LinkedHashMap<>();
        for (String g : Profile.ALL_GROUPS) byGroup.put(g, new ArrayList<>());
        for (CaseOutcome o : result.outcomes()) byGroup.computeIfAbsent(o.group(), g -> new ArrayList<>()).add(o);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "RoleTCK");
            attributes(x, result.outcomes());
            x.writeCharacters("\n");
            for (Map.Entry<String, List<CaseOutcome>> e : byGroup.entrySet()) {
                if (e.getValue().isEmpty()) continue;
                String suite = "roletck." + e.getKey();
                x.writeCharacters("  ");
                x.writeStartElement("testsuite");
                x.writeAttribute("name", suite);
                attributes(x, e.getValue());
                x.writeCharacters("\n");
                x.writeCharacters("    ");
                x.writeStartElement("properties");
                property(x, "implementation", result.implementation());
                x.writeEndElement();
                x.writeCharacters("\n");
                for (CaseOutcome o : e.getValue()) testcase(x, suite, o);
                x.writeCharacters("  ");
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return out.toString();
    }

    private static void attributes(XMLStreamWriter x, List<CaseOutcome> outcomes) throws XMLStreamException {
        long failures = outcomes.stream().filter(o -> o.status().failsRun()).count();
        long skipped = outcomes.stream().filter(o -> o.status() == Status.NOT_RUN || o.status() == Status.EXPECTED_FAILURE).count();
        long ms = outcomes.stream().mapToLong(CaseOutcome::millis).sum();
        x.writeAttribute("tests", Integer.toString(outcomes.size()));
        x.writeAttribute("failures", Long.toString(failures));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", Long.toString(skipped));
        x.writeAttribute("time", seconds(ms));
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", clean(value));
    }

    private static void testcase(XMLStreamWriter x, String suite, CaseOutcome o) throws XMLStreamException {
        x.writeCharacters("    ");
        x.writeStartElement("testcase");
        x.writeAttribute("name", o.id());
        x.writeAttribute("classname", suite);
        x.writeAttribute("time", seconds(o.millis()));
        String source = o.provenance().summary();
        switch (o.status()) {
            case PASSED -> { }
            case FAILED, UNEXPECTED_PASS -> {
                x.writeStartElement("failure");
                x.writeAttribute("message", clean("expected " + o.expected() + " but was "
                        + o.actual().orElse("no answer") + " — " + o.reason().orElse("")));
                x.writeAttribute("type", o.status() == Status.UNEXPECTED_PASS ? "unexpected_pass"
                        : o.actual().isPresent() ? "mismatch" : "fault");
                x.writeCharacters(clean("case: " + o.id() + "\nexpected: " + o.expected() + "\nactual: "
                        + o.actual().orElse("(no answer)") + "\nreason: " + o.reason().orElse("") + "\nsource: " + source + "\n"));
                x.writeEndElement();
            }
            case EXPECTED_FAILURE -> {
                x.writeEmptyElement("skipped");
                x.writeAttribute("message", clean("known failure: " + o.knownFailure().map(k -> k.reason() + " (" + k.link()
                        + ", until " + k.expires() + ")").orElse("") + "; " + o.reason().orElse("")));
            }
            case NOT_RUN -> {
                x.writeEmptyElement("skipped");
                x.writeAttribute("message", clean(o.reason().orElse("not run")));
            }
        }
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.3f", ms / 1000.0);
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

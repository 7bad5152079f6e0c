package dev.roletck.harness.report;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.harness.HarnessResult;
import dev.roletck.harness.ReportFixtures;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** report.xml against the Jenkins xunit plugin's junit-10.xsd (a copy in the test resources), with measured times. */
class JunitXmlSchemaTest {
    @TempDir static Path dir;
    static HarnessResult result;
    static String xml;

    @BeforeAll
    static void run() throws Exception {
        result = ReportFixtures.mixedRun(dir, Locale.ENGLISH);
        xml = Files.readString(dir.resolve(Reports.XML));
    }

    private static Validator validator() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return factory.newSchema(JunitXmlSchemaTest.class.getResource("/xsd/junit-10.xsd")).newValidator();
    }

    @Test
    void validatesAgainstJunit10Xsd() throws Exception {
        validator().validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void theValidatorRejectsWhatTheSchemaForbids() throws Exception {
        // the old report's mistake: 'skipped' on <testsuites>
        String wrong = xml.replaceFirst("<testsuites name=\"RoleTCK\"", "<testsuites name=\"RoleTCK\" skipped=\"1\"");
        assertThrows(SAXException.class, () -> validator().validate(new StreamSource(new StringReader(wrong))));
    }

    @Test
    void timesAreMeasuredPerCaseAndPerSuite() throws Exception {
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)))
                .getDocumentElement();
        NodeList suites = root.getElementsByTagName("testsuite");
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            BigDecimal sum = BigDecimal.ZERO;
            int nonZero = 0;
            NodeList cases = suite.getElementsByTagName("testcase");
            for (int j = 0; j < cases.getLength(); j++) {
                BigDecimal t = new BigDecimal(((Element) cases.item(j)).getAttribute("time"));
                sum = sum.add(t);
                if (t.signum() > 0) nonZero++;
            }
            BigDecimal suiteTime = new BigDecimal(suite.getAttribute("time"));
            // a suite's time is the sum of its cases' (each rounded to the microsecond)
            assertTrue(suiteTime.subtract(sum).abs().compareTo(new BigDecimal("0.000001").multiply(BigDecimal.valueOf(cases.getLength() + 1))) <= 0,
                    suite.getAttribute("name") + ": " + suiteTime + " vs " + sum);
            boolean ran = !suite.getAttribute("skipped").equals(suite.getAttribute("tests"));
            if (ran) assertTrue(nonZero > cases.getLength() / 2, suite.getAttribute("name") + ": most cases that ran took a measurable time, " + nonZero);
            total = total.add(suiteTime);
        }
        BigDecimal wall = new BigDecimal(root.getAttribute("time"));
        assertTrue(wall.compareTo(total) >= 0, "the run takes at least as long as its cases: " + wall + " < " + total);
        assertTrue(Math.abs(result.elapsed().toNanos() / 1000 - wall.movePointRight(6).longValueExact()) <= 1, "the run's wall clock");
    }
}

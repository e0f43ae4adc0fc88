package io.cliqmigrate.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.ProcessingError;
import io.cliqmigrate.core.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML that a strict XML parser reads, whatever the scanned files are called or hold. */
class JUnitReporterTest {

    @Test
    void controlCharactersMarkupAndLoneSurrogatesInPathsAndMessagesStillMakeWellFormedXml() throws Exception {
        Finding hostile = ReporterGoldenTest.query("src/</failure><x y=\"\u001b[31m\ud800\">.java", 4, false,
                List.of());
        ScanResult result = ReporterGoldenTest.result(List.of(hostile), List.of(ProcessingError.of(
                "src/c\u0000d.java", ProcessingError.Kind.READ, "cannot read: ]]> \uFFFF")), List.of());

        Document xml = parse(render(result, Severity.ERROR));

        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).startsWith(
                "authtoken-query-param src/</failure><x y=\"\\x1b[31m\uFFFD\">.java:4:29 Legacy authtoken");
        assertThat(xml.getElementsByTagName("system-err").item(0).getTextContent())
                .isEqualTo("not fully scanned: src/c\\x00d.java cannot read: ]]> \uFFFD");
    }

    @Test
    void theThresholdDecidesWhichFindingsFailAndWhichAreOnlyListed() throws Exception {
        ScanResult result = ReporterGoldenTest.scenarios().get("multiple");

        Document atError = parse(render(result, Severity.ERROR));
        Document atInfo = parse(render(result, Severity.INFO));
        Document never = parse(render(result, null));

        assertThat(counts(atError)).containsExactly(2, 1, 2);
        assertThat(atError.getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("info: cliq-api-inventory src/CliqClient.java:19:22 Cliq API v2 call");
        assertThat(counts(atInfo)).containsExactly(2, 2, 3);
        assertThat(counts(never)).containsExactly(2, 0, 0);
        assertThat(never.getElementsByTagName("system-out").getLength()).isEqualTo(2);
    }

    /** tests and failures of the suite, and the failure entries. */
    static List<Integer> counts(Document xml) {
        Element suite = xml.getDocumentElement();
        NodeList failures = suite.getElementsByTagName("failure");
        return List.of(Integer.parseInt(suite.getAttribute("tests")), Integer.parseInt(suite.getAttribute("failures")),
                failures.getLength());
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String render(ScanResult result, Severity failOn) throws Exception {
        StringWriter out = new StringWriter();
        new JUnitReporter(failOn).write(result, out);
        return out.toString();
    }
}

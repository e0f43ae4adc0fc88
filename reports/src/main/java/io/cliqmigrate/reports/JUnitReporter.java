package io.cliqmigrate.reports;

import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.ProcessingError;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.model.SkippedFile;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as Jenkins and GitLab read test reports: one suite, one test case per rule that ran. A rule with
 * findings at or above {@code --fail-on} fails, with one {@code <failure>} per such finding (its rule, place and
 * message; its severity as the type); findings below the threshold are listed in the case's {@code <system-out>}.
 * The suite's {@code failures} counts failed test cases, as JUnit does. Files not fully scanned are listed in the
 * suite's {@code <system-err>}. The XML writer escapes; text is made printable first, since XML 1.0 cannot hold
 * control characters at all.
 */
public final class JUnitReporter implements Reporter {
    private static final String NAME = "cliq-migrate";

    private final Severity failOn;

    public JUnitReporter(Severity failOn) {
        this.failOn = failOn;
    }

    @Override
    public String id() {
        return "junit";
    }

    @Override
    public String defaultExtension() {
        return "xml";
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        List<RuleTally> rules = RuleTally.of(result);
        long failed = rules.stream().filter(r -> RuleTally.failing(r.findings(), failOn) > 0).count();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", NAME);
            xml.writeAttribute("tests", String.valueOf(rules.size()));
            xml.writeAttribute("failures", String.valueOf(failed));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeCharacters("\n");
            for (RuleTally rule : rules) {
                testCase(rule, xml);
            }
            List<String> unscanned = unscanned(result);
            if (!unscanned.isEmpty()) {
                element(xml, "  ", "system-err", String.join("\n", unscanned));
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private void testCase(RuleTally rule, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("  ");
        if (rule.findings().isEmpty()) {
            xml.writeEmptyElement("testcase");
            xml.writeAttribute("classname", NAME);
            xml.writeAttribute("name", text(rule.id()));
            xml.writeCharacters("\n");
            return;
        }
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", NAME);
        xml.writeAttribute("name", text(rule.id()));
        List<String> below = new ArrayList<>();
        for (Finding f : rule.findings()) {
            if (!RuleTally.fails(f, failOn)) {
                below.add(f.severity().id() + ": " + describe(f));
                continue;
            }
            xml.writeCharacters("\n    ");
            xml.writeStartElement("failure");
            xml.writeAttribute("message", describe(f));
            xml.writeAttribute("type", f.severity().id());
            xml.writeCharacters(describe(f) + (f.helpUri() == null ? "" : "\nsee " + text(f.helpUri())));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
        if (!below.isEmpty()) {
            element(xml, "    ", "system-out", String.join("\n", below));
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void element(XMLStreamWriter xml, String indent, String name, String text)
            throws XMLStreamException {
        xml.writeCharacters(indent);
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /** {@code rule path:line:column message}. */
    private static String describe(Finding f) {
        return text(f.ruleId() + " " + f.location().path() + ":" + f.location().startLine() + ":"
                + f.location().startColumn() + " " + f.message());
    }

    private static List<String> unscanned(ScanResult result) {
        List<String> lines = new ArrayList<>();
        for (ProcessingError e : result.errors()) {
            lines.add(text("not fully scanned: " + e.path() + (e.line() > 0 ? ":" + e.line() : "") + " "
                    + e.message()));
        }
        for (SkippedFile s : result.skippedUnscanned()) {
            lines.add(text("skipped: " + s.path() + " (" + s.reason() + ")"));
        }
        return lines;
    }

    /**
     * Printable ({@link Printable}), and without what XML 1.0 cannot hold besides control characters: a lone
     * surrogate and U+FFFE/U+FFFF become U+FFFD.
     */
    private static String text(String raw) {
        String printable = Printable.escape(raw);
        StringBuilder out = new StringBuilder(printable.length());
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < printable.length()
                    && Character.isLowSurrogate(printable.charAt(i + 1));
            if (pair) {
                out.append(c).append(printable.charAt(++i));
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package io.cliqmigrate.core.lang.config;

import io.cliqmigrate.core.code.SourceOffsets;
import io.cliqmigrate.core.lang.Escapes;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.model.TextRange;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML through the JDK's StAX parser with DTDs and external entities off (nothing is fetched, no entity expands).
 * StAX tells where each tag ends but not where attributes or text are, so those are found in the raw text between
 * the events: an attribute value inside its tag, a text run between two tags.
 *
 * <p>Settings are named the way the common XML configurations name them: Spring
 * {@code <property name="k" value="v"/>}, {@code <entry key="k" value="v"/>}, .NET {@code <add key="k" value="v"/>},
 * {@code <entry key="k"><value>v</value></entry>}, {@code <property name="k">v</property>}; otherwise an attribute
 * by its name and element text by its element's name ({@code <zoho.authtoken>v</zoho.authtoken>} in a Maven POM).
 */
final class XmlConfigReader implements ConfigReader {
    /** Made when a scan first reads XML: the factory's service lookup costs a scan with no XML file. */
    private static final class Factory {
        static final XMLInputFactory INSTANCE = factory();
    }
    private static final Pattern ATTRIBUTE = Pattern.compile("(?<![\\w:.\\-])([\\w:.\\-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*')");

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        // a prefix nobody declared (a copied Spring snippet) is still readable configuration
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entities are not read: " + systemId);
        });
        return factory;
    }

    /**
     * The element being read: its name, the setting name its {@code name}/{@code key} attribute gives, and whether
     * anything gave that setting a value (a {@code value} attribute, text, an element inside).
     */
    private static final class Open {
        private final String name;
        private final String key;
        private final TextRange keyRange;
        private boolean filled;

        Open(String name, String key, TextRange keyRange, boolean filled) {
            this.name = name;
            this.key = key;
            this.keyRange = keyRange;
            this.filled = filled;
        }

        String name() {
            return name;
        }

        String key() {
            return key;
        }

        TextRange keyRange() {
            return keyRange;
        }
    }

    @Override
    public ConfigDocument read(SourceFile file) throws ConfigSyntaxException {
        String text = file.text();
        ConfigDocument document = new ConfigDocument();
        Deque<Open> open = new ArrayDeque<>();
        int previousEnd = 0;
        int textStart = 0;
        String pendingText = null;
        XMLStreamReader reader = null;
        try {
            synchronized (Factory.INSTANCE) {
                reader = Factory.INSTANCE.createXMLStreamReader(new StringReader(text));
            }
            while (reader.hasNext()) {
                int event = next(reader);
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (pendingText == null) {
                        textStart = previousEnd;
                    }
                    pendingText = pendingText == null ? reader.getText() : pendingText + reader.getText();
                    continue;
                }
                int end = offset(reader.getLocation(), file);
                int start = event == XMLStreamConstants.COMMENT ? text.lastIndexOf("<!--", end - 1)
                        : text.lastIndexOf('<', Math.max(0, end - 1));
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    start = text.length();
                }
                // a comment inside a text (<t>abc<!-- old -->def</t>) does not end it
                if (pendingText != null && event != XMLStreamConstants.COMMENT) {
                    text(document, text, pendingText, textStart, Math.max(textStart, start), open.peek(), open);
                    pendingText = null;
                }
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (!open.isEmpty()) {
                            open.peek().filled = true;
                        }
                        open.push(startElement(document, reader, text, start, end));
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (!open.isEmpty()) {
                            declared(document, open.pop());
                        }
                    }
                    case XMLStreamConstants.COMMENT -> document.comment(text.substring(start, end),
                            new TextRange(start, end));
                    default -> { }
                }
                previousEnd = Math.max(previousEnd, end);
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = e.getMessage() == null ? "invalid XML" : e.getMessage().replaceFirst(
                    "(?s)^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message:\\s*", "");
            throw new ConfigSyntaxException(message.lines().findFirst().orElse("invalid XML"),
                    at == null ? 0 : Math.max(0, at.getLineNumber()), at == null ? 0 : Math.max(0, at.getColumnNumber()));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader over a string cannot lose data
                }
            }
        }
        document.endDocument();
        return document;
    }

    /**
     * The next event. The JDK parser can fail on a broken DTD while formatting its own message: that is broken
     * input. A failure in this reader's own code is not, and goes up as the bug it is.
     */
    private static int next(XMLStreamReader reader) throws XMLStreamException, ConfigSyntaxException {
        try {
            return reader.next();
        } catch (RuntimeException e) {
            throw new ConfigSyntaxException("invalid XML (" + e.getClass().getSimpleName() + ")", 0, 0);
        }
    }

    /** Where an event ends. The JDK parser's character offsets drift after some text events; its lines and
     * columns do not. */
    private static int offset(Location location, SourceFile file) {
        return location.getLineNumber() < 1 ? file.text().length()
                : file.lines().offset(location.getLineNumber(), location.getColumnNumber());
    }

    /** {@code name} or {@code key}; Visual Studio's settings files write {@code <Setting Name="…">}. */
    private static boolean isKeyAttribute(String attribute) {
        return attribute.equals("name") || attribute.equals("key") || attribute.equals("Name");
    }

    private static Open startElement(ConfigDocument document, XMLStreamReader reader, String text, int start,
                                     int end) {
        String tag = text.substring(start, end);
        String key = null;
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String attribute = reader.getAttributeLocalName(i);
            if (isKeyAttribute(attribute)) {
                key = reader.getAttributeValue(i);
            }
        }
        // where each attribute is written: name, and value with its quotes
        java.util.Map<String, int[]> written = new java.util.HashMap<>();
        Matcher at = ATTRIBUTE.matcher(tag);
        while (at.find()) {
            written.putIfAbsent(at.group(1), new int[] {at.start(1), at.start(2), at.end(2)});
        }
        TextRange keyRange = null;
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String attribute = reader.getAttributeLocalName(i);
            String prefix = reader.getAttributePrefix(i);
            String qualified = prefix == null || prefix.isEmpty() ? attribute : prefix + ":" + attribute;
            int[] place = written.get(qualified);
            if (qualified.startsWith("xmlns") || place == null) {
                continue; // a namespace declaration is not a setting
            }
            TextRange valueRange = new TextRange(start + place[1], start + place[2]);
            TextRange nameRange = new TextRange(start + place[0], start + place[0] + qualified.length());
            boolean isKey = isKeyAttribute(attribute);
            if (isKey) {
                keyRange = valueRange;
            }
            boolean isValue = key != null && (attribute.equals("value") || attribute.equals("ref"));
            document.entry(isValue ? key : attribute, isValue && keyRange != null ? keyRange : nameRange,
                    reader.getAttributeValue(i), valueRange,
                    Escapes.xml(text, valueRange.start() + 1, valueRange.end() - 1, true));
        }
        boolean valued = false;
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            // Synapse's <property name="…" expression="$func:…"/> computes its value: it declares no setting
            valued |= reader.getAttributeLocalName(i).equals("value") || reader.getAttributeLocalName(i).equals("ref")
                    || reader.getAttributeLocalName(i).equals("expression");
        }
        return new Open(reader.getLocalName(), key, keyRange, valued);
    }

    /**
     * A setting declared with no value yet: Symfony's {@code <parameter key="bundle.auth_token"/>}, an empty
     * {@code <entry key="k"></entry>}; its value comes from elsewhere (another file, the environment).
     */
    private static void declared(ConfigDocument document, Open element) {
        if (element.key() != null && !element.filled && element.keyRange() != null) {
            TextRange none = new TextRange(element.keyRange().end(), element.keyRange().end());
            document.entry(element.key(), element.keyRange(), "", none);
        }
    }

    /** Element text, trimmed; {@code <value>} text belongs to the enclosing entry's key. */
    private static void text(ConfigDocument document, String text, String value, int from, int to, Open element,
                             Deque<Open> open) {
        String trimmed = value.strip();
        if (trimmed.isEmpty() || element == null) {
            return;
        }
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        TextRange range = new TextRange(s, e);
        SourceOffsets written = Escapes.xml(text, s, e, false).strip().offsetsFor(trimmed);
        Open parent = open.stream().skip(1).findFirst().orElse(null);
        element.filled = true;
        if (parent != null && element.name().equalsIgnoreCase("value")) {
            parent.filled = true;
        }
        if (element.key() != null) {
            // <property name="k">v</property>, <entry key="k">v</entry> (java.util.Properties XML, Hibernate)
            document.entry(element.key(), element.keyRange() != null ? element.keyRange() : range, trimmed, range,
                    written);
        } else if (element.name().equalsIgnoreCase("value") && parent != null && parent.key() != null) {
            document.entry(parent.key(), parent.keyRange() != null ? parent.keyRange() : range, trimmed, range,
                    written);
        } else {
            document.entry(element.name(), range, trimmed, range, written);
        }
    }
}

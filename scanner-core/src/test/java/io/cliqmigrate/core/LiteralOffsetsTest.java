package io.cliqmigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.lang.Language;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.lang.ParseOutcome;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.model.TextRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every language adapter says where each character of a literal's value is written, so a match in the value can be
 * reported at exactly its source: through escapes, entities, CDATA, continuation lines, folded and block scalars,
 * a text block's stripped indentation, format strings and interpolations. Each example asks where a piece of a
 * value is written and expects the file's own text there.
 */
class LiteralOffsetsTest {
    private static final Languages LANGUAGES = Languages.defaults();

    @Test
    void javaTextBlockWithCrlfLinesIndentationAndALineJoin() {
        String java = "class CliqCards {\r\n    String card(String t) {\r\n        return \"\"\"\r\n"
                + "            {\"url\": \"https://cliq.zoho.com/api/v2/bots/alarm/message?\\\r\n"
                + "            authtoken=%s\", \"text\": \"Disk\\tfull\"}\r\n            \"\"\".formatted(t);\r\n"
                + "    }\r\n}\r\n";
        assertThat(writtenIn("CliqCards.java", java, "message?authtoken=")).isEqualTo(
                "message?\\\r\n            authtoken=");
        assertThat(writtenIn("CliqCards.java", java, "Disk\tfull\"}\n")).isEqualTo("Disk\\tfull\"}\r\n");
    }

    @Test
    void javaEscapesAndFormatStrings() {
        String java = """
                import java.text.MessageFormat;
                class Links {
                    String search = "https://crm.zoho.com/crm/private/json/Leads/searchRecords?criteria=(\\"City\\":\\"\\u0130zmir\\")&authtoken=";
                    String desk(String t) { return String.format("https://desk.zoho.com/api/v1/tickets?match=100%%&authtoken=%s", t); }
                    String bot(String t) { return MessageFormat.format("https://cliq.zoho.com/api/v2/bots/ops/message?text=It''s done&authtoken={0}", t); }
                }
                """;
        assertThat(writtenIn("Links.java", java, "\"İzmir\")&authtoken=")).isEqualTo("\\\"\\u0130zmir\\\")&authtoken=");
        assertThat(writtenIn("Links.java", java, "100%&authtoken=")).isEqualTo("100%%&authtoken=");
        assertThat(writtenIn("Links.java", java, "It's done&authtoken=")).isEqualTo("It''s done&authtoken=");
    }

    @Test
    void propertiesWithAUnicodeEscapeAndAContinuationLine() {
        String properties = """
                zoho.crm.search-url=https://crm.zoho.eu/crm/private/json/Leads/searchRecords?criteria=(City:\\u0130zmir)\\
                    &authtoken=${ZOHO_CRM_AUTHTOKEN}
                """;
        assertThat(writtenIn("application.properties", properties, "İzmir)&authtoken")).isEqualTo(
                "\\u0130zmir)\\\n    &authtoken");
    }

    @Test
    void yamlQuotedFoldedAndBlockScalars() {
        String yaml = """
                cliq:
                  escalation: "https://crm.zoho.com/crm/private/json/Contacts/searchRecords?criteria=(\\"City\\":\\"İzmir\\")\\
                    &authtoken=${ZOHO_CRM_AUTHTOKEN}"
                  ops: 'Ops team''s bot: https://cliq.zoho.com/api/v2/bots/ops/message?authtoken=${CLIQ_AUTHTOKEN}'
                  note: >
                    The legacy token
                    still works?

                      No: since 2021
                    it is refused.
                  script: |+
                    curl -X POST "https://cliq.zoho.com/api/v2/bots/deploy/message?authtoken=$T"
                      -d '{"text":"Déployé 🚀"}'

                other: 1
                """;
        assertThat(writtenIn("notifier.yml", yaml, "\"İzmir\")&authtoken=")).isEqualTo(
                "\\\"İzmir\\\")\\\n    &authtoken=");
        assertThat(writtenIn("notifier.yml", yaml, "team's bot")).isEqualTo("team''s bot");
        assertThat(writtenIn("notifier.yml", yaml, "token still works?\n\n  No: since 2021\nit is")).isEqualTo(
                "token\n    still works?\n\n      No: since 2021\n    it is");
        assertThat(writtenIn("notifier.yml", yaml, "$T\"\n  -d '{\"text\":\"Déployé 🚀\"}'\n\n")).isEqualTo(
                "$T\"\n      -d '{\"text\":\"Déployé 🚀\"}'\n\n");
    }

    @Test
    void xmlEntitiesCdataAndAttributeLineEnds() {
        String xml = """
                <beans>
                    <bean id="cliq" class="com.acme.CliqClient">
                        <property name="endpoint" value="https://cliq.zoho.com/api/v2/channelsbyname/rnd/message?title=R&amp;D&#38;authtoken=${t}"/>
                        <property name="note" value="first line
                            second line"/>
                        <property name="search"><![CDATA[ https://crm.zoho.com/crm/private/xml/Leads/searchRecords?criteria=(Company:AT&T)&authtoken=${t} ]]></property>
                        <property name="report">Q3-&#220;bersicht&amp;authtoken=${t}</property>
                    </bean>
                </beans>
                """;
        assertThat(writtenIn("beans.xml", xml, "R&D&authtoken")).isEqualTo("R&amp;D&#38;authtoken");
        // an attribute's line end is a blank in its value
        assertThat(writtenIn("beans.xml", xml, "line " + " ".repeat(12) + "second")).isEqualTo(
                "line\n" + " ".repeat(12) + "second");
        assertThat(writtenIn("beans.xml", xml, "(Company:AT&T)&authtoken")).isEqualTo("(Company:AT&T)&authtoken");
        assertThat(writtenIn("beans.xml", xml, "Übersicht&authtoken")).isEqualTo("&#220;bersicht&amp;authtoken");
    }

    @Test
    void tomlEnvAndJsonEscapes() {
        String toml = "[cliq]\nwebhook = \"\"\"\nhttps://cliq.zoho.com/api/v2/bots/ops/message?\\\n    authtoken=abc\"\"\"\n";
        assertThat(writtenIn("settings.toml", toml, "?authtoken")).isEqualTo("?\\\n    authtoken");
        String env = "CLIQ_WEBHOOK=\"https://cliq.zoho.com/api/v2/bots/ops/message?title=\\\"R&D\\\"&authtoken=abc\"\n";
        assertThat(writtenIn("deploy.env", env, "\"R&D\"&authtoken")).isEqualTo("\\\"R&D\\\"&authtoken");
        String json = "{\"CliqWebhook\": \"https://cliq.zoho.com/api/v2/bots/ops/message?title=R\\u0026D\\u0026authtoken=abc\"}";
        assertThat(writtenIn("appsettings.json", json, "R&D&authtoken")).isEqualTo("R\\u0026D\\u0026authtoken");
    }

    @Test
    void interpolatedAndRawLiteralsOfOtherLanguages() {
        String python = "url = f\"https://cliq.zoho.com/api/v2/bots/{bot}/message?text={{\\\"İ\\\"}}&authtoken={token}\"\n";
        assertThat(writtenIn("notify.py", python, "{\"İ\"}&authtoken=")).isEqualTo("{{\\\"İ\\\"}}&authtoken=");
        String csharp = "var url = @\"https://cliq.zoho.com/api/v2/bots/ops/message?title=\"\"R&D\"\"&authtoken=\" + t;\n";
        assertThat(writtenIn("Notify.cs", csharp, "\"R&D\"&authtoken=")).isEqualTo("\"\"R&D\"\"&authtoken=");
        String kotlin = "val url = \"https://cliq.zoho.com/api/v2/channelsbyname/$channel/message?title=\\\"İzmir 🚨\\\"&authtoken=$t\"\n";
        assertThat(writtenIn("Notify.kt", kotlin, "\"İzmir 🚨\"&authtoken=")).isEqualTo("\\\"İzmir 🚨\\\"&authtoken=");
    }

    @Test
    void delugeEscapes() {
        String deluge = "resp = getUrl(\"https://crm.zoho.com/crm/private/json/Accounts/searchRecords?criteria="
                + "(Account Name:İstanbul \\\"Şube\\\")&authtoken=\" + token);\n";
        assertThat(writtenIn("sync.dg", deluge, "\"Şube\")&authtoken=")).isEqualTo("\\\"Şube\\\")&authtoken=");
    }

    @Test
    void everyValueOfTheConfigurationExamplesIsMapped() throws IOException {
        Set<String> unmapped = new java.util.LinkedHashSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/config"))) {
            for (Path path : files.filter(p -> !p.toString().endsWith(".settings.txt")).sorted().toList()) {
                SourceFile file = SourceFile.of(path.getFileName().toString(), null, read(path));
                if (!(parse(file) instanceof ParseOutcome.Parsed parsed)) {
                    continue; // broken input, which the engine reads lexically
                }
                for (FoldedString.Segment segment : literals(parsed.facts())) {
                    if (segment.offsets() == null) {
                        unmapped.add(file.path() + ":" + file.lines().line(segment.origin().start()) + " "
                                + file.slice(segment.origin()));
                    } else {
                        assertWrittenByItself(file, segment);
                    }
                }
            }
        }
        // an alias stands for the scalar anchored elsewhere: it writes none of that value's characters
        assertThat(unmapped).containsExactly("aliases.yml:3 *tok");
    }

    /** As the engine decodes: UTF-8 when the bytes are valid UTF-8, else ISO-8859-1. */
    private static String read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** A character of a value written by one character of the file is that character, or a fold's blank. */
    private static void assertWrittenByItself(SourceFile file, FoldedString.Segment segment) {
        for (int i = 0; i < segment.text().length(); i++) {
            TextRange written = segment.written(i, i + 1);
            char c = segment.text().charAt(i);
            assertThat(segment.origin().contains(written)).as(file.path() + " " + segment.text()).isTrue();
            if (written.length() == 1 && c != ' ' && c != '\n') {
                assertThat(file.text().charAt(written.start())).as(file.path() + " " + segment.text()).isEqualTo(c);
            }
        }
    }

    /** The file's text where the piece of a literal value is written (the literal whose value holds it). */
    private static String writtenIn(String name, String text, String piece) {
        SourceFile file = SourceFile.of(name, null, text);
        for (FoldedString.Segment segment : literals(facts(file))) {
            int at = segment.text().indexOf(piece);
            if (at >= 0) {
                assertThat(segment.offsets()).as("offsets of " + segment.text()).isNotNull();
                return file.slice(segment.written(at, at + piece.length()));
            }
        }
        throw new AssertionError("no literal holds " + piece);
    }

    private static CodeFacts facts(SourceFile file) {
        ParseOutcome outcome = parse(file);
        assertThat(outcome).as(file.path()).isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) outcome).facts();
    }

    private static ParseOutcome parse(SourceFile file) {
        Language language = LANGUAGES.forFile(file.path(), file.text().getBytes(StandardCharsets.UTF_8)).orElseThrow();
        return language.parse(file.withLanguage(language.id()));
    }

    /** Every literal piece of every string, binding and argument. */
    private static List<FoldedString.Segment> literals(CodeFacts facts) {
        List<StringExpr> exprs = new ArrayList<>(facts.strings());
        facts.bindings().stream().filter(b -> b.value() != null).forEach(b -> exprs.add(b.value()));
        facts.calls().forEach(c -> exprs.addAll(c.args()));
        List<FoldedString.Segment> out = new ArrayList<>();
        for (StringExpr expr : exprs) {
            for (FoldedString.Segment segment : facts.fold(expr).segments()) {
                if (segment.kind() == FoldedString.Kind.LITERAL && !segment.text().isEmpty()) {
                    out.add(segment);
                }
            }
        }
        return out;
    }
}

package io.cliqmigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.lang.ParseOutcome;
import io.cliqmigrate.core.lang.java.JavaLanguage;
import io.cliqmigrate.core.model.SourceFile;
import java.text.MessageFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code MessageFormat.format} is folded the way the JDK formats it: the folded text of each call equals what
 * {@link MessageFormat} itself produces for the same pattern and arguments.
 */
class MessageFormatFoldingTest {
    private static final List<String> PATTERNS = List.of(
            "{0}/api/v2/channelsbyname/{1}/message?authtoken={2}",
            "{0}/api/v2/bots/{1}/message?authtoken={2}&text=It''s done",
            "'{0}' is written as is, {1} is not",
            "{0}/crm/v2/Leads?per_page={3,number,#}&authtoken={2}",
            "{0}/api/v2/chats/{4}/message",
            "quoted: '{1}''s value' then {1}");
    private static final Object[] ARGS = {"https://cliq.zoho.com", "ops-alerts", "t0ken", 200};

    @Test
    void foldedTextIsWhatMessageFormatWrites() {
        StringBuilder source = new StringBuilder("import java.text.MessageFormat;\nclass Urls {\n");
        for (int i = 0; i < PATTERNS.size(); i++) {
            source.append("  String u").append(i).append("() { return MessageFormat.format(\"").append(PATTERNS.get(i))
                    .append("\", \"https://cliq.zoho.com\", \"ops-alerts\", \"t0ken\", 200); }\n");
        }
        source.append("  String instance() { return new MessageFormat(\"").append(PATTERNS.get(0))
                .append("\").format(new Object[] {\"https://cliq.zoho.com\", \"ops-alerts\", \"t0ken\"}); }\n}\n");
        List<String> folded = fold(source.toString());
        for (String pattern : PATTERNS) {
            assertThat(folded).as(pattern).contains(MessageFormat.format(pattern, ARGS));
        }
        assertThat(folded).filteredOn(s -> s.equals(MessageFormat.format(PATTERNS.get(0), ARGS))).hasSize(2);
    }

    @Test
    void argumentsNotWrittenOutAndTypedPlaceholdersAreUnknownValues() {
        List<String> folded = fold("""
                import java.text.MessageFormat;
                class Urls {
                  String a(Object[] args) { return new MessageFormat("{0}/api/v2/bots/{1}/message").format(args); }
                  String b(java.util.Date d) { return MessageFormat.format("https://cliq.zoho.com/x?since={0,date}", d); }
                }
                """);
        char hole = FoldedString.HOLE;
        assertThat(folded).contains(hole + "/api/v2/bots/" + hole + "/message",
                "https://cliq.zoho.com/x?since=" + hole);
    }

    private static List<String> fold(String java) {
        SourceFile file = SourceFile.of("Urls.java", JavaLanguage.ID, java);
        CodeFacts facts = ((ParseOutcome.Parsed) new JavaLanguage().parse(file)).facts();
        return facts.strings().stream().map(s -> facts.fold(s).text()).toList();
    }
}

package io.cliqmigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.lang.Language;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.lang.ParseOutcome;
import io.cliqmigrate.core.lang.deluge.DelugeLanguage;
import io.cliqmigrate.core.model.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Deluge inside containers: a Creator application export and a Cliq command export. Their trees are golden
 * files ({@code -Dgolden.update=true} regenerates them), and their facts sit on the container's own lines.
 */
class DelugeContainersTest {
    private static final Path DIR = Path.of("src/test/resources/deluge-containers");
    private final Language deluge = new DelugeLanguage();

    private SourceFile read(String name) throws IOException {
        return SourceFile.of(name, DelugeLanguage.ID, Files.readString(DIR.resolve(name), StandardCharsets.UTF_8));
    }

    @Test
    void creatorExportTreeHoldsOnlyTheDelugeRegions() throws IOException {
        SourceFile export = read("creator-export.ds");
        assertThat(deluge.syntaxProblems(export)).isEmpty();
        golden("creator-export.tree.txt", deluge.tree(export).orElseThrow());
        CodeFacts facts = ((ParseOutcome.Parsed) deluge.parse(export)).facts();
        assertThat(facts.calls()).filteredOn(c -> c.name().equalsIgnoreCase("getUrl") || c.name().equals("postUrl"))
                .extracting(c -> export.lines().line(c.nameRange().start())).containsExactly(73, 95);
    }

    @Test
    void formAndFieldEventScriptsOfAnExportAreDelugeButItsButtonsAreNot() throws IOException {
        SourceFile export = read("creator-form-workflows.ds");
        assertThat(deluge.syntaxProblems(export)).isEmpty();
        CodeFacts facts = ((ParseOutcome.Parsed) deluge.parse(export)).facts();
        // on user input of a field, on success of add and edit: each script's calls on the export's own lines
        assertThat(facts.calls()).filteredOn(c -> c.name().equals("getUrl") || c.name().startsWith("zoho."))
                .extracting(c -> c.name() + " " + export.lines().line(c.nameRange().start()))
                .containsExactly("getUrl 56", "zoho.crm.updateRecord 63");
        // the "Submit" button definition under actions { on add { … } } is blanked: no call named submit
        assertThat(facts.calls()).noneMatch(c -> c.name().equalsIgnoreCase("submit"));
    }

    @Test
    void aCreatorPageScriptIsTheDelugeOfItsScriptletsOnThePagesOwnLines() throws IOException {
        SourceFile page = read("creator-page.dg");
        // a loop opened in one scriptlet and closed in another, around markup and <%= … %> values
        assertThat(deluge.syntaxProblems(page)).isEmpty();
        golden("creator-page.tree.txt", deluge.tree(page).orElseThrow());
        CodeFacts facts = ((ParseOutcome.Parsed) deluge.parse(page)).facts();
        assertThat(facts.calls()).filteredOn(c -> c.name().equals("postUrl"))
                .extracting(c -> page.lines().line(c.nameRange().start())).containsExactly(14);
        // what a <%= … %> prints is no statement of the script
        assertThat(facts.calls()).noneMatch(c -> c.name().endsWith("count"));
    }

    @Test
    void aScriptletNeverClosedLeavesTheMarkupAfterItOutOfTheScript() {
        SourceFile page = SourceFile.of("notice.dg", DelugeLanguage.ID, "<p>Orders</p>\n<%{ n = Orders[Status == \"Open\"]"
                + ".count(); }%>\n<p><%=n%> open</p>\n<% <div>draft, never finished: getUrl(x) <b>bold</b></div>\n");
        assertThat(deluge.syntaxProblems(page)).isEmpty();
        CodeFacts facts = ((ParseOutcome.Parsed) deluge.parse(page)).facts();
        assertThat(facts.calls()).noneMatch(c -> c.name().equals("getUrl"));
    }

    @Test
    void aScriptletOpenerInsideAnExportsStringLeavesTheExportAsItWas() throws IOException {
        // "<%" in a string of an export's function: the form definitions after it stay out of the Deluge
        String export = Files.readString(DIR.resolve("creator-export.ds"), StandardCharsets.UTF_8);
        String withOpener = export.replace("info resp;", "info \"<%\" + resp;");
        assertThat(withOpener).isNotEqualTo(export);
        SourceFile original = SourceFile.of("creator-export.ds", DelugeLanguage.ID, export);
        SourceFile changed = SourceFile.of("creator-export.ds", DelugeLanguage.ID, withOpener);
        assertThat(deluge.syntaxProblems(changed)).isEmpty();
        assertThat(((ParseOutcome.Parsed) deluge.parse(changed)).facts().calls())
                .extracting(c -> c.name() + " " + changed.lines().line(c.nameRange().start()))
                .containsExactlyElementsOf(((ParseOutcome.Parsed) deluge.parse(original)).facts().calls().stream()
                        .map(c -> c.name() + " " + original.lines().line(c.nameRange().start())).toList());
    }

    @Test
    void cliqExportScriptsAreReadOnTheJsonLines() throws IOException {
        SourceFile export = read("cliq-commands.json");
        assertThat(deluge.matches("cliq-commands.json", export.text().getBytes(StandardCharsets.UTF_8))).isTrue();
        golden("cliq-commands.tree.txt", deluge.tree(export).orElseThrow());
        CodeFacts facts = ((ParseOutcome.Parsed) deluge.parse(export)).facts();
        CallFact post = facts.calls().stream().filter(c -> c.name().equals("zoho.cliq.postToChannel")).findFirst()
                .orElseThrow();
        assertThat(export.lines().line(post.nameRange().start())).isEqualTo(6);
        assertThat(export.slice(post.nameRange())).isEqualTo("zoho.cliq.postToChannel");
        // the "help" entry only mentions the task in its description: no Deluge call there
        assertThat(facts.calls()).noneMatch(c -> c.name().startsWith("zoho.")
                && export.lines().line(c.range().start()) == 14);
    }

    @Test
    void aPostmanCollectionIsJsonConfigurationThoughItsTestsSitInScriptFields() throws IOException {
        String name = "desk-tickets.postman_collection.json";
        byte[] bytes = Files.readAllBytes(DIR.resolve(name));
        Language language = Languages.defaults().forFile(name, bytes).orElseThrow();
        assertThat(language.id()).isEqualTo("json");
        SourceFile collection = SourceFile.of(name, language.id(), new String(bytes, StandardCharsets.UTF_8));
        CodeFacts facts = ((ParseOutcome.Parsed) language.parse(collection)).facts();
        assertThat(facts.bindings()).extracting(Binding::name)
                .contains("item[0].request.url.raw", "item[0].request.url.query[1].key",
                        "item[0].event[0].script.exec[0]");
        // a Cliq export is still read as Deluge, by its content
        byte[] export = Files.readAllBytes(DIR.resolve("cliq-commands.json"));
        assertThat(Languages.defaults().forFile("cliq-commands.json", export).orElseThrow().id())
                .isEqualTo(DelugeLanguage.ID);
    }

    private static void golden(String name, String actual) throws IOException {
        Path golden = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}

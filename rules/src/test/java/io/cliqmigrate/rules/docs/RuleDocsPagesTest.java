package io.cliqmigrate.rules.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleDescriptor;
import io.cliqmigrate.rules.BuiltinRules;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the committed {@code docs/rules/} pages equal to what {@link RuleDocsPages} renders, so every finding's
 * {@code helpUri} leads to the current documentation. With {@code -Dcliq.docs.update=true} it rewrites them first.
 */
class RuleDocsPagesTest {
    /** Surefire runs in the module folder. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path PAGES = ROOT.resolve(RuleDocsPages.DIRECTORY);
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern BLOB_PATH = Pattern.compile("/blob/[^/]+/(.+)");

    @BeforeAll
    static void regenerateWhenAsked() throws IOException {
        if (Boolean.getBoolean("cliq.docs.update")) {
            write(RuleDocsPages.render(BuiltinRules.all()));
        }
    }

    @Test
    void committedPagesAreCurrent() throws IOException {
        SortedMap<String, String> expected = RuleDocsPages.render(BuiltinRules.all());
        List<String> missing = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> page : expected.entrySet()) {
            Path file = PAGES.resolve(page.getKey());
            if (!Files.isRegularFile(file)) {
                missing.add(page.getKey());
            } else if (!Files.readString(file, StandardCharsets.UTF_8).equals(page.getValue())) {
                stale.add(page.getKey());
            }
        }
        List<String> extra = committedFiles().stream().filter(name -> !expected.containsKey(name)).toList();
        assertThat(missing.isEmpty() && stale.isEmpty() && extra.isEmpty())
                .as("%s/ is out of date (missing %s, stale %s, extra %s). Regenerate from the repository root with:%n  %s",
                        RuleDocsPages.DIRECTORY, missing, stale, extra, RuleDocsPages.REGENERATE)
                .isTrue();
    }

    @Test
    void everyHelpUriPointsAtACommittedPage() {
        for (Rule rule : BuiltinRules.all()) {
            RuleDescriptor d = rule.descriptor();
            Matcher blob = BLOB_PATH.matcher(URI.create(d.helpUri()).getPath());
            assertThat(blob.find()).as(d.helpUri()).isTrue();
            assertThat(ROOT.resolve(blob.group(1))).as(d.id() + " helpUri " + d.helpUri()).isRegularFile()
                    .isEqualTo(PAGES.resolve(RuleDocsPages.pageName(d)));
        }
    }

    @Test
    void everyRelativeLinkOfThePagesLeadsSomewhere() {
        SortedMap<String, String> pages = RuleDocsPages.render(BuiltinRules.all());
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Matcher link = MARKDOWN_LINK.matcher(page.getValue());
            while (link.find()) {
                String target = link.group(1);
                if (!target.contains("://") && !pages.containsKey(target)) {
                    assertThat(PAGES.resolve(target).normalize()).as(page.getKey() + " links to " + target).exists();
                }
            }
        }
    }

    @Test
    void theRepositoryReadmeGivesTheRegenerateCommand() throws IOException {
        assertThat(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8))
                .contains(RuleDocsPages.REGENERATE);
    }

    @Test
    void pagesShowTheMetadataOnceThenTheDoc() {
        Rule rule = BuiltinRules.all().stream()
                .filter(r -> r.descriptor().id().equals("deluge-task-without-connection")).findFirst().orElseThrow();
        String page = RuleDocsPages.render(List.of(rule)).get("deluge-task-without-connection.md");
        assertThat(page).contains("""
                # deluge-task-without-connection

                Deluge zoho.cliq or zoho.crm task called without its connection argument

                Severity: warning · Tags: deluge, legacy-auth · Applies to: deluge

                Annotated examples: [`rules/src/test/resources/fixtures/deluge-task-without-connection/`](\
                ../../rules/src/test/resources/fixtures/deluge-task-without-connection/) · [All rules](README.md)

                ## What it finds
                """).doesNotContain("\r");
        assertThat(page.lines().filter(line -> line.startsWith("Severity:"))).hasSize(1);
    }

    private static void write(SortedMap<String, String> pages) throws IOException {
        Files.createDirectories(PAGES);
        for (String name : committedFiles()) {
            if (!pages.containsKey(name)) {
                Files.delete(PAGES.resolve(name));
            }
        }
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Files.writeString(PAGES.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static TreeSet<String> committedFiles() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        if (Files.isDirectory(PAGES)) {
            try (Stream<Path> files = Files.list(PAGES)) {
                files.map(p -> p.getFileName().toString()).forEach(names::add);
            }
        }
        return names;
    }
}

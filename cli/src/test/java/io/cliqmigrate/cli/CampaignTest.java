package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A campaign over shards and repositories: {@code scan --shard K/N}, {@code scan --repo-name}, {@code merge}, and the
 * HTML page's table of repositories.
 */
class CampaignTest {
    private static final String EXAMPLE = "../examples/legacy-cliq-app";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void theShardsOfATreeSplitItsFilesAndEachReportNamesItsShard() throws Exception {
        Path root = TestProjects.copy(EXAMPLE, tmp);
        JsonNode full = scan(root, "full.json");
        Set<String> paths = new HashSet<>();
        int files = 0;
        for (int k = 1; k <= 3; k++) {
            JsonNode shard = scan(root, "shard-" + k + ".json", "--shard", k + "/3");
            assertThat(shard.get("shard").toString()).isEqualTo("{\"index\":" + k + ",\"count\":3}");
            files += shard.at("/summary/filesScanned").asInt();
            for (JsonNode f : shard.get("findings")) {
                assertThat(paths.add(f.get("path").asText() + ":" + f.get("fingerprint").asText())).isTrue();
            }
            assertThat(scan(root, "again.json", "--shard", k + "/3").get("findings"))
                    .as("the same shard twice").isEqualTo(shard.get("findings"));
        }
        assertThat(files).isEqualTo(full.at("/summary/filesScanned").asInt());
        assertThat(full.has("shard")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/3", "4/3", "3", "a/b", "1/0", "-1/2"})
    void aShardThatIsNoPartOfTheTreeIsAUsageError(String shard) {
        MainTest.Run run = MainTest.run("scan", EXAMPLE, "--shard", shard);

        assertThat(run.exit()).isEqualTo(Main.USAGE);
        assertThat(run.err().lines()).hasSize(1).allMatch(l -> l.startsWith("cliq-migrate: --shard must be K/N"));
    }

    /**
     * What a shard cannot see: another file's settings and constants. So the merge of the shards has the single
     * scan's open findings (rule, place, severity, message, code frame, fingerprint), while the related locations
     * in other files and the fixes across files are the single scan's alone.
     */
    @Test
    void mergingTheShardsOfATreeGivesTheFindingsOfOneScanOfIt() throws Exception {
        Path root = TestProjects.copy(EXAMPLE, tmp);
        JsonNode full = scan(root, "full.json");
        List<String> merge = new ArrayList<>(List.of("merge"));
        for (int k = 1; k <= 4; k++) {
            scan(root, "shard-" + k + ".json", "--shard", k + "/4");
            merge.add(tmp.resolve("shard-" + k + ".json").toString());
        }
        merge.addAll(List.of("-o", tmp.resolve("all.json").toString()));
        assertThat(MainTest.run(merge.toArray(String[]::new)).exit()).isZero();
        JsonNode all = MAPPER.readTree(tmp.resolve("all.json").toFile());

        assertThat(comparable(all)).isEqualTo(comparable(full)).isNotEmpty();
        assertThat(all.at("/summary/filesScanned")).isEqualTo(full.at("/summary/filesScanned"));
        assertThat(all.get("repository").asText()).isEqualTo("legacy-cliq-app");
        assertThat(all.get("parts")).hasSize(4);
    }

    @Test
    void mergingIsAssociativeAndMergingAReportWithItselfChangesNothing() throws Exception {
        Path a = report(EXAMPLE, "billing");
        Path b = report("src/test/resources/projects/legacy", "crm-sync");
        Path c = report("src/test/resources/projects/deluge", "cliq-bots");

        assertThat(merge("aa.json", a, a)).isEqualTo(Files.readString(a));
        String left = merge("abc-left.json", Path.of(merge("ab.json", a, b, "path")), c);
        String right = merge("abc-right.json", a, Path.of(merge("bc.json", b, c, "path")));
        assertThat(left).isEqualTo(right).isEqualTo(merge("abc.json", a, b, c));
        assertThat(merge("abcabc.json", Path.of(merge("abc2.json", a, b, c, "path")), a, b, c)).isEqualTo(left);
    }

    @Test
    void aMergeOfRepositoriesKeepsEachFindingsRepositoryAndThePageTabulatesThem() throws Exception {
        Path a = report(EXAMPLE, "billing");
        Path b = report("src/test/resources/projects/legacy", "crm-sync");
        Path clean = cleanReport("notifier");
        JsonNode all = MAPPER.readTree(merge("all.json", a, b, clean));

        assertThat(all.has("repository")).isFalse();
        assertThat(all.get("parts").findValuesAsText("repository")).containsExactly("billing", "crm-sync", "notifier");
        Set<String> repositories = new HashSet<>(all.get("findings").findValuesAsText("repository"));
        assertThat(repositories).containsExactlyInAnyOrder("billing", "crm-sync");

        Path html = tmp.resolve("all.html");
        assertThat(MainTest.run("report", "--from", tmp.resolve("all.json").toString(), "--format", "html", "-o",
                html.toString()).exit()).isZero();
        String page = Files.readString(html);
        assertThat(page).contains("<section id=\"repositories\">")
                .contains("<tr><td>notifier</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>")
                .containsPattern("<tr><td>billing</td><td>\\d+</td><td>[1-9]\\d*</td>");
        Path single = tmp.resolve("single.html");
        MainTest.run("report", "--from", a.toString(), "--format", "html", "-o", single.toString());
        assertThat(Files.readString(single)).doesNotContain("id=\"repositories\"");
    }

    @Test
    void aReportWithoutARepositoryNameIsNamedAfterItsProjectFolder() throws Exception {
        Path root = TestProjects.copy("src/test/resources/projects/legacy", tmp);
        scan(root, "legacy-report.json");
        JsonNode merged = MAPPER.readTree(merge("one.json", tmp.resolve("legacy-report.json")));

        assertThat(merged.get("repository").asText()).isEqualTo("legacy");
    }

    @Test
    void aFileThatIsNoReportIsAUsageErrorNamingIt() throws Exception {
        Path notes = Files.writeString(tmp.resolve("notes.json"), "{\"hello\": 1}");

        MainTest.Run run = MainTest.run("merge", notes.toString());

        assertThat(run.exit()).isEqualTo(Main.USAGE);
        assertThat(run.err().lines()).containsExactly("cliq-migrate: merge " + notes
                + ": not a cliq-migrate JSON report (tool.name is missing)");
    }

    /** The open findings as a merge must keep them: everything but related locations and fixes. */
    private static Set<String> comparable(JsonNode report) {
        Set<String> out = new HashSet<>();
        for (JsonNode f : report.get("findings")) {
            if (f.get("suppressed").asBoolean()) {
                continue;
            }
            var copy = f.deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove(List.of("related", "fixes"));
            out.add(copy.toString());
        }
        return out;
    }

    private JsonNode scan(Path root, String name, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("scan", root.toString(), "--fail-on", "none", "-f", "json", "-o",
                tmp.resolve(name).toString()));
        args.addAll(List.of(more));
        MainTest.Run run = MainTest.run(args.toArray(String[]::new));
        assertThat(run.err()).isEmpty();
        return MAPPER.readTree(tmp.resolve(name).toFile());
    }

    /** A repository with one Java file and nothing of Zoho in it. */
    private Path cleanReport(String repository) throws Exception {
        Path root = Files.createDirectories(tmp.resolve(repository).resolve("src"));
        Files.writeString(root.resolve("Hello.java"), "class Hello {\n    String greeting() {\n        return \"hi\";\n    }\n}\n");
        scan(root.getParent(), repository + ".json", "--repo-name", repository);
        return tmp.resolve(repository + ".json");
    }

    private Path report(String project, String repository) throws Exception {
        Path root = TestProjects.copy(project, tmp.resolve(repository));
        scan(root, repository + ".json", "--repo-name", repository);
        return tmp.resolve(repository + ".json");
    }

    /** Merges the reports into {@code name}: its text, or with a last argument "path" its path. */
    private String merge(String name, Object... reports) throws Exception {
        List<String> args = new ArrayList<>(List.of("merge"));
        boolean path = reports[reports.length - 1].equals("path");
        for (Object r : reports) {
            if (r instanceof Path p) {
                args.add(p.toString());
            }
        }
        args.addAll(List.of("-o", tmp.resolve(name).toString()));
        MainTest.Run run = MainTest.run(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return path ? tmp.resolve(name).toString() : Files.readString(tmp.resolve(name));
    }
}

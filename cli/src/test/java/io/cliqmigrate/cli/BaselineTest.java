package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baseline} and {@code scan --baseline}: a finding stays {@code unchanged} through lines added above it,
 * re-indenting and a {@code git mv}; a changed token or URL is {@code new}; {@code --fail-on} counts only new ones.
 */
class BaselineTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final String TOKEN = "4f9c2a7e1b3d5f60718293a4b5c6d7e8";
    static final String LEAD_SYNC = """
            package com.acme.crm;

            import java.net.URI;
            import java.net.http.HttpRequest;

            public class LeadSync {
                HttpRequest leads(String token) {
                    return HttpRequest.newBuilder(URI.create(
                            "https://crm.zoho.com/crm/private/json/Leads/getRecords?authtoken=" + token + "&scope=crmapi"))
                            .GET().build();
                }
            }
            """;
    static final String POST_ALERT = """
            // Posts an alert to the #ops channel
            void alerts.postAlert(String text)
            {
            \tauthtoken = "e22f2f9adfce51b2a68ab7120ab6ec27";
            \tmessage = Map();
            \tmessage.put("text",text);
            \tresponse = postUrl("https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken=" + authtoken,message);
            \tinfo response;
            }
            """;
    static final String SETTINGS = "spring.application.name=crm-sync\nzoho.cliq.authtoken=" + TOKEN + "\n";

    @TempDir
    Path tmp;
    Path repo;
    Path baseline;

    @BeforeEach
    void repository() throws Exception {
        assumeTrue(GitRepos.available(), "no git binary");
        repo = GitRepos.create(tmp.resolve("crm-sync"), Map.of(
                "src/main/java/com/acme/crm/LeadSync.java", LEAD_SYNC,
                "deluge/post_alert.dg", POST_ALERT,
                "src/main/resources/application.properties", SETTINGS));
        baseline = tmp.resolve("baseline.json");
        MainTest.Run run = MainTest.run("baseline", repo.toString(), "-o", baseline.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).startsWith("cliq-migrate: baseline of ").endsWith(" written to " + baseline + "\n");
    }

    @Test
    void theBaselineIsSortedVersionedJsonWithoutCodeOrSecrets() throws Exception {
        String text = Files.readString(baseline);
        JsonNode root = MAPPER.readTree(text);

        assertThat(root.path("format").asText()).isEqualTo("cliq-migrate-baseline");
        assertThat(root.path("version").asInt()).isEqualTo(1);
        assertThat(root.path("commit").asText()).isEqualTo(GitRepos.git(repo, "rev-parse", "HEAD"));
        List<String> paths = new ArrayList<>();
        root.path("findings").forEach(f -> paths.add(f.path("path").asText()));
        assertThat(paths).isSorted().contains("deluge/post_alert.dg", "src/main/java/com/acme/crm/LeadSync.java",
                "src/main/resources/application.properties");
        root.path("findings").forEach(f -> assertThat(fieldNames(f))
                .containsExactly("fingerprint", "ruleId", "path", "codeHash"));
        assertThat(text).doesNotContain(TOKEN).doesNotContain(TOKEN.substring(0, 8)).doesNotContain("crm.zoho.com");

        Path again = tmp.resolve("again.json");
        MainTest.run("baseline", repo.toString(), "-o", again.toString());
        assertThat(Files.readString(again)).as("same code, same bytes").isEqualTo(text);
    }

    @Test
    void linesAddedAboveAndReIndentingKeepFindingsUnchanged() throws Exception {
        GitRepos.write(repo, Map.of(
                "src/main/java/com/acme/crm/LeadSync.java", LEAD_SYNC.replace("import java.net.URI;",
                        "import java.net.URI;\nimport java.util.List;\n// pulls leads for the nightly export")
                        .replace("        return", "            return").replace("\n    ", "\n\t"),
                "deluge/post_alert.dg", "// Owner: ops team\n// Reviewed 2026-11\n" + POST_ALERT.replace("\t", "    "),
                "src/main/resources/application.properties", "# CRM sync\n\n" + SETTINGS));

        JsonNode report = scan(0);

        assertThat(states(report)).containsOnlyKeys("unchanged");
        assertThat(report.at("/summary/baseline/new").asInt()).isZero();
        assertThat(report.at("/baseline/absent")).isEmpty();
    }

    @Test
    void aFileMovedWithGitMvKeepsItsFindings() throws Exception {
        Files.createDirectories(repo.resolve("src/main/java/com/acme/leads"));
        GitRepos.git(repo, "mv", "src/main/java/com/acme/crm/LeadSync.java",
                "src/main/java/com/acme/leads/LeadSync.java");
        Files.createDirectories(repo.resolve("deluge/ops"));
        GitRepos.git(repo, "mv", "deluge/post_alert.dg", "deluge/ops/post_alert.dg");
        // moved and edited: git still sees a rename
        GitRepos.write(repo, Map.of("src/main/java/com/acme/leads/LeadSync.java",
                LEAD_SYNC.replace("package com.acme.crm;", "package com.acme.leads;")));
        GitRepos.commitAll(repo, "move the CRM code");

        JsonNode report = scan(0);

        assertThat(states(report)).containsOnlyKeys("unchanged");
        assertThat(states(report).get("unchanged")).contains("src/main/java/com/acme/leads/LeadSync.java",
                "deluge/ops/post_alert.dg");
        assertThat(report.at("/baseline/absent")).isEmpty();
    }

    @Test
    void withoutGitAFileMovedToANewPathIsMatchedByItsCode() throws Exception {
        Path plain = tmp.resolve("plain");
        GitRepos.write(plain, Map.of("deluge/post_alert.dg", POST_ALERT));
        Path plainBaseline = tmp.resolve("plain-baseline.json");
        MainTest.run("baseline", plain.toString(), "-o", plainBaseline.toString());
        Files.createDirectories(plain.resolve("scripts"));
        Files.move(plain.resolve("deluge/post_alert.dg"), plain.resolve("scripts/post_alert.dg"));

        MainTest.Run run = MainTest.run("scan", plain.toString(), "--baseline", plainBaseline.toString(), "-f", "json");

        assertThat(run.exit()).isZero();
        JsonNode report = MAPPER.readTree(run.out());
        assertThat(states(report)).containsOnlyKeys("unchanged");
        assertThat(report.at("/baseline/absent")).isEmpty();
    }

    @Test
    void aChangedTokenOrUrlIsANewFindingAndTheOldOneIsAbsent() throws Exception {
        GitRepos.write(repo, Map.of(
                "src/main/resources/application.properties", SETTINGS.replace(TOKEN, "0123456789abcdef0123456789abcdef"),
                "deluge/post_alert.dg", POST_ALERT.replace("channelsbyname/ops/", "channelsbyname/incidents/")));

        MainTest.Run run = MainTest.run("scan", repo.toString(), "--baseline", baseline.toString(), "-f", "json");

        assertThat(run.exit()).as("new errors fail the scan").isEqualTo(1);
        JsonNode report = MAPPER.readTree(run.out());
        assertThat(states(report).get("new")).containsOnly("src/main/resources/application.properties",
                "deluge/post_alert.dg");
        // the script's token line did not change
        assertThat(states(report).get("unchanged")).contains("src/main/java/com/acme/crm/LeadSync.java")
                .doesNotContain("src/main/resources/application.properties");
        List<String> absent = new ArrayList<>();
        report.at("/baseline/absent").forEach(e -> absent.add(e.path("path").asText()));
        assertThat(absent).hasSize(report.at("/summary/baseline/absent").asInt())
                .containsOnly("src/main/resources/application.properties", "deluge/post_alert.dg");
        assertThat(run.out()).doesNotContain("0123456789abcdef0123456789abcdef");
    }

    @Test
    void failOnCountsOnlyNewFindingsInTheExitCodeMarkdownAndJUnit() throws Exception {
        List<String> scan = List.of("scan", repo.toString(), "--baseline", baseline.toString());
        MainTest.Run unchanged = MainTest.run(with(scan, "-f", "markdown"));
        assertThat(unchanged.exit()).isZero();
        assertThat(unchanged.out()).contains("**Passed**: no finding at or above error")
                .contains("Against the baseline: 0 new, ").contains("| Severity | Baseline | Rule | Location | Message |")
                .contains("| error | unchanged | ");
        assertThat(MainTest.run(with(scan, "-f", "junit")).out()).doesNotContain("<failure");

        GitRepos.write(repo, Map.of("src/main/java/com/acme/crm/Deals.java",
                LEAD_SYNC.replace("LeadSync", "Deals").replace("Leads/getRecords", "Potentials/getRecords")));
        MainTest.Run added = MainTest.run(with(scan, "-f", "markdown"));
        assertThat(added.exit()).isEqualTo(1);
        assertThat(added.out()).contains("**Failed**: ").contains(" new findings at or above error")
                .contains("| error | new | ");
        String junit = MainTest.run(with(scan, "-f", "junit")).out();
        assertThat(junit).contains("<failure").contains("Deals.java");
        assertThat(junit.split("<failure ")).allMatch(f -> f.startsWith("<?xml") || f.contains("Deals.java"));
    }

    @Test
    void everyFormatRenderedFromTheJsonReportIsWhatTheScanWrote() throws Exception {
        GitRepos.write(repo, Map.of("src/main/resources/application.properties",
                SETTINGS.replace(TOKEN, "0123456789abcdef0123456789abcdef")));
        Path json = tmp.resolve("scan.json");
        MainTest.run("scan", repo.toString(), "--baseline", baseline.toString(), "-f", "json", "-o", json.toString());
        for (String format : io.cliqmigrate.reports.Reporters.FORMATS) {
            Path scanned = tmp.resolve("scan." + format);
            MainTest.run("scan", repo.toString(), "--baseline", baseline.toString(), "-f", format, "-o",
                    scanned.toString());
            Path rendered = tmp.resolve("report." + format);

            MainTest.Run run = MainTest.run("report", "--from", json.toString(), "-f", format, "-o",
                    rendered.toString());

            assertThat(run.err()).isEmpty();
            assertThat(Files.readString(rendered)).as(format).isEqualTo(Files.readString(scanned));
        }
        String sarif = Files.readString(tmp.resolve("report.sarif"));
        SarifReportTest.assertValid(sarif);
        JsonNode run = MAPPER.readTree(sarif).at("/runs/0");
        List<String> sarifStates = new ArrayList<>();
        run.path("results").forEach(r -> sarifStates.add(r.path("baselineState").asText()));
        assertThat(sarifStates).contains("new", "unchanged").doesNotContain("absent", "");
        assertThat(run.at("/properties/baseline/absent").asInt()).isPositive();
        assertThat(Files.readString(tmp.resolve("report.html"))).contains("Against the baseline: ")
                .contains("<th data-sort=\"b\" tabindex=\"0\">Baseline</th>");
    }

    @Test
    void aBaselineThatCannotBeReadIsOneLineAndExitTwo() throws Exception {
        Path notOne = tmp.resolve("scan.json");
        Files.writeString(notOne, "{\"tool\": {\"name\": \"cliq-migrate\"}}\n");

        MainTest.Run run = MainTest.run("scan", repo.toString(), "--baseline", notOne.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("cliq-migrate: " + notOne + " is not a cliq-migrate baseline (write one with "
                + "'cliq-migrate baseline -o " + notOne + "')\n");
        assertThat(MainTest.run("scan", repo.toString(), "--baseline", tmp.resolve("none.json").toString()).err())
                .isEqualTo("cliq-migrate: baseline file not found: " + tmp.resolve("none.json") + "\n");
    }

    private JsonNode scan(int expectedExit) throws Exception {
        MainTest.Run run = MainTest.run("scan", repo.toString(), "--baseline", baseline.toString(), "-f", "json");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(expectedExit);
        return MAPPER.readTree(run.out());
    }

    /** The paths of the unsuppressed findings by baseline state. */
    static Map<String, List<String>> states(JsonNode report) {
        Map<String, List<String>> out = new TreeMap<>();
        report.path("findings").forEach(f -> {
            if (!f.path("suppressed").asBoolean()) {
                out.computeIfAbsent(f.path("baselineState").asText(), k -> new ArrayList<>())
                        .add(f.path("path").asText());
            }
        });
        return out;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String[] with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}

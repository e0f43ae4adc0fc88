package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.reports.ReportOptions;
import io.cliqmigrate.reports.SarifReporter;
import io.cliqmigrate.rules.BuiltinRules;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every SARIF report the tool writes is valid SARIF 2.1.0 (checked against the OASIS schema) and holds what GitHub
 * code scanning needs ({@link SarifChecks}): the example project, every rule's fixture folder, the reports module's
 * golden files, an empty scan and a scan of files that cannot be fully scanned.
 */
class SarifReportTest {
    private static final String EXAMPLE = "../examples/legacy-cliq-app";
    private static final Path FIXTURES = Path.of("../rules/src/test/resources/fixtures");
    private static final Path GOLDEN = Path.of("../reports/src/test/resources/golden");
    /** The example's fake secrets: authtokens, client secrets, OAuth and webhook tokens. */
    private static final Pattern TOKEN = Pattern.compile(
            "100[01]\\.[0-9a-f]{32}\\.[0-9a-f]{32}|(?<![0-9A-Za-z.])[0-9a-fA-F]{28,64}(?![0-9A-Za-z])");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void theExampleProjectGivesValidSarifWithEveryUnsuppressedFindingAndNoTokenOfIt() throws Exception {
        Path project = TestProjects.copy(EXAMPLE, tmp);
        Path sarif = tmp.resolve("example.sarif");

        MainTest.Run run = MainTest.run("scan", project.toString(), "--format", "sarif", "-o", sarif.toString());
        JsonNode json = MAPPER.readTree(MainTest.run("scan", project.toString(), "--format", "json").out());

        assertThat(run.exit()).isEqualTo(1);
        String text = Files.readString(sarif, StandardCharsets.UTF_8);
        assertValid(text);
        List<String> expected = new ArrayList<>();
        for (JsonNode f : json.get("findings")) {
            if (!f.get("suppressed").asBoolean()) {
                expected.add(f.get("path").asText() + ":" + f.get("startLine").asInt() + " " + f.get("ruleId").asText());
            }
        }
        JsonNode results = MAPPER.readTree(text).at("/runs/0/results");
        assertThat(places(results)).isEqualTo(expected);
        assertThat(tokensOf(project)).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(token -> assertThat(text).doesNotContain(token.substring(4)));
    }

    @Test
    void automaticFixesCarryTheirEditsAndManualOnesAreLeftOut() throws Exception {
        Path project = TestProjects.copy(EXAMPLE, tmp);
        JsonNode json = MAPPER.readTree(MainTest.run("scan", project.toString(), "--format", "json").out());
        JsonNode sarif = MAPPER.readTree(MainTest.run("scan", project.toString(), "--format", "sarif").out());

        int automatic = 0;
        for (JsonNode f : json.get("findings")) {
            for (JsonNode fix : f.get("fixes")) {
                automatic += !f.get("suppressed").asBoolean() && !fix.get("applicability").asText().equals("manual")
                        ? 1 : 0;
            }
        }
        List<JsonNode> fixes = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(r -> r.path("fixes").forEach(fixes::add));
        assertThat(automatic).isPositive();
        assertThat(fixes).hasSize(automatic).allSatisfy(fix -> {
            assertThat(fix.at("/properties/applicability").asText()).isIn("safe", "review");
            assertThat(fix.path("artifactChanges")).isNotEmpty().allSatisfy(change -> assertThat(
                    change.path("replacements")).isNotEmpty().allSatisfy(r -> {
                        assertThat(r.at("/deletedRegion/startLine").asInt()).isPositive();
                        assertThat(r.at("/insertedContent/text").isTextual()).isTrue();
                    }));
        });
    }

    @Test
    void suppressedFindingsAreLeftOutUnlessAskedForAndThenSaySo() throws Exception {
        Path project = TestProjects.copy(EXAMPLE, tmp);
        JsonNode json = MAPPER.readTree(MainTest.run("scan", project.toString(), "--format", "json").out());
        MainTest.Run plain = MainTest.run("scan", project.toString(), "--format", "sarif");
        MainTest.Run all = MainTest.run("scan", project.toString(), "--format", "sarif", "--sarif-include-suppressed");

        List<JsonNode> suppressed = new ArrayList<>();
        json.get("findings").forEach(f -> {
            if (f.get("suppressed").asBoolean()) {
                suppressed.add(f);
            }
        });
        assertThat(suppressed).isNotEmpty();
        JsonNode without = MAPPER.readTree(plain.out()).at("/runs/0/results");
        JsonNode with = MAPPER.readTree(all.out()).at("/runs/0/results");
        assertValid(all.out());
        assertThat(without).noneMatch(r -> r.has("suppressions"));
        assertThat(with.size()).isEqualTo(without.size() + suppressed.size());
        List<JsonNode> marked = new ArrayList<>();
        with.forEach(r -> {
            if (r.has("suppressions")) {
                marked.add(r);
            }
        });
        assertThat(marked).hasSameSizeAs(suppressed);
        JsonNode first = marked.get(0);
        assertThat(first.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
        assertThat(first.at("/suppressions/0/justification").asText())
                .isEqualTo(suppressed.get(0).get("suppressionReason").asText());
    }

    @TestFactory
    Stream<DynamicTest> everyRuleFixtureFolderGivesValidSarif() throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(FIXTURES)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(folders).hasSizeGreaterThanOrEqualTo(17);
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            ScanResult result = new ScanEngine("0.0.0-test", BuiltinRules.all(), Languages.defaults())
                    .scan(ScanConfig.of(folder));
            for (boolean includeSuppressed : new boolean[] {false, true}) {
                String text = render(result, includeSuppressed);
                assertValid(text);
                assertThat(MAPPER.readTree(text).at("/runs/0/results")).isNotEmpty();
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> theReportsModuleGoldenFilesAreValidSarif() throws IOException {
        List<Path> goldens;
        try (Stream<Path> list = Files.list(GOLDEN)) {
            goldens = list.filter(p -> p.toString().endsWith(".sarif")).sorted().toList();
        }
        assertThat(goldens).hasSizeGreaterThanOrEqualTo(10);
        return goldens.stream().map(golden -> DynamicTest.dynamicTest(golden.getFileName().toString(),
                () -> assertValid(Files.readString(golden, StandardCharsets.UTF_8))));
    }

    @Test
    void anEmptyScanIsAValidLogWithNoResults() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        MainTest.Run run = MainTest.run("scan", empty.toString(), "--format", "sarif");

        assertThat(run.exit()).isZero();
        assertValid(run.out());
        JsonNode runNode = MAPPER.readTree(run.out()).at("/runs/0");
        assertThat(runNode.get("results")).isEmpty();
        assertThat(runNode.at("/tool/driver/rules")).hasSizeGreaterThanOrEqualTo(17);
        assertThat(runNode.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
    }

    @Test
    void filesNotFullyScannedAreToolNotificationsAndOddNamesAreEscapedUris() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(project.resolve("Broken.java"), "class Broken { String u = \"https://cliq.zoho.com/api/v2/"
                + "bots/b/message?authtoken=\" + t;\n");
        Files.write(project.resolve("logo.properties"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I',
                'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0});
        Files.writeString(project.resolve("big.properties"), "zoho.cliq.authtoken=${CLIQ_AUTHTOKEN}\n"
                + "#".repeat(4000) + "\n");
        Files.writeString(project.resolve("my notes #1 é.properties"), "zoho.cliq.authtoken=${CLIQ_AUTHTOKEN}\n");

        MainTest.Run run = MainTest.run("scan", project.toString(), "--format", "sarif", "--max-file-size", "2000");

        assertValid(run.out());
        JsonNode log = MAPPER.readTree(run.out()).at("/runs/0");
        List<String> notes = new ArrayList<>();
        log.at("/invocations/0/toolExecutionNotifications").forEach(n -> notes.add(n.get("level").asText() + " "
                + n.at("/descriptor/id").asText() + " "
                + n.at("/locations/0/physicalLocation/artifactLocation/uri").asText()));
        assertThat(notes).containsExactly("error parse Broken.java", "warning skipped big.properties",
                "warning skipped logo.properties");
        assertThat(log.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
        assertThat(places(log.get("results"))).contains("Broken.java:1 authtoken-query-param",
                "my%20notes%20%231%20%C3%A9.properties:1 config-authtoken-setting");
    }

    @Test
    void theLineHashIsTheSameForLfAndCrlfCopiesAndWhenTheCodeMoves() throws Exception {
        String code = Files.readString(Path.of("src/test/resources/projects/legacy/src/com/acme/CliqAlerts.java"),
                StandardCharsets.UTF_8).replace("\r\n", "\n");
        Path lf = write(tmp.resolve("lf"), code);
        Path crlf = write(tmp.resolve("crlf"), code.replace("\n", "\r\n"));
        Path moved = write(tmp.resolve("moved"), "\n\n" + code);

        List<String> hashes = lineHashes(lf);

        assertThat(hashes).isNotEmpty().doesNotHaveDuplicates();
        assertThat(lineHashes(crlf)).isEqualTo(hashes);
        assertThat(lineHashes(moved)).isEqualTo(hashes);
    }

    @Test
    void secretRulesAreSecurityRulesWithASeverityAndTheOthersAreNot() throws Exception {
        JsonNode rules = MAPPER.readTree(MainTest.run("scan", Files.createDirectories(tmp.resolve("e")).toString(),
                "--format", "sarif").out()).at("/runs/0/tool/driver/rules");
        List<String> security = new ArrayList<>();
        for (JsonNode rule : rules) {
            if (rule.has("properties") && rule.at("/properties/security-severity").isTextual()) {
                security.add(rule.get("id").asText() + " " + rule.at("/properties/security-severity").asText() + " "
                        + rule.at("/properties/tags/0").asText() + " " + rule.at("/properties/tags/1").asText());
            }
            assertThat(rule.at("/help/markdown").asText()).as(rule.get("id").asText())
                    .startsWith("# " + rule.get("id").asText() + "\n");
        }
        assertThat(security).containsExactly(
                "authtoken-generation-endpoint 9.0 security external/cwe/cwe-798",
                "hardcoded-legacy-token 9.0 security external/cwe/cwe-798",
                "hardcoded-oauth-secret 9.0 security external/cwe/cwe-798",
                "zoho-password-credential 9.0 security external/cwe/cwe-798");
    }

    @Test
    void theChecksRejectWhatTheSchemaOrGitHubWouldReject() throws Exception {
        String good = MainTest.run("scan", "src/test/resources/projects/legacy", "--format", "sarif").out();
        assertValid(good);

        String badLevel = good.replaceFirst("\"level\": \"error\"", "\"level\": \"fatal\"");
        String zeroLine = good.replaceFirst("\"startLine\": \\d+", "\"startLine\": 0");
        String absolute = good.replaceFirst("\"uri\": \"", "\"uri\": \"file:///C:/build/");
        String noHash = good.replaceFirst("\"primaryLocationLineHash\": \"[^\"]*\"", "\"x\": \"y\"");

        assertThat(SarifChecks.schemaErrors(badLevel)).isNotEmpty();
        assertThat(SarifChecks.schemaErrors(zeroLine)).isNotEmpty();
        assertThat(SarifChecks.githubProblems(absolute)).anyMatch(p -> p.contains("not a relative"));
        assertThat(SarifChecks.githubProblems(noHash)).anyMatch(p -> p.contains("no primaryLocationLineHash"));
    }

    private static Path write(Path root, String code) throws IOException {
        Path file = root.resolve("src/com/acme/CliqAlerts.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, code, StandardCharsets.UTF_8);
        return root;
    }

    private static List<String> lineHashes(Path root) throws IOException {
        List<String> hashes = new ArrayList<>();
        MAPPER.readTree(MainTest.run("scan", root.toString(), "--format", "sarif").out()).at("/runs/0/results")
                .forEach(r -> hashes.add(r.get("ruleId").asText() + " "
                        + r.at("/partialFingerprints/primaryLocationLineHash").asText()));
        return hashes;
    }

    /** Each result as {@code uri:line rule}. */
    private static List<String> places(JsonNode results) {
        List<String> places = new ArrayList<>();
        for (JsonNode r : results) {
            JsonNode at = r.at("/locations/0/physicalLocation");
            places.add(at.at("/artifactLocation/uri").asText() + ":" + at.at("/region/startLine").asInt() + " "
                    + r.get("ruleId").asText());
        }
        return places;
    }

    private static String render(ScanResult result, boolean includeSuppressed) throws IOException {
        StringWriter out = new StringWriter();
        new SarifReporter(includeSuppressed, ReportOptions.DEFAULT_CATEGORY).write(result, out);
        return out.toString();
    }

    /** The schema's verdict and GitHub's needs, each as a list of problems, both empty. */
    static void assertValid(String sarif) {
        assertThat(SarifChecks.schemaErrors(sarif)).as("SARIF 2.1.0 schema").isEmpty();
        assertThat(SarifChecks.githubProblems(sarif)).as("GitHub code scanning").isEmpty();
    }

    private static TreeSet<String> tokensOf(Path project) throws IOException {
        TreeSet<String> tokens = new TreeSet<>();
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = TOKEN.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    if (m.group().chars().anyMatch(Character::isDigit) && m.group().chars().anyMatch(Character::isLetter)) {
                        tokens.add(m.group());
                    }
                }
            }
        }
        return tokens;
    }
}

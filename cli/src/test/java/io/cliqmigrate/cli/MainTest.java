package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private static final String LEGACY = "src/test/resources/projects/legacy";
    private static final String CLEAN = "src/test/resources/projects/clean";
    private static final String TOKEN = "9c1f0e2d3b4a59687a6b5c4d3e2f1a0b";

    /** No colours, and a fixed scan time so that two runs give the same reports. */
    static final Map<String, String> ENV = Map.of("NO_COLOR", "1", "SOURCE_DATE_EPOCH", "1764979200");

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), ENV);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void legacyTreeExitsOneWithFindingsGroupedByFileAndASummary(@TempDir Path tmp) throws Exception {
        Run run = run("scan", TestProjects.copy(LEGACY, tmp).toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("src/com/acme/CliqAlerts.java\n")
                .contains("[authtoken-query-param]", "[hardcoded-legacy-token]", "   11 | ", "^^^^^^^^^")
                .doesNotContain("[cliq-api-inventory]", "\u001b[")
                .containsPattern("\\d+ findings \\(\\d+ errors, 0 warnings, 0 info\\) in 1 file; 1 suppressed; "
                        + "scanned 1 file \\(1 candidates, 1 parsed\\); 0 files not fully scanned \\(0 processing errors, "
                        + "0 skipped\\); 0 paths ignored by \\.gitignore\\n"
                        + "1 finding can be fixed automatically \\(0 safe, 1 to review\\)[^\\n]*\\n$");
    }

    @Test
    void aTokenStoreIsReadByItsNameOrItsTokenEvenWhenItsBytesNameNoTriggerWord(@TempDir Path tmp) throws Exception {
        String token = "{\"access_token\":\"1000.9a8b7c6d5e4f30211f2e3d4c5b6a7980.0f1e2d3c4b5a69788796a5b4c3d2e1f0\"}\n";
        // a client library's token store: nothing in it says Zoho, its name does
        java.nio.file.Files.writeString(tmp.resolve("zoho_tokens.json"), token);
        // an app's committed token cache (tmp/token.json): its name says token, its token's shape says Zoho
        java.nio.file.Files.writeString(tmp.resolve("token.json"), token);
        // the same content under a name that says neither, and another vendor's token under a token name
        java.nio.file.Files.writeString(tmp.resolve("cache.json"), token);
        java.nio.file.Files.writeString(tmp.resolve("github_token.json"),
                "{\"access_token\":\"gho_16C7e42F292c6912E7710c838347Ae178B4a\"}\n");
        Run run = run("scan", tmp.toString(), "--format", "text");
        assertThat(run.out()).contains("\nzoho_tokens.json\n", "token.json\n", "[hardcoded-oauth-secret]")
                .doesNotContain("9a8b7c6d5e4f30211f2e3d4c5b6a7980", "cache.json", "github_token.json")
                .contains("scanned 4 files (2 candidates, 2 parsed)");
    }

    @Test
    void anOAuthTokenPastedIntoASettingsModuleIsFoundThoughNothingThereNamesZoho(@TempDir Path tmp)
            throws Exception {
        String token = "1000.9a8b7c6d5e4f30211f2e3d4c5b6a7980.0f1e2d3c4b5a69788796a5b4c3d2e1f0";
        java.nio.file.Files.createDirectories(tmp.resolve("config"));
        java.nio.file.Files.createDirectories(tmp.resolve("lib"));
        java.nio.file.Files.writeString(tmp.resolve("config/app.php"),
                "<?php\nreturn [\n    'name' => 'Shop',\n    'refresh_token' => '" + token + "',\n];\n");
        java.nio.file.Files.writeString(tmp.resolve("access_token.py"), "access_token = '" + token + "'\n");
        // a version number and a path that says nothing of settings or secrets are not searched for the shape
        java.nio.file.Files.writeString(tmp.resolve("lib/version.py"), "VERSION = '1000.1'\n");
        java.nio.file.Files.writeString(tmp.resolve("lib/helpers.py"), "TOKEN = '" + token + "'\n");
        Run run = run("scan", tmp.toString(), "--format", "text");
        assertThat(run.out()).startsWith("access_token.py\n  1:")
                .contains("\nconfig/app.php\n  4:", "[hardcoded-oauth-secret]")
                .doesNotContain("9a8b7c6d5e4f30211f2e3d4c5b6a7980", "helpers.py", "version.py")
                .contains("scanned 4 files (2 candidates, 2 parsed)");
    }

    @Test
    void aFolderOfTheProjectNamedForZohoIsReadThoughItsFilesNameNothing(@TempDir Path tmp) throws Exception {
        String template = "<template name=\"insertRecords\" xmlns=\"http://ws.apache.org/ns/synapse\">\n"
                + "  <call><endpoint><http method=\"post\" uri-template=\"{uri.var.apiUrl}/crm/private/json/Leads/"
                + "insertRecords{+uri.var.urlQuery}\"/></endpoint></call>\n</template>\n";
        for (String folder : java.util.List.of("src/main/resources/zohocrm-records", "src/main/resources/hubspot-records",
                "node_modules/zoho-connector/resources")) {
            java.nio.file.Files.createDirectories(tmp.resolve(folder));
            java.nio.file.Files.writeString(tmp.resolve(folder + "/insertRecords.xml"), template);
        }
        Run run = run("scan", tmp.toString(), "--format", "text");
        // another vendor's folder names nothing, and an installed package is read only where its bytes say Zoho
        assertThat(run.out()).contains("src/main/resources/zohocrm-records/insertRecords.xml\n  2:",
                        "[crm-v1-endpoint]")
                .doesNotContain("hubspot-records", "node_modules")
                .contains("scanned 3 files (1 candidates, 1 parsed)");
    }

    @Test
    void cleanTreeExitsZero() {
        Run run = run("scan", CLEAN);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("1 finding (0 errors, 0 warnings, 1 info)").contains("[cliq-api-inventory]");
        assertThat(run("scan", CLEAN, "--fail-on", "info").exit()).isEqualTo(1); // the Cliq call is inventoried
    }

    @Test
    void jsonReportFollowsTheContractAndNeverHoldsTheTokenInFull(@TempDir Path tmp) throws Exception {
        Path report = tmp.resolve("report.json");
        Run run = run("scan", LEGACY, "--format", "json", "--output", report.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        String json = Files.readString(report);
        assertThat(json).doesNotContain(TOKEN).contains("9c1f");
        assertThat(run("scan", LEGACY).out()).doesNotContain(TOKEN);
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(root.at("/tool/name").asText()).isEqualTo("cliq-migrate");
        assertThat(root.at("/summary/bySeverity/error").asInt()).isPositive();
        JsonNode first = root.get("findings").get(0);
        for (String field : new String[] {"ruleId", "severity", "path", "startLine", "startColumn", "endLine",
                "endColumn", "message", "snippet", "fingerprint", "suppressed", "related", "fixes"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(root.get("findings")).anySatisfy(f -> {
            assertThat(f.get("ruleId").asText()).isEqualTo("zoho-authtoken-header");
            assertThat(f.get("suppressed").asBoolean()).isTrue();
            assertThat(f.get("suppressionReason").asText()).isEqualTo("kept for the v1 fallback until OPS-77");
        });
    }

    @Test
    void strictMakesAFileThatWasNotFullyScannedExitTwoAfterTheReportIsWritten(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("Broken.java"), "class Broken { String u = \"https://cliq.zoho.com/api/v2/"
                + "bots/b/message?authtoken=\" + t;\n");
        Path report = tmp.resolve("report.json");

        Run lenient = run("scan", tmp.toString(), "--fail-on", "none");
        Run strict = run("scan", tmp.toString(), "--fail-on", "none", "--strict", "-f", "json", "-o", report.toString());

        assertThat(lenient.exit()).isZero();
        assertThat(lenient.out()).contains("1 file not fully scanned (1 processing error, 0 skipped)");
        assertThat(strict.exit()).isEqualTo(2);
        assertThat(strict.err().strip())
                .isEqualTo("cliq-migrate: 1 file not fully scanned (--strict); the report lists why");
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.at("/summary/filesNotFullyScanned").asInt()).isEqualTo(1);
        assertThat(json.at("/errors/0/kind").asText()).isEqualTo("parse");
        assertThat(json.get("findings")).extracting(f -> f.get("ruleId").asText())
                .contains("authtoken-query-param"); // found by the lexical fallback
    }

    @Test
    void tooManyThreadsAreCappedWithANote() {
        Run run = run("scan", CLEAN, "--threads", "100000");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).startsWith("cliq-migrate: note: --threads 100000 capped at ").hasLineCount(1);
    }

    @Test
    void failOnNoneExitsZeroEvenWithFindings() {
        assertThat(run("scan", LEGACY, "--fail-on", "none").exit()).isZero();
    }

    @Test
    void badArgumentsAndConfigGiveOneLineAndExitTwo(@TempDir Path tmp) throws Exception {
        for (String[] args : new String[][] {
                {"scan", "--bogus"}, {"scan", "--format", "xml", LEGACY}, {"scan", "--fail-on", "fatal", LEGACY},
                {"scan", tmp.resolve("missing").toString()}, {"scan", "--config", tmp.resolve("none.yml").toString(), LEGACY},
                {"explain", "no-such-rule"}, {"scan", "--threads", "0", LEGACY}}) {
            Run run = run(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().strip()).as(String.join(" ", args)).startsWith("cliq-migrate: ").doesNotContain("\n")
                    .doesNotContain("Exception");
        }
        Path config = tmp.resolve("bad.yml");
        Files.writeString(config, "rules:\n  disable: [not-a-rule]\n");
        Run run = run("scan", "--config", config.toString(), LEGACY);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown rule id 'not-a-rule'");
    }

    @Test
    void rulesAndExplainDescribeTheCatalogue() throws Exception {
        Run rules = run("rules", "--format", "json");
        assertThat(rules.exit()).isZero();
        JsonNode catalogue = new ObjectMapper().readTree(rules.out());
        assertThat(catalogue).hasSizeGreaterThanOrEqualTo(11);
        Run explain = run("explain", "authtoken-query-param");
        assertThat(explain.exit()).isZero();
        assertThat(explain.out()).startsWith("""
                # authtoken-query-param

                Legacy Zoho authtoken sent as a URL query parameter

                Severity: error · Tags: legacy-auth · Applies to: all languages and configuration formats

                ## What it finds
                """).contains("## How to fix");
        assertThat(explain.out().lines().filter(line -> line.startsWith("Severity:"))).hasSize(1);
    }

    @Test
    void helpListsExitCodes() {
        Run help = run("scan", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Exit codes:", "--fail-on", "--format");
        assertThat(run("--version").out()).startsWith("cliq-migrate ");
    }
}

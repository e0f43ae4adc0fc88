package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code report --from scan.json}: every format from a saved JSON report, byte for byte what the scan wrote. */
class ReportCommandTest {
    private static final String EXAMPLE = "../examples/legacy-cliq-app";
    private static final String LEGACY = "src/test/resources/projects/legacy";
    private static final List<String> FORMATS = io.cliqmigrate.reports.Reporters.FORMATS;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {EXAMPLE, LEGACY, "src/test/resources/projects/clean"})
    void everyFormatRenderedFromTheJsonReportIsWhatTheScanWrote(String project) throws Exception {
        Path root = TestProjects.copy(project, tmp);
        Path json = tmp.resolve("scan.json");
        assertThat(MainTest.run("scan", root.toString(), "--format", "json", "-o", json.toString()).err()).isEmpty();
        for (String format : FORMATS) {
            Path scanned = tmp.resolve("scan." + format);
            Path rendered = tmp.resolve("report." + format);
            MainTest.run("scan", root.toString(), "--format", format, "-o", scanned.toString());

            MainTest.Run run = MainTest.run("report", "--from", json.toString(), "--format", format, "-o",
                    rendered.toString());

            assertThat(run.exit()).as("a report does not gate").isZero();
            assertThat(run.err()).isEmpty();
            assertThat(Files.readAllBytes(rendered)).as(format).isEqualTo(Files.readAllBytes(scanned));
        }
        SarifReportTest.assertValid(Files.readString(tmp.resolve("report.sarif"), StandardCharsets.UTF_8));
    }

    @Test
    void theScansFailLevelAndTheReportOptionsCarryOver() throws Exception {
        Path json = tmp.resolve("scan.json");
        List<String> options = List.of("--fail-on", "warning", "--link-prefix",
                "https://github.com/acme/app/blob/0123abc", "--markdown-max-findings", "3",
                "--sarif-include-suppressed", "--sarif-category", "backend");
        List<String> scan = new ArrayList<>(List.of("scan", EXAMPLE, "--report", "json=" + json));
        scan.addAll(options);
        for (String format : List.of("markdown", "junit", "sarif")) {
            scan.addAll(List.of("--report", format + "=" + tmp.resolve("scan." + format)));
        }
        assertThat(MainTest.run(scan.toArray(String[]::new)).exit()).isEqualTo(1);

        // --fail-on is left out: the summaries say what the scan's gate said, and the command does not gate
        MainTest.Run run = MainTest.run("report", "--from", json.toString(), "--link-prefix",
                "https://github.com/acme/app/blob/0123abc", "--markdown-max-findings", "3",
                "--sarif-include-suppressed", "--sarif-category", "backend",
                "--report", "markdown=" + tmp.resolve("out/report.markdown"),
                "--report", "junit=" + tmp.resolve("out/report.junit"),
                "--report", "sarif=" + tmp.resolve("out/report.sarif"), "--format", "json", "-o",
                tmp.resolve("report.json").toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        for (String format : List.of("markdown", "junit", "sarif", "json")) {
            Path rendered = tmp.resolve((format.equals("json") ? "" : "out/") + "report." + format);
            assertThat(Files.readString(rendered)).as(format).isEqualTo(Files.readString(format.equals("json") ? json : tmp.resolve("scan." + format)));
        }
        assertThat(Files.readString(tmp.resolve("out/report.markdown"))).contains("`--fail-on warning`");
    }

    @Test
    void withFailOnTheReportGatesAsScanDoes() throws Exception {
        Path json = tmp.resolve("scan.json");
        MainTest.run("scan", EXAMPLE, "--format", "json", "-o", json.toString(), "--fail-on", "none");

        assertThat(MainTest.run("report", "--from", json.toString()).exit()).isZero();
        assertThat(MainTest.run("report", "--from", json.toString(), "--fail-on", "error").exit()).isEqualTo(1);
        assertThat(MainTest.run("report", "--from", json.toString(), "--fail-on", "none").exit()).isZero();
        MainTest.Run bad = MainTest.run("report", "--from", json.toString(), "--fail-on", "fatal");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("cliq-migrate: --fail-on must be error, warning, info or none, not 'fatal'\n");
    }

    @Test
    void aFileThatIsNotAReportIsExitTwoWithOneLineNamingTheProblem() throws Exception {
        Path sarif = tmp.resolve("scan.sarif");
        MainTest.run("scan", LEGACY, "--format", "sarif", "-o", sarif.toString());
        Path old = Files.writeString(tmp.resolve("old.json"), "{\"schemaVersion\": 1, \"tool\": {\"name\": "
                + "\"cliq-migrate\", \"version\": \"0.0.1\"}}\n");
        Path other = Files.writeString(tmp.resolve("other.json"), "{\"schemaVersion\": 2, \"tool\": {\"name\": "
                + "\"gitleaks\"}}\n");
        Path broken = Files.writeString(tmp.resolve("broken.json"), "{\"schemaVersion\": 2,\n  \"tool\": {\n");
        Path binary = Files.write(tmp.resolve("logo.json"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff});
        Path missing = tmp.resolve("missing.json");

        assertOneLine(sarif, "not a cliq-migrate JSON report (tool.name is missing)");
        assertOneLine(old, "JSON report of schemaVersion 1, this version reads 2 (scan again with this version)");
        assertOneLine(other, "not a cliq-migrate JSON report (tool.name is 'gitleaks')");
        assertOneLine(broken, "not JSON (line 3, column 1)");
        assertOneLine(binary, "not a cliq-migrate JSON report (not UTF-8 text)");
        assertOneLine(missing, "no such file");
        assertOneLine(tmp, "cannot read (IOException)");
        MainTest.Run noFrom = MainTest.run("report", "--format", "markdown");
        assertThat(noFrom.exit()).isEqualTo(2);
        assertThat(noFrom.err()).isEqualTo("cliq-migrate: Missing required option: '--from=FILE' "
                + "(see 'cliq-migrate report --help')\n");
    }

    @Test
    void theSarifOfAGitWorkTreeNamesItsRepositoryWithoutCredentials() throws Exception {
        assumeTrue(gitAvailable(), "no git binary");
        Path root = TestProjects.copy(LEGACY, tmp);
        git(root, "init", "-q", "-b", "main");
        git(root, "add", ".");
        git(root, "-c", "user.name=Test", "-c", "user.email=test@example.test", "-c", "commit.gpgsign=false",
                "commit", "-q", "-m", "legacy");
        git(root, "remote", "add", "origin", "https://ci-bot:glpat-s3cretT0ken@gitlab.example.com/acme/app.git");
        Path json = tmp.resolve("scan.json");
        MainTest.run("scan", root.toString(), "--format", "json", "-o", json.toString());

        MainTest.Run run = MainTest.run("report", "--from", json.toString(), "--format", "sarif");

        SarifReportTest.assertValid(run.out());
        JsonNode provenance = MAPPER.readTree(run.out()).at("/runs/0/versionControlProvenance/0");
        assertThat(provenance.path("repositoryUri").asText()).isEqualTo("https://gitlab.example.com/acme/app.git");
        assertThat(provenance.path("revisionId").asText()).isEqualTo(git(root, "rev-parse", "HEAD"));
        assertThat(provenance.path("branch").asText()).isEqualTo("main");
        assertThat(provenance.at("/properties/dirty").asBoolean(true)).isFalse();
        assertThat(Files.readString(json) + run.out()).doesNotContain("s3cretT0ken").doesNotContain("ci-bot");
    }

    @Test
    void aScanOutsideGitHasNoRevisionInItsReports() throws Exception {
        Path root = TestProjects.copy(LEGACY, tmp);
        MainTest.Run json = MainTest.run("scan", root.toString(), "--format", "json");
        MainTest.Run sarif = MainTest.run("scan", root.toString(), "--format", "sarif");

        assertThat(MAPPER.readTree(json.out()).has("git")).isFalse();
        assertThat(MAPPER.readTree(sarif.out()).at("/runs/0").has("versionControlProvenance")).isFalse();
    }

    private void assertOneLine(Path file, String problem) {
        MainTest.Run run = MainTest.run("report", "--from", file.toString(), "--format", "markdown");
        assertThat(run.exit()).as(file.toString()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("cliq-migrate: --from " + file + ": " + problem + "\n");
    }

    private static boolean gitAvailable() {
        return GitRepos.available();
    }

    private static String git(Path repo, String... args) throws Exception {
        return GitRepos.git(repo, args);
    }
}

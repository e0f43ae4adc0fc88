package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The CI summaries ({@code --format markdown}, {@code --format junit}) of a small fixture project compared with
 * golden files (run with {@code -Dgolden.update=true} to regenerate, then review the diff), and the JUnit XML of
 * the example project read back with the JDK's parser and checked against the JSON report of the same scan.
 */
class CiSummaryReportsTest {
    private static final String LEGACY = "src/test/resources/projects/legacy";
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void theFixtureProjectsSummariesMatchTheirGoldenFiles() throws Exception {
        Path project = TestProjects.copy(LEGACY, tmp);
        Path junit = tmp.resolve("build/test-results/cliq-migrate.xml");

        MainTest.Run run = MainTest.run("scan", project.toString(), "--format", "markdown", "--fail-on", "warning",
                "--link-prefix", "https://github.com/acme/legacy/blob/0123abc/", "--report", "junit=" + junit);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        compare(run.out().replace(Main.version(), "VERSION"), "legacy-summary.md");
        compare(Files.readString(junit, StandardCharsets.UTF_8), "legacy-junit.xml");
    }

    @Test
    void theJUnitReportCountsWhatTheJsonReportOfTheSameScanHolds() throws Exception {
        Path junit = tmp.resolve("junit.xml");
        Path json = tmp.resolve("scan.json");

        MainTest.Run run = MainTest.run("scan", "../examples/legacy-cliq-app", "--format", "junit", "-o",
                junit.toString(), "--report", "json=" + json);

        assertThat(run.exit()).isEqualTo(1);
        JsonNode report = MAPPER.readTree(json.toFile());
        Map<String, Integer> errorsByRule = new TreeMap<>();
        List<String> failingLocations = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            if (!f.get("suppressed").asBoolean() && f.get("severity").asText().equals("error")) {
                errorsByRule.merge(f.get("ruleId").asText(), 1, Integer::sum);
                failingLocations.add(f.get("ruleId").asText() + " " + f.get("path").asText() + ":"
                        + f.get("startLine").asInt() + ":" + f.get("startColumn").asInt());
            }
        }
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(junit)));
        Element suite = xml.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("cliq-migrate");
        assertThat(Integer.parseInt(suite.getAttribute("tests"))).isEqualTo(report.get("rules").size());
        assertThat(Integer.parseInt(suite.getAttribute("failures"))).isEqualTo(errorsByRule.size());
        NodeList failures = suite.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(report.at("/summary/bySeverity/error").asInt())
                .isEqualTo(failingLocations.size()).isPositive();
        Map<String, Integer> failuresByRule = new TreeMap<>();
        List<String> failureLocations = new ArrayList<>();
        for (int i = 0; i < failures.getLength(); i++) {
            Element failure = (Element) failures.item(i);
            String rule = ((Element) failure.getParentNode()).getAttribute("name");
            failuresByRule.merge(rule, 1, Integer::sum);
            assertThat(failure.getAttribute("type")).isEqualTo("error");
            String message = failure.getAttribute("message");
            failureLocations.add(message.substring(0, message.indexOf(' ', rule.length() + 1)));
        }
        assertThat(failuresByRule).isEqualTo(errorsByRule);
        assertThat(failureLocations).containsExactlyInAnyOrderElementsOf(failingLocations);
    }

    @Test
    void aHostileFileNameStaysTextInTheMarkdownTable() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("hostile/src"));
        Files.writeString(project.resolve("a|b*<img src=x onerror=alert(1)>.java"), """
                class Alerts {
                    String url = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken=" + token;
                }
                """, StandardCharsets.UTF_8);

        MainTest.Run run = MainTest.run("scan", tmp.resolve("hostile").toString(), "--format", "markdown",
                "--link-prefix", "https://github.com/acme/app/blob/main/");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).doesNotContain("<img").contains(
                "[src/a\\|b\\*&lt;img src=x onerror=alert(1)&gt;.java:2](<https://github.com/acme/app/blob/main/"
                        + "src/a%7Cb*%3Cimg%20src=x%20onerror=alert(1)%3E.java#L2>)");
    }

    private static void compare(String actual, String name) throws Exception {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file (run with -Dgolden.update=true)").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }
}

package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a user gets it: the fixture project's page compared with a golden file (run with
 * {@code -Dgolden.update=true} to regenerate, then review the diff), written next to another report of the same
 * scan with {@code --report html=PATH}.
 */
class HtmlReportTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/legacy-report.html");

    @TempDir
    Path tmp;

    @Test
    void theFixtureProjectsHtmlReportMatchesItsGoldenFile() throws Exception {
        Path project = TestProjects.copy("src/test/resources/projects/legacy", tmp);
        Path html = tmp.resolve("build/reports/cliq-migrate.html");

        MainTest.Run run = MainTest.run("scan", project.toString(), "--format", "json", "--report", "html=" + html);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        String actual = Files.readString(html, StandardCharsets.UTF_8).replace(Main.version(), "VERSION")
                .replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC", "TIME UTC");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(GOLDEN).as("golden file (run with -Dgolden.update=true)").exists();
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8).replace("\r\n", "\n"));
        assertThat(actual).contains("<p class=\"status fail\" id=\"status\">Failed: ");
    }

    @Test
    void aFileNamedLikeMarkupIsListedAsText() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("hostile/src"));
        Files.writeString(project.resolve("<img src=x onerror=alert(1)>.java"), """
                class Alerts {
                    String url = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken=" + token;
                    // </script><script>alert(1)</script>
                }
                """, StandardCharsets.UTF_8);

        MainTest.Run run = MainTest.run("scan", tmp.resolve("hostile").toString(), "--format", "html");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).doesNotContain("<img", "</script><script>")
                .contains("src/\\u003cimg src=x onerror=alert(1)\\u003e.java");
    }
}

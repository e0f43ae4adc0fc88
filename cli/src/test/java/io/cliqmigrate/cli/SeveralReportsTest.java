package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --report FORMAT=PATH}: several reports from one scan, for CI jobs that keep one and upload another. */
class SeveralReportsTest {
    private static final String LEGACY = "src/test/resources/projects/legacy";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void oneScanWritesEveryReportAskedForAndTheTextReportStillGoesToStdout() throws Exception {
        Path project = TestProjects.copy(LEGACY, tmp);
        Path sarif = tmp.resolve("build/reports/cliq-migrate.sarif");
        Path json = tmp.resolve("build/cliq-migrate.json");

        MainTest.Run run = MainTest.run("scan", project.toString(), "--report", "sarif=" + sarif,
                "--report", "json=" + json);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("src/com/acme/CliqAlerts.java\n").contains("[authtoken-query-param]");
        String sarifText = Files.readString(sarif, StandardCharsets.UTF_8);
        SarifReportTest.assertValid(sarifText);
        JsonNode report = MAPPER.readTree(json.toFile());
        assertThat(MAPPER.readTree(sarifText).at("/runs/0/results").size())
                .isEqualTo(report.at("/summary/findings").asInt()).isPositive();
        assertThat(sarifText).doesNotContain("\u001b[");
    }

    @Test
    void theFormatReportCanGoToAFileBesideTheOthers() throws Exception {
        Path sarif = tmp.resolve("scan.sarif");
        Path text = tmp.resolve("out/scan.txt");

        MainTest.Run run = MainTest.run("scan", LEGACY, "--format", "sarif", "-o", sarif.toString(),
                "--report", "text=" + text, "--color", "always");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        SarifReportTest.assertValid(Files.readString(sarif, StandardCharsets.UTF_8));
        // colour is for a terminal: a --report file never gets it
        assertThat(Files.readString(text, StandardCharsets.UTF_8)).contains("[authtoken-query-param]")
                .doesNotContain("\u001b[");
    }

    @Test
    void aReportThatCannotBeWrittenIsExitTwoNamingItAfterTheOthersAreWritten() throws Exception {
        Path blocker = Files.writeString(tmp.resolve("build"), "a file where a folder should be\n");
        Path blocked = blocker.resolve("cliq-migrate.json");
        Path written = tmp.resolve("ok/cliq-migrate.sarif");

        MainTest.Run run = MainTest.run("scan", LEGACY, "--report", "json=" + blocked, "--report", "sarif=" + written);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("cliq-migrate: cannot write " + blocked + ": not a folder: " + blocker);
        assertThat(written).isNotEmptyFile();
        assertThat(run.out()).contains("[authtoken-query-param]");
    }

    @Test
    void aMistakenReportOptionStopsBeforeTheScan() {
        Path out = tmp.resolve("x.sarif");
        String[][] mistakes = {
                {"--report", "sarif"}, {"--report", "sarif="}, {"--report", "=x.sarif"},
                {"--report", "pdf=" + tmp.resolve("x.pdf")},
                {"--report", "sarif=" + out, "--report", "json=" + out},
                {"-f", "sarif", "-o", out.toString(), "--report", "json=" + out}};
        for (String[] mistake : mistakes) {
            String[] args = new String[mistake.length + 2];
            args[0] = "scan";
            args[1] = LEGACY;
            System.arraycopy(mistake, 0, args, 2, mistake.length);

            MainTest.Run run = MainTest.run(args);

            assertThat(run.exit()).as(String.join(" ", mistake)).isEqualTo(2);
            assertThat(run.out()).as(String.join(" ", mistake)).isEmpty();
            assertThat(run.err()).as(String.join(" ", mistake)).startsWith("cliq-migrate: ").hasLineCount(1)
                    .containsAnyOf("FORMAT=PATH", "unknown format 'pdf'", "writes where");
        }
        assertThat(out).doesNotExist();
    }
}

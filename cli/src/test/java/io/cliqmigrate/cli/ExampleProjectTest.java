package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main job: scanning the bundled example, as a project of its own (a copy, so its paths are
 * relative to its own folder). Its findings (file, line, rule) are a golden file; run with
 * {@code -Dgolden.update=true} to regenerate and review the diff against the example's EXPECTED.md.
 */
class ExampleProjectTest {
    private static final String EXAMPLE = "../examples/legacy-cliq-app";
    private static final Path GOLDEN = Path.of("src/test/resources/golden/example-findings.txt");

    @TempDir
    Path tmp;

    @Test
    void exampleProjectFindingsMatchTheGoldenList() throws Exception {
        MainTest.Run run = MainTest.run("scan", TestProjects.copy(EXAMPLE, tmp).toString(), "--format", "json");
        assertThat(run.exit()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        List<String> lines = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            lines.add(f.get("path").asText() + ":" + f.get("startLine").asInt() + " " + f.get("ruleId").asText()
                    + (f.get("suppressed").asBoolean() ? " (suppressed)" : ""));
        }
        String actual = String.join("\n", lines) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
        assertThat(report.get("errors")).isEmpty();
        assertThat(lines).noneMatch(l -> l.contains("FirebasePushService") || l.contains("build/generated"));
    }

    @Test
    void aSettingAndTheCodeThatReadsItPointAtEachOther() throws Exception {
        JsonNode report = new ObjectMapper().readTree(MainTest.run("scan", TestProjects.copy(EXAMPLE, tmp).toString(),
                "--format", "json").out());
        JsonNode read = null;
        for (JsonNode f : report.get("findings")) {
            if (f.get("ruleId").asText().equals("authtoken-config-read")
                    && f.get("path").asText().endsWith("AlertService.java")) {
                read = f;
            }
        }
        assertThat(read).isNotNull();
        assertThat(read.get("related")).extracting(r -> r.get("path").asText() + ":" + r.get("startLine").asInt())
                .containsExactly("src/main/resources/application.properties:6",
                        // the Cliq URLs that send the setting on name it too (their webhook fix renames it)
                        "src/main/resources/application.properties:8", "src/main/resources/application.yml:8",
                        "src/main/resources/legacy-notifiers.xml:14", "src/main/resources/legacy-notifiers.xml:16");
    }
}

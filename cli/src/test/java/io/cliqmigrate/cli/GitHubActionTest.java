package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's {@code action.yml}: every input reaches the steps, and the shell steps, run with bash as the runner
 * runs them ({@code bash --noprofile --norc -eo pipefail}), scan the example project, write the job summary and the
 * SARIF file and fail per {@code fail-on}. The {@code uses:} steps (setup-java, upload-sarif) are GitHub's; the build
 * step is Maven's, so its output, the jar, is a launcher of this build's classes.
 */
class GitHubActionTest {
    private static final Path ACTION = Path.of("../action.yml");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.+?)\\s*}}");

    @TempDir
    Path tmp;

    private JsonNode action;

    @BeforeEach
    void read() throws IOException {
        action = new ObjectMapper(new YAMLFactory()).readTree(ACTION.toFile());
    }

    @Test
    void everyInputIsUsedByTheSteps() {
        String steps = action.at("/runs/steps").toString();
        List<String> inputs = new ArrayList<>();
        action.get("inputs").fieldNames().forEachRemaining(inputs::add);

        assertThat(inputs).containsExactlyInAnyOrder("paths", "baseline", "changed-since", "config", "fail-on");
        assertThat(inputs).allSatisfy(input -> assertThat(steps).contains("inputs." + input));
        assertThat(action.at("/runs/using").asText()).isEqualTo("composite");
    }

    @Test
    void theStepsScanTheCheckoutWriteTheSummaryAndTheSarifAndFailOnErrors() throws Exception {
        Run run = run(Map.of());

        assertThat(run.failedStep()).isEqualTo("Fail on findings");
        assertThat(run.outputs().get("steps.scan.outputs.exit-code")).isEqualTo("1");
        assertThat(Files.readString(run.summary())).startsWith("## ").contains("authtoken-query-param");
        String sarifFile = evaluate(upload().at("/with/sarif_file").asText(), run.context());
        SarifReportTest.assertValid(Files.readString(Path.of(sarifFile)));
        assertThat(run.log()).contains("::error title=Cliq Migrate::legacy Zoho authtoken use at or above 'error'");
    }

    @Test
    void withFailOnNoneTheCheckPassesAndAConfigFileIsPassedOn() throws Exception {
        Path config = Files.writeString(tmp.resolve("cliq.yml"), "rules:\n  disable: [cliq-api-inventory]\n");

        Run run = run(Map.of("fail-on", "none", "config", config.toString()));

        assertThat(run.failedStep()).isNull();
        assertThat(run.outputs().get("steps.scan.outputs.exit-code")).isEqualTo("0");
        assertThat(Files.readString(Path.of(run.outputs().get("steps.scan.outputs.sarif"))))
                .doesNotContain("\"ruleId\": \"cliq-api-inventory\"").contains("\"ruleId\": \"authtoken-query-param\"");
    }

    @Test
    void aScanThatCannotRunFailsTheScanStep() throws Exception {
        Run run = run(Map.of("paths", "no-such-folder"));

        assertThat(run.failedStep()).isEqualTo("Scan");
        assertThat(run.log()).contains("cliq-migrate: no such file or directory: no-such-folder");
    }

    private JsonNode upload() {
        for (JsonNode step : action.at("/runs/steps")) {
            if (step.path("uses").asText().startsWith("github/codeql-action/upload-sarif@")) {
                return step;
            }
        }
        throw new AssertionError("no upload-sarif step");
    }

    /** What the run of the shell steps left: the first step that failed (null for none) and its outputs. */
    private record Run(String failedStep, Map<String, String> outputs, Map<String, String> context, Path summary,
                       String log) {}

    private Run run(Map<String, String> given) throws Exception {
        Path workspace = TestProjects.copy("../examples/legacy-cliq-app", Files.createDirectories(tmp.resolve("ws")));
        Path temp = Files.createDirectories(tmp.resolve("runner-temp"));
        Path summary = Files.createFile(tmp.resolve("step-summary.md"));
        Map<String, String> context = new HashMap<>();
        action.get("inputs").fields().forEachRemaining(e -> context.put("inputs." + e.getKey(),
                given.getOrDefault(e.getKey(), e.getValue().path("default").asText(""))));
        context.put("github.event.pull_request.base.sha", ""); // a push, not a pull request
        Map<String, String> outputs = new LinkedHashMap<>();
        StringBuilder log = new StringBuilder();
        for (JsonNode step : action.at("/runs/steps")) {
            String id = step.path("id").asText(null);
            if (step.has("uses")) {
                continue;
            }
            if ("build".equals(id)) {
                outputs.put("steps.build.outputs.jar", launcher().toString());
                context.putAll(outputs);
                continue;
            }
            Path output = Files.createFile(tmp.resolve("output-" + outputs.size() + "-" + System.nanoTime()));
            Path script = Files.writeString(tmp.resolve("step.sh"), step.get("run").asText());
            ProcessBuilder bash = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail",
                    script.toString()).directory(workspace.toFile()).redirectErrorStream(true);
            Map<String, String> env = bash.environment();
            env.put("GITHUB_ACTION_PATH", Path.of("..").toAbsolutePath().normalize().toString());
            env.put("GITHUB_WORKSPACE", workspace.toString());
            env.put("GITHUB_STEP_SUMMARY", summary.toString());
            env.put("GITHUB_OUTPUT", output.toString());
            env.put("RUNNER_TEMP", temp.toString());
            step.path("env").fields().forEachRemaining(e -> env.put(e.getKey(), evaluate(e.getValue().asText(),
                    context)));
            Process process = bash.start();
            log.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            for (String line : Files.readAllLines(output)) {
                int eq = line.indexOf('=');
                outputs.put("steps." + id + ".outputs." + line.substring(0, eq), line.substring(eq + 1));
            }
            context.putAll(outputs);
            if (process.exitValue() != 0) {
                return new Run(step.get("name").asText(), outputs, context, summary, log.toString());
            }
        }
        return new Run(null, outputs, context, summary, log.toString());
    }

    /**
     * {@code ${{ a || b }}} as the runner reads it, for the contexts the action uses: the first of the terms that is
     * not empty, a missing one being empty.
     */
    private static String evaluate(String text, Map<String, String> context) {
        Matcher m = EXPRESSION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = "";
            for (String term : m.group(1).split("\\|\\|")) {
                value = context.getOrDefault(term.trim(), "");
                if (!value.isEmpty()) {
                    break;
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    /** A jar of nothing but a manifest that runs this build's classes: what the build step would have made. */
    private Path launcher() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        StringBuilder classPath = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            classPath.append(Path.of(entry).toAbsolutePath().toUri()).append(' ');
        }
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath.toString().trim());
        Path jar = tmp.resolve("cliq-migrate.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}

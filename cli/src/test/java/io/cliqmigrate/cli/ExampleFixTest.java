package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fix --apply --unsafe} on a copy of the bundled example: it changes files, every file parses as well as it
 * did, a re-scan leaves no automatic fix behind (only findings with manual steps), and a second run changes nothing.
 */
class ExampleFixTest {
    private static final String EXAMPLE = "../examples/legacy-cliq-app";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void applyingEveryFixLeavesOnlyManualWorkAndParsingFilesAndIsIdempotent() throws IOException {
        Path example = TestProjects.copy(EXAMPLE, tmp);
        JsonNode before = scan(example);
        Map<String, String> originals = contents(example);

        MainTest.Run applied = MainTest.run("fix", "--apply", "--unsafe", example.toString());

        assertThat(applied.exit()).as(applied.err()).isZero();
        assertThat(applied.err()).doesNotContain("skipped the fix");
        Map<String, String> fixed = contents(example);
        assertThat(fixed).isNotEqualTo(originals);
        JsonNode after = scan(example);
        assertThat(parseErrors(after)).as("files that stopped parsing").isSubsetOf(parseErrors(before));
        List<String> stillFixable = new ArrayList<>();
        for (JsonNode f : after.get("findings")) {
            for (JsonNode fix : f.get("fixes")) {
                if (!fix.get("applicability").asText().equals("manual")) {
                    stillFixable.add(f.get("path").asText() + ":" + f.get("startLine").asInt() + " "
                            + f.get("ruleId").asText());
                }
            }
        }
        assertThat(stillFixable).as("findings that still offer an automatic fix after --apply").isEmpty();
        assertThat(after.at("/summary/findings").asInt()).isLessThan(before.at("/summary/findings").asInt());

        MainTest.Run again = MainTest.run("fix", "--apply", "--unsafe", example.toString());
        assertThat(again.out()).isEmpty();
        assertThat(contents(example)).isEqualTo(fixed);
    }

    /** The rules whose errors issue 10's Java and Spring rewrites must leave none of in the example. */
    private static final List<String> JAVA_REWRITE_RULES = List.of("authtoken-query-param", "zoho-authtoken-header",
            "authtoken-form-param", "config-authtoken-setting");

    @Test
    void applyingEveryFixLeavesNoAuthtokenErrorInTheJavaCodeOrItsSpringConfiguration() throws IOException {
        Path example = TestProjects.copy(EXAMPLE, tmp);

        MainTest.Run applied = MainTest.run("fix", "--apply", "--unsafe", example.toString());

        assertThat(applied.exit()).as(applied.err()).isZero();
        List<String> left = new ArrayList<>();
        for (JsonNode f : scan(example).get("findings")) {
            String path = f.get("path").asText();
            boolean javaOrConfig = path.endsWith(".java") || path.startsWith("src/main/resources/");
            if (javaOrConfig && f.get("severity").asText().equals("error")
                    && JAVA_REWRITE_RULES.contains(f.get("ruleId").asText())) {
                left.add(path + ":" + f.get("startLine").asInt() + " " + f.get("ruleId").asText());
            }
        }
        assertThat(left).as("authtoken errors left in the Java code and its configuration").isEmpty();
    }

    @Test
    void theDiffAndThePlanOfTheExampleShowNoTokenOfItInFull() throws IOException {
        Path example = TestProjects.copy(EXAMPLE, tmp);
        java.util.Set<String> tokens = new java.util.TreeSet<>();
        java.util.regex.Pattern hex = java.util.regex.Pattern.compile("(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])");
        contents(example).values().forEach(text -> hex.matcher(text).results().forEach(m -> tokens.add(m.group())));
        assertThat(tokens).as("the example's tokens").hasSizeGreaterThan(3);

        MainTest.Run diff = MainTest.run("fix", "--unsafe", example.toString());
        MainTest.Run plan = MainTest.run("fix", "--unsafe", "--format", "json", example.toString());

        assertThat(diff.out()).as("the diff").contains("--- a/").contains("+++ b/");
        for (String token : tokens) {
            // a mask keeps the first four characters
            assertThat(diff.out() + diff.err()).as("the diff").doesNotContain(token.substring(4));
            assertThat(plan.out()).as("the JSON plan").doesNotContain(token.substring(4));
        }
    }

    private static JsonNode scan(Path project) throws IOException {
        return JSON.readTree(MainTest.run("scan", project.toString(), "--format", "json", "--fail-on", "none").out());
    }

    private static List<String> parseErrors(JsonNode report) {
        List<String> paths = new ArrayList<>();
        report.get("errors").forEach(e -> {
            if (e.get("kind").asText().equals("parse")) {
                paths.add(e.get("path").asText());
            }
        });
        return paths;
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), new String(Files.readAllBytes(p),
                        java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}

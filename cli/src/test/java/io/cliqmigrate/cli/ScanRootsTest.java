package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --no-ignore}, and scans of several roots, each with its own configuration file. */
class ScanRootsTest {
    private static final String LEGACY_URL = "class C { String u = \"https://cliq.zoho.com/api/v2/bots/b/message"
            + "?authtoken=\" + t; }\n";

    @TempDir
    Path tmp;

    private Path write(String rel, String text) throws Exception {
        Path p = tmp.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static JsonNode json(MainTest.Run run) throws Exception {
        return new ObjectMapper().readTree(run.out());
    }

    private static List<String> findings(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.get("findings").forEach(f -> out.add(f.get("path").asText() + " " + f.get("ruleId").asText() + " "
                + f.get("severity").asText()));
        return out;
    }

    @Test
    void ignoredFilesAreCountedAndNoIgnoreScansThem() throws Exception {
        Path example = TestProjects.copy("../examples/legacy-cliq-app", tmp);

        JsonNode honoured = json(MainTest.run("scan", example.toString(), "--format", "json"));
        JsonNode all = json(MainTest.run("scan", example.toString(), "--format", "json", "--no-ignore"));
        MainTest.Run text = MainTest.run("scan", example.toString());

        assertThat(honoured.at("/summary/ignored").asInt()).isEqualTo(1); // build/
        assertThat(findings(honoured)).noneMatch(f -> f.startsWith("build/"));
        assertThat(all.at("/summary/ignored").asInt()).isZero();
        assertThat(findings(all)).anyMatch(f -> f.startsWith("build/generated/Ignored.java"));
        assertThat(text.out()).contains("; 1 path ignored by .gitignore\n");
    }

    @Test
    void eachRootUsesItsOwnConfigurationAndAnExplicitOneAppliesToAll() throws Exception {
        write("billing/.cliq-migrate.yml", "exclude: [legacy/]\n");
        write("billing/legacy/Old.java", LEGACY_URL);
        write("billing/src/Billing.java", LEGACY_URL);
        write("crm/.cliq-migrate.yml", "rules:\n  severity: {authtoken-query-param: warning}\n");
        write("crm/legacy/Old.java", LEGACY_URL);
        String billing = tmp.resolve("billing").toString();
        String crm = tmp.resolve("crm").toString();

        JsonNode own = json(MainTest.run("scan", billing, crm, "--format", "json", "--fail-on", "none"));
        Path shared = write("shared.yml", "rules:\n  disable: [authtoken-query-param]\n");
        JsonNode explicit = json(MainTest.run("scan", billing, crm, "--config", shared.toString(), "--format", "json",
                "--fail-on", "none"));

        assertThat(findings(own)).contains("billing/src/Billing.java authtoken-query-param error",
                "crm/legacy/Old.java authtoken-query-param warning").noneMatch(f -> f.startsWith("billing/legacy/"));
        assertThat(findings(explicit)).isNotEmpty().noneMatch(f -> f.contains("authtoken-query-param"))
                .anyMatch(f -> f.startsWith("billing/legacy/"));
    }

    @Test
    void aFileUnderSeveralRootsIsScannedAsItsDeepestRootSaysWhateverTheOrder() throws Exception {
        write(".git/HEAD", "ref: refs/heads/main\n");
        write("module/.cliq-migrate.yml", "exclude: [legacy/]\nrules:\n  disable: [cliq-api-inventory]\n");
        write("module/A.java", LEGACY_URL);
        write("module/legacy/B.java", LEGACY_URL);
        write("Top.java", LEGACY_URL);
        String top = tmp.toString();
        String module = tmp.resolve("module").toString();

        List<String> alone = findings(json(MainTest.run("scan", module, "--format", "json")));
        List<String> topFirst = findings(json(MainTest.run("scan", top, module, "--format", "json")));
        List<String> moduleFirst = findings(json(MainTest.run("scan", module, top, "--format", "json")));

        assertThat(alone).containsExactly("module/A.java authtoken-query-param error");
        // the top folder's settings still hold for its own files
        assertThat(topFirst).containsExactly("Top.java cliq-api-inventory info", "Top.java authtoken-query-param error",
                "module/A.java authtoken-query-param error");
        assertThat(moduleFirst).isEqualTo(topFirst);
    }

    @Test
    void excludedPathsAreLeftOutWhateverTheGlobsSayAndWhereverTheConfigurationLies() throws Exception {
        // a Maven parent in a git work tree whose configuration, at the top, takes a module's folder back
        write(".git/HEAD", "ref: refs/heads/main\n");
        write(".cliq-migrate.yml", "exclude: [\"parent/**/Old.java\", \"!parent/orders/\"]\n"
                + "rules:\n  disable: [cliq-api-inventory]\n");
        write("parent/Parent.java", LEGACY_URL);
        write("parent/orders/src/Orders.java", LEGACY_URL);
        write("parent/billing [v1]/src/Billing.java", LEGACY_URL);
        write("parent/billing/src/Billing.java", LEGACY_URL);
        String parent = tmp.resolve("parent").toString();

        List<String> all = findings(json(MainTest.run("scan", parent, "--format", "json")));
        List<String> parentOnly = findings(json(MainTest.run("scan", parent, "--format", "json",
                "--exclude-path", tmp.resolve("parent/orders").toString(),
                "--exclude-path", tmp.resolve("parent/billing [v1]").toString(),
                "--exclude-path", tmp.resolve("elsewhere").toString())));

        assertThat(all).hasSize(4);
        assertThat(parentOnly).containsExactly("parent/Parent.java authtoken-query-param error",
                "parent/billing/src/Billing.java authtoken-query-param error");
    }

    @Test
    void anInvalidConfigurationInAnyRootIsAOneLineErrorWithExitTwo() throws Exception {
        write("billing/.cliq-migrate.yml", "exclude: [legacy/]\n");
        write("billing/src/Billing.java", LEGACY_URL);
        write("crm/.cliq-migrate.yml", "rules:\n  disable: [no-such-rule]\n");
        write("crm/src/Crm.java", LEGACY_URL);

        MainTest.Run run = MainTest.run("scan", tmp.resolve("billing").toString(), tmp.resolve("crm").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).startsWith("cliq-migrate: ").contains("crm", ".cliq-migrate.yml",
                "unknown rule id 'no-such-rule'").doesNotContain("\n");
    }
}

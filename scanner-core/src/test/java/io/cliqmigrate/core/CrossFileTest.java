package io.cliqmigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facts that cross files: constants named in other files, and settings linked to the code that reads them. */
class CrossFileTest {
    @TempDir
    Path root;

    private void write(String rel, String text) throws IOException {
        TestTrees.write(root, rel, text);
    }

    private ScanResult scan(Rule... rules) throws IOException {
        return new ScanEngine("test", List.of(rules), Languages.defaults()).scan(ScanConfig.of(root));
    }

    @Test
    void aConstantNamedAuthDoesNotPullInEveryFileThatSaysOauth() throws IOException {
        write("src/com/acme/Endpoints.java", """
                package com.acme;
                public final class Endpoints {
                    public static final String AUTH = "?authtoken=";
                }
                """);
        write("src/com/acme/Uses.java", """
                package com.acme;
                class Uses { String u(String t) { return "https://x.example" + Endpoints.AUTH + t; } }
                """);
        for (int i = 0; i < 5; i++) {
            write("src/com/acme/login/Login" + i + ".java",
                    "package com.acme.login;\nclass Login" + i + " { String flow = \"OAUTH\"; }\n");
        }

        ScanResult result = scan(new EngineTest.AuthtokenStrings());

        assertThat(result.findings()).extracting(f -> f.location().path()).contains("src/com/acme/Uses.java");
        assertThat(result.stats().filesCandidates()).as("Endpoints and Uses only").isEqualTo(2);
    }

    @Test
    void aPrivateConstantDoesNotPullInTheOtherFilesThatNameIt() throws IOException {
        // issue 13: a test's private HEADER holding "authtoken" sent 654 files naming HEADER to be re-read and parsed
        write("src/test/java/com/acme/LegacyClientTest.java", """
                package com.acme;
                class LegacyClientTest {
                    private static final String HEADER = "Zoho-authtoken ";
                    static private final String QUERY = "?authtoken=";
                    String header(String t) { return HEADER + t + QUERY; }
                }
                """);
        for (int i = 0; i < 5; i++) {
            write("src/main/java/com/acme/http/Client" + i + ".java", "package com.acme.http;\nclass Client" + i
                    + " {\n    static final String HEADER = \"Accept\";\n    String q = \"QUERY\";\n}\n");
        }

        ScanResult result = scan(new EngineTest.AuthtokenStrings());

        assertThat(result.findings()).extracting(f -> f.location().path()).containsOnly(
                "src/test/java/com/acme/LegacyClientTest.java");
        assertThat(result.stats().filesCandidates()).as("the test file only").isEqualTo(1);
    }

    /** Reports settings whose key names an authtoken, with the key, as the config rule does. */
    @RuleMeta(id = "config-authtoken-setting", summary = "test", severity = Severity.ERROR)
    static final class Settings implements Rule {
        @Override
        public void check(CodeFacts facts, RuleContext ctx) {
            for (Binding b : facts.bindings()) {
                if (b.kind() == Binding.Kind.CONFIG_KEY && b.name().toLowerCase().contains("authtoken")) {
                    ctx.report(b.nameRange(), "setting", List.of(), List.of(), Map.of("configKey", b.name()));
                }
            }
        }
    }

    /** Reports {@code getProperty("…authtoken")} calls, with the key, as the read rule does. */
    @RuleMeta(id = "authtoken-config-read", summary = "test", severity = Severity.ERROR)
    static final class Reads implements Rule {
        @Override
        public void check(CodeFacts facts, RuleContext ctx) {
            for (CallFact c : facts.calls()) {
                String key = c.arg(0) == null ? null : c.arg(0).literalValue();
                if (c.simpleName().equals("getProperty") && key != null && key.contains("authtoken")) {
                    ctx.report(c.range(), "read", List.of(), List.of(), Map.of("configKey", key));
                }
            }
        }
    }

    @Test
    void aSettingListsEveryReaderAndEachReaderListsOnlyTheSettings() throws IOException {
        write("config/application.properties", "zoho.cliq.authtoken=${CLIQ_TOKEN}\n");
        write("config/application-prod.properties", "zoho.cliq.authtoken=${CLIQ_PROD_TOKEN}\n");
        int readers = 30;
        for (int i = 0; i < readers; i++) {
            write("src/com/acme/zoho/Reader" + i + ".java", "package com.acme.zoho;\nclass Reader" + i
                    + " { String t = System.getProperty(\"zoho.cliq.authtoken\"); }\n");
        }

        ScanResult result = scan(new Settings(), new Reads());

        List<Finding> settings = result.findings().stream().filter(f -> f.ruleId().equals("config-authtoken-setting"))
                .toList();
        List<Finding> reads = result.findings().stream().filter(f -> f.ruleId().equals("authtoken-config-read"))
                .toList();
        assertThat(settings).hasSize(2).allSatisfy(s -> {
            assertThat(s.related()).filteredOn(r -> r.message().startsWith("read here")).hasSize(readers);
            assertThat(s.related()).filteredOn(r -> r.message().startsWith("set here")).hasSize(1);
        });
        assertThat(reads).hasSize(readers).allSatisfy(r -> assertThat(r.related())
                .extracting(l -> l.path() + " " + l.message()).containsExactly(
                        "config/application-prod.properties set here: zoho.cliq.authtoken",
                        "config/application.properties set here: zoho.cliq.authtoken"));
    }
}

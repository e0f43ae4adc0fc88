package io.cliqmigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.engine.ConfigException;
import io.cliqmigrate.core.engine.ConfigFile;
import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.ProcessingError;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {
    @TempDir
    Path root;

    /** Reports every string whose folded value holds "authtoken=". */
    @RuleMeta(id = "test-authtoken", summary = "test", severity = Severity.ERROR)
    static final class AuthtokenStrings implements Rule {
        @Override
        public void check(CodeFacts facts, RuleContext ctx) {
            for (StringExpr expr : facts.strings()) {
                FoldedString folded = facts.fold(expr);
                int at = folded.text().toLowerCase().indexOf("authtoken=");
                if (at >= 0) {
                    ctx.report(folded.segmentAt(at).origin(), "found " + folded);
                }
            }
        }
    }

    @RuleMeta(id = "test-crash", summary = "test", severity = Severity.WARNING)
    static final class Crashing implements Rule {
        @Override
        public void check(CodeFacts facts, RuleContext ctx) {
            throw new IllegalStateException("boom");
        }
    }

    private ScanResult scan(Rule... rules) throws IOException {
        return new ScanEngine("test", List.of(rules), Languages.defaults()).scan(ScanConfig.of(root));
    }

    private void write(String rel, String text) throws IOException {
        TestTrees.write(root, rel, text);
    }

    @Test
    void badFilesBecomeErrorsOrSkipsAndTheScanGoesOn() throws IOException {
        write("src/Broken.java", "class Broken { void f() { String u = \"https://cliq.zoho.com/api/v2/bots/b/message?authtoken=\" + t; \n");
        Files.write(root.resolve("src/Binary.java"), new byte[] {'z', 'o', 'h', 'o', 0, 1, 2});
        Files.write(root.resolve("src/latin1.properties"),
                "caf\u00e9.url=https://crm.zoho.com/x?authtoken=abc\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(root.resolve("src/Latin1.java"),
                "class L { String s = \"caf\u00e9 https://crm.zoho.com/x?authtoken=\"; }".getBytes(StandardCharsets.ISO_8859_1));
        write("src/Big.java", "// zoho\n" + "x".repeat(5_000_000));
        write("src/Good.java", "class Good { String u = \"https://cliq.zoho.com/api/v2/bots/b/message?authtoken=\"; }");

        ScanResult result = scan(new AuthtokenStrings(), new Crashing());

        assertThat(result.findings()).extracting(f -> f.location().path() + ":" + f.location().startLine())
                .containsExactly("src/Broken.java:1", "src/Good.java:1", "src/Latin1.java:1", "src/latin1.properties:1");
        assertThat(result.errors()).extracting(e -> e.path() + " " + e.kind())
                .contains("src/Broken.java PARSE", "src/Good.java RULE")
                .doesNotContain("src/Latin1.java DECODE", "src/latin1.properties DECODE");
        assertThat(result.charsets()).extracting(c -> c.path() + " " + c.charset())
                .containsExactly("src/Latin1.java ISO-8859-1", "src/latin1.properties ISO-8859-1");
        assertThat(result.skipped()).extracting(s -> s.path() + " " + s.reason())
                .containsExactly("src/Big.java larger than 4194304 bytes", "src/Binary.java binary");
        assertThat(result.errors().stream().filter(e -> e.kind() == ProcessingError.Kind.RULE))
                .allSatisfy(e -> assertThat(e.message()).contains("internal error in rule test-crash: IllegalStateException: boom"));
    }

    @Test
    void deeplyNestedCodeFallsBackToTheLexicalScanAndSecretsInParserMessagesAreRedacted() throws IOException {
        String nested = "(".repeat(20_000) + "1" + ")".repeat(20_000);
        write("src/Deep.java", "class Deep { int x = " + nested + "; String u = \"https://x.zoho.com/a?authtoken=\"; }");
        write("src/Leak.java", "class Leak { String t = 3f2a9c0d4b1e8f7a6c5d4e3f2a1b0c9d; String u = \"https://x.zoho.com/a?authtoken=\"; }");
        ScanResult result = scan(new AuthtokenStrings());
        assertThat(result.findings()).extracting(f -> f.location().path()).contains("src/Deep.java", "src/Leak.java");
        assertThat(result.errors()).extracting(ProcessingError::path).contains("src/Deep.java", "src/Leak.java");
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.message()).doesNotContain("3f2a9c0d4b1e8f7a6c5d4e3f2a1b0c9d"));
    }

    @Test
    void aSecretSettingWrittenOverSeveralLinesIsMaskedOnEveryLineOfACodeFrame() throws IOException {
        write("conf/zoho.toml", """
                [zoho]
                endpoint = "https://cliq.zoho.com/api/v2/bots/b/message?authtoken="
                authtoken = \"\"\"\\
                  3f2a9c0d4b1e8f7a\\
                  6c5d4e3f2a1b0c9d\"\"\"
                """);
        write("conf/.env", "NOTE=\"see ?authtoken= below\"\nZOHO_PASSWORD=\"Sync-Me-2019\nsecond-half-77\"\n");

        ScanResult result = scan(new AuthtokenStrings(), new WholeFile());

        assertThat(result.findings()).isNotEmpty();
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.snippet())
                .doesNotContain("3f2a9c0d4b1e8f7a").doesNotContain("6c5d4e3f2a1b0c9d")
                .doesNotContain("Sync-Me-2019").doesNotContain("second-half-77"));
    }

    /** Reports each file's whole text, so its code frame shows every line. */
    @RuleMeta(id = "test-whole-file", summary = "test", severity = Severity.INFO)
    static final class WholeFile implements Rule {
        @Override
        public void check(CodeFacts facts, RuleContext ctx) {
            ctx.report(new io.cliqmigrate.core.model.TextRange(0, facts.file().text().length()), "whole file");
        }
    }

    @Test
    void honoursGitignoreNeverEntersGitAndListsSymlinkLoopsAndDanglingLinks() throws IOException {
        write(".gitignore", "build/\n*.gen.java\n!keep.gen.java\n");
        write("build/Out.java", "class Out { String u = \"https://x.zoho.com/a?authtoken=\"; }");
        write("src/A.gen.java", "class A { String u = \"https://x.zoho.com/a?authtoken=\"; }");
        write("src/keep.gen.java", "class K { String u = \"https://x.zoho.com/a?authtoken=\"; }");
        write(".git/config.java", "class G { String u = \"https://x.zoho.com/a?authtoken=\"; }");
        write("sub/.gitignore", "local.properties\n");
        write("sub/local.properties", "u=https://x.zoho.com/a?authtoken=1\n");
        Files.createSymbolicLink(root.resolve("sub/loop"), root);
        Files.createSymbolicLink(root.resolve("src/Gone.java"), root.resolve("src/deleted/Gone.java"));

        ScanResult result = scan(new AuthtokenStrings());

        assertThat(result.findings()).extracting(f -> f.location().path()).containsExactly("src/keep.gen.java");
        assertThat(result.skipped()).extracting(s -> s.reason()).contains("symlink loop");
        assertThat(result.skipped()).anySatisfy(s -> {
            assertThat(s.path()).isEqualTo("src/Gone.java");
            assertThat(s.reason()).isEqualTo("dangling symlink");
        });
    }

    @Test
    void resolvesConstantsAcrossFilesThroughQualifiedAndStaticImports() throws IOException {
        write("src/com/acme/Endpoints.java", """
                package com.acme;
                public final class Endpoints {
                    public static final String HOST = "https://cliq.zoho.com";
                    public static final String AUTH = "?authtoken=";
                }
                """);
        write("src/com/acme/client/Client.java", """
                package com.acme.client;
                import com.acme.Endpoints;
                import static com.acme.Endpoints.AUTH;
                class Client {
                    String a(String t) { return Endpoints.HOST + "/api/v2/bots/b/message" + AUTH + t; }
                }
                """);
        ScanResult result = scan(new AuthtokenStrings());
        assertThat(result.findings()).extracting(Finding::message)
                .contains("found https://cliq.zoho.com/api/v2/bots/b/message?authtoken=…");
    }

    @Test
    void inlineCommentsSuppressAndSuppressedFindingsStayFlagged() throws IOException {
        write("A.java", """
                class A {
                    // cliq-migrate:ignore[test-authtoken] migration ticket OPS-12
                    String a = "https://x.zoho.com/a?authtoken=";
                    String b = "https://x.zoho.com/b?authtoken="; // cliq-migrate:ignore[other-rule]
                }
                """);
        ScanResult result = scan(new AuthtokenStrings());
        assertThat(result.findings()).extracting(f -> f.location().startLine() + " " + f.suppressed() + " "
                + f.suppressionReason()).containsExactly("3 true migration ticket OPS-12", "4 false null");
    }

    @Test
    void outputOrderDoesNotDependOnThreads() throws IOException {
        for (int i = 0; i < 40; i++) {
            write("p" + (i % 7) + "/F" + i + ".java", "class F" + i + " { String u = \"https://x.zoho.com/" + i
                    + "?authtoken=\"; String v = \"https://y.zoho.eu/?authtoken=\"; }");
        }
        Rule rule = new AuthtokenStrings();
        ScanEngine engine = new ScanEngine("test", List.of(rule), Languages.defaults());
        ScanConfig one = new ScanConfig(List.of(root), List.of(), List.of(), Set.of(), Map.of(),
                ScanConfig.DEFAULT_MAX_FILE_SIZE, 1, true, null);
        ScanConfig four = new ScanConfig(List.of(root), List.of(), List.of(), Set.of(), Map.of(),
                ScanConfig.DEFAULT_MAX_FILE_SIZE, 4, true, null);
        assertThat(engine.scan(four).findings()).isEqualTo(engine.scan(one).findings()).hasSize(80);
    }

    @Test
    void configFileErrorsNameTheProblemInOneLine() throws IOException {
        write(".cliq-migrate.yml", "rules:\n  disable: [no-such-rule]\n");
        assertThatConfigError(".cliq-migrate.yml", "unknown rule id 'no-such-rule'");
        write(".cliq-migrate.yml", "exclude: [a\n");
        assertThatConfigError(".cliq-migrate.yml", "not valid YAML");
        write(".cliq-migrate.yml", "excludes: [a]\n");
        assertThatConfigError(".cliq-migrate.yml", "unknown key 'excludes'");
        write(".cliq-migrate.yml", "rules:\n  severity: {test-authtoken: fatal}\n");
        assertThatConfigError(".cliq-migrate.yml", "unknown severity 'fatal'");
        write(".cliq-migrate.yml", "fix:\n  connections: {crm: zcrm}\n  connections: {crm: other}\n");
        assertThatConfigError(".cliq-migrate.yml", "key 'connections' given twice (line 3)");
        write(".cliq-migrate.yml", "fix:\n  connections: {crm: }\n");
        assertThatConfigError(".cliq-migrate.yml", "fix.connections.crm: 'null' is not a connection link name");
        write(".cliq-migrate.yml", "fix:\n  connections: {crm: yes}\n");
        assertThatConfigError(".cliq-migrate.yml", "fix.connections.crm: 'true' is not a connection link name");
        write(".cliq-migrate.yml", "fix:\n  connections: {mail: zmail}\n");
        assertThatConfigError(".cliq-migrate.yml", "fix.connections.mail: unknown service");
        write(".cliq-migrate.yml", "fix:\n  unsafe: \"yes\"\n");
        assertThatConfigError(".cliq-migrate.yml", "fix.unsafe must be true or false");
    }

    @Test
    void configIncludesExcludesAndDisablesRules() throws IOException, ConfigException {
        write(".cliq-migrate.yml", "exclude: [legacy/]\nrules:\n  severity: {test-authtoken: warning}\n");
        write("legacy/A.java", "class A { String u = \"https://x.zoho.com/a?authtoken=\"; }");
        write("src/B.java", "class B { String u = \"https://x.zoho.com/a?authtoken=\"; }");
        ScanConfig config = ScanConfig.of(root).withSettings(
                ConfigFile.load(root.resolve(".cliq-migrate.yml"), Set.of("test-authtoken")));
        ScanResult result = new ScanEngine("t", List.of(new AuthtokenStrings()), Languages.defaults()).scan(config);
        assertThat(result.findings()).extracting(f -> f.location().path() + " " + f.severity())
                .containsExactly("src/B.java WARNING");
    }

    private void assertThatConfigError(String name, String expected) {
        try {
            ConfigFile.load(root.resolve(name), Set.of("test-authtoken"));
            throw new AssertionError("expected a config error");
        } catch (ConfigException e) {
            assertThat(e.getMessage()).contains(expected).doesNotContain("\n");
        }
    }
}

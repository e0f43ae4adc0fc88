package io.cliqmigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.rule.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an inline {@code cliq-migrate:ignore} covers, and the comments that cover nothing. */
class InlineSuppressionTest {
    @TempDir
    Path root;

    private ScanResult scan(String name, String text) throws IOException {
        return scan(name, text, new EngineTest.AuthtokenStrings());
    }

    private ScanResult scan(String name, String text, Rule... rules) throws IOException {
        Files.writeString(root.resolve(name), text);
        return new ScanEngine("test", List.of(rules), Languages.defaults()).scan(ScanConfig.of(root));
    }

    private static List<String> suppressedLines(ScanResult result) {
        return result.findings().stream().map(f -> f.location().startLine() + " " + f.suppressed()).toList();
    }

    @Test
    void aCommentAtTheEndOfALineCoversThatLineOnly() throws IOException {
        ScanResult result = scan("Urls.java", """
                class Urls {
                    String a = "https://x.zoho.com/a?authtoken="; // cliq-migrate:ignore[test-authtoken] OPS-1
                    String b = "https://x.zoho.com/b?authtoken=";
                    // cliq-migrate:ignore[test-authtoken] OPS-2
                    String c = "https://x.zoho.com/c?authtoken=";
                }
                """);

        assertThat(suppressedLines(result)).containsExactly("2 true", "3 false", "5 true");
        assertThat(result.unusedSuppressions()).isEmpty();
    }

    @Test
    void anUnknownRuleIdAndASuppressionOfNothingAreListed() throws IOException {
        ScanResult result = scan("Notify.java", """
                class Notify {
                    // cliq-migrate:ignore[test-authtoken, test-autohtoken] OPS-3
                    String a = "https://x.zoho.com/a?authtoken=";
                    // cliq-migrate:ignore[test-authtoken] the URL below was fixed long ago
                    String b = "https://x.zoho.com/b";
                }
                """);

        assertThat(suppressedLines(result)).containsExactly("3 true");
        assertThat(result.unusedSuppressions()).extracting(u -> u.path() + ":" + u.line() + " " + u.message())
                .containsExactly(
                        "Notify.java:2 unknown rule id 'test-autohtoken' (see 'cliq-migrate rules')",
                        "Notify.java:4 suppresses nothing: no finding of test-authtoken on this line or the next");
    }

    @Test
    void twoMarkersInOneCommentBothSuppressEachWithItsOwnReason() throws IOException {
        ScanResult result = scan("Banner.java", """
                // cliq-migrate:ignore[test-whole-file] generated banner cliq-migrate:ignore[test-authtoken] OPS-7
                class Banner { String a = "https://x.zoho.com/a?authtoken="; }
                """, new EngineTest.AuthtokenStrings(), new EngineTest.WholeFile());

        assertThat(result.findings()).extracting(f -> f.ruleId() + " " + f.suppressed() + " " + f.suppressionReason())
                .containsExactlyInAnyOrder("test-whole-file true generated banner", "test-authtoken true OPS-7");
        assertThat(result.unusedSuppressions()).isEmpty();
    }
}

package io.cliqmigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import io.cliqmigrate.core.rule.Tags;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When every rule runs, one use of the authtoken is one finding: rules that report the same span are folded into
 * the one of highest severity, then the most specific, which names the others in {@code alsoMatched}; a
 * suppression of any of them suppresses the use. Stand-in rules carry the built-in ids, since the precedence is
 * theirs.
 */
class OverlappingFindingsTest {
    @TempDir
    Path root;

    private static final String CLIENT = """
            package com.acme.cliq;

            import java.util.HashMap;
            import java.util.Map;

            class CliqPoster {
                Map<String, String> params(String token) {
                    Map<String, String> params = new HashMap<>();
                    params.put("authtoken", token);
                    // cliq-migrate:ignore[authtoken-form-param] old branch, removed next release
                    params.put("authtoken", token);
                    return params;
                }
            }
            """;

    /** Reports the key of every {@code put("authtoken", …)}. */
    abstract static class AuthtokenKeys implements Rule {
        abstract String name();

        Map<String, String> properties() {
            return Map.of();
        }

        @Override
        public void check(CodeFacts facts, RuleContext ctx) {
            for (CallFact call : facts.calls()) {
                if (call.name().equals("put") && call.args().size() == 2
                        && facts.fold(call.arg(0)).text().equals("authtoken")) {
                    ctx.report(call.arg(0).range(), "sent as " + name(), List.of(),
                            List.of(Fix.manual(name(), "stop sending it as " + name())), properties());
                }
            }
        }
    }

    @RuleMeta(id = "authtoken-query-param", summary = "query", severity = Severity.ERROR)
    static final class QueryParam extends AuthtokenKeys {
        @Override
        String name() {
            return "query";
        }
    }

    @RuleMeta(id = "authtoken-form-param", summary = "form", severity = Severity.ERROR)
    static final class FormParam extends AuthtokenKeys {
        @Override
        String name() {
            return "form";
        }

        @Override
        Map<String, String> properties() {
            return Map.of("field", "authtoken");
        }
    }

    @RuleMeta(id = "cliq-api-inventory", summary = "inventory", severity = Severity.INFO, tags = Tags.INVENTORY)
    static final class Inventory extends AuthtokenKeys {
        @Override
        String name() {
            return "inventory";
        }
    }

    private ScanResult scan(Rule... rules) throws IOException {
        return scan(Map.of(), rules);
    }

    private ScanResult scan(Map<String, Severity> severities, Rule... rules) throws IOException {
        Files.createDirectories(root.resolve("src"));
        Files.writeString(root.resolve("src/CliqPoster.java"), CLIENT);
        return new ScanEngine("test", List.of(rules), Languages.defaults()).scan(new ScanConfig(List.of(root),
                List.of(), List.of(), Set.of(), severities, ScanConfig.DEFAULT_MAX_FILE_SIZE, 2, true, null));
    }

    @Test
    void twoRulesOnOneSpanGiveOneFindingOfTheMoreSpecificRule() throws IOException {
        ScanResult result = scan(new FormParam(), new QueryParam());

        List<Finding> line9 = result.findings().stream().filter(f -> f.location().startLine() == 9).toList();
        assertThat(line9).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("authtoken-query-param");
            assertThat(f.message()).isEqualTo("sent as query");
            assertThat(f.properties()).containsEntry("alsoMatched", "authtoken-form-param")
                    .containsEntry("field", "authtoken");
            assertThat(f.fixes()).extracting(Fix::strategy).containsExactly("query", "form");
        });
    }

    @Test
    void suppressingOneRuleOfAUseSuppressesTheUseWithThatReasonAndInventoryStaysApart() throws IOException {
        ScanResult result = scan(new FormParam(), new QueryParam(), new Inventory());

        assertThat(result.findings()).filteredOn(f -> f.location().startLine() == 11)
                .extracting(f -> f.ruleId() + (f.suppressed() ? " suppressed: " + f.suppressionReason() : ""))
                .containsExactly("authtoken-query-param suppressed: old branch, removed next release",
                        "cliq-api-inventory");
        assertThat(result.findings()).filteredOn(f -> f.location().startLine() == 9)
                .extracting(f -> f.ruleId() + (f.suppressed() ? " suppressed" : ""))
                .containsExactly("authtoken-query-param", "cliq-api-inventory");
        assertThat(result.unusedSuppressions()).isEmpty();
    }

    @Test
    void theFindingOfHighestSeverityStaysWithItsOwnSeverity() throws IOException {
        ScanResult result = scan(Map.of("authtoken-query-param", Severity.WARNING), new FormParam(),
                new QueryParam());

        assertThat(result.findings()).filteredOn(f -> f.location().startLine() == 9).singleElement()
                .satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("authtoken-form-param");
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.properties()).containsEntry("alsoMatched", "authtoken-query-param");
                });
        // the same on the suppressed line: no finding shows the query rule with an error
        assertThat(result.findings()).extracting(f -> f.location().startLine() + " " + f.ruleId() + " "
                + f.severity().id() + (f.suppressed() ? " suppressed" : ""))
                .containsExactly("9 authtoken-form-param error", "11 authtoken-form-param error suppressed");
    }
}

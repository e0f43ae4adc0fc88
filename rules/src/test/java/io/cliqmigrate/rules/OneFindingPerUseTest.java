package io.cliqmigrate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.rule.Tags;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With every rule running, as on the command line, a use that two rules describe is one finding: the most
 * specific rule's, naming the other in {@code alsoMatched} and keeping its properties (the setting's key, which
 * links it to the code that reads it).
 */
class OneFindingPerUseTest {
    private static ScanResult result;
    private static Set<String> inventoryRules;

    @BeforeAll
    static void scanWithEveryRule() throws IOException {
        result = new ScanEngine("test", BuiltinRules.all(), Languages.defaults()).scan(ScanConfig.of(
                RuleFixturesTest.FIXTURES.resolve("authtoken-form-param/crm-sync-playbook.yml"),
                RuleFixturesTest.FIXTURES.resolve("authtoken-response-parsing/ZohoAuthtokenClient.java"),
                RuleFixturesTest.FIXTURES.resolve("hardcoded-legacy-token/CrmClientFactory.java")));
        inventoryRules = BuiltinRules.all().stream().map(r -> r.descriptor())
                .filter(d -> d.tags().contains(Tags.INVENTORY)).map(d -> d.id()).collect(Collectors.toSet());
    }

    @Test
    void aFormFieldWrittenInAPlaybookIsOneFindingThatKeepsItsSettingKey() {
        assertThat(on("crm-sync-playbook.yml", 12)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("authtoken-form-param");
            assertThat(f.properties()).containsEntry("alsoMatched", "config-authtoken-setting")
                    .containsEntry("configKey", "tasks.uri.body.authtoken");
        });
    }

    @Test
    void theGenerationResponsesAuthtokenKeyIsResponseParsingNotAConfigurationRead() {
        assertThat(on("ZohoAuthtokenClient.java", 65)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("authtoken-response-parsing");
            assertThat(f.properties()).containsEntry("alsoMatched", "authtoken-config-read");
        });
    }

    @Test
    void aTokenWrittenIntoAPlaceholderDefaultIsAHardCodedToken() {
        assertThat(on("CrmClientFactory.java", 12)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("hardcoded-legacy-token");
            assertThat(f.properties()).containsEntry("alsoMatched", "authtoken-config-read")
                    .containsEntry("configKey", "zoho.crm.authtoken");
            assertThat(f.snippet()).doesNotContain("3d32dca7eb406bf0a6c0f241f3cfbeff");
        });
    }

    /** The active findings other than inventory on one line of a file. */
    private static List<Finding> on(String fileName, int line) {
        return result.findings().stream()
                .filter(f -> f.location().path().endsWith(fileName) && f.location().startLine() == line
                        && !f.suppressed() && !inventoryRules.contains(f.ruleId()))
                .toList();
    }
}

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
        assertThat(only("crm-sync-playbook.yml", 12, "authtoken-form-param", "config-authtoken-setting").properties())
                .containsEntry("configKey", "tasks.uri.body.authtoken");
    }

    @Test
    void theGenerationResponsesAuthtokenKeyIsResponseParsingNotAConfigurationRead() {
        only("ZohoAuthtokenClient.java", 65, "authtoken-response-parsing", "authtoken-config-read");
    }

    @Test
    void aTokenWrittenIntoAPlaceholderDefaultIsAHardCodedToken() {
        Finding token = only("CrmClientFactory.java", 12, "hardcoded-legacy-token", "authtoken-config-read");
        assertThat(token.properties()).containsEntry("configKey", "zoho.crm.authtoken");
        assertThat(token.snippet()).doesNotContain("3d32dca7eb406bf0a6c0f241f3cfbeff");
    }

    /** The one active finding (inventory aside) on a line: of {@code ruleId}, having folded in {@code alsoMatched}. */
    private static Finding only(String fileName, int line, String ruleId, String alsoMatched) {
        List<Finding> found = on(fileName, line);
        assertThat(found).as(fileName + ":" + line).extracting(Finding::ruleId).containsExactly(ruleId);
        assertThat(found.get(0).properties()).containsEntry("alsoMatched", alsoMatched);
        return found.get(0);
    }

    /** The active findings other than inventory on one line of a file. */
    private static List<Finding> on(String fileName, int line) {
        return result.findings().stream()
                .filter(f -> f.location().path().endsWith(fileName) && f.location().startLine() == line
                        && !f.suppressed() && !inventoryRules.contains(f.ruleId()))
                .toList();
    }
}

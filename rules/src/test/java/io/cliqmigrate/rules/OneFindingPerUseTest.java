package io.cliqmigrate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.Tags;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With every rule running, as on the command line, a use that two rules describe is one finding: the one of
 * highest severity (its own), then of the most specific rule, naming the other in {@code alsoMatched} and keeping
 * its properties (the setting's key, which links it to the code that reads it). Suppressing either rule there
 * suppresses the use.
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

    @Test
    void suppressingThePlaybooksFormFieldSuppressesTheSettingItIsWrittenAs(@TempDir Path tmp) throws IOException {
        Path playbook = copyFixture("authtoken-form-param/crm-sync-playbook.yml", tmp,
                "authtoken: \"{{ zoho_crm_authtoken }}\"",
                "authtoken: \"{{ zoho_crm_authtoken }}\"  # cliq-migrate:ignore[authtoken-form-param] OPS-88");

        assertThat(allOn(scan(playbook, Map.of()), 12)).extracting(OneFindingPerUseTest::summary)
                .containsExactly("authtoken-form-param error, suppressed: OPS-88, also config-authtoken-setting");
    }

    @Test
    void suppressingAWrittenOutTokenSuppressesTheConfigurationReadItSitsIn(@TempDir Path tmp) throws IOException {
        Path factory = copyFixture("hardcoded-legacy-token/CrmClientFactory.java", tmp,
                "// ruleid: hardcoded-legacy-token", "// cliq-migrate:ignore[hardcoded-legacy-token] revoked");

        assertThat(allOn(scan(factory, Map.of()), 12)).extracting(OneFindingPerUseTest::summary)
                .containsExactly("hardcoded-legacy-token error, suppressed: revoked, also authtoken-config-read");
    }

    @Test
    void aTokenRuleTurnedDownToAWarningLeavesTheConfigurationReadAsTheError() throws IOException {
        ScanResult warned = scan(RuleFixturesTest.FIXTURES.resolve("hardcoded-legacy-token/CrmClientFactory.java"),
                Map.of("hardcoded-legacy-token", Severity.WARNING));

        assertThat(allOn(warned, 12)).extracting(OneFindingPerUseTest::summary)
                .containsExactly("authtoken-config-read error, also hardcoded-legacy-token");
        assertThat(warned.findings()).filteredOn(f -> f.ruleId().equals("hardcoded-legacy-token"))
                .extracting(Finding::severity).containsOnly(Severity.WARNING);
    }

    /** A fixture copied into {@code dir} with one piece of text replaced. */
    private static Path copyFixture(String fixture, Path dir, String text, String replacement) throws IOException {
        String original = Files.readString(RuleFixturesTest.FIXTURES.resolve(fixture));
        assertThat(original).contains(text);
        Path copy = dir.resolve(Path.of(fixture).getFileName());
        Files.writeString(copy, original.replace(text, replacement));
        return copy;
    }

    private static ScanResult scan(Path file, Map<String, Severity> severities) throws IOException {
        return new ScanEngine("test", BuiltinRules.all(), Languages.defaults()).scan(new ScanConfig(List.of(file),
                List.of(), List.of(), Set.of(), severities, ScanConfig.DEFAULT_MAX_FILE_SIZE, 2, true, null));
    }

    /** A finding's rule, severity, suppression and the rules it folded in. */
    private static String summary(Finding f) {
        return f.ruleId() + " " + f.severity().id() + (f.suppressed() ? ", suppressed: " + f.suppressionReason() : "")
                + ", also " + f.properties().get("alsoMatched");
    }

    /** Every finding on a line, suppressed or not, inventory aside. */
    private static List<Finding> allOn(ScanResult scan, int line) {
        return scan.findings().stream()
                .filter(f -> f.location().startLine() == line && !inventoryRules.contains(f.ruleId())).toList();
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

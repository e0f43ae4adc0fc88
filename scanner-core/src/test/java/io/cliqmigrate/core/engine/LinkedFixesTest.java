package io.cliqmigrate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.Location;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.model.TextRange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A setting renamed across files: the fixes of its setting and its readers become one, and when one reader cannot
 * follow the rename, none of them is renamed.
 */
class LinkedFixesTest {
    private static final Fix MANUAL = Fix.manual("oauth", "Move to OAuth", "Create a Self Client");

    private static Finding finding(String rule, String path, String key, Fix... fixes) {
        return finding(rule, path, Map.of("configKey", key), fixes);
    }

    private static Finding finding(String rule, String path, Map<String, String> properties, Fix... fixes) {
        return new Finding(rule, Severity.ERROR, new Location(path, 1, 1, 1, 10, new TextRange(0, 9)), "m", "s",
                "f-" + path, false, null, List.of(), List.of(fixes), "", properties);
    }

    private static Fix rename(String path, int at, String text) {
        return Fix.review("webhook-token", "Rename", List.of(new TextEdit(path, new TextRange(at, at + 14), text)));
    }

    @Test
    void theSettingAndEveryReaderShareOneFixWithAllTheEdits() {
        List<Finding> merged = LinkedFixes.merge(List.of(
                finding("config-authtoken-setting", ".env", "CLIQ_AUTHTOKEN", rename(".env", 0, "CLIQ_WEBHOOK_TOKEN"),
                        MANUAL),
                finding("authtoken-config-read", "notify.py", "CLIQ_AUTHTOKEN",
                        rename("notify.py", 40, "CLIQ_WEBHOOK_TOKEN"), MANUAL)));

        for (Finding f : merged) {
            assertThat(f.fixes().get(0).edits()).extracting(TextEdit::path).containsExactly(".env", "notify.py");
            assertThat(f.fixes().get(1)).isEqualTo(MANUAL);
        }
    }

    @Test
    void aReaderThatCannotFollowTheRenameKeepsEveryoneManual() {
        // the shell script sends $CLIQ_AUTHTOKEN in a form body: no webhook rewrite for it, only steps
        List<Finding> merged = LinkedFixes.merge(List.of(
                finding("config-authtoken-setting", ".env", "CLIQ_AUTHTOKEN", rename(".env", 0, "CLIQ_WEBHOOK_TOKEN"),
                        MANUAL),
                finding("authtoken-config-read", "notify.py", "cliq_authtoken",
                        rename("notify.py", 40, "CLIQ_WEBHOOK_TOKEN"), MANUAL),
                finding("authtoken-form-param", "post.sh", "CLIQ_AUTHTOKEN", MANUAL)));

        assertThat(merged).allSatisfy(f -> assertThat(f.fixes()).containsExactly(MANUAL));
    }

    @Test
    void aSettingThatPassesTheRenamedOneOnHoldsTheRenameBack() {
        // zoho.crm.authtoken=${zoho.cliq.authtoken}: renaming the Cliq setting would leave that placeholder dangling
        Finding passesOn = finding("config-authtoken-setting", "application.properties",
                Map.of("configKey", "zoho.crm.authtoken", "usesSetting", "zoho.cliq.authtoken"), MANUAL);
        List<Finding> merged = LinkedFixes.merge(List.of(passesOn,
                finding("config-authtoken-setting", "application.properties", "zoho.cliq.authtoken",
                        rename("application.properties", 0, "zoho.cliq.webhook-token"), MANUAL)));

        assertThat(merged.get(1).fixes()).containsExactly(MANUAL);
    }

    @Test
    void aSuppressedUseHoldsTheRenameBack() {
        // the user said "leave this line alone": it will still read CLIQ_AUTHTOKEN after fix
        Finding ignored = finding("authtoken-query-param", "heartbeat.py", "CLIQ_AUTHTOKEN",
                rename("heartbeat.py", 90, "CLIQ_WEBHOOK_TOKEN")).withSuppression("retired with OPS-77");
        List<Finding> merged = LinkedFixes.merge(List.of(ignored,
                finding("config-authtoken-setting", ".env", "CLIQ_AUTHTOKEN", rename(".env", 0, "CLIQ_WEBHOOK_TOKEN"),
                        MANUAL)));

        assertThat(merged.get(1).fixes()).containsExactly(MANUAL);
    }

    @Test
    void aRenameThatPassesOnAWithdrawnSettingIsWithdrawnToo() {
        // application.yml: zoho.cliq.authtoken: ${CLIQ_AUTHTOKEN}; CLIQ_AUTHTOKEN itself cannot be renamed (a script
        // posts it in a form body), so renaming the YAML setting to ${CLIQ_WEBHOOK_TOKEN} would read an unset variable
        Finding yaml = finding("config-authtoken-setting", "application.yml",
                Map.of("configKey", "zoho.cliq.authtoken", "usesSetting", "CLIQ_AUTHTOKEN"),
                rename("application.yml", 40, "webhook-token"), MANUAL);
        List<Finding> merged = LinkedFixes.merge(List.of(yaml,
                finding("authtoken-form-param", "post.sh", "CLIQ_AUTHTOKEN", MANUAL)));

        assertThat(merged.get(0).fixes()).containsExactly(MANUAL);
    }

    @Test
    void aScanOfPartOfARepositoryRenamesNothing() {
        List<Finding> merged = LinkedFixes.merge(List.of(
                finding("authtoken-config-read", "src/Notifier.java", "zoho.cliq.authtoken",
                        rename("src/Notifier.java", 40, "zoho.cliq.webhook-token"), MANUAL)), true);

        assertThat(merged.get(0).fixes()).containsExactly(MANUAL);
    }

    @Test
    void aBindingTheRulesReportButCannotRewriteHoldsTheRenameBack() {
        // @ConfigurationProperties(prefix = "zoho.cliq") with a field authtoken: an error with no fix at all
        Finding binding = finding("authtoken-config-read", "CliqProperties.java", "zoho.cliq.authtoken");
        List<Finding> merged = LinkedFixes.merge(List.of(binding,
                finding("config-authtoken-setting", "application.yml", "zoho.cliq.authtoken",
                        rename("application.yml", 0, "webhook-token"), MANUAL)));

        assertThat(merged.get(1).fixes()).containsExactly(MANUAL);
    }

    @Test
    void aSettingPassingOnItsOwnEnvironmentSpellingIsRenamedWithIt() {
        // cliq.authtoken=${CLIQ_AUTHTOKEN}: one setting under two spellings, not a use of another
        Finding setting = finding("config-authtoken-setting", "application.properties",
                Map.of("configKey", "cliq.authtoken", "usesSetting", "CLIQ_AUTHTOKEN"),
                rename("application.properties", 0, "cliq.webhook-token"), MANUAL);

        assertThat(LinkedFixes.merge(List.of(setting)).get(0).fixes().get(0).automatic()).isTrue();
    }

    @Test
    void aFindingWithoutAnyFixDoesNotHoldTheRenameBack() {
        Finding inventory = new Finding("cliq-api-inventory", Severity.INFO,
                new Location("notify.py", 1, 1, 1, 10, new TextRange(0, 9)), "m", "s", "f", false, null, List.of(),
                List.of(), "", Map.of("configKey", "CLIQ_AUTHTOKEN"));
        List<Finding> merged = LinkedFixes.merge(List.of(inventory,
                finding("config-authtoken-setting", ".env", "CLIQ_AUTHTOKEN", rename(".env", 0, "CLIQ_WEBHOOK_TOKEN"))));

        assertThat(merged.get(1).fixes().get(0).automatic()).isTrue();
    }
}

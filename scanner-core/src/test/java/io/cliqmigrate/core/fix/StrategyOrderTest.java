package io.cliqmigrate.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.engine.ConfigFile;
import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fix --strategy}: where the rules offer an OAuth rewrite and a switch to a webhook token, the chosen family
 * goes first, before a setting's fixes are joined across its files, so a setting and its readers move to one family
 * together.
 */
class StrategyOrderTest {
    private static final String ENV = "CLIQ_CHANNEL=deploys\nCLIQ_AUTHTOKEN=\n";
    private static final String SCRIPT = """
            import os

            url = 'https://cliq.zoho.com/api/v2/channelsbyname/deploys/message'
            token = os.environ['CLIQ_AUTHTOKEN']
            """;

    @TempDir
    Path tmp;

    /**
     * Offers both ways for every use of the setting, renaming it to what each needs; the order differs between the
     * setting and its reader, as two rules may prefer differently.
     */
    @RuleMeta(id = "test-both-ways", summary = "OAuth or webhook", severity = Severity.ERROR)
    static final class BothWays implements Rule {
        @Override
        public void check(CodeFacts facts, RuleContext ctx) {
            String text = facts.file().text();
            for (int at = text.indexOf("CLIQ_AUTHTOKEN"); at >= 0; at = text.indexOf("CLIQ_AUTHTOKEN", at + 1)) {
                TextRange name = new TextRange(at, at + "CLIQ_AUTHTOKEN".length());
                Fix oauth = Fix.safe("oauth", "Refresh OAuth tokens", List.of(ctx.edit(name, "CLIQ_REFRESH_TOKEN")));
                Fix webhook = Fix.safe(Fix.WEBHOOK_TOKEN, "Use a webhook token",
                        List.of(ctx.edit(name, "CLIQ_WEBHOOK_TOKEN")));
                Fix manual = Fix.manual("oauth", "Move to OAuth by hand", "Create a Self Client");
                List<Fix> fixes = facts.file().path().endsWith(".env") ? List.of(manual, webhook, oauth)
                        : List.of(oauth, manual, webhook);
                ctx.report(name, "legacy authtoken setting", List.of(), fixes, Map.of("configKey", "CLIQ_AUTHTOKEN"));
            }
        }
    }

    private Map<String, String> fixed(String strategy) throws IOException {
        Path project = tmp.resolve(strategy == null ? "rules-order" : strategy);
        Files.createDirectories(project);
        Files.writeString(project.resolve(".env"), ENV);
        Files.writeString(project.resolve("notify.py"), SCRIPT);
        ScanEngine engine = new ScanEngine("test", List.of(new BothWays()), Languages.defaults());
        ScanConfig config = ScanConfig.of(project).withFix(new ConfigFile.FixSettings(Map.of(), false, Set.of(), null,
                Map.of(), strategy));
        FixPlan plan = new FixPlanner(engine, engine.run(config, true), false, Set.of()).plan();
        Map<String, String> out = new java.util.TreeMap<>();
        plan.changes().forEach((path, change) -> out.put(path, change.newText()));
        return out;
    }

    @Test
    void webhookRenamesTheSettingAndItsReaderForAWebhookToken() throws IOException {
        assertThat(fixed("webhook")).containsExactly(
                Map.entry(".env", ENV.replace("CLIQ_AUTHTOKEN", "CLIQ_WEBHOOK_TOKEN")),
                Map.entry("notify.py", SCRIPT.replace("CLIQ_AUTHTOKEN", "CLIQ_WEBHOOK_TOKEN")));
    }

    @Test
    void oauthRenamesThemForOAuthThoughTheSettingsRuleOfferedTheWebhookFirst() throws IOException {
        assertThat(fixed("oauth")).containsExactly(
                Map.entry(".env", ENV.replace("CLIQ_AUTHTOKEN", "CLIQ_REFRESH_TOKEN")),
                Map.entry("notify.py", SCRIPT.replace("CLIQ_AUTHTOKEN", "CLIQ_REFRESH_TOKEN")));
    }

    @Test
    void inTheRulesOrderTheyDisagreeSoTheSettingIsNotRenamedHalfOneWayAndHalfTheOther() throws IOException {
        assertThat(fixed(null)).isEmpty();
    }

    @Test
    void theFamilyMovesFirstAndEachPartKeepsTheRulesOrder() {
        Fix oauthA = Fix.safe("oauth", "a", List.of(io.cliqmigrate.core.model.TextEdit.insert("A.java", 0, "a")));
        Fix oauthB = Fix.review("oauth-header", "b", List.of(io.cliqmigrate.core.model.TextEdit.insert("A.java", 0,
                "b")));
        Fix webhook = Fix.review(Fix.WEBHOOK_TOKEN, "w", List.of(io.cliqmigrate.core.model.TextEdit.insert("A.java",
                0, "w")));
        Fix manual = Fix.manual("oauth", "m", "step");
        List<Fix> offered = List.of(oauthA, manual, webhook, oauthB);

        assertThat(Fix.preferring(offered, "webhook")).containsExactly(webhook, oauthA, manual, oauthB);
        assertThat(Fix.preferring(offered, "oauth")).containsExactly(oauthA, oauthB, manual, webhook);
        assertThat(Fix.preferring(offered, null)).isEqualTo(offered);
        assertThat(manual.family()).isNull();
    }
}

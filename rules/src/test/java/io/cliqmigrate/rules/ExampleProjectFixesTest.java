package io.cliqmigrate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.fix.FixPlan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bundled example project: its Cliq webhook calls and settings plan cleanly, as one rename per setting. */
class ExampleProjectFixesTest {
    private static final String PREFIX = "examples/legacy-cliq-app/";

    @Test
    void webhookAndSettingFixesPlanWithoutCollisionsAndRenameEveryReader() throws Exception {
        FixPlan plan = FixFixturesTest.plan(Path.of("../examples/legacy-cliq-app"), true);

        assertThat(plan.fixes()).as("no fix left out").noneMatch(p -> p.status() == FixPlan.Status.SKIPPED);
        String client = plan.changes().get(PREFIX + "src/main/java/com/acme/cliqbridge/CliqClient.java").newText();
        assertThat(client).contains("System.getenv(\"CLIQ_WEBHOOK_TOKEN\")", "/message?zapikey=\" + authToken")
                .doesNotContain("?authtoken=");
        assertThat(plan.changes().get(PREFIX + ".env.example").newText()).doesNotContain("CLIQ_AUTHTOKEN")
                .doesNotContain("aa95b30b");
        assertThat(plan.changes().get(PREFIX + "src/main/resources/legacy-notifiers.xml").newText())
                .contains("oncallbot/message?zapikey=${zoho.cliq.webhook-token}\"")
                .contains("<constructor-arg value=\"${zoho.cliq.webhook-token}\"/>");
        assertThat(plan.changes().get(PREFIX + "src/main/resources/application.properties").newText())
                .doesNotContain("3cda48fa").doesNotContain("zoho.cliq.authtoken=")
                // CrmLeadSync reads zoho.crm.authtoken and has no rewrite yet: its setting is left for the OAuth move
                .contains("zoho.crm.authtoken=").doesNotContain("zoho.crm.accounts-url");
        // Deluge belongs to its own rewrites; the webhook rewrite leaves Deluge scripts alone
        assertThat(plan.fixes()).filteredOn(p -> p.fix().strategy().equals("webhook-token"))
                .allMatch(p -> p.fix().edits().stream().noneMatch(e -> e.path().endsWith(".dg")));
    }
}

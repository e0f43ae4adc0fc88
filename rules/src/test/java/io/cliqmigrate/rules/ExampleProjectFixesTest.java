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
        // CliqClient's token comes in through a public constructor (and also goes to buddies as a header): its
        // query keys stay authtoken, and each use names CLIQ_AUTHTOKEN so no rename of it goes without them
        String client = PREFIX + "src/main/java/com/acme/cliqbridge/CliqClient.java";
        assertThat(plan.fixes()).filteredOn(p -> p.finding().location().path().equals(client))
                .noneMatch(p -> p.fix().edits().stream().anyMatch(e -> e.replacement().equals("zapikey")));
        assertThat(FixFixturesTest.scan(Path.of("../examples/legacy-cliq-app")).findings())
                .filteredOn(f -> f.location().path().equals(client)
                        && f.ruleId().equals("authtoken-query-param"))
                .hasSize(2).allMatch(f -> "CLIQ_AUTHTOKEN".equals(f.properties().get("configKey")));
        // zoho.crm.authtoken=${zoho.cliq.authtoken} passes the Cliq setting on, and CrmLeadSync reads it with no
        // rewrite yet: renaming zoho.cliq.authtoken would leave that placeholder dangling, so it is not renamed
        // anywhere, and the CRM setting waits for the OAuth move
        for (FixPlan.FileChange change : plan.changes().values()) {
            assertThat(change.newText()).as(change.file().path()).doesNotContain("zoho.cliq.webhook-token}")
                    .doesNotContain("zoho.crm.accounts-url");
        }
        // Deluge belongs to its own rewrites; the webhook rewrite leaves Deluge scripts alone
        assertThat(plan.fixes()).filteredOn(p -> p.fix().strategy().equals("webhook-token"))
                .allMatch(p -> p.fix().edits().stream().noneMatch(e -> e.path().endsWith(".dg")));
    }
}

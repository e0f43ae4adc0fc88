package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CRM workflow function kept as a {@code .deluge} file says nothing of its host: with only {@code zoho.crm} tasks
 * it is taken for a CRM function, and its tasks are listed, not warned; {@code deluge.host} or {@code deluge.hosts}
 * in {@code .cliq-migrate.yml} tells the scanner where the scripts run, and a script of another product is then
 * warned.
 */
class DelugeHostSettingTest {
    private static final String LEAD_NOTIFY = """
            // New lead: notify the owner
            void newLeadNotify(String leadId)
            {
                lead = zoho.crm.getRecordById("Leads", leadId);
                sendmail
                [
                    from: zoho.adminuserid
                    to: lead.get("Owner").get("email")
                    subject: "New lead " + lead.get("Last_Name")
                ]
            }
            """;

    @TempDir
    Path tmp;

    private String scan(String config) throws IOException {
        Files.createDirectories(tmp.resolve("crm"));
        Files.createDirectories(tmp.resolve("cliq"));
        Files.writeString(tmp.resolve("crm/new-lead-notify.deluge"), LEAD_NOTIFY);
        Files.writeString(tmp.resolve("cliq/lead-card.dg"), LEAD_NOTIFY.replace("newLeadNotify", "leadCard"));
        if (config != null) {
            Files.writeString(tmp.resolve(".cliq-migrate.yml"), config);
        }
        MainTest.Run run = MainTest.run("scan", tmp.toString(), "--format", "text", "--fail-on", "none");
        assertThat(run.err()).isEmpty();
        return run.out();
    }

    @Test
    void withoutTheSettingBothScriptsAreTakenForCrmFunctionsAndListed() throws IOException {
        assertThat(scan(null)).contains("crm/new-lead-notify.deluge\n", "cliq/lead-card.dg\n",
                "[deluge-integration-inventory]", "name the product with deluge.host")
                .doesNotContain("[deluge-task-without-connection]");
    }

    @Test
    void theConfiguredProductDecides() throws IOException {
        String out = scan("""
                deluge:
                  host: crm
                  hosts:
                    "cliq/**": cliq
                """);
        assertThat(out).doesNotContain("crm/new-lead-notify.deluge\n").contains("cliq/lead-card.dg\n",
                "zoho.crm.getRecordById without a connection argument").doesNotContain("if this script is");
    }
}

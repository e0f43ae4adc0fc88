package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --previous REPORT.json}: a team scans, migrates part of the code (and someone adds a new legacy call), and
 * scans again; the HTML and Markdown reports say what went, what is new and what is left, and the HTML page marks the
 * new finding.
 */
class PreviousReportTest {
    @TempDir
    Path tmp;

    @Test
    void theReportsShowTheProgressSinceAnEarlierScan() throws Exception {
        Path project = TestProjects.copy("../examples/legacy-cliq-app", tmp);
        Path before = tmp.resolve("before.json");
        assertThat(MainTest.run("scan", project.toString(), "--format", "json", "-o", before.toString()).err())
                .isEmpty();
        // the CRM Deluge script is migrated (4 legacy findings, 2 of them errors), and a new legacy call appears
        Files.delete(project.resolve("deluge/crm/daily_open_leads.dg"));
        Files.writeString(project.resolve("src/main/java/com/acme/cliqbridge/Pager.java"), """
                package com.acme.cliqbridge;

                class Pager {
                    String url(String token) {
                        return "https://cliq.zoho.com/api/v2/bots/pager/message?authtoken=" + token;
                    }
                }
                """, StandardCharsets.UTF_8);
        Path html = tmp.resolve("after.html");

        MainTest.Run run = MainTest.run("scan", project.toString(), "--format", "markdown", "--previous",
                before.toString(), "--report", "html=" + html);

        assertThat(run.err()).isEmpty();
        String since = "Since the previous report of 2025-12-06 00:00:00 UTC: legacy uses 61 → ";
        assertThat(run.out()).containsPattern(java.util.regex.Pattern.quote(since) + "\\d+; \\d+ findings gone, 2 new, "
                + "\\d+ left\\.");
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).contains("<p class=\"progress\" id=\"progress\">" + since)
                .contains("<option value=\"new\">new since the previous report</option>");
        assertThat(page.split("\"nw\":1", -1)).as("findings marked new").hasSize(3);
    }

    @Test
    void aPreviousReportThatCannotBeReadIsAOneLineUsageError() throws Exception {
        Path notAReport = Files.writeString(tmp.resolve("old.json"), "{\"hello\": 1}");

        MainTest.Run run = MainTest.run("scan", "src/test/resources/projects/clean", "--previous",
                notAReport.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("cliq-migrate: --previous " + notAReport + ": ").hasLineCount(1);
        assertThat(MainTest.run("scan", "src/test/resources/projects/clean", "--previous",
                tmp.resolve("missing.json").toString()).err()).endsWith("missing.json: no such file\n");
    }
}

package io.cliqmigrate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The "what to set up" manifest of a report is built from findings' properties, not from their messages: the Cliq
 * endpoints with the OAuth scope each needs and the authentication its URL shows, and the authtoken-era scopes with
 * the OAuth scopes that replace them.
 */
class SetupManifestPropertiesTest {
    private static final String MESSAGING = "cliq-api-inventory/CliqMessagingService.java";
    private static final String REQUESTS = "legacy-authtoken-scope/LegacyTokenRequests.java";
    private static final String PROJECTS = "legacy-authtoken-scope/ZohoProjectsClient.scala";

    private static ScanResult result;

    @BeforeAll
    static void scanWithEveryRule() throws IOException {
        result = new ScanEngine("test", BuiltinRules.all(), Languages.defaults()).scan(ScanConfig.of(
                RuleFixturesTest.FIXTURES.resolve(MESSAGING), RuleFixturesTest.FIXTURES.resolve(REQUESTS),
                RuleFixturesTest.FIXTURES.resolve(PROJECTS)));
    }

    @Test
    void aCliqCallNamesItsEndpointScopeAndTheAuthenticationItsUrlShows() throws IOException {
        assertThat(properties(MESSAGING, "\"https://cliq.zoho.com/api/v2/bots/\" + bot + \"/incoming?zapikey=\"",
                "cliq-api-inventory")).containsOnly(
                Map.entry("endpoint", "bots"), Map.entry("scope", "ZohoCliq.Webhooks.CREATE"),
                Map.entry("auth", "webhook-token"));
        assertThat(properties(MESSAGING, "String url = String.format(\"https://cliq.zoho.in/company/",
                "cliq-api-inventory")).containsOnly(Map.entry("endpoint", "chats"),
                Map.entry("scope", "ZohoCliq.Webhooks.CREATE"), Map.entry("auth", "legacy"));
        assertThat(properties(MESSAGING, "return rest.exchange(\"https://cliq.zoho.com.cn/api/v2/reminders\"",
                "cliq-api-inventory")).containsOnly(Map.entry("endpoint", "reminders"),
                Map.entry("scope", "ZohoCliq.Reminders.<READ|CREATE|UPDATE|DELETE>"), Map.entry("auth", "unknown"));
    }

    @Test
    void anAuthtokenEraScopeNamesTheOAuthScopesOfItsProduct() throws IOException {
        assertThat(properties(REQUESTS, "form.add(new BasicNameValuePair(\"SCOPE\", \"ZohoCRM/crmapi\"",
                "legacy-authtoken-scope")).containsOnly(Map.entry("legacyScope", "ZohoCRM/crmapi"),
                Map.entry("scope", "ZohoCRM.modules.ALL"));
        assertThat(properties(REQUESTS, "String scope = \"supportapi\"", "legacy-authtoken-scope"))
                .containsOnly(Map.entry("legacyScope", "supportapi"),
                        Map.entry("scope", "Desk.tickets.ALL,Desk.contacts.ALL,Desk.basic.READ"));
    }

    @Test
    void aScopeOfAnApiWithoutOAuthScopesHereSuggestsNone() throws IOException {
        assertThat(properties(REQUESTS, "return String.format(\"SCOPE=%s&EMAIL_ID=%s&PASSWORD=%s\"",
                "legacy-authtoken-scope")).containsOnly(Map.entry("legacyScope", "ZohoWriter/DataAPI"));
    }

    @Test
    void twoScopesOnOneLineEachNameTheirOwn() throws IOException {
        assertThat(findingsOn(PROJECTS, lineOf(PROJECTS, "ZohoPC/docsapi"), "legacy-authtoken-scope"))
                .extracting(Finding::properties).containsExactlyInAnyOrder(
                        Map.of("legacyScope", "ZohoProjects/projectsapi",
                                "scope", "ZohoProjects.projects.ALL,ZohoProjects.tasks.ALL"),
                        Map.of("legacyScope", "ZohoPC/docsapi"));
    }

    /** The properties of the one finding of {@code ruleId} on the first line that contains {@code text}. */
    private static Map<String, String> properties(String file, String text, String ruleId) throws IOException {
        int line = lineOf(file, text);
        List<Finding> found = findingsOn(file, line, ruleId);
        assertThat(found).as(file + ":" + line).hasSize(1);
        return found.get(0).properties();
    }

    private static int lineOf(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(RuleFixturesTest.FIXTURES.resolve(file), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static List<Finding> findingsOn(String file, int line, String ruleId) {
        // report paths are relative to the repository root, which holds the fixtures folder
        return result.findings().stream().filter(f -> f.location().path().endsWith("fixtures/" + file)
                && f.location().startLine() == line && f.ruleId().equals(ruleId)).toList();
    }
}

package io.cliqmigrate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A setting is renamed to the webhook token only with every use of it: the engine drops a rename group when a
 * finding naming the setting ({@code configKey}) has no automatic fix of the group's strategy. These tests hold
 * the rules' side of that: every finding that reads or uses the setting names it, manual ones too.
 */
class RenameGroupsTest {
    private static final Path GROUPS = Path.of("src/test/resources/fixes");
    private static final List<String> TOKEN_RULES = List.of("config-authtoken-setting", "hardcoded-legacy-token",
            "authtoken-config-read", "authtoken-query-param", "authtoken-form-param");

    @Test
    void aShellFormFieldAndAPythonDirectMessageNameTheSettingSoItsRenameWaitsForThem(@TempDir Path project)
            throws IOException {
        List<Finding> uses = tokenFindings(copy(GROUPS.resolve("webhook-reader-left-out"), project));

        assertThat(uses).extracting(f -> f.location().path()).contains(".env", "notify.sh", "direct_message.py");
        assertThat(uses).as("every finding on CLIQ_AUTHTOKEN names it")
                .allMatch(f -> "CLIQ_AUTHTOKEN".equals(f.properties().get("configKey")));
        assertThat(uses).filteredOn(f -> f.location().path().equals("notify.sh")
                        || f.ruleId().equals("authtoken-query-param"))
                .as("the form field and the buddies URL have no webhook-token fix").hasSize(2)
                .allMatch(f -> f.fixes().stream().noneMatch(x -> x.automatic()
                        && x.strategy().equals("webhook-token")));
    }

    @Test
    void aZohoAuthtokenHeaderNamesTheSettingItsTokenReadsSoNeitherRenameNorOauthRewriteLeavesItBehind(
            @TempDir Path project) throws IOException {
        List<Finding> headers = FixFixturesTest.scan(copy(GROUPS.resolve("webhook-header-moves-to-oauth"), project))
                .findings().stream().filter(f -> f.ruleId().equals("zoho-authtoken-header")).toList();

        assertThat(headers).extracting(f -> f.location().path() + " " + f.properties().get("configKey"))
                .containsExactlyInAnyOrder("Poster.java CLIQ_AUTHTOKEN", "crm_leads.py ZOHO_AUTHTOKEN");
    }

    private static List<Finding> tokenFindings(Path project) throws IOException {
        return FixFixturesTest.scan(project).findings().stream().filter(f -> TOKEN_RULES.contains(f.ruleId()))
                .toList();
    }

    /** The group's files, named as in {@code fixes/} ({@code name.before.ext}), written as {@code name.ext}. */
    private static Path copy(Path group, Path project) throws IOException {
        try (Stream<Path> files = Files.list(group)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().contains(".after.")).toList()) {
                Files.copy(file, project.resolve(file.getFileName().toString().replace(".before.", ".")));
            }
        }
        return project;
    }
}

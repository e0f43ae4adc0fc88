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
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The message says how the authtoken travels: a form body filled with {@code setParameter} is no query
 * parameter, Guzzle's {@code 'query'} is no form field, and a client's constructor option is neither. Every rule
 * runs, as on the command line, so each use has one finding with the message of its shape.
 */
class ShapeMessagesTest {
    private static final Set<String> AUTHTOKEN_RULES = Set.of("authtoken-query-param", "authtoken-form-param");
    private static final String QUERY = "Legacy authtoken added as a query parameter of a Zoho request";
    private static final String FORM = "Legacy authtoken sent as a form or body field of a Zoho request";
    private static final String OPTION = "Legacy authtoken passed to the Zoho client %s as a constructor option";

    private static ScanResult result;

    @BeforeAll
    static void scanWithEveryRule() throws IOException {
        Path fixtures = RuleFixturesTest.FIXTURES;
        result = new ScanEngine("test", BuiltinRules.all(), Languages.defaults()).scan(ScanConfig.of(
                fixtures.resolve("authtoken-form-param/CliqHttpClientPoster.java"),
                fixtures.resolve("authtoken-query-param/DeskUriBuilderClient.java"),
                fixtures.resolve("authtoken-form-param/zoho_crm_clients.php"),
                fixtures.resolve("authtoken-query-param/desk_guzzle.php"),
                fixtures.resolve("authtoken-form-param/crm_sdk_client.py"),
                fixtures.resolve("authtoken-form-param/CreatorRecords.scala")));
    }

    @Test
    void httpClientBodyParametersAreFormFieldsAndUriBuilderParametersAreQueryParameters() throws IOException {
        String poster = "authtoken-form-param/CliqHttpClientPoster.java";
        expect(poster, "params.setParameter(\"authtoken\"", "authtoken-form-param", FORM);
        expect(poster, "method.addParameter(\"authtoken\"", "authtoken-form-param", FORM);
        expect(poster, ".addParameter(\"authtoken\"", "authtoken-query-param", QUERY);
        String desk = "authtoken-query-param/DeskUriBuilderClient.java";
        expect(desk, "builder.setParameter(\"authtoken\"", "authtoken-query-param", QUERY);
        expect(desk, "params.setParameter(\"authtoken\"", "authtoken-form-param", FORM);
    }

    @Test
    void guzzleQueryIsAQueryParameterAndFormParamsAFormField() throws IOException {
        String crm = "authtoken-form-param/zoho_crm_clients.php";
        expect(crm, "return $http->get('Deals', ['query' => ['authtoken'", "authtoken-query-param", QUERY);
        expect(crm, "'form_params' => ['authtoken'", "authtoken-form-param", FORM);
        expect("authtoken-query-param/desk_guzzle.php", "$query = ['authtoken'", "authtoken-query-param", QUERY);
    }

    @Test
    void aClientsConstructorOptionIsNeitherQueryNorFormField() throws IOException {
        expect("authtoken-form-param/zoho_crm_clients.php", "return new ZohoCrmClient(['authtoken'",
                "authtoken-form-param", OPTION.formatted("ZohoCrmClient"));
        expect("authtoken-query-param/desk_guzzle.php", "return new ZohoDeskClient(['authtoken'",
                "authtoken-form-param", OPTION.formatted("ZohoDeskClient"));
        expect("authtoken-form-param/crm_sdk_client.py", "return ZohoCRM(authtoken=", "authtoken-form-param",
                OPTION.formatted("ZohoCRM"));
        expect("authtoken-form-param/crm_sdk_client.py", "return requests.get(", "authtoken-query-param", QUERY);
    }

    @Test
    void entriesOfACollectionFactoryAreFormFieldsThoughItsNameIsCapitalised() throws IOException {
        expect("authtoken-form-param/CreatorRecords.scala", "val params = Seq(\"authtoken\"", "authtoken-form-param",
                FORM);
    }

    /** The one authtoken finding on the line that starts with {@code lineStart} (trimmed). */
    private static void expect(String file, String lineStart, String ruleId, String message) throws IOException {
        Path path = RuleFixturesTest.FIXTURES.resolve(file);
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        int line = 0;
        for (int i = 0; i < lines.size() && line == 0; i++) {
            line = lines.get(i).trim().startsWith(lineStart) ? i + 1 : 0;
        }
        assertThat(line).as(lineStart + " in " + file).isPositive();
        int at = line;
        // report paths are relative to the repository root, which holds the fixtures folder
        List<Finding> onLine = result.findings().stream()
                .filter(f -> f.location().path().endsWith("fixtures/" + file)
                        && f.location().startLine() == at && AUTHTOKEN_RULES.contains(f.ruleId()))
                .toList();
        assertThat(onLine).as(file + ":" + line).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(ruleId);
            assertThat(f.message()).startsWith(message);
        });
    }
}

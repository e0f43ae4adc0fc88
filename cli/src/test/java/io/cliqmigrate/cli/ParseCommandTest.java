package io.cliqmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
    private static final String DELUGE = "src/test/resources/projects/deluge";

    @Test
    void reportsSyntaxErrorsPerFileAsJsonAndExitsOne(@TempDir Path tmp) throws Exception {
        MainTest.Run run = MainTest.run("parse", TestProjects.copy(DELUGE, tmp).toString(), "--language", "deluge",
                "--format", "json");
        assertThat(run.exit()).isEqualTo(1);
        JsonNode files = new ObjectMapper().readTree(run.out()).get("files");
        assertThat(files).hasSize(2);
        assertThat(files.get(0).get("path").asText()).isEqualTo("broken.dg");
        assertThat(files.get(0).get("language").asText()).isEqualTo("deluge");
        assertThat(files.get(0).get("syntaxErrors")).isNotEmpty();
        assertThat(files.get(0).get("syntaxErrors").get(0).get("line").asInt()).isEqualTo(1);
        assertThat(files.get(1).get("syntaxErrors")).isEmpty();
    }

    @Test
    void cleanFilesExitZeroAndTheTreeIsPrinted() {
        MainTest.Run run = MainTest.run("parse", DELUGE + "/good.dg", "--tree");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("good.dg (deluge): ok", "postToChannel", "1 files parsed, 0 with syntax errors");
    }

    @Test
    void creatorExportsParseOnlyTheirDelugeRegions() {
        MainTest.Run run = MainTest.run("parse",
                "../rules/src/test/resources/fixtures/deluge-deprecated-url-task/field_service.ds");
        assertThat(run.out()).contains("field_service.ds (deluge): ok");
        assertThat(run.exit()).isZero();
    }

    @Test
    void delugeSavedUnderOtherNamesIsRecognisedByItsContent(@TempDir Path tmp) throws Exception {
        MainTest.Run run = MainTest.run("parse", TestProjects.copy("src/test/resources/projects/sniff", tmp).toString(),
                "--format", "json");
        JsonNode files = new ObjectMapper().readTree(run.out()).get("files");
        assertThat(files).extracting(f -> f.get("path").asText() + " " + f.get("language").asText())
                .containsExactly("lead_handler deluge"); // widget.js is JavaScript (no parser), notes.txt is prose
    }

    @Test
    void syntaxErrorsNeverQuoteAPasswordInFull(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("gen.dg"), """
                params = Map();
                params.put("EMAIL_ID", "ops@acme.io");
                params.put("PASSWORD" "Correct horse battery D7");
                resp = postUrl("https://accounts.zoho.com/apiauthtoken/nb/create", params);
                """);
        Files.writeString(tmp.resolve("Gen.java"), "class G { String u = \"https://accounts.zoho.com/apiauthtoken/nb/"
                + "create?EMAIL_ID=ops@acme.io&PASSWORD=\" \"Correct horse battery J7\"; }\n");

        MainTest.Run text = MainTest.run("parse", tmp.toString());
        MainTest.Run json = MainTest.run("parse", tmp.toString(), "--format", "json");

        assertThat(text.out()).contains("Found  \"\\\"Corr********************\\\"\" <STRING_LITERAL>",
                "extraneous input '\"Corr********************\"' expecting {')', ',', ':'}")
                .doesNotContain("horse battery");
        assertThat(json.out()).contains("syntaxErrors").doesNotContain("horse battery");
    }

    @Test
    void treesMaskTheSecretsAScanMasks(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("login.dg"), """
                pwd = "Correct horse battery staple";
                params = Map();
                params.put("EMAIL_ID", "ops@acme.io");
                params.put("PASSWORD", "Another pass phrase here");
                resp = postUrl("https://accounts.zoho.com/apiauthtoken/nb/create", params);
                """);
        Files.writeString(tmp.resolve("zoho.properties"), """
                zoho.generator.url=https://accounts.zoho.com/apiauthtoken/nb/create
                zoho.generator.EMAIL_ID=ops@acme.io
                zoho.generator.PASSWORD=Correct horse battery staple
                """);

        MainTest.Run run = MainTest.run("parse", tmp.toString(), "--tree");

        assertThat(run.out()).contains("STRING \"Corr************************\"", "STRING \"Anot********************\"",
                        "STRING \"op*********\"", "STRING \"PASSWORD\"", "zoho.generator.EMAIL_ID = \"op*********\"",
                        "\"https://accounts.zoho.com/apiauthtoken/nb/create\"")
                .doesNotContain("horse battery", "pass phrase", "ops@acme.io");
    }

    @Test
    void badArgumentsExitTwo() {
        assertThat(MainTest.run("parse", DELUGE, "--language", "cobol").exit()).isEqualTo(2);
        assertThat(MainTest.run("parse", DELUGE + "/missing").exit()).isEqualTo(2);
        assertThat(MainTest.run("parse").exit()).isEqualTo(2);
    }
}

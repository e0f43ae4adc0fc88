package io.cliqmigrate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the credential rules report, and what their code frames show: the place readable, the secret masked. */
class CredentialFindingsTest {
    @TempDir
    Path root;

    @Test
    void aPasswordSentAsAMapEntryIsOneFindingAtItsKey() throws IOException {
        write("gen.php", """
                <?php
                $params = array('scope' => 'crmapi', 'EMAIL_ID' => 'ops@acme.com', 'PASSWORD' => 'Hunter2 Secret!');
                $r = curl_post("https://accounts.zoho.com/apiauthtoken/nb/create", $params);
                """);
        write("gen.rb", """
                Net::HTTP.post_form(URI('https://accounts.zoho.com/apiauthtoken/nb/create'),
                                    'EMAIL_ID' => 'ops@acme.com', 'PASSWORD' => 'Hunter2 Secret!')
                """);
        write("gen.py", """
                requests.post("https://accounts.zoho.com/apiauthtoken/nb/create", data={"EMAIL_ID": "ops@acme.com", "PASSWORD": "Hunter2 Secret!"})
                """);

        assertThat(findings("zoho-password-credential")).extracting(this::describe).containsExactly(
                "gen.php:2:69 $params = array('scope' => 'crmapi', 'EMAIL_ID' => 'ops*********', 'PASSWORD' => 'Hun************');",
                "gen.py:1:102 requests.post(\"https://accounts.zoho.com/apiauthtoken/nb/create\", data={\"EMAIL_ID\": \"ops*********\", \"PASSWORD\": \"Hun************\"})",
                "gen.rb:2:52                     'EMAIL_ID' => 'ops*********', 'PASSWORD' => 'Hun************')");
    }

    @Test
    void theGeneratorsPathAndThePasswordKeyStayReadableAndThePasswordIsMasked() throws IOException {
        write("Gen.java", """
                class Gen {
                  void f() throws Exception {
                    String url = "https://accounts.zoho.com/apiauthtoken/nb/create?SCOPE=ZohoCRM/crmapi&EMAIL_ID=ops@acme.com&PASSWORD=Hunter2Secret!&DISPLAY_NAME=x";
                    String body = "EMAIL_ID=ops@acme.com&PASSWORD=Hunter2 Secret tail";
                    String pwd = "correct horse battery staple";
                    post("https://accounts.zoho.com/apiauthtoken/nb/create", "PASSWORD=" + pwd);
                  }
                }
                """);

        assertThat(findings("authtoken-generation-endpoint", "zoho-password-credential")).extracting(this::describe)
                .containsExactly(
                        "Gen.java:3:45     String url = \"https://accounts.zoho.com/apiauthtoken/nb/create?SCOPE=ZohoCRM/crmapi&EMAIL_ID=ops*********&PASSWORD=Hun***********&DISPLAY_NAME=x\";",
                        "Gen.java:3:111     String url = \"https://accounts.zoho.com/apiauthtoken/nb/create?SCOPE=ZohoCRM/crmapi&EMAIL_ID=ops*********&PASSWORD=Hun***********&DISPLAY_NAME=x\";",
                        "Gen.java:4:42     String body = \"EMAIL_ID=ops*********&PASSWORD=Hunt***************\";",
                        "Gen.java:5:18     String pwd = \"corr************************\";",
                        "Gen.java:6:37     post(\"https://accounts.zoho.com/apiauthtoken/nb/create\", \"PASSWORD=\" + pwd);",
                        "Gen.java:6:63     post(\"https://accounts.zoho.com/apiauthtoken/nb/create\", \"PASSWORD=\" + pwd);");
    }

    @Test
    void aPasswordWrittenInAnotherPieceThanItsKeyIsMaskedInEveryPiece() throws IOException {
        write("Gen.java", """
                import java.text.MessageFormat;
                class Gen {
                  static final String G = "https://accounts.zoho.com/apiauthtoken/nb/create";
                  String a(String email) { return String.format(G + "?EMAIL_ID=%s&PASSWORD=%s", email, "Correct horse battery A1"); }
                  String b() { return MessageFormat.format(G + "?EMAIL_ID={0}&PASSWORD={1}", "ops@acme.io", "Correct horse battery B2"); }
                  String c() { String p = "Correct horse battery C3"; return G + "?EMAIL_ID=ops@acme.io&PASSWORD=" + p; }
                  String d() { return G + "?EMAIL_ID=ops@acme.io&PASSWORD=" + "Correct horse " + "battery G7"; }
                }
                """);
        write("gen.py", """
                G = "https://accounts.zoho.com/apiauthtoken/nb/create"
                a = requests.get(G + "?EMAIL_ID=%s&PASSWORD=%s" % ("ops@acme.io", "Correct horse battery P1"))
                b = requests.get("{}?EMAIL_ID={}&PASSWORD={}".format(G, "ops@acme.io", "Correct horse battery P2"))
                """);
        write("Gen.kt", """
                fun gen() = post("https://accounts.zoho.com/apiauthtoken/nb/create", data = mapOf("EMAIL_ID" to "ops@acme.io", "PASSWORD" to "Correct horse battery K1"))
                """);

        assertThat(findings("zoho-password-credential").stream().map(Finding::snippet).distinct()).containsExactly(
                "  String a(String email) { return String.format(G + \"?EMAIL_ID=%s&PASSWORD=%s\", email, \"Corr********************\"); }",
                "  String b() { return MessageFormat.format(G + \"?EMAIL_ID={0}&PASSWORD={1}\", \"op*********\", \"Corr********************\"); }",
                "  String c() { String p = \"Corr********************\"; return G + \"?EMAIL_ID=op*********&PASSWORD=\" + p; }",
                "  String d() { return G + \"?EMAIL_ID=op*********&PASSWORD=\" + \"Cor***********\" + \"ba********\"; }",
                "fun gen() = post(\"https://accounts.zoho.com/apiauthtoken/nb/create\", data = mapOf(\"EMAIL_ID\" to \"op*********\", \"PASSWORD\" to \"Corr********************\"))",
                "a = requests.get(G + \"?EMAIL_ID=%s&PASSWORD=%s\" % (\"op*********\", \"Corr********************\"))",
                "b = requests.get(\"{}?EMAIL_ID={}&PASSWORD={}\".format(G, \"op*********\", \"Corr********************\"))");
    }

    private List<Finding> findings(String... ruleIds) throws IOException {
        List<String> ids = List.of(ruleIds);
        return new ScanEngine("test", BuiltinRules.all(), Languages.defaults()).scan(ScanConfig.of(root)).findings()
                .stream().filter(f -> ids.contains(f.ruleId())).toList();
    }

    private String describe(Finding f) {
        return f.location().path() + ":" + f.location().startLine() + ":" + f.location().startColumn() + " "
                + f.snippet();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(root.resolve(name), text);
    }
}

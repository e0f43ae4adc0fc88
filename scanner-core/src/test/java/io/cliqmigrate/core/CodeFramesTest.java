package io.cliqmigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Redactor;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Code frames mask secret values, to their end, and nothing else: keys, names, paths and URLs stay readable. */
class CodeFramesTest {
    @TempDir
    Path root;

    @Test
    void credentialValuesAreMaskedToTheirEndWhileKeysNamesAndPathsStayReadable() throws IOException {
        write("Gen.java", """
                class Gen { // the zoho authtoken generator
                  String url = "https://accounts.zoho.com/apiauthtoken/nb/create?SCOPE=ZohoCRM/crmapi&EMAIL_ID=ops@acme.com&PASSWORD=Hunter2 Secret tail&DISPLAY_NAME=x";
                  String pwd = "correct horse battery staple";
                  Object form = java.util.Map.of("scope", "crmapi", "client_secret", "Zq81-xK-client-secret");
                }
                """);
        write("gen.php", """
                <?php
                $params = array('scope' => 'crmapi', 'EMAIL_ID' => 'ops@acme.com', 'PASSWORD' => 'Hunter2 Secret!');
                $url = "https://accounts.zoho.com/apiauthtoken/nb/create";
                """);

        assertThat(frames(new EngineTest.WholeFile())).containsExactly("""
                class Gen { // the zoho authtoken generator
                  String url = "https://accounts.zoho.com/apiauthtoken/nb/create?SCOPE=ZohoCRM/crmapi&EMAIL_ID=ops*********&PASSWORD=Hunt***************&DISPLAY_NAME=x";
                  String pwd = "corr************************";
                  Object form = java.util.Map.of("scope", "crmapi", "client_secret", "Zq81*****************");
                }""", """
                <?php
                $params = array('scope' => 'crmapi', 'EMAIL_ID' => 'ops*********', 'PASSWORD' => 'Hun************');
                $url = "https://accounts.zoho.com/apiauthtoken/nb/create";""");
    }

    @Test
    void aValueARuleNamesAsSecretIsMaskedInEveryRulesFrames() throws IOException {
        write("Motto.java", "class Motto { String zoho = \"Quokka-4711-Zebra\"; }\n");

        // the whole-line rule runs first (rules run in id order), before the other names the secret
        assertThat(frames(new WholeLine(), new NamesTheMotto()))
                .containsExactly("class Motto { String zoho = \"Quok*************\"; }");
    }

    @Test
    void framesOfFilesWithCrLfLineEndsMaskTheRightCharacters() throws IOException {
        write("zoho.properties", "zoho.url=https://cliq.zoho.com/x\r\nzoho.password=Hunter2 Secret tail\r\nzoho.user=ops\r\n");

        assertThat(frames(new EngineTest.WholeFile()))
                .containsExactly("zoho.url=https://cliq.zoho.com/x\nzoho.password=Hunt***************\nzoho.user=ops");
    }

    @Test
    void variablesCallsPathsAndHeaderNamesAfterACredentialKeyStayReadable() throws IOException {
        List<String> readable = List.of("""
                <?php // the zoho authtoken generator
                $url = $generator . "?EMAIL_ID=" . urlencode($email) . "&PASSWORD=" . $password . "&DISPLAY_NAME=crm";
                $url2 = $generator . "?EMAIL_ID=" . $email . "&PASSWORD=" . urlencode($password);""", """
                # the zoho authtoken generator
                url = GENERATOR + "?EMAIL_ID=" << email << "&PASSWORD=" << password << "&SCOPE=ZohoCRM/crmapi\"""", """
                axios.get('https://www.zohoapis.com/crm/v2/Leads', { params: { authtoken: zohoKey } });
                axios.get('https://www.zohoapis.com/crm/v2/Deals', { params: { authtoken: cfg.key1 } });""", """
                requests.get("https://www.zohoapis.com/crm/v2/Leads", params=dict(authtoken=key))
                api_key_name = "X-Api-Key-Header\"""", """
                HTTParty.get("https://www.zohoapis.com/crm/v2/Leads", query: { authtoken: @crm_key })""", """
                zoho.cliq.authtoken.file=config/secrets/cliq-authtoken.txt
                zoho.cliq.authtoken.path=secrets""", """
                CLIQ_AUTHTOKEN_FILE=secrets/cliq-authtoken.txt""", """
                class Header { // zoho
                  static final String TOKEN_HEADER = "Authorization";
                }""");
        List<String> names = List.of("gen.php", "gen.rb", "client.js", "client.py", "client.rb", "zoho.properties",
                ".env", "Header.java");
        for (int i = 0; i < names.size(); i++) {
            write(names.get(i), readable.get(i) + "\n");
        }
        write("Gen.java", """
                class Gen { // the zoho authtoken generator
                  String u(String email) { return new StringBuilder(GENERATOR).append("?EMAIL_ID=").append(email).append("&PASSWORD=").append("Correct horse battery S5").toString(); }
                }
                """);

        assertThat(frames(new EngineTest.WholeFile())).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(readable.stream(), java.util.stream.Stream.of("""
                        class Gen { // the zoho authtoken generator
                          String u(String email) { return new StringBuilder(GENERATOR).append("?EMAIL_ID=").append(email).append("&PASSWORD=").append("Corr********************").toString(); }
                        }""")).toList());
    }

    @Test
    void aPasswordSettingIsMaskedWhateverItsShapeAndATokenThatIsAFileNameIsNot() throws IOException {
        write("zoho.properties", """
                zoho.password=config/secrets
                zoho.password.file=config/secrets/zoho-password.txt
                zoho.cliq.authtoken=3f2a9c1b7e4d5f6a8b9c0d1e2f3a4b5c
                """);

        assertThat(frames(new EngineTest.WholeFile())).containsExactly("""
                zoho.password=con***********
                zoho.password.file=config/secrets/zoho-password.txt
                zoho.cliq.authtoken=3f2a****************************""");
    }

    @Test
    void eachOfAThousandFramesMasksThePasswordOnItsLine() throws IOException {
        StringBuilder text = new StringBuilder();
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            text.append("zoho.bot").append(i).append(".password=Correct horse battery ").append(i).append('\n');
            String value = "Correct horse battery " + i;
            expected.add("zoho.bot" + i + ".password=" + Redactor.mask(value));
        }
        write("bots.properties", text.toString());

        assertThat(frames(new EveryLine())).containsExactlyElementsOf(expected);
    }

    @Test
    void aChangedPasswordIsANewFingerprintThoughItsMaskedLineReadsTheSame() throws IOException {
        Path first = root.resolve("first");
        Path second = root.resolve("second");
        Files.createDirectories(first);
        Files.createDirectories(second);
        Files.writeString(first.resolve("zoho.properties"), "zoho.password=Summer2024!\n");
        // another password of the same length and first letters, on another line
        Files.writeString(second.resolve("zoho.properties"), "# moved\nzoho.password=Summer2031!\n");

        Finding a = scan(first, new EveryLine()).get(0);
        Finding b = scan(second, new EveryLine()).get(1);
        assertThat(a.snippet()).isEqualTo(b.snippet()).isEqualTo("zoho.password=Su*********");
        assertThat(a.fingerprint()).isNotEqualTo(b.fingerprint());
        assertThat(a.codeHash()).isNotEqualTo(b.codeHash());
    }

    @RuleMeta(id = "every-line", summary = "test", severity = Severity.INFO)
    static final class EveryLine implements Rule {
        @Override
        public void check(CodeFacts facts, RuleContext ctx) {
            int start = 0;
            String text = facts.file().text();
            for (int end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
                ctx.report(new TextRange(start, end), "line");
            }
        }
    }

    @RuleMeta(id = "a-whole-line", summary = "test", severity = Severity.INFO)
    static final class WholeLine implements Rule {
        @Override
        public void check(CodeFacts facts, RuleContext ctx) {
            ctx.report(new TextRange(0, facts.file().text().indexOf('\n')), "line");
        }
    }

    /** Names a value as a secret that nothing else would take for one, and reports nothing. */
    @RuleMeta(id = "b-names-the-motto", summary = "test", severity = Severity.INFO)
    static final class NamesTheMotto implements Rule {
        @Override
        public void check(CodeFacts facts, RuleContext ctx) {
            int at = facts.file().text().indexOf("Quokka");
            ctx.secret(new TextRange(at, at + "Quokka-4711-Zebra".length()));
        }
    }

    private List<String> frames(Rule... rules) throws IOException {
        return scan(root, rules).stream().map(Finding::snippet).toList();
    }

    private static List<Finding> scan(Path folder, Rule... rules) throws IOException {
        return new ScanEngine("test", List.of(rules), Languages.defaults()).scan(ScanConfig.of(folder)).findings();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(root.resolve(name), text);
    }
}

package io.cliqmigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.model.Redactor;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void masksLegacyTokensOAuthTokensAndPasswordsButKeepsAPrefixAndTheLength() {
        String token = "3f2a9c0d4b1e8f7a6c5d4e3f2a1b0c9d";
        String line = "private static final String TOKEN = \"" + token + "\";";
        String redacted = Redactor.redact(line);
        assertThat(redacted).doesNotContain(token).contains("3f2a****").hasSameSizeAs(line);

        String oauth = "1000.0123456789abcdef0123456789abcdef.fedcba9876543210fedcba9876543210";
        assertThat(Redactor.redact("refresh_token=" + oauth)).doesNotContain("0123456789abcdef");
        assertThat(Redactor.redact("params.put(\"PASSWORD\", \"hunter2!\");")).doesNotContain("hunter2");
        assertThat(Redactor.redact("zoho.password=s3cret")).doesNotContain("s3cret");
        assertThat(Redactor.redact("https://cliq.zoho.com/api/v2/bots/b/message?zapikey=1001.abcdef0123456789abcdef0123456789.abcdef0123456789abcdef0123456789"))
                .doesNotContain("abcdef0123456789abcdef0123456789");
    }

    @Test
    void masksPasswordsOfAnyShapeAndDottedTokensGluedToOtherText() {
        assertThat(Redactor.redact("String zohoPassword = \"@Hunter2Secret\";")).doesNotContain("Hunter2Secret");
        assertThat(Redactor.redact("\"&PASSWORD=!Sup3rSecret&SCOPE=x\"")).doesNotContain("Sup3rSecret");
        assertThat(Redactor.redact("\"&PASSWORD=\" + \"correct horse battery staple\"")).doesNotContain("horse battery");
        assertThat(Redactor.redact("Zoho-oauthtoken%201000.0123456789abcdef0123456789abcdef.0123456789abcdef0123456789abcdef"))
                .doesNotContain("0123456789abcdef0123456789abcdef");
        assertThat(Redactor.redact("int n = \"AUTHTOKEN=\".length();")).isEqualTo("int n = \"AUTHTOKEN=\".length();");
    }

    @Test
    void keepsPlaceholdersAndVariableNamesReadable() {
        assertThat(Redactor.redact("url + \"?authtoken=\" + authToken")).isEqualTo("url + \"?authtoken=\" + authToken");
        assertThat(Redactor.redact("params.put(\"authtoken\", token);")).isEqualTo("params.put(\"authtoken\", token);");
        // a constant holding a parameter's name, not a value
        assertThat(Redactor.redact("public static final String OAUTH_TOKEN = \"authtoken\";"))
                .isEqualTo("public static final String OAUTH_TOKEN = \"authtoken\";");
        assertThat(Redactor.redact("String zohoPassword = \"password123\";")).doesNotContain("password123");
        assertThat(Redactor.redact("zoho.authtoken=${ZOHO_AUTHTOKEN}")).isEqualTo("zoho.authtoken=${ZOHO_AUTHTOKEN}");
        assertThat(Redactor.redact("String authToken = props.getProperty(\"zoho.authtoken\");"))
                .isEqualTo("String authToken = props.getProperty(\"zoho.authtoken\");");
    }

    @Test
    void neverMasksAKeyAVariableOrACallThatFollowsASecretKey() {
        for (String code : List.of(
                "http_build_query(['authtoken' => $authtoken, 'scope' => 'crmapi', 'fromIndex' => 1]);",
                "{ \"key\": \"authtoken\", \"value\": \"{{zoho_authtoken}}\", \"type\": \"text\" },",
                "params={\"SCOPE\": \"ZohoCRM/crmapi\", \"EMAIL_ID\": email, \"PASSWORD\": password}",
                "'PASSWORD' => $pwd, 'scope' => 'crmapi'",
                "&PASSWORD=${URLEncoder.encode(password, \"UTF-8\")}",
                "PASSWORD: settings['password'],",
                "authtoken: @auth_token,",
                "[\"Authorization\": \"Zoho-authtoken \" + authtoken, \"orgId\": orgId]",
                "$url = $g . \"&PASSWORD=\" . $password . \"&DISPLAY_NAME=crm\";",
                "$url = $g . \"&PASSWORD=\" . urlencode($password);",
                "url = g + \"&PASSWORD=\" << password << \"&SCOPE=ZohoCRM/crmapi\"",
                "sb.append(\"&PASSWORD=\").append(pw).append(\"&DISPLAY_NAME=crm\");",
                "axios.get(url, { params: { authtoken: zohoKey } });",
                "axios.get(url, { params: { authtoken: cfg.key1 } });",
                "requests.get(url, params=dict(authtoken=key))",
                "HTTParty.get(url, query: { authtoken: @crm_key })")) {
            assertThat(Redactor.redact(code)).isEqualTo(code);
        }
    }

    @Test
    void aPasswordSettingIsSecretWhateverItsShapeButAFieldNameIsNot() {
        assertThat(Redactor.isSecretSetting("db.password", "abc ;def")).isTrue();
        assertThat(Redactor.isSecretSetting("ZOHO_PASSWORD", "correct horse battery staple")).isTrue();
        assertThat(Redactor.isSecretSetting("PASSWORD_FIELD", "PASSWORD")).isFalse();
        assertThat(Redactor.isSecretSetting("TOKEN_PREFIX", "AUTHTOKEN=")).isFalse();
        assertThat(Redactor.isSecretSetting("TOKEN_HELP", "paste the token here")).isFalse();
        assertThat(Redactor.isSecretSetting("password", "${ZOHO_PASSWORD}")).isFalse();
        assertThat(Redactor.isSecretSetting("zoho.password", "config/secrets")).isTrue();
        assertThat(Redactor.isSecretSetting("CLIQ_AUTHTOKEN", "Zq81xKvPw")).isTrue();
    }

    @Test
    void aSettingThatSaysWhereASecretIsOrWhatItIsCalledIsNoSecret() {
        assertThat(Redactor.isSecretSetting("zoho.cliq.authtoken.file", "config/secrets/cliq-authtoken.txt")).isFalse();
        assertThat(Redactor.isSecretSetting("CLIQ_AUTHTOKEN_FILE", "secrets/cliq-authtoken.txt")).isFalse();
        assertThat(Redactor.isSecretSetting("ZOHO_PASSWORD_PATH", "C:\\secrets\\zoho.txt")).isFalse();
        assertThat(Redactor.isSecretSetting("TOKEN_HEADER", "Authorization")).isFalse();
        assertThat(Redactor.isSecretSetting("api_key_name", "X-Api-Key-Header")).isFalse();
        assertThat(Redactor.isSecretSetting("tokenUrl", "accounts.zoho.com")).isFalse();
        // a value with digits in a setting named like a name is still a secret's shape
        assertThat(Redactor.isSecretSetting("CLIQ_AUTHTOKEN_NAME", "3f2a9c1b7e4d5f6a8b9c0d1e2f3a4b5c")).isTrue();
    }

    @Test
    void aPasswordAfterItsKeysLiteralIsMaskedWhateverJoinsThem() {
        assertThat(Redactor.redact("\"&PASSWORD=\" . \"Correct horse battery\"")).doesNotContain("horse battery");
        assertThat(Redactor.redact("\"&PASSWORD=\" << \"Correct horse battery\"")).doesNotContain("horse battery");
        assertThat(Redactor.redact("PASSWORD=\"Correct horse battery\"")).doesNotContain("horse battery");
    }

    @Test
    void aRulesMessageIsRedactedOnlyWhereItQuotesTheFile() {
        String prose = "Configuration setting 'zoho.cliq.authtoken' holds a legacy Zoho authtoken: whatever reads it "
                + "fails; the user's password: none";
        assertThat(Redactor.redactProse(prose)).isEqualTo(prose);
        assertThat(Redactor.redactProse("Reads 'authtoken=3f2a9c1b7e4d' from the response"))
                .isEqualTo("Reads 'authtoken=3f2*********' from the response");
        assertThat(Redactor.redactProse("token 1000.0123456789abcdef0123456789abcdef.0123456789abcdef0123456789abcdef"))
                .doesNotContain("0123456789abcdef0123456789abcdef");
    }
}

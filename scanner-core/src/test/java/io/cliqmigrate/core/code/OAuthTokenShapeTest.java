package io.cliqmigrate.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OAuthTokenShapeTest {
    private static final String TOKEN = "1000.9a8b7c6d5e4f30211f2e3d4c5b6a7980.0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    @Test
    void findsAnAccessOrRefreshTokenWhereverItStandsInTheBytes() {
        assertThat(holds(TOKEN)).isTrue();
        assertThat(holds("'refresh_token' => '" + TOKEN + "',\n")).isTrue();
        assertThat(holds("ZOHO=\"1001." + TOKEN.substring(5) + "\"")).isTrue(); // a Cliq webhook token
    }

    @Test
    void leavesNumbersVersionsAndClientIdsAlone() {
        assertThat(holds("timeout = 1000.5; ratio = 1000.0")).isFalse();
        assertThat(holds("v21000." + TOKEN.substring(5))).isFalse(); // inside a longer word
        assertThat(holds("client_id=1000.QUC7VYEGL2Q1QP03RCXFSSG491FNWB")).isFalse();
        assertThat(holds("1000.9a8b7c6d5e4f30211f2e3d4c5b6a7980")).isFalse(); // one part only
        assertThat(holds("1000.9A8B7C6D5E4F30211F2E3D4C5B6A7980.0F1E2D3C4B5A69788796A5B4C3D2E1F0")).isFalse();
    }

    @Test
    void secretPlacesAreNamedBySettingsAndSecretWords() {
        assertThat(OAuthTokenShape.inSecretPlace("config/app.php")).isTrue();
        assertThat(OAuthTokenShape.inSecretPlace("src/Access_Token.py")).isTrue();
        assertThat(OAuthTokenShape.inSecretPlace(".env.local")).isTrue();
        assertThat(OAuthTokenShape.inSecretPlace("src/main/java/com/acme/Invoice.java")).isFalse();
        assertThat(OAuthTokenShape.inSecretPlace("lib/helpers.py")).isFalse();
        // a word inside another word, and installed dependencies, are not such places
        assertThat(OAuthTokenShape.inSecretPlace("src/keyboard.js")).isFalse();
        assertThat(OAuthTokenShape.inSecretPlace("docs/author.py")).isFalse();
        assertThat(OAuthTokenShape.inSecretPlace("venv/lib/python3.11/site-packages/app/config.py")).isFalse();
        assertThat(OAuthTokenShape.inSecretPlace("node_modules/some-sdk/config/default.js")).isFalse();
    }

    private static boolean holds(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return OAuthTokenShape.in(bytes, bytes.length);
    }
}

package io.cliqmigrate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code fix:} keys of {@code .cliq-migrate.yml} for the Java OAuth rewrites, and what is refused. */
class FixSettingsTest {
    @TempDir
    Path tmp;

    private ConfigFile.FixSettings load(String fix) throws IOException, ConfigException {
        Path file = Files.writeString(tmp.resolve(".cliq-migrate.yml"), "fix:\n" + fix);
        return ConfigFile.load(file, Set.of()).fix();
    }

    private String error(String fix) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> load(fix));
        assertThat(thrown).isInstanceOf(ConfigException.class);
        return thrown.getMessage().substring(thrown.getMessage().indexOf(": ") + 2);
    }

    @Test
    void theTokenProviderItsVariablesAndTheStrategyAreRead() throws Exception {
        ConfigFile.FixSettings fix = load("""
                  strategy: webhook
                  tokenProvider: com.acme.zoho.AcmeTokens
                  tokenProviderEnvironment: {clientId: ACME_ZOHO_ID, refreshToken: ACME_ZOHO_REFRESH}
                """);

        assertThat(fix.strategy()).isEqualTo("webhook");
        assertThat(fix.tokenProvider()).isEqualTo("com.acme.zoho.AcmeTokens");
        assertThat(fix.tokenProviderEnvironment()).containsExactly(Map.entry("clientId", "ACME_ZOHO_ID"),
                Map.entry("refreshToken", "ACME_ZOHO_REFRESH"));
    }

    @Test
    void theCommandLinesTokenProviderAndStrategyWinOverTheFiles() throws Exception {
        ConfigFile.FixSettings file = load("  strategy: webhook\n  tokenProvider: com.acme.Tokens\n");
        ConfigFile.FixSettings cli = new ConfigFile.FixSettings(Map.of(), false, Set.of(), "org.example.ZohoTokens",
                Map.of(), "oauth");

        assertThat(file.overriddenBy(cli).tokenProvider()).isEqualTo("org.example.ZohoTokens");
        assertThat(file.overriddenBy(cli).strategy()).isEqualTo("oauth");
        assertThat(file.overriddenBy(ConfigFile.FixSettings.NONE)).isEqualTo(file);
    }

    @Test
    void whatCannotBeAClassAStrategyOrAVariableIsAOneLineError() {
        assertThat(error("  tokenProvider: com.acme.class.Tokens\n")).isEqualTo("fix.tokenProvider: "
                + "'com.acme.class.Tokens' is not a Java class name (a qualified name such as "
                + "com.acme.zoho.ZohoOAuthTokens, no part a Java keyword)");
        assertThat(error("  tokenProvider: com.acme..Tokens\n")).startsWith("fix.tokenProvider: 'com.acme..Tokens'");
        assertThat(error("  tokenProvider: com.acme.var\n")).startsWith("fix.tokenProvider: 'com.acme.var'");
        assertThat(error("  strategy: both\n")).isEqualTo("fix.strategy: 'both' is not a strategy (expected oauth "
                + "or webhook)");
        assertThat(error("  tokenProviderEnvironment: {clientId: ZOHO-ID}\n"))
                .isEqualTo("fix.tokenProviderEnvironment.clientId: 'ZOHO-ID' is not an environment variable name "
                        + "(letters, digits and _, not starting with a digit)");
        assertThat(error("  tokenProviderEnvironment: {secret: X}\n"))
                .startsWith("unknown key 'fix.tokenProviderEnvironment.secret'");
        assertThat(error("  tokenProviderEnvironment: {clientId: ZOHO_CLIENT_SECRET}\n"))
                .startsWith("fix.tokenProviderEnvironment: two settings share one environment variable");
    }

    @Test
    void aClassInTheDefaultPackageIsAName() throws Exception {
        assertThat(load("  tokenProvider: ZohoTokens\n").tokenProvider()).isEqualTo("ZohoTokens");
        assertThatThrownBy(() -> ConfigFile.className("1Tokens", "--token-provider"))
                .hasMessageStartingWith("--token-provider: '1Tokens' is not a Java class name");
    }
}

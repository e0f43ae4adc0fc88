package io.cliqmigrate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import io.cliqmigrate.core.rule.TokenProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the token provider of the Java OAuth rewrites goes: configured, reused when cliq-migrate generated it
 * before, else next to the code that uses the authtoken; one answer per scan root whatever the thread count.
 */
class TokenProvidersTest {
    @TempDir
    Path tmp;

    /** Writes down the token provider each file's rules are given. */
    @RuleMeta(id = "test-provider-seen", summary = "Note the provider", severity = Severity.INFO)
    static final class Seen implements Rule {
        final Map<String, TokenProvider> seen = new ConcurrentHashMap<>();

        @Override
        public void check(CodeFacts facts, RuleContext ctx) {
            seen.put(facts.file().path(), ctx.tokenProvider());
        }
    }

    private static String legacy(String packageName, String type) {
        return (packageName.isEmpty() ? "" : "package " + packageName + ";\n\n") + "class " + type + " {\n"
                + "    String url(String t) {\n"
                + "        return \"https://www.zohoapis.eu/crm/v2/Leads?authtoken=\" + t;\n"
                + "    }\n}\n";
    }

    private Path write(String rel, String text) throws IOException {
        Path file = tmp.resolve(rel);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** The one provider the rules of the root saw. */
    private static TokenProvider provider(Path root, ConfigFile.FixSettings settings, int threads) throws IOException {
        Seen seen = new Seen();
        ScanConfig config = new ScanConfig(List.of(root), List.of(), List.of(), Set.of(), Map.of(),
                ScanConfig.DEFAULT_MAX_FILE_SIZE, threads, true, null).withFix(settings);
        new ScanEngine("test", List.of(seen), Languages.defaults()).run(config, false);
        assertThat(Set.copyOf(seen.seen.values())).as("one provider for the whole root").hasSize(1);
        return seen.seen.values().iterator().next();
    }

    private TokenProvider provider() throws IOException {
        return provider(tmp, ConfigFile.FixSettings.NONE, 2);
    }

    private static ConfigFile.FixSettings configured(String name, Map<String, String> environment) {
        return new ConfigFile.FixSettings(Map.of(), false, Set.of(), name, environment, null);
    }

    @Test
    void byDefaultItGoesInThePackageTheAuthtokenCodeShares() throws IOException {
        write("src/main/java/com/acme/crm/LeadSync.java", legacy("com.acme.crm", "LeadSync"));
        write("src/main/java/com/acme/books/Invoices.java", legacy("com.acme.books", "Invoices"));
        // modern code (Zoho-oauthtoken) says nothing of where the legacy code is
        write("src/main/java/org/other/Modern.java", "package org.other;\n\nclass Modern {\n"
                + "    String h = \"Zoho-oauthtoken \" + System.getenv(\"ZOHO_TOKEN\");\n}\n");

        TokenProvider p = provider();

        assertThat(p).isEqualTo(new TokenProvider("com.acme", "ZohoOAuthTokens",
                "src/main/java/com/acme/ZohoOAuthTokens.java", false, null, TokenProvider.DEFAULT_ENVIRONMENT,
                "https://accounts.zoho.eu"));
        assertThat(p.qualifiedName()).isEqualTo("com.acme.ZohoOAuthTokens");
        assertThat(p.environment()).containsExactly(Map.entry("clientId", "ZOHO_CLIENT_ID"),
                Map.entry("clientSecret", "ZOHO_CLIENT_SECRET"), Map.entry("refreshToken", "ZOHO_REFRESH_TOKEN"),
                Map.entry("accountsUrl", "ZOHO_ACCOUNTS_URL"));
    }

    @Test
    void withNoSharedPackageItTakesTheFirstNamedPackageInPathOrder() throws IOException {
        write("src/main/java/Legacy.java", legacy("", "Legacy"));
        write("src/main/java/org/example/sync/Sync.java", legacy("org.example.sync", "Sync"));
        write("src/main/java/com/acme/Client.java", legacy("com.acme", "Client"));

        TokenProvider p = provider();

        assertThat(p.packageName()).isEqualTo("com.acme");
        // the source root is that of the first of them in path order
        assertThat(p.path()).isEqualTo("src/main/java/com/acme/ZohoOAuthTokens.java");
    }

    @Test
    void whereFoldersDoNotFollowPackagesItGoesBesideTheCode() throws IOException {
        write("app/LeadSync.java", legacy("com.acme.crm", "LeadSync"));

        assertThat(provider().path()).isEqualTo("app/ZohoOAuthTokens.java");
        assertThat(provider().packageName()).isEqualTo("com.acme.crm");
    }

    @Test
    void aConfiguredClassGoesUnderTheSourceRootWithItsEnvironmentNames() throws IOException {
        write("service/src/main/java/com/acme/crm/LeadSync.java", legacy("com.acme.crm", "LeadSync"));

        TokenProvider p = provider(tmp, configured("com.acme.zoho.AcmeTokens", Map.of("clientId", "ACME_ID")), 1);

        assertThat(p.path()).isEqualTo("service/src/main/java/com/acme/zoho/AcmeTokens.java");
        assertThat(p.exists()).isFalse();
        assertThat(p.environment()).containsEntry("clientId", "ACME_ID")
                .containsEntry("clientSecret", "ZOHO_CLIENT_SECRET");
    }

    @Test
    void aConfiguredClassAlreadyThereExistsWithItsAccountsServer() throws IOException {
        write("src/main/java/com/acme/crm/LeadSync.java", legacy("com.acme.crm", "LeadSync"));
        // the user's own class, in another folder, with nothing that says Zoho but its accounts server
        write("lib/src/com/acme/auth/Tokens.java", "package com.acme.auth;\n\npublic class Tokens {\n"
                + "    static final String ACCOUNTS = \"https://accounts.zoho.com.au\";\n}\n");

        TokenProvider p = provider(tmp, configured("com.acme.auth.Tokens", Map.of()), 2);

        assertThat(p.path()).isEqualTo("lib/src/com/acme/auth/Tokens.java");
        assertThat(p.exists()).isTrue();
        assertThat(p.existingAccountsUrl()).isEqualTo("https://accounts.zoho.com.au");
    }

    @Test
    void aClassCliqMigrateGeneratedIsReusedWithTheVariablesItReads() throws IOException {
        write("src/main/java/com/acme/crm/LeadSync.java", legacy("com.acme.crm", "LeadSync"));
        write("src/main/java/com/acme/integrations/AcmeZohoTokens.java", """
                package com.acme.integrations;

                /**
                 * Zoho OAuth 2.0 access tokens. Refreshed at {@code https://accounts.zoho.eu}.
                 *
                 * <p>Generated by cliq-migrate. It uses the JDK only and compiles as Java 8 or later.
                 */
                public final class AcmeZohoTokens {
                    private static final String DEFAULT_ACCOUNTS_URL = "https://accounts.zoho.eu";
                    private static final String ACCOUNTS_URL_ENV = "ZOHO_ACCOUNTS_URL";
                    private static final String CLIENT_ID_ENV = "ACME_ZOHO_ID";
                    private static final String CLIENT_SECRET_ENV = "ACME_ZOHO_SECRET";
                    private static final String REFRESH_TOKEN_ENV = "ACME_ZOHO_REFRESH";
                }
                """);

        TokenProvider p = provider();

        assertThat(p).isEqualTo(new TokenProvider("com.acme.integrations", "AcmeZohoTokens",
                "src/main/java/com/acme/integrations/AcmeZohoTokens.java", true, "https://accounts.zoho.eu",
                Map.of("clientId", "ACME_ZOHO_ID", "clientSecret", "ACME_ZOHO_SECRET",
                        "refreshToken", "ACME_ZOHO_REFRESH", "accountsUrl", "ZOHO_ACCOUNTS_URL"),
                "https://accounts.zoho.eu"));
    }

    @Test
    void withNoAuthtokenJavaCodeItIsTheDefaultClassUnderTheRootsSourceFolder() throws IOException {
        Files.createDirectories(tmp.resolve(".git"));
        write("module/notify.py", "requests.post('https://cliq.zoho.com/api/v2/bots/x/message', json=m)\n");

        TokenProvider p = provider(tmp.resolve("module"), ConfigFile.FixSettings.NONE, 1);

        // report paths start at the repository's top, so the module's folder is part of the path
        assertThat(p.path()).isEqualTo("module/src/main/java/ZohoOAuthTokens.java");
        assertThat(p.packageName()).isEmpty();
        assertThat(p.qualifiedName()).isEqualTo("ZohoOAuthTokens");
    }

    @Test
    void theAnswerIsTheSameWhateverTheThreadCount() throws IOException {
        String[] packages = {"com.acme.crm", "com.acme.crm.leads", "com.acme.books", "com.acme.desk.tickets"};
        for (int i = 0; i < 60; i++) {
            String pkg = packages[i % packages.length];
            write("src/main/java/" + pkg.replace('.', '/') + "/Sync" + i + ".java", legacy(pkg, "Sync" + i));
        }

        TokenProvider one = provider(tmp, ConfigFile.FixSettings.NONE, 1);
        TokenProvider four = provider(tmp, ConfigFile.FixSettings.NONE, 4);

        assertThat(four).isEqualTo(one);
        assertThat(one.path()).isEqualTo("src/main/java/com/acme/ZohoOAuthTokens.java");
    }
}

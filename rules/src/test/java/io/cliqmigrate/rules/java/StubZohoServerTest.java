package io.cliqmigrate.rules.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.rules.support.java.TokenProviderSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stub of the Zoho APIs and the accounts server that behaviour checks run against, and the whole chain an
 * "after" check uses: migrated code, compiled with the generated token provider and run in a child JVM, gets its
 * access token from the stub and sends it in the header.
 */
class StubZohoServerTest {
    @RegisterExtension
    final StubZohoServer zoho = StubZohoServer.start();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theTokenEndpointIssuesANewAccessTokenEachTime() throws Exception {
        String first = send(HttpRequest.newBuilder(URI.create(zoho.url() + "/oauth/v2/token"))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token")).build());
        String second = send(HttpRequest.newBuilder(URI.create(zoho.url() + "/oauth/v2/token"))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token")).build());

        assertThat(first).isEqualTo("{\"access_token\":\"1000.stub-access-1\",\"expires_in\":3600}");
        assertThat(second).contains("\"access_token\":\"1000.stub-access-2\"");
        assertThat(zoho.tokenRequests()).hasSize(2);
        assertThat(zoho.apiRequests()).isEmpty();
    }

    @Test
    void anApiRequestIsKeptWithItsQueryHeadersAndForm() throws Exception {
        String reply = send(HttpRequest.newBuilder(URI.create(zoho.url()
                        + "/crm/private/json/Leads/getRecords?scope=crmapi&AuthToken=3f6c1e9b%2B2a7d"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("authorization", "Zoho-oauthtoken 1000.stub-access-1")
                .POST(HttpRequest.BodyPublishers.ofString("xmlData=%3CLeads%2F%3E&newFormat=1")).build());

        assertThat(reply).isEqualTo(StubZohoServer.API_REPLY);
        RecordedRequest request = zoho.apiRequests().get(0);
        assertThat(request.target()).isEqualTo("/crm/private/json/Leads/getRecords?scope=crmapi&AuthToken=3f6c1e9b%2B2a7d");
        assertThat(request.hasHeader("Authorization", "Zoho-oauthtoken 1000.stub-access-1")).isTrue();
        assertThat(request.header("AUTHORIZATION")).contains("Zoho-oauthtoken 1000.stub-access-1");
        assertThat(request.queryParameters()).containsEntry("AuthToken", List.of("3f6c1e9b+2a7d"));
        assertThat(request.formParameters()).containsEntry("xmlData", List.of("<Leads/>"));
        assertThat(request.urlOrBodyContains("authtoken=3f6c1e9b+")).as("decoded, any case").isTrue();
        assertThat(request.urlOrBodyContains("<Leads/>")).as("the decoded body").isTrue();
        assertThat(request.urlOrBodyContains("zapikey")).isFalse();
    }

    @Test
    void migratedCodeRunWithTheGeneratedProviderSendsTheOAuthHeaderAndNoAuthtoken(@TempDir Path classes) {
        JavaClientCase desk = JavaClientCase.named("urlconnection-header");
        String reader = "com/acme/support/DeskTicketReader.java";
        // by hand, as a fix would: the header from the provider instead of the legacy token
        String migrated = desk.sources().files().get(reader).replace("\"Zoho-authtoken \" + authtoken",
                "ZohoOAuthTokens.shared().header()");
        TokenProviderSource provider = TokenProviderSource.withDefaults("com.acme.support", "https://accounts.zoho.in");
        Compilation compilation = desk.sources().with(reader, migrated)
                .with(provider.relativePath(), provider.render("\n", "    ")).compile(desk.release(), classes);
        assertThat(compilation.diagnostics()).isEmpty();

        ForkedClientRun.run(compilation, JavaClientRuns.forCase(desk.name()), zoho.url(), "unused-legacy-token",
                zoho.providerEnvironment());

        assertThat(zoho.tokenRequests()).singleElement().satisfies(token ->
                assertThat(token.formParameters()).containsEntry("refresh_token", List.of(StubZohoServer.REFRESH_TOKEN)));
        assertThat(zoho.apiRequests()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/api/v1/tickets");
            assertThat(request.hasHeader("Authorization", "Zoho-oauthtoken 1000.stub-access-1")).isTrue();
            assertThat(request.hasHeader("orgId", "60001234")).isTrue();
            assertThat(request.urlOrBodyContains("authtoken")).isFalse();
        });
    }

    private String send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}

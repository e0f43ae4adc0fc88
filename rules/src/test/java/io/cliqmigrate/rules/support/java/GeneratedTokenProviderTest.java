package io.cliqmigrate.rules.support.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated token provider, compiled as Java 8 and run against a stub accounts server, with time driven by a
 * test clock: what it sends, when it refreshes, what its errors say, and how it behaves under concurrent callers.
 */
class GeneratedTokenProviderTest {
    private static final String CLIENT_ID = "1000.9XQKDL2ZV1QJ7MC0RWXH8TUB4YA3EN";
    private static final String CLIENT_SECRET = "5c1f2e9a0b7d4c3e8f6a1b2c9d0e7f4a3b5c6d8e1f";
    private static final String REFRESH_TOKEN = "1000.8c2d9f0e1a7b3c4d5e6f7a8b9c0d1e2f.3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d";
    private static final long MINUTE = 60_000;
    private static final String CALLER = "token-caller";

    private static CompiledTokenProvider provider;
    private StubAccountsServer accounts;
    private final AtomicLong clock = new AtomicLong(1_700_000_000_000L);
    private final Map<String, String> environment = new HashMap<>(Map.of("ZOHO_CLIENT_ID", CLIENT_ID,
            "ZOHO_CLIENT_SECRET", CLIENT_SECRET, "ZOHO_REFRESH_TOKEN", REFRESH_TOKEN));

    @BeforeAll
    static void compile(@TempDir Path folder) throws IOException {
        TokenProviderSource source = TokenProviderSource.withDefaults("com.example.chat", "https://accounts.zoho.eu");
        provider = CompiledTokenProvider.compile(source, source.render("\n", "    "), folder);
    }

    @BeforeEach
    void startAccountsServer() throws IOException {
        accounts = new StubAccountsServer();
    }

    @AfterEach
    void stopAccountsServer() {
        accounts.close();
    }

    private CompiledTokenProvider.Instance tokens() {
        return provider.create(accounts.url(), environment, clock::get);
    }

    @Test
    void theFirstCallRefreshesWithTheSettingsInAFormBody() {
        String header = tokens().header();

        assertThat(header).isEqualTo("Zoho-oauthtoken 1000.access-1");
        assertThat(accounts.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.contentType()).isEqualTo("application/x-www-form-urlencoded");
            assertThat(request.form()).containsExactly(Map.entry("grant_type", "refresh_token"),
                    Map.entry("client_id", CLIENT_ID), Map.entry("client_secret", CLIENT_SECRET),
                    Map.entry("refresh_token", REFRESH_TOKEN));
        });
    }

    @Test
    void aSecondCallWithinTheLifetimeReusesTheToken() {
        CompiledTokenProvider.Instance tokens = tokens();
        String first = tokens.accessToken();
        clock.addAndGet(55 * MINUTE - 1);

        assertThat(tokens.accessToken()).isEqualTo(first);
        assertThat(accounts.requests()).hasSize(1);
    }

    @Test
    void fiveMinutesBeforeExpiryTheTokenIsRefreshed() {
        CompiledTokenProvider.Instance tokens = tokens();
        tokens.accessToken();
        clock.addAndGet(55 * MINUTE);

        assertThat(tokens.accessToken()).isEqualTo("1000.access-2");
        assertThat(accounts.requests()).hasSize(2);
    }

    @Test
    void invalidateForcesARefresh() {
        CompiledTokenProvider.Instance tokens = tokens();
        tokens.accessToken();
        tokens.invalidate();

        assertThat(tokens.accessToken()).isEqualTo("1000.access-2");
        assertThat(accounts.requests()).hasSize(2);
    }

    @Test
    void anErrorReplyNamesTheErrorButNoSecret() {
        accounts.reply(200, "{\"error\":\"invalid_code\"}");
        CompiledTokenProvider.Instance tokens = tokens();

        assertThatThrownBy(tokens::accessToken).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("invalid_code")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(CLIENT_SECRET, REFRESH_TOKEN, CLIENT_ID));
    }

    @Test
    void aFailedRefreshIsNotCachedSoTheNextCallTriesAgain() {
        accounts.reply(400, "{\"error\":\"invalid_client\"}");
        CompiledTokenProvider.Instance tokens = tokens();
        assertThatThrownBy(tokens::accessToken).hasMessageContaining("invalid_client");
        accounts.reply(200, "{\"access_token\":\"1000.after-fix\",\"expires_in\":3600}");

        assertThat(tokens.accessToken()).isEqualTo("1000.after-fix");
        assertThat(accounts.requests()).hasSize(2);
    }

    @Test
    void aReplyThatIsNotJsonGivesTheHttpStatus() {
        accounts.reply(502, "<html><body>Bad gateway</body></html>");

        assertThatThrownBy(tokens()::accessToken).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HTTP 502").hasMessageNotContaining(CLIENT_SECRET);
    }

    @Test
    void theLifetimeInSecondsWinsOverTheOlderMillisecondsField() {
        // the reply shape of older accounts servers: expires_in in milliseconds
        accounts.reply(200, "{\"access_token\":\"1000.old-shape\",\"expires_in_sec\":3600,"
                + "\"api_domain\":\"https://www.zohoapis.eu\",\"token_type\":\"Bearer\",\"expires_in\":3600000}");
        CompiledTokenProvider.Instance tokens = tokens();
        tokens.accessToken();
        clock.addAndGet(55 * MINUTE);
        tokens.accessToken();

        assertThat(accounts.requests()).hasSize(2);
    }

    @Test
    void escapedAndNestedMembersOfTheReplyDoNotConfuseTheParser() {
        accounts.reply(200, "{ \"scope\" : \"a\\\"b,\\\"access_token\\\":\\\"wrong\" , \"extra\": {\"access_token\": \"nested\","
                + " \"list\": [1, \"}\"]}, \"access_token\" : \"1000.\\u0061bc\", \"expires_in\" : 3600 }");

        assertThat(tokens().accessToken()).isEqualTo("1000.abc");
    }

    @Test
    void aMissingSettingIsNamedAndNothingIsSent() {
        environment.remove("ZOHO_REFRESH_TOKEN");

        assertThatThrownBy(tokens()::accessToken).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ZOHO_REFRESH_TOKEN").hasMessageNotContaining(CLIENT_SECRET);
        assertThat(accounts.requests()).isEmpty();
    }

    @Test
    void theAccountsServerCanBeChangedAtRunTime() {
        environment.put("ZOHO_ACCOUNTS_URL", accounts.url() + "/");
        CompiledTokenProvider.Instance tokens = provider.create("http://127.0.0.1:9", environment, clock::get);

        assertThat(tokens.accessToken()).isEqualTo("1000.access-1");
        assertThat(accounts.requests()).hasSize(1);
    }

    @Test
    void usersBuildTheDefaultInstanceWithoutArguments() {
        assertThat(provider.hasPublicNoArgumentConstructor()).isTrue();
    }

    @Test
    @Timeout(60)
    void eightConcurrentCallersShareOneRefresh() throws Exception {
        CompiledTokenProvider.Instance tokens = tokens();
        CountDownLatch release = new CountDownLatch(1);
        accounts.holdRepliesUntil(release);
        ExecutorService callers = Executors.newFixedThreadPool(8, run -> new Thread(run, CALLER));
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(callers.submit(tokens::accessToken));
            }
            // the reply is held back until the first request has arrived and the 7 other callers wait behind it
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (accounts.requests().size() != 1 || blockedCallers() < 7) {
                assertThat(System.nanoTime()).as("7 callers waiting behind one refresh; requests: %s",
                        accounts.requests().size()).isLessThan(giveUp);
                Thread.yield();
            }
            release.countDown();
            for (Future<String> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo("1000.access-1");
            }
        } finally {
            release.countDown();
            callers.shutdownNow();
        }
        assertThat(accounts.requests()).hasSize(1);
    }

    private static long blockedCallers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(CALLER) && t.getState() == Thread.State.BLOCKED).count();
    }
}

package io.cliqmigrate.rules.java;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A local stand-in for every Zoho host at once (Cliq, CRM, Books, Desk, … and the accounts server), on the loopback
 * interface: it keeps each request and answers 200 with a small JSON body. {@code POST /oauth/v2/token} gets a new
 * access token ({@code 1000.stub-access-1}, {@code -2}, …) valid for an hour, as Zoho's accounts server would give.
 * Point the code under test at {@link #url()} instead of {@code https://cliq.zoho.com} and the like.
 *
 * <p>In a test class, {@code @RegisterExtension final StubZohoServer zoho = StubZohoServer.start();} gives each test
 * its own server, stopped after the test.
 */
public final class StubZohoServer implements AutoCloseable, AfterEachCallback {
    public static final String TOKEN_PATH = "/oauth/v2/token";
    /** The OAuth client the generated token provider is given in a child JVM ({@link #providerEnvironment}). */
    public static final String CLIENT_ID = "1000.9XQKDL2ZV1QJ7MC0RWXH8TUB4YA3EN";
    public static final String CLIENT_SECRET = "5c1f2e9a0b7d4c3e8f6a1b2c9d0e7f4a3b5c6d8e1f";
    public static final String REFRESH_TOKEN = "1000.8c2d9f0e1a7b3c4d5e6f7a8b9c0d1e2f.3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d";
    /** The access token of the first refresh. */
    public static final String FIRST_ACCESS_TOKEN = "1000.stub-access-1";
    /** What every API request gets: the shape of a Zoho success reply. */
    public static final String API_REPLY = "{\"code\":0,\"message\":\"success\",\"data\":[]}";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();

    private StubZohoServer(HttpServer server) {
        this.server = server;
    }

    /** A server on a free loopback port, already listening. */
    public static StubZohoServer start() {
        try {
            StubZohoServer stub = new StubZohoServer(
                    HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
            stub.server.createContext("/", stub::answer);
            stub.server.setExecutor(stub.executor);
            stub.server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL, {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /**
     * The environment that points the generated token provider (default variable names) at this server, for
     * {@link ForkedClientRun}.
     */
    public Map<String, String> providerEnvironment() {
        return Map.of("ZOHO_CLIENT_ID", CLIENT_ID, "ZOHO_CLIENT_SECRET", CLIENT_SECRET,
                "ZOHO_REFRESH_TOKEN", REFRESH_TOKEN, "ZOHO_ACCOUNTS_URL", url());
    }

    /** Every request so far, in the order received. */
    public synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The requests to the APIs, without those for access tokens. */
    public List<RecordedRequest> apiRequests() {
        return requests().stream().filter(request -> !request.path().equals(TOKEN_PATH)).toList();
    }

    /** The access-token requests ({@code POST /oauth/v2/token}). */
    public List<RecordedRequest> tokenRequests() {
        return requests().stream().filter(request -> request.path().equals(TOKEN_PATH)).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String query = exchange.getRequestURI().getRawQuery();
        RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                query == null ? "" : query, exchange.getRequestHeaders(), body);
        synchronized (this) {
            requests.add(request);
        }
        String reply = request.path().equals(TOKEN_PATH)
                ? "{\"access_token\":\"1000.stub-access-" + tokensIssued.incrementAndGet() + "\",\"expires_in\":3600}"
                : API_REPLY;
        byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

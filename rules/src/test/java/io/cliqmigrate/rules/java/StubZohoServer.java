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

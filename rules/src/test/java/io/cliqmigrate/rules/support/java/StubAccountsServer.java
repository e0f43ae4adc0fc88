package io.cliqmigrate.rules.support.java;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for a Zoho accounts server: it answers {@code POST /oauth/v2/token} with a new access token
 * ({@code 1000.access-1}, {@code 1000.access-2}, …) or with a reply set by the test, and keeps every request's form.
 */
final class StubAccountsServer implements AutoCloseable {
    /** One token request as the server saw it. */
    record TokenRequest(String method, String contentType, String body, Map<String, String> form) {}

    private final HttpServer server;
    private final List<TokenRequest> requests = new ArrayList<>();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile String fixedReply;
    private volatile int fixedStatus = 200;
    private volatile CountDownLatch hold = new CountDownLatch(0);

    StubAccountsServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oauth/v2/token", this::answer);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** Every later request is answered with {@code body} and {@code status}. */
    void reply(int status, String body) {
        fixedStatus = status;
        fixedReply = body;
    }

    /** Later requests are answered only once {@code gate} opens. */
    void holdRepliesUntil(CountDownLatch gate) {
        hold = gate;
    }

    synchronized List<TokenRequest> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        synchronized (this) {
            requests.add(new TokenRequest(exchange.getRequestMethod(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body, form(body)));
        }
        try {
            if (!hold.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the reply");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String reply = fixedReply != null ? fixedReply
                : "{\"access_token\":\"1000.access-" + issued.incrementAndGet() + "\",\"scope\":\"ZohoCliq.Webhooks.CREATE\","
                        + "\"api_domain\":\"https://www.zohoapis.eu\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
        byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(fixedStatus, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}

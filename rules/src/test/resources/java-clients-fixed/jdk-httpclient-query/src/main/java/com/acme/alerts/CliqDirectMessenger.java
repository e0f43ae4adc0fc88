package com.acme.alerts;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Sends on-call pages to a person in Zoho Cliq as a direct message. */
public class CliqDirectMessenger {
    private static final String CLIQ_API = "https://cliq.zoho.com";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String authtoken;

    public CliqDirectMessenger(String authtoken) {
        this(CLIQ_API, authtoken);
    }

    public CliqDirectMessenger(String baseUrl, String authtoken) {
        this.baseUrl = baseUrl;
        this.authtoken = authtoken;
    }

    public int page(String email, String text) throws IOException, InterruptedException {
        String url = baseUrl + "/api/v2/buddies/" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "/message";
        var request = HttpRequest.newBuilder(URI.create(url))
                .setHeader("Authorization", ZohoOAuthTokens.shared().header())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}"))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }
}

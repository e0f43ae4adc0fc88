package com.acme.alerts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Posts build alerts to a Cliq channel. */
public class CliqNotifier {
    private static final String CHANNEL_URL = "https://cliq.zoho.com/api/v2/channelsbyname/alerts/message";

    public int post(String authtoken, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(CHANNEL_URL + "?authtoken=" + authtoken))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}

package com.acme.alerts;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Posts build alerts into a Zoho Cliq channel; written in 2018 against the Cliq v2 messaging API. */
public class CliqChannelAlerts {
    private static final String CLIQ_API = "https://cliq.zoho.com";

    private final String baseUrl;
    private final String authtoken;

    public CliqChannelAlerts(String authtoken) {
        this(CLIQ_API, authtoken);
    }

    public CliqChannelAlerts(String baseUrl, String authtoken) {
        this.baseUrl = baseUrl;
        this.authtoken = authtoken;
    }

    public int postAlert(String channel, String text) throws IOException {
        URL url = new URL(baseUrl + "/api/v2/channelsbyname/" + channel + "/message");
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestProperty("Authorization", ZohoOAuthTokens.shared().header());
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json; charset=UTF-8");
        byte[] body = ("{\"text\":\"" + text.replace("\"", "\\\"") + "\"}").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
        }
        int status = connection.getResponseCode();
        connection.disconnect();
        return status;
    }
}

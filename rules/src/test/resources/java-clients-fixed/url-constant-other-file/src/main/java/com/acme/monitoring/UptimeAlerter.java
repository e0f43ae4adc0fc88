package com.acme.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Tells the monitoring channel of Zoho Cliq when a site goes down or comes back. */
public class UptimeAlerter {
    private final String cliqHost;
    private final String authtoken;

    public UptimeAlerter(String authtoken) {
        this(ZohoUrls.CLIQ_HOST, authtoken);
    }

    public UptimeAlerter(String cliqHost, String authtoken) {
        this.cliqHost = cliqHost;
        this.authtoken = authtoken;
    }

    public int siteDown(String site) throws IOException {
        String url = cliqHost + ZohoUrls.CHANNEL;
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        connection.setRequestProperty("Authorization", ZohoOAuthTokens.shared().header());
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = connection.getOutputStream()) {
            out.write(("{\"text\":\"" + site + " is down\"}").getBytes(StandardCharsets.UTF_8));
        }
        return connection.getResponseCode();
    }
}

package com.acme.desk;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

public class TicketNotifier {
    private static final String DESK = "https://desk.zoho.com/api/v1/tickets";
    private final String slackHook;

    public TicketNotifier(String slackHook) {
        this.slackHook = slackHook;
    }

    public int tickets(String token) throws IOException {
        return get(DESK);
    }

    public int ping() throws IOException {
        return get(slackHook);
    }

    private int get(String url) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(url).openConnection();
        if (url.startsWith("https://desk.zoho.com/")) {
            conn.setRequestProperty("Authorization", ZohoOAuthTokens.shared().header());
        }
        conn.setRequestMethod("GET");
        return conn.getResponseCode();
    }
}

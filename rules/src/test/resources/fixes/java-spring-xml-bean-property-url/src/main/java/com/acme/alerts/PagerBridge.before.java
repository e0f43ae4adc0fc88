package com.acme.alerts;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Pages the on-call engineer through the Zoho Cliq pager bot; wired in pager-context.xml. */
public class PagerBridge {
    private final String authtoken;
    private String botUrl = "https://cliq.zoho.com/api/v2/bots/pager/message";

    public PagerBridge(String authtoken) {
        this.authtoken = authtoken;
    }

    /** Set per environment in pager-context.xml. */
    public void setBotUrl(String botUrl) {
        this.botUrl = botUrl;
    }

    public int page(String text) throws IOException {
        return post(botUrl, text);
    }

    public int notifyChannel(String channel, String text) throws IOException {
        return post("https://cliq.zoho.com/api/v2/channelsbyname/" + channel + "/message?authtoken=" + authtoken,
                text);
    }

    private int post(String url, String text) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(url).openConnection();
        conn.setRequestMethod("POST");
        conn.setDoOutput(true);
        conn.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = conn.getOutputStream()) {
            out.write(("{\"text\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8));
        }
        return conn.getResponseCode();
    }
}

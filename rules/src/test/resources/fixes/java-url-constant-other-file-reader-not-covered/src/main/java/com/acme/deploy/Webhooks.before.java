package com.acme.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Posts a text message to any incoming-webhook URL (Cliq, Slack, Teams). */
public final class Webhooks {
    private Webhooks() {
    }

    public static int postText(String url, String text) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(url).openConnection();
        conn.setRequestMethod("POST");
        conn.setDoOutput(true);
        try (OutputStream out = conn.getOutputStream()) {
            out.write(("{\"text\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8));
        }
        return conn.getResponseCode();
    }
}

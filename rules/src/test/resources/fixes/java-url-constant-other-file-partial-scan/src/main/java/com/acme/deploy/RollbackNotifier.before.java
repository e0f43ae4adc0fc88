package com.acme.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Tells the deploy bot when a release is rolled back. */
public class RollbackNotifier {

    public int rolledBack(String service) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(CliqBots.DEPLOY_BOT_URL).openConnection();
        conn.setRequestMethod("POST");
        conn.setDoOutput(true);
        conn.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = conn.getOutputStream()) {
            out.write(("{\"text\":\"" + service + " was rolled back\"}").getBytes(StandardCharsets.UTF_8));
        }
        return conn.getResponseCode();
    }
}

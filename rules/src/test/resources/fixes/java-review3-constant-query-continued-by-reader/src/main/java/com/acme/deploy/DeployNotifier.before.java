package com.acme.deploy;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Tells the deploy bot when a release goes live; the text travels in the query. */
public class DeployNotifier {
    public int deployed(String service) throws IOException {
        String url = CliqBots.DEPLOY_BOT_URL + "&text=" + URLEncoder.encode(service + " is live", StandardCharsets.UTF_8);
        HttpURLConnection conn = (HttpURLConnection) new URL(url).openConnection();
        conn.setRequestMethod("POST");
        return conn.getResponseCode();
    }
}

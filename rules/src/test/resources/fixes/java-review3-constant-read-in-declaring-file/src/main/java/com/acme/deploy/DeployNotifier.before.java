package com.acme.deploy;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

/** Tells the deploy bot when a release goes live. */
public class DeployNotifier {
    public int deployed() throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(CliqBots.DEPLOY_BOT_URL).openConnection();
        conn.setRequestMethod("POST");
        return conn.getResponseCode();
    }
}

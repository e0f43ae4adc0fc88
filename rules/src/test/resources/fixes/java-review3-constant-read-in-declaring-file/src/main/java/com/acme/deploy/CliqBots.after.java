package com.acme.deploy;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

/** The Zoho Cliq bots of the deploy pipeline. */
public final class CliqBots {
    public static final String DEPLOY_BOT_URL = "https://cliq.zoho.eu/api/v2/bots/deploybot/message";

    private CliqBots() {
    }

    /** Checks at start-up that the bot answers. */
    public static int ping() throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(DEPLOY_BOT_URL).openConnection();
        conn.setRequestProperty("Authorization", ZohoOAuthTokens.shared().header());
        conn.setRequestMethod("POST");
        return conn.getResponseCode();
    }
}

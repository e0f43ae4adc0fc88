package com.acme.deploy;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

/** The Zoho Cliq bots of the deploy pipeline. */
public final class CliqBots {
    public static final String DEPLOY_BOT_URL = "https://cliq.zoho.eu/api/v2/bots/deploybot/message"
            + "?authtoken=9f1c2e7a4b3d5f60718293a4b5c6d7e8";

    private CliqBots() {
    }

    /** Checks at start-up that the bot answers. */
    public static int ping() throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(DEPLOY_BOT_URL).openConnection();
        conn.setRequestMethod("POST");
        return conn.getResponseCode();
    }
}

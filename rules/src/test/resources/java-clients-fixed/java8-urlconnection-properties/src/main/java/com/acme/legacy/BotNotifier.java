package com.acme.legacy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.util.Properties;

/** Broadcasts batch-job results to the subscribers of the ops bot in Zoho Cliq. Runs on the Java 8 batch server. */
public class BotNotifier {
    private final NotifierSettings settings;

    public BotNotifier(Properties properties) {
        this.settings = new NotifierSettings(properties);
    }

    public int broadcast(String bot, String text) throws IOException {
        String url = settings.cliqUrl() + "/api/v2/bots/" + encode(bot) + "/message";
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        connection.setRequestProperty("Authorization", ZohoOAuthTokens.shared().header());
        try {
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json;charset=UTF-8");
            OutputStream out = connection.getOutputStream();
            try {
                out.write(("{\"text\":\"" + text + "\",\"broadcast\":true}").getBytes("UTF-8"));
            } finally {
                out.close();
            }
            return connection.getResponseCode();
        } finally {
            connection.disconnect();
        }
    }

    private static String encode(String value) throws UnsupportedEncodingException {
        return URLEncoder.encode(value, "UTF-8");
    }
}

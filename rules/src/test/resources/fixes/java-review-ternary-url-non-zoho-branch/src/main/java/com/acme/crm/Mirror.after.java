package com.acme.crm;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

public class Mirror {
    private static final String SLACK = "https://hooks.slack.com/services/T000/B000/XXXX";

    public int send(String token, boolean dryRun) throws IOException {
        String url = dryRun ? SLACK : "https://www.zohoapis.com/crm/v2/Leads";
        HttpURLConnection conn = (HttpURLConnection) new URL(url).openConnection();
        if (url.startsWith("https://www.zohoapis.com/")) {
            conn.setRequestProperty("Authorization", ZohoOAuthTokens.shared().header());
        }
        return conn.getResponseCode();
    }

    public int ping() throws IOException {
        return get(SLACK);
    }

    public int leads(String token) throws IOException {
        return get("https://www.zohoapis.com/crm/v2/Leads");
    }

    private int get(String url) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(url).openConnection();
        if (url.startsWith("https://www.zohoapis.com/")) {
            conn.setRequestProperty("Authorization", ZohoOAuthTokens.shared().header());
        }
        return conn.getResponseCode();
    }
}

package com.acme.crm;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import org.springframework.beans.factory.annotation.Value;

public class DealService {
    @Value("${zoho.crm.org}")
    private String org;

    public int deals() throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(
                "https://www.zohoapis.eu/crm/v2/Deals?org=" + org).openConnection();
        conn.setRequestProperty("Authorization", ZohoOAuthTokens.shared().header());
        return conn.getResponseCode();
    }

    public int tasks() throws IOException {
        String u = "https://www.zohoapis.eu/crm/v2/Tasks";
        HttpURLConnection conn = (HttpURLConnection) new URL(u).openConnection();
        conn.setRequestProperty("Authorization", ZohoOAuthTokens.shared().header());
        return conn.getResponseCode();
    }
}

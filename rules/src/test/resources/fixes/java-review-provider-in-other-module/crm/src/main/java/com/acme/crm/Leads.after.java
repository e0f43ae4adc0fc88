package com.acme.crm;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

public class Leads {
    public int leads(String token) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL("https://www.zohoapis.com/crm/v2/Leads").openConnection();
        conn.setRequestProperty("Authorization", ZohoOAuthTokens.shared().header());
        return conn.getResponseCode();
    }
}

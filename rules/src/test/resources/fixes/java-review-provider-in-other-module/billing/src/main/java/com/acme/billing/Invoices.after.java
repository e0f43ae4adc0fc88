package com.acme.billing;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

public class Invoices {
    public int invoices(String token) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL("https://books.zoho.com/api/v3/invoices").openConnection();
        conn.setRequestProperty("Authorization", ZohoOAuthTokens.shared().header());
        return conn.getResponseCode();
    }
}

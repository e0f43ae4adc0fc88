package com.acme.crm;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

public class Leads {
    public int count(String token) throws IOException {
        URL url = new URL("https://www.zohoapis.com/crm/v2/Leads");
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestProperty("Authorization", ZohoOAuthTokens.shared().header());
        return connection.getResponseCode();
    }
}

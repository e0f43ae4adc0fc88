package com.acme.crm;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

public class LeadReader {
    private static final String EU = "https://www.zohoapis.eu/crm/v2/Leads";
    private static final String COM = "https://www.zohoapis.com/crm/v2/Leads";

    public int count(boolean europe, String token) throws IOException {
        HttpURLConnection conn;
        if (europe)
            conn = (HttpURLConnection) new URL(EU + "?authtoken=" + token).openConnection();
        else
            conn = (HttpURLConnection) new URL(COM + "?authtoken=" + token).openConnection();
        conn.setRequestMethod("GET");
        return conn.getResponseCode();
    }
}

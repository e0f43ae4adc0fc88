package com.acme.crm;

import com.acme.legacy.*;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

public class Leads {
    public int leads(String token) throws IOException {
        ZohoOAuthTokens.check();
        HttpURLConnection conn = (HttpURLConnection) new URL("https://www.zohoapis.com/crm/v2/Leads?authtoken=" + token).openConnection();
        return conn.getResponseCode();
    }
}

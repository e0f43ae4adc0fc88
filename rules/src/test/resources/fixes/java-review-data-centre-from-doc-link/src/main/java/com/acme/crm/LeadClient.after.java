package com.acme.crm;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import org.springframework.beans.factory.annotation.Value;

/**
 * Reads leads through the CRM REST API, see https://www.zoho.com/crm/developer/docs/api/v2/get-records.html
 */
public class LeadClient {
    @Value("${zoho.api.base}")
    private String apiBase;

    public int leads(String token) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(apiBase + "/crm/v2/Leads").openConnection();
        conn.setRequestProperty("Authorization", ZohoOAuthTokens.shared().header());
        return conn.getResponseCode();
    }
}

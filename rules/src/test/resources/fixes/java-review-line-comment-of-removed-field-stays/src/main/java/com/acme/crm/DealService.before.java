package com.acme.crm;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import org.springframework.beans.factory.annotation.Value;

public class DealService {
    // the CRM authtoken of the integration user
    @Value("${zoho.crm.authtoken}")
    private String authtoken;
    @Value("${zoho.crm.org}")
    private String org;

    public int deals() throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(
                "https://www.zohoapis.eu/crm/v2/Deals?org=" + org + "&authtoken=" + authtoken).openConnection();
        return conn.getResponseCode();
    }

    public int tasks() throws IOException {
        String u = "https://www.zohoapis.eu/crm/v2/Tasks?authtoken=" + this.authtoken;
        HttpURLConnection conn = (HttpURLConnection) new URL(u).openConnection();
        return conn.getResponseCode();
    }
}

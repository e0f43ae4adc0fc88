package com.acme.crm;

import java.io.IOException;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

/** Nightly export of new leads from Zoho CRM into the data warehouse. */
public class LeadExporter {
    private static final String CRM_API = "https://www.zohoapis.com";

    private final String baseUrl;
    private final String authtoken;

    public LeadExporter(String authtoken) {
        this(CRM_API, authtoken);
    }

    public LeadExporter(String baseUrl, String authtoken) {
        this.baseUrl = baseUrl;
        this.authtoken = authtoken;
    }

    public String leadsPage(int page) throws IOException {
        String url = String.format("%s/crm/v2/Leads?scope=ZohoCRM.modules.ALL&page=%d&per_page=200",
                baseUrl, page);
        try (CloseableHttpClient client = HttpClients.createDefault()) {
            HttpGet get = new HttpGet(url);
            get.setHeader("Authorization", ZohoOAuthTokens.shared().header());
            try (CloseableHttpResponse response = client.execute(get)) {
                return EntityUtils.toString(response.getEntity());
            }
        }
    }
}

package com.acme.crm;

import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

public class LeadSync {
    private static final String CRM_URL = "https://crm.zoho.eu/crm/private/json/Leads/insertRecords";
    private static final String SLACK_HOOK = "https://hooks.slack.com/services/T000/B000/XXXX";

    public void sync(String token, String xml) throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("xmlData", xml);
        postForm(CRM_URL, params);

        HttpURLConnection notify = (HttpURLConnection) new URL(SLACK_HOOK).openConnection();
        notify.setRequestMethod("POST");
        notify.setDoOutput(true);
        try (OutputStream out = notify.getOutputStream()) {
            out.write("{\"text\":\"leads synced\"}".getBytes(StandardCharsets.UTF_8));
        }
        notify.getResponseCode();
    }

    private void postForm(String url, Map<String, String> params) throws Exception {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(e.getKey()).append('=').append(e.getValue());
        }
        HttpURLConnection conn = (HttpURLConnection) new URL(url).openConnection();
        conn.setRequestProperty("Authorization", ZohoOAuthTokens.shared().header());
        conn.setRequestMethod("POST");
        conn.setDoOutput(true);
        try (OutputStream out = conn.getOutputStream()) {
            out.write(body.toString().getBytes(StandardCharsets.UTF_8));
        }
        conn.getResponseCode();
    }
}

package com.acme.crm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Searches Zoho CRM records by a field value; the parameters go in a form body (CRM v1). */
public class CrmRecordSearch {
    private static final String CRM_API = "https://crm.zoho.com";

    private final String baseUrl;
    private final String authtoken;

    public CrmRecordSearch(String authtoken) {
        this(CRM_API, authtoken);
    }

    public CrmRecordSearch(String baseUrl, String authtoken) {
        this.baseUrl = baseUrl;
        this.authtoken = authtoken;
    }

    public String searchAccounts(String column, String value) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("selectColumns", "Accounts(Account Name,Phone)");
        params.put("searchColumn", column);
        params.put("searchValue", value);
        return post(baseUrl + "/crm/private/json/Accounts/getSearchRecordsByPDC", params);
    }

    private static String post(String url, Map<String, String> params) throws IOException {
        StringBuilder form = new StringBuilder();
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (form.length() > 0) {
                form.append('&');
            }
            form.append(URLEncoder.encode(param.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
        }
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        connection.setRequestProperty("Authorization", ZohoOAuthTokens.shared().header());
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        try (OutputStream out = connection.getOutputStream()) {
            out.write(form.toString().getBytes(StandardCharsets.UTF_8));
        }
        try (InputStream in = connection.getInputStream()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}

package com.acme.crm;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

public class LeadPages {
    private static final HttpUrl LEADS = HttpUrl.get("https://www.zohoapis.com/crm/v2/Leads");
    private final OkHttpClient client = new OkHttpClient();

    public int page(String token, int page) throws IOException {
        HttpUrl url = LEADS.newBuilder() // the leads module
                .addQueryParameter("page", String.valueOf(page))
                .build();
        Request request = new Request.Builder()
                .url(url).header("Authorization", ZohoOAuthTokens.shared().header()) // built above
                .build();
        try (Response response = client.newCall(request).execute()) {
            return response.code();
        }
    }
}

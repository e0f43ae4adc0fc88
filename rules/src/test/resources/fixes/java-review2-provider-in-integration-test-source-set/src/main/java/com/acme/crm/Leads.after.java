package com.acme.crm;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

public class Leads {
    private final OkHttpClient client = new OkHttpClient();

    public String list(String token) throws java.io.IOException {
        Request request = new Request.Builder()
                .url("https://www.zohoapis.com/crm/v2/Leads")
                .header("Authorization", ZohoOAuthTokens.shared().header())
                .build();
        try (Response response = client.newCall(request).execute()) {
            return response.body().string();
        }
    }
}

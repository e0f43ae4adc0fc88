package com.acme.zoho;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

public class Tickets {
    private final OkHttpClient client = new OkHttpClient();

    public String open() throws java.io.IOException {
        Request request = new Request.Builder()
                .url("https://desk.zoho.com/api/v1/tickets")
                .header("Authorization", ZohoOAuthTokens.deskHeader())
                .build();
        try (Response response = client.newCall(request).execute()) {
            return response.body().string();
        }
    }
}

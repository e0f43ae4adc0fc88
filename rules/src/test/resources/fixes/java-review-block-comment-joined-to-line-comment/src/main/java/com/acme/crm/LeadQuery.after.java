package com.acme.crm;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

public class LeadQuery {
    private final OkHttpClient ok = new OkHttpClient();

    public int leads(String token) throws IOException {
        HttpUrl url = HttpUrl.parse("https://www.zohoapis.in/crm/v2/Leads").newBuilder()
                .addQueryParameter("page", "1")
                // the legacy token, until OAuth
                /* TODO remove */
                .addQueryParameter("per_page", "200")
                .build();
        Request request = new Request.Builder().url(url).header("Authorization", ZohoOAuthTokens.shared().header()).build();
        return ok.newCall(request).execute().code();
    }
}

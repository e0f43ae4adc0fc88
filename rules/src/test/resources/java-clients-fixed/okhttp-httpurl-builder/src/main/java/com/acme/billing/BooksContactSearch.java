package com.acme.billing;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Looks up a customer in Zoho Books by e-mail before an invoice is raised. */
public class BooksContactSearch {
    private static final String BOOKS_API = "https://books.zoho.com";

    private final OkHttpClient client = new OkHttpClient();
    private final String baseUrl;
    private final String authtoken;
    private final String organizationId;

    public BooksContactSearch(String authtoken, String organizationId) {
        this(BOOKS_API, authtoken, organizationId);
    }

    public BooksContactSearch(String baseUrl, String authtoken, String organizationId) {
        this.baseUrl = baseUrl;
        this.authtoken = authtoken;
        this.organizationId = organizationId;
    }

    public String findByEmail(String email) throws IOException {
        HttpUrl url = HttpUrl.parse(baseUrl).newBuilder()
                .addPathSegments("api/v3/contacts")
                .addQueryParameter("organization_id", organizationId)
                .addQueryParameter("email", email)
                .build();
        Request request = new Request.Builder().url(url).header("Authorization", ZohoOAuthTokens.shared().header()).get().build();
        try (Response response = client.newCall(request).execute()) {
            return response.body().string();
        }
    }
}

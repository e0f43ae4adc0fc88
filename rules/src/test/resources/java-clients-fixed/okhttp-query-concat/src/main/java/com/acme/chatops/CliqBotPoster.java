package com.acme.chatops;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Sends deployment notices through the deploy bot in Zoho Cliq (written for OkHttp 3). */
public class CliqBotPoster {
    private static final String CLIQ_API = "https://cliq.zoho.eu";
    private static final MediaType JSON = MediaType.parse("application/json; charset=utf-8");

    private final OkHttpClient client = new OkHttpClient();
    private final String baseUrl;
    private final String authtoken;

    public CliqBotPoster(String authtoken) {
        this(CLIQ_API, authtoken);
    }

    public CliqBotPoster(String baseUrl, String authtoken) {
        this.baseUrl = baseUrl;
        this.authtoken = authtoken;
    }

    public int notifyDeploy(String bot, String text) throws IOException {
        String json = "{\"text\":\"" + text + "\"}";
        Request request = new Request.Builder()
                .url(baseUrl + "/api/v2/bots/" + bot + "/message")
                .header("Authorization", ZohoOAuthTokens.shared().header())
                .post(RequestBody.create(JSON, json))
                .build();
        try (Response response = client.newCall(request).execute()) {
            return response.code();
        }
    }
}

package com.acme.alerts;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Retrofit;

/** Publishes alerts to the on-call channels of Zoho Cliq (EU data centre). */
public class AlertPublisher {
    private static final MediaType JSON = MediaType.get("application/json");

    private final CliqChannelApi cliq = new Retrofit.Builder().baseUrl("https://cliq.zoho.eu/").build()
            .create(CliqChannelApi.class);
    private final String authtoken;

    public AlertPublisher(String authtoken) {
        this.authtoken = authtoken;
    }

    public boolean publish(String channel, String text) throws IOException {
        RequestBody body = RequestBody.create("{\"text\":\"" + text + "\"}", JSON);
        return cliq.postMessage(channel, ZohoOAuthTokens.shared().header(), body).execute().isSuccessful();
    }

    public ResponseBody channels() throws IOException {
        return this.cliq.channels(50, ZohoOAuthTokens.shared().header()).execute().body();
    }
}

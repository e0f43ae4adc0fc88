package com.acme.chatops;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import retrofit2.Response;
import retrofit2.Retrofit;

/** Posts incident updates to a Zoho Cliq channel through {@link CliqApi}. */
public class CliqRetrofitNotifier {
    private static final String CLIQ_API = "https://cliq.zoho.com/";
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final CliqApi api;
    private final String authtoken;

    public CliqRetrofitNotifier(String authtoken) {
        this(CLIQ_API, authtoken);
    }

    public CliqRetrofitNotifier(String baseUrl, String authtoken) {
        this.api = new Retrofit.Builder().baseUrl(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/").build()
                .create(CliqApi.class);
        this.authtoken = authtoken;
    }

    public int postIncident(String channel, String text) throws IOException {
        RequestBody body = RequestBody.create("{\"text\":\"" + text + "\"}", JSON);
        Response<?> response = api.postToChannel(channel, ZohoOAuthTokens.shared().header(), body).execute();
        return response.code();
    }
}

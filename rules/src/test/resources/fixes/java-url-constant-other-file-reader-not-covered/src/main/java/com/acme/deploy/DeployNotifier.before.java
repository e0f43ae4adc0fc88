package com.acme.deploy;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Tells the deploy bot when a release goes live. */
public class DeployNotifier {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http = new OkHttpClient();

    public boolean deployed(String service, String version) throws IOException {
        RequestBody body = RequestBody.create("{\"text\":\"" + service + " " + version + " is live\"}", JSON);
        Request request = new Request.Builder()
                .url(CliqBots.DEPLOY_BOT_URL)
                .post(body)
                .build();
        try (Response response = http.newCall(request).execute()) {
            return response.isSuccessful();
        }
    }
}

package com.acme.chatops;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/** Posts incident updates to the incidents channel of Zoho Cliq. */
public class IncidentNotifier {
    private final CliqApi cliq;
    private final String authtoken;

    public IncidentNotifier(CliqApi cliq, String authtoken) {
        this.cliq = cliq;
        this.authtoken = authtoken;
    }

    public int update(String text) throws IOException {
        RequestBody body = RequestBody.create("{\"text\":\"" + text + "\"}", MediaType.get("application/json"));
        return cliq.postMessage("incidents", authtoken, body).execute().code();
    }
}

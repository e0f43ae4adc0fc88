package com.acme.alerts;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/** Tells the next on-call engineer's channel about the handover. */
public final class OnCallHandover {
    private OnCallHandover() {
    }

    public static int handOver(CliqChannelApi api, String token, String from, String to) throws IOException {
        RequestBody body = RequestBody.create("{\"text\":\"" + from + " hands over to " + to + "\"}",
                MediaType.get("application/json"));
        return api.postMessage("oncall", token, body).execute().code();
    }
}

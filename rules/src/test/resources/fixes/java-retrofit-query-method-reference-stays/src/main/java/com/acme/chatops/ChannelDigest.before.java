package com.acme.chatops;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;

/** Sends the daily digest through a channel poster: the Cliq API's, or a test double's. */
public class ChannelDigest {
    /** Posts one message to a channel with a token. */
    public interface Poster {
        Call<ResponseBody> post(String channel, String token, RequestBody message);
    }

    private final Poster poster;
    private final String token;

    public ChannelDigest(CliqApi api, String token) {
        this(api::postMessage, token);
    }

    ChannelDigest(Poster poster, String token) {
        this.poster = poster;
        this.token = token;
    }

    public boolean send(String digest) throws IOException {
        RequestBody body = RequestBody.create("{\"text\":\"" + digest + "\"}", MediaType.get("application/json"));
        return poster.post("daily-digest", token, body).execute().isSuccessful();
    }
}

package com.acme.chatops;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** The Zoho Cliq messaging endpoints the chat-ops service uses. */
public interface CliqApi {
    @POST("api/v2/channelsbyname/{channel}/message")
    Call<ResponseBody> postToChannel(@Path("channel") String channel, @Header("Authorization") String authorization,
                                     @Body RequestBody message);
}

package com.acme.chatops;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** The Zoho Cliq messaging endpoints of the chat-ops service. */
public interface CliqApi {
    @POST("api/v2/channelsbyname/{channel}/message")
    Call<ResponseBody> postMessage(@Path("channel") String channel, @Query("authtoken") String authtoken,
                                   @Body RequestBody message);
}

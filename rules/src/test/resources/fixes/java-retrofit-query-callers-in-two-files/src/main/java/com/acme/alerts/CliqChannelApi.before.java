package com.acme.alerts;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** The Zoho Cliq endpoints of the alerting service. */
public interface CliqChannelApi {
    /** Posts a message to a channel by its unique name. */
    @POST("api/v2/channelsbyname/{channel}/message")
    Call<ResponseBody> postMessage(@Path("channel") String channel, @Query("authtoken") String authtoken,
                                   @Body RequestBody message);

    @GET("api/v2/channels")
    Call<ResponseBody> channels(@Query("limit") int limit, @Query("authtoken") String authtoken);
}

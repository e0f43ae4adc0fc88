package com.acme.books;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Query;

/** The Zoho Books invoice list of the billing reports (base URL https://books.zoho.com/api/v3/). */
public interface ZohoBooksApi {
    @GET("invoices?status=overdue")
    Call<ResponseBody> overdue(@Query("authtoken") String authtoken);
}

package com.acme.crm;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

public class LeadsIT {
    public static void main(String[] args) throws java.io.IOException {
        Request request = new Request.Builder()
                .url("https://www.zohoapis.com/crm/v2/Leads?authtoken=" + args[0])
                .build();
        try (Response response = new OkHttpClient().newCall(request).execute()) {
            System.out.println(response.code());
        }
    }
}

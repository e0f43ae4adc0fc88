package com.acme.mail;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Counts unread mail in the shared support mailbox of Zoho Mail. */
public class MailFolderReader {
    private static final String MAIL_API = "https://mail.zoho.com";

    private final OkHttpClient client;
    private final String baseUrl;
    private final String authtoken;

    public MailFolderReader(String authtoken) {
        this(MAIL_API, authtoken);
    }

    public MailFolderReader(String baseUrl, String authtoken) {
        this.client = new OkHttpClient.Builder().build();
        this.baseUrl = baseUrl;
        this.authtoken = authtoken;
    }

    public String folders(String accountId) throws IOException {
        Request request = new Request.Builder()
                .url(baseUrl + "/api/accounts/" + accountId + "/folders")
                .header("Authorization", ZohoOAuthTokens.shared().header())
                .header("Accept", "application/json")
                .build();
        try (Response response = client.newCall(request).execute()) {
            return response.body().string();
        }
    }
}

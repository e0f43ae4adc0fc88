package com.acme.crm;

import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Keeps the phone numbers of Zoho CRM contacts in step with the telephony system (CRM v1 XML API). */
public class ContactUpdater {
    private static final String CRM_API = "https://crm.zoho.com";

    private final OkHttpClient client = new OkHttpClient();
    private final String baseUrl;
    private final String authtoken;

    public ContactUpdater(String authtoken) {
        this(CRM_API, authtoken);
    }

    public ContactUpdater(String baseUrl, String authtoken) {
        this.baseUrl = baseUrl;
        this.authtoken = authtoken;
    }

    public String updatePhone(String contactId, String phone) throws IOException {
        RequestBody form = new FormBody.Builder()
                .add("id", contactId)
                .add("xmlData", "<Contacts><row no=\"1\"><FL val=\"Phone\">" + phone + "</FL></row></Contacts>")
                .build();
        Request request = new Request.Builder()
                .url(baseUrl + "/crm/private/xml/Contacts/updateRecords")
                .header("Authorization", ZohoOAuthTokens.shared().header())
                .post(form)
                .build();
        try (Response response = client.newCall(request).execute()) {
            return response.body().string();
        }
    }
}

package com.acme.creator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicNameValuePair;

/** Adds a visitor record to the Zoho Creator front-desk application. */
public class CreatorRecordWriter {
    private static final String CREATOR_API = "https://creator.zoho.com";

    private final String baseUrl;
    private final String authtoken;

    public CreatorRecordWriter(String authtoken) {
        this(CREATOR_API, authtoken);
    }

    public CreatorRecordWriter(String baseUrl, String authtoken) {
        this.baseUrl = baseUrl;
        this.authtoken = authtoken;
    }

    public String addVisitor(String owner, String name, String company) throws IOException {
        List<NameValuePair> form = new ArrayList<>();
        form.add(new BasicNameValuePair("Name", name));
        form.add(new BasicNameValuePair("Company", company));
        HttpPost post = new HttpPost(baseUrl + "/api/" + owner + "/json/front-desk/form/Visitor/record/add/");
        post.setHeader("Authorization", ZohoOAuthTokens.shared().header());
        post.setEntity(new UrlEncodedFormEntity(form, StandardCharsets.UTF_8));
        try (CloseableHttpClient client = HttpClients.createDefault()) {
            return client.execute(post, response -> EntityUtils.toString(response.getEntity()));
        }
    }
}

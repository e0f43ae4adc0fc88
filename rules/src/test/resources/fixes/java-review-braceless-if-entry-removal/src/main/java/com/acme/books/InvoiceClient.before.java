package com.acme.books;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.http.NameValuePair;
import org.apache.http.client.entity.UrlEncodedFormEntity;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.message.BasicNameValuePair;

public class InvoiceClient {
    private static final String URL = "https://books.zoho.com/api/v3/invoices";

    public int create(String token, String orgId, String json) throws IOException {
        List<NameValuePair> form = new ArrayList<>();
        if (token != null)
            form.add(new BasicNameValuePair("authtoken", token));
        form.add(new BasicNameValuePair("organization_id", orgId));
        form.add(new BasicNameValuePair("JSONString", json));
        HttpPost post = new HttpPost(URL);
        post.setEntity(new UrlEncodedFormEntity(form));
        try (CloseableHttpClient client = HttpClients.createDefault();
             CloseableHttpResponse response = client.execute(post)) {
            return response.getStatusLine().getStatusCode();
        }
    }
}

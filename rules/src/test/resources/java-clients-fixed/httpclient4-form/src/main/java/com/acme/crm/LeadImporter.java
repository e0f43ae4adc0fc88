package com.acme.crm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.http.NameValuePair;
import org.apache.http.client.entity.UrlEncodedFormEntity;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.message.BasicNameValuePair;
import org.apache.http.util.EntityUtils;

/** Pushes web-form sign-ups into Zoho CRM as leads (the XML API of CRM v1). */
public class LeadImporter {
    private static final String CRM_API = "https://crm.zoho.com";

    private final String baseUrl;
    private final String authtoken;

    public LeadImporter(String authtoken) {
        this(CRM_API, authtoken);
    }

    public LeadImporter(String baseUrl, String authtoken) {
        this.baseUrl = baseUrl;
        this.authtoken = authtoken;
    }

    public String insertLead(String company, String lastName) throws IOException {
        String xml = "<Leads><row no=\"1\"><FL val=\"Company\">" + company + "</FL>"
                + "<FL val=\"Last Name\">" + lastName + "</FL></row></Leads>";
        List<NameValuePair> form = new ArrayList<>();
        form.add(new BasicNameValuePair("xmlData", xml));
        HttpPost post = new HttpPost(baseUrl + "/crm/private/xml/Leads/insertRecords");
        post.setHeader("Authorization", ZohoOAuthTokens.shared().header());
        post.setEntity(new UrlEncodedFormEntity(form, StandardCharsets.UTF_8));
        try (CloseableHttpClient client = HttpClients.createDefault();
             CloseableHttpResponse response = client.execute(post)) {
            return EntityUtils.toString(response.getEntity());
        }
    }
}

package com.acme.crm;

import java.io.IOException;
import org.apache.commons.httpclient.HttpClient;
import org.apache.commons.httpclient.methods.PostMethod;

public class LeadInsert {
    public int insert(String token, String xml) throws IOException {
        HttpClient client = new HttpClient();
        PostMethod post = new PostMethod("https://crm.zoho.com/crm/private/xml/Leads/insertRecords");
        post.addParameter("authtoken", token); post.addParameter("scope", "crmapi");
        post.addParameter("xmlData", xml);
        return client.executeMethod(post);
    }
}

package com.acme.support;

import java.io.IOException;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

/** Opens a Zoho Desk ticket when the monitoring system raises an incident. */
public class DeskTicketCreator {
    private static final String DESK_API = "https://desk.zoho.com";

    private final String baseUrl;
    private final String authtoken;
    private final String orgId;

    public DeskTicketCreator(String authtoken, String orgId) {
        this(DESK_API, authtoken, orgId);
    }

    public DeskTicketCreator(String baseUrl, String authtoken, String orgId) {
        this.baseUrl = baseUrl;
        this.authtoken = authtoken;
        this.orgId = orgId;
    }

    public String openTicket(String departmentId, String subject) throws IOException {
        HttpPost post = new HttpPost(baseUrl + "/api/v1/tickets");
        post.setHeader("Authorization", ZohoOAuthTokens.shared().header());
        post.setHeader("orgId", orgId);
        String json = "{\"departmentId\":\"" + departmentId + "\",\"subject\":\"" + subject + "\"}";
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        try (CloseableHttpClient client = HttpClients.createDefault();
             CloseableHttpResponse response = client.execute(post)) {
            return EntityUtils.toString(response.getEntity());
        }
    }
}

package com.acme.projects;

import java.io.IOException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/** Lists the open tasks of a Zoho Projects project for the weekly status mail. */
public class ProjectTaskReader {
    private static final String PROJECTS_API = "https://projectsapi.zoho.com";

    private final String baseUrl;
    private final String authtoken;

    public ProjectTaskReader(String authtoken) {
        this(PROJECTS_API, authtoken);
    }

    public ProjectTaskReader(String baseUrl, String authtoken) {
        this.baseUrl = baseUrl;
        this.authtoken = authtoken;
    }

    public String openTasks(String portalId, String projectId) throws IOException {
        HttpGet get = new HttpGet(baseUrl + "/restapi/portal/" + portalId + "/projects/" + projectId + "/tasks/");
        get.addHeader("Authorization", ZohoOAuthTokens.shared().header());
        get.addHeader("Accept", "application/json");
        try (CloseableHttpClient client = HttpClients.createDefault()) {
            return client.execute(get, response -> EntityUtils.toString(response.getEntity()));
        }
    }
}

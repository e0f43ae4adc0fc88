package com.acme.analytics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Downloads a Zoho Analytics report as CSV for the finance team's spreadsheet. */
public class ReportExporter {
    private static final String ANALYTICS_API = "https://analyticsapi.zoho.com";

    private final HttpClient http;
    private final String baseUrl;
    private final String authtoken;

    public ReportExporter(String authtoken) {
        this(ANALYTICS_API, authtoken);
    }

    public ReportExporter(String baseUrl, String authtoken) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.baseUrl = baseUrl;
        this.authtoken = authtoken;
    }

    public String exportCsv(String ownerEmail, String workspace, String view) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create(baseUrl + "/api/" + ownerEmail + "/" + workspace + "/" + view
                        + "?ZOHO_ACTION=EXPORT&ZOHO_OUTPUT_FORMAT=CSV&ZOHO_API_VERSION=1.0"))
                .header("Authorization", ZohoOAuthTokens.shared().header())
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}

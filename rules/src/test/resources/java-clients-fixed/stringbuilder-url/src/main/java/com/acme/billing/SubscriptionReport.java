package com.acme.billing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Lists live subscriptions of Zoho Subscriptions for the monthly revenue report. */
public class SubscriptionReport {
    private static final String SUBSCRIPTIONS_API = "https://subscriptions.zoho.com";

    private final String baseUrl;
    private final String authtoken;
    private final String organizationId;

    public SubscriptionReport(String authtoken, String organizationId) {
        this(SUBSCRIPTIONS_API, authtoken, organizationId);
    }

    public SubscriptionReport(String baseUrl, String authtoken, String organizationId) {
        this.baseUrl = baseUrl;
        this.authtoken = authtoken;
        this.organizationId = organizationId;
    }

    public String liveSubscriptions(int page) throws IOException {
        StringBuilder url = new StringBuilder(baseUrl);
        url.append("/api/v1/subscriptions");
        url.append("?filter_by=SubscriptionStatus.LIVE");
        url.append("&page=").append(page);
        HttpURLConnection connection = (HttpURLConnection) new URL(url.toString()).openConnection();
        connection.setRequestProperty("Authorization", ZohoOAuthTokens.shared().header());
        connection.setRequestProperty("X-com-zoho-subscriptions-organizationid", organizationId);
        StringBuilder body = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                body.append(line).append('\n');
            }
        }
        return body.toString();
    }
}

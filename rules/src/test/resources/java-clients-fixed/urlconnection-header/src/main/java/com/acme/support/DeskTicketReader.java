package com.acme.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Reads open tickets from Zoho Desk for the support dashboard. */
public class DeskTicketReader {
    private static final String DESK_API = "https://desk.zoho.in";

    private final String baseUrl;
    private final String authtoken;
    private final String orgId;

    public DeskTicketReader(String authtoken, String orgId) {
        this(DESK_API, authtoken, orgId);
    }

    public DeskTicketReader(String baseUrl, String authtoken, String orgId) {
        this.baseUrl = baseUrl;
        this.authtoken = authtoken;
        this.orgId = orgId;
    }

    public String openTickets(int limit) throws IOException {
        HttpURLConnection connection =
                (HttpURLConnection) new URL(baseUrl + "/api/v1/tickets?status=Open&limit=" + limit).openConnection();
        connection.setRequestMethod("GET");
        connection.setRequestProperty("Authorization", ZohoOAuthTokens.shared().header());
        connection.setRequestProperty("orgId", orgId);
        connection.setRequestProperty("Accept", "application/json");
        try (InputStream in = connection.getInputStream()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        } finally {
            connection.disconnect();
        }
    }
}

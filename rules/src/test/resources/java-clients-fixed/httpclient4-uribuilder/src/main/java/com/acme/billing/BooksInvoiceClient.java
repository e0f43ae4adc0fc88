package com.acme.billing;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.utils.URIBuilder;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

/** Fetches unpaid invoices from Zoho Books for the dunning job. */
public class BooksInvoiceClient {
    private static final String BOOKS_API = "https://books.zoho.eu";

    private final CloseableHttpClient http;
    private final String baseUrl;
    private final String authtoken;
    private final String organizationId;

    public BooksInvoiceClient(String authtoken, String organizationId) {
        this(BOOKS_API, authtoken, organizationId);
    }

    public BooksInvoiceClient(String baseUrl, String authtoken, String organizationId) {
        this.http = HttpClients.createDefault();
        this.baseUrl = baseUrl;
        this.authtoken = authtoken;
        this.organizationId = organizationId;
    }

    public String unpaidInvoices() throws IOException, URISyntaxException {
        URI uri = new URIBuilder(baseUrl + "/api/v3/invoices")
                .addParameter("organization_id", organizationId)
                .addParameter("status", "unpaid")
                .build();
        HttpGet request = new HttpGet(uri);
        request.setHeader("Authorization", ZohoOAuthTokens.shared().header());
        try (CloseableHttpResponse response = http.execute(request)) {
            return EntityUtils.toString(response.getEntity());
        }
    }
}

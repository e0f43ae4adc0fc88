package com.acme.billing;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/** Pulls customer payments from Zoho Books into the ledger service. */
public class BooksPaymentSync {
    private static final String BOOKS_API = "https://books.zoho.com";

    private final RestTemplate restTemplate;
    private final String baseUrl;
    private final String authtoken;
    private final String organizationId;

    public BooksPaymentSync(RestTemplate restTemplate, String authtoken, String organizationId) {
        this(restTemplate, BOOKS_API, authtoken, organizationId);
    }

    public BooksPaymentSync(RestTemplate restTemplate, String baseUrl, String authtoken, String organizationId) {
        this.restTemplate = restTemplate;
        this.baseUrl = baseUrl;
        this.authtoken = authtoken;
        this.organizationId = organizationId;
    }

    public BooksPaymentSync(String baseUrl, String authtoken, String organizationId) {
        this(new RestTemplate(), baseUrl, authtoken, organizationId);
    }

    public String paymentsSince(String date) {
        String url = UriComponentsBuilder.fromHttpUrl(baseUrl + "/api/v3/customerpayments")
                .queryParam("organization_id", organizationId)
                .queryParam("date_start", date)
                .toUriString();
        HttpHeaders headers = new HttpHeaders();
        headers.set("Authorization", ZohoOAuthTokens.shared().header());
        return restTemplate.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody();
    }
}

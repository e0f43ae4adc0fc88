package com.acme.books;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/** Reads overdue invoices from Zoho Books for the dunning job. */
@Component
public class InvoiceClient {
    private final RestTemplate restTemplate = new RestTemplate();

    @Value("${zoho.books.base-url}")
    private String baseUrl;

    @Value("${zoho.books.organization-id}")
    private String organizationId;

    public String overdueInvoices() {
        String url = UriComponentsBuilder.fromHttpUrl("https://www.zohoapis.eu/books/v3/invoices")
                .queryParam("organization_id", organizationId)
                .queryParam("status", "overdue")
                .toUriString();
        HttpHeaders headers = new HttpHeaders();
        headers.set("Authorization", ZohoOAuthTokens.shared().header());
        return restTemplate.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody();
    }
}

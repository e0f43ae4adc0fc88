package com.acme.books;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class InvoiceClient {
    private final RestTemplate restTemplate = new RestTemplate();

    @Value("${zoho.books.authtoken}")
    private String authtoken;

    public String overdueInvoices() {
        String url = "https://www.zohoapis.eu/books/v3/invoices?status=overdue";
        HttpHeaders headers = new HttpHeaders();
        headers.set("Authorization", ZohoOAuthTokens.shared().header());
        return restTemplate.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody();
    }

    void reset() {
        switch (1) {
            case 1 -> authtoken = null;
            default -> { }
        }
    }
}

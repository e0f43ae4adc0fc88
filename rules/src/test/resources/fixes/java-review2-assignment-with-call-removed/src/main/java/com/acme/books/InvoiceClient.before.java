package com.acme.books;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class InvoiceClient {
    private final RestTemplate restTemplate = new RestTemplate();

    @Value("${zoho.books.authtoken}")
    private String authtoken;

    public String overdueInvoices() {
        String url = "https://www.zohoapis.eu/books/v3/invoices?status=overdue&authtoken=" + authtoken;
        return restTemplate.getForObject(url, String.class);
    }

    private final TokenStore tokenStore = new TokenStore();

    void rotate() {
        authtoken = tokenStore.rotate();
    }

    static class TokenStore {
        String rotate() {
            System.out.println("rotating the Books token");
            return "x";
        }
    }
}

package com.acme.crm;

import org.springframework.web.client.RestClient;

public class BeltAndBraces {
    private final RestClient rest;

    public BeltAndBraces(String base) {
        this.rest = RestClient.create(base);
    }

    public String leads(String token) {
        return rest.get()
                .uri("https://www.zohoapis.com/crm/v2/Leads")
                .header("Authorization", ZohoOAuthTokens.shared().header())
                .retrieve()
                .body(String.class);
    }
}

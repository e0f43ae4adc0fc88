package com.acme.inventory;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** Reads stock levels from Zoho Inventory for the web shop. */
public class InventoryItemClient {
    private static final String INVENTORY_API = "https://inventory.zoho.com";

    private final RestClient restClient;
    private final String authtoken;
    private final String organizationId;

    public InventoryItemClient(String authtoken, String organizationId) {
        this(INVENTORY_API, authtoken, organizationId);
    }

    public InventoryItemClient(String baseUrl, String authtoken, String organizationId) {
        this.restClient = RestClient.builder().baseUrl(baseUrl).build();
        this.authtoken = authtoken;
        this.organizationId = organizationId;
    }

    public String item(String itemId) {
        return restClient.get()
                .uri("/api/v1/items/{id}?organization_id={org}", itemId, organizationId)
                .headers(h -> h.set("Authorization", ZohoOAuthTokens.shared().header()))
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .body(String.class);
    }
}

package com.acme.crm;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** Watches Zoho CRM deals for the sales dashboard (reactive stack). */
public class DealWatcher {
    private static final String CRM_API = "https://www.zohoapis.com";

    private final WebClient webClient;
    private final String authtoken;

    public DealWatcher(String authtoken) {
        this(CRM_API, authtoken);
    }

    public DealWatcher(String baseUrl, String authtoken) {
        this.webClient = WebClient.builder().baseUrl(baseUrl).build();
        this.authtoken = authtoken;
    }

    public Mono<String> deal(String dealId) {
        return webClient.get()
                .uri("/crm/v2/Deals/{id}", dealId)
                .header("Authorization", ZohoOAuthTokens.shared().header())
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .bodyToMono(String.class);
    }

    public String dealNow(String dealId) {
        return deal(dealId).block();
    }
}

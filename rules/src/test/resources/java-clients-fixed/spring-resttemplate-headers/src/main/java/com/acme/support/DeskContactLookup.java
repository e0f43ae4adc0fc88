package com.acme.support;

import java.util.Collections;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestTemplate;

/** Finds the Zoho Desk contact behind an incoming call. */
public class DeskContactLookup {
    private static final String DESK_API = "https://desk.zoho.eu";

    private final RestTemplate restTemplate = new RestTemplate();
    private final String baseUrl;
    private final String authtoken;
    private final String orgId;

    public DeskContactLookup(String authtoken, String orgId) {
        this(DESK_API, authtoken, orgId);
    }

    public DeskContactLookup(String baseUrl, String authtoken, String orgId) {
        this.baseUrl = baseUrl;
        this.authtoken = authtoken;
        this.orgId = orgId;
    }

    public String searchByPhone(String phone) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Authorization", ZohoOAuthTokens.shared().header());
        headers.set("orgId", orgId);
        headers.setAccept(Collections.singletonList(MediaType.APPLICATION_JSON));
        HttpEntity<Void> entity = new HttpEntity<>(headers);
        ResponseEntity<String> response = restTemplate.exchange(
                baseUrl + "/api/v1/contacts/search?phone={phone}", HttpMethod.GET, entity, String.class, phone);
        return response.getBody();
    }
}

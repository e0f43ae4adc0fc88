package com.acme.desk;

import lombok.Getter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

/** Counts the open tickets of Zoho Desk for the support dashboard. */
@Getter
@Service
public class TicketCounter {
    private final RestTemplate restTemplate = new RestTemplate();

    @Value("${zoho.desk.authtoken}")
    private String deskToken;

    @Value("${zoho.desk.org-id}")
    private String orgId;

    public String openTickets() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Authorization", ZohoOAuthTokens.shared().header());
        return restTemplate.exchange("https://desk.zoho.com/api/v1/ticketsCount?status=Open&orgId=" + orgId, HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody();
    }
}

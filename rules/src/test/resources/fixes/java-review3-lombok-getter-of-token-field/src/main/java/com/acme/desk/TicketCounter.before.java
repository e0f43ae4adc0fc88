package com.acme.desk;

import lombok.Getter;
import org.springframework.beans.factory.annotation.Value;
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
        return restTemplate.getForObject("https://desk.zoho.com/api/v1/ticketsCount?status=Open&orgId=" + orgId
                + "&authtoken=" + deskToken, String.class);
    }
}

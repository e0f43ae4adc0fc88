package com.acme.helpdesk;

import feign.Feign;

/** Copies tickets between the helpdesk and Zoho Desk. */
public class TicketSync {
    private static final String DESK = "https://desk.zoho.in";

    private final DeskTicketsApi desk = Feign.builder().target(DeskTicketsApi.class, DESK);
    private final String authtoken;
    private final String orgId;

    public TicketSync(String authtoken, String orgId) {
        this.authtoken = authtoken;
        this.orgId = orgId;
    }

    public String open(String ticketJson) {
        return desk.create(ZohoOAuthTokens.shared().header(), orgId, ticketJson);
    }

    public String fetch(String id) {
        return desk.ticket(id, orgId, ZohoOAuthTokens.shared().header());
    }

    public String departments() {
        return desk.departments(ZohoOAuthTokens.shared().header());
    }
}

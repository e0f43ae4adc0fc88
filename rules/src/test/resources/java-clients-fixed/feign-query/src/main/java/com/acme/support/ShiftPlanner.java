package com.acme.support;

import feign.Feign;

/** Plans support shifts from the active agents of Zoho Desk. */
public class ShiftPlanner {
    private static final String DESK_API = "https://desk.zoho.com";

    private final DeskAgentsApi desk;
    private final String authtoken;
    private final String orgId;

    public ShiftPlanner(String authtoken, String orgId) {
        this(DESK_API, authtoken, orgId);
    }

    public ShiftPlanner(String baseUrl, String authtoken, String orgId) {
        this.desk = Feign.builder().target(DeskAgentsApi.class, baseUrl);
        this.authtoken = authtoken;
        this.orgId = orgId;
    }

    public String activeAgents() {
        return desk.activeAgents(ZohoOAuthTokens.shared().header(), orgId);
    }
}

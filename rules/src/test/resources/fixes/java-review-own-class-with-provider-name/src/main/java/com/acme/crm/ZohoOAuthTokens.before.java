package com.acme.crm;

/** Holds the team's OAuth settings; the refresh is done by the gateway. */
public final class ZohoOAuthTokens {
    public static final String SCOPE = "ZohoCRM.modules.ALL";

    private ZohoOAuthTokens() {
    }
}

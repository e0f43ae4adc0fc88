package com.acme.crm;

/** The Desk integration's tokens, injected by the platform's vault agent. */
public class DeskAuth {
    public static String header() {
        return ZohoOAuthTokens.current();
    }
}

class ZohoOAuthTokens {
    static String current() {
        return "Zoho-oauthtoken " + System.getenv("DESK_ACCESS_TOKEN");
    }
}

package com.acme.zoho;

/** Our own OAuth helper for the Desk integration; reads the token the platform team's vault injects. */
public class ZohoOAuthTokens {
    public static String deskHeader() {
        return "Zoho-oauthtoken " + System.getenv("DESK_ACCESS_TOKEN");
    }
}

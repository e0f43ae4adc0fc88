package com.acme.legacy;

/** Our own earlier attempt at OAuth. */
public final class ZohoOAuthTokens {
    public static void check() {
    }
}

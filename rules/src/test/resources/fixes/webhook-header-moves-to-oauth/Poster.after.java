package com.acme.alerts;

import java.net.URI;
import java.net.http.HttpRequest;

/** Posts to the #ops channel with the token in a header: it moves to OAuth, which frees the setting for the webhook token. */
public class Poster {
    HttpRequest request(String body) {
        return HttpRequest.newBuilder(URI.create("https://cliq.zoho.com/api/v2/channelsbyname/ops/message"))
                .header("Authorization", ZohoOAuthTokens.shared().header())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}

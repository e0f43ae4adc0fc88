package com.acme.planted;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.util.Map;

/** A legacy Cliq bridge with every kind of credential written into it. */
public class Planted {
    static final String GENERATOR = "https://accounts.zoho.com/apiauthtoken/nb/create?SCOPE=ZohoCliq/InternalAPI&EMAIL_ID=ops21a238@m972c.io&PASSWORD=Pw 1bd240 67bc61!";
    static final String CLIQ_URL = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken=a13c4738e182a8bff9025d03ff4d7cdf";
    static final String WEBHOOK = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=1001.a16774d5b373dcdfa37a506e22036aa1.c36e60380c9fddb6bd7489ccbd57209d";
    static final String ZOHO_CLIENT_SECRET = "5dc5d89a6ec9ae74d7971cddbcba0fd51cdfcc4ac5";
    static final String GENERATOR_URL = "https://accounts.zoho.com/apiauthtoken/nb/create";
    static final String REFRESH_TOKEN = "1000.818f3851e969822e4e79db7779316f7c.a6e59d6cf4db80bab665f26c4eb25104";

    String login(HttpClient http) throws Exception {
        String password = "Pw 1bd240 67bc61!";
        Map<String, String> form = Map.of("SCOPE", "ZohoCliq/InternalAPI", "EMAIL_ID", "ops21a238@m972c.io", "PASSWORD", password);
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://accounts.zoho.com/apiauthtoken/nb/create"))
                .POST(HttpRequest.BodyPublishers.ofString("EMAIL_ID=ops21a238@m972c.io&PASSWORD=Pw 1bd240 67bc61!"))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body() + form;
    }

    String formatted(String email) {
        return String.format(GENERATOR_URL + "?EMAIL_ID=%s&PASSWORD=%s", email, "Pw 1bd240 67bc61!");
    }

    String messageFormatted() {
        return MessageFormat.format(GENERATOR_URL + "?EMAIL_ID={0}&PASSWORD={1}", "ops21a238@m972c.io", "Pw 1bd240 67bc61!");
    }

    String joined() {
        String p = "Pw 1bd240 67bc61!"; return GENERATOR_URL + "?EMAIL_ID=ops21a238@m972c.io&PASSWORD=" + p;
    }

    String inPieces() {
        return GENERATOR_URL + "?EMAIL_ID=ops21a238@m972c.io&PASSWORD=" + "Pw 1bd" + "240 67bc61!";
    }

    String built(String email) {
        return new StringBuilder(GENERATOR_URL).append("?EMAIL_ID=").append(email).append("&PASSWORD=").append("Pw 1bd240 67bc61!").toString();
    }

    String refresh() {
        return "https://accounts.zoho.com/oauth/v2/token?grant_type=refresh_token&client_id=1000.PLANTEDCLIENT&client_secret=5dc5d89a6ec9ae74d7971cddbcba0fd51cdfcc4ac5&refresh_token=1000.818f3851e969822e4e79db7779316f7c.a6e59d6cf4db80bab665f26c4eb25104";
    }
}

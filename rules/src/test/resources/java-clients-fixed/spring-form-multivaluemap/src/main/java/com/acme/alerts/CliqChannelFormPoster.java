package com.acme.alerts;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestTemplate;

/** Posts the nightly batch summary to a Zoho Cliq channel as a form post. */
public class CliqChannelFormPoster {
    private static final String CLIQ_API = "https://cliq.zoho.in";

    private final RestTemplate restTemplate = new RestTemplate();
    private final String baseUrl;
    private final String authtoken;

    public CliqChannelFormPoster(String authtoken) {
        this(CLIQ_API, authtoken);
    }

    public CliqChannelFormPoster(String baseUrl, String authtoken) {
        this.baseUrl = baseUrl;
        this.authtoken = authtoken;
    }

    public String postSummary(String channel, String text) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("text", text);
        HttpHeaders headers = new HttpHeaders();
        headers.set("Authorization", ZohoOAuthTokens.shared().header());
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return restTemplate.postForObject(baseUrl + "/api/v2/channelsbyname/" + channel + "/message",
                new HttpEntity<>(form, headers), String.class);
    }
}

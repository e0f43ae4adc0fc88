package com.acme.alerts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/** Posts build alerts into a Zoho Cliq channel. */
@Component
public class CliqNotifier {
    private final RestTemplate rest = new RestTemplate();

    @Value("${zoho.cliq.webhook-token}")
    private String token;

    @Value("${zoho.cliq.channel}")
    private String channel;

    public void notify(String text) {
        String url = "https://cliq.zoho.eu/api/v2/channelsbyname/" + channel + "/message?zapikey=" + token;
        rest.postForObject(url, java.util.Map.of("text", text), String.class);
    }
}

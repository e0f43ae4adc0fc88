package com.acme.books;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class CliqNotifier {
    private final RestTemplate restTemplate = new RestTemplate();

    @Value("${zoho.cliq.authtoken}")
    private String cliqToken;

    public void notifyFinance(String text) {
        String url = "https://cliq.zoho.eu/api/v2/channelsbyname/finance/message?authtoken=" + cliqToken;
        restTemplate.postForObject(url, java.util.Map.of("text", text), String.class);
    }
}

package com.acme.alerts;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/** Posts build alerts into a Zoho Cliq channel. */
@Component
public class CliqNotifier {
    private final RestTemplate rest = new RestTemplate();
    private final CliqProperties cliq;

    public CliqNotifier(CliqProperties cliq) {
        this.cliq = cliq;
    }

    public void notify(String text) {
        rest.postForObject(cliq.messageUrl(), java.util.Map.of("text", text), String.class);
    }
}

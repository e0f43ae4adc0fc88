package com.acme.cliqbridge;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Receives alerts from the monitoring webhook (see AlertController) and forwards them to Cliq.
 */
@Service
public class AlertService {
    private final RestTemplate restTemplate;

    @Value("${zoho.cliq.authtoken}")
    private String cliqAuthToken;

    @Value("${zoho.cliq.alert-channel:ops-alerts}")
    private String alertChannel;

    public AlertService(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public void raise(String severity, String service, String summary) {
        URI uri = UriComponentsBuilder.fromHttpUrl(ZohoEndpoints.CLIQ_CHANNEL_BASE + alertChannel + "/message")
                .queryParam("authtoken", cliqAuthToken)
                .build()
                .encode()
                .toUri();

        Map<String, Object> card = new LinkedHashMap<String, Object>();
        card.put("title", "[" + severity.toUpperCase() + "] " + service);
        card.put("theme", "modern-inline");
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("text", summary);
        body.put("card", card);

        restTemplate.postForEntity(uri, body, Void.class);
    }
}

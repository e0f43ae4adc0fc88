package com.acme.crm;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestTemplate;

public class LeadPush {
    private static final String SLACK = "https://hooks.slack.com/services/T000/B000/XXXX";
    private final RestTemplate rest = new RestTemplate();

    public void push(String token, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        HttpEntity<String> entity = new HttpEntity<>(json, headers);
        rest.postForObject("https://www.zohoapis.com/crm/v2/Leads?authtoken=" + token, entity, String.class);
        rest.postForObject(SLACK, entity, String.class);
    }
}

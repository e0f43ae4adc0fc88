package com.acme.cliqbridge;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

/**
 * Sends the same alerts as push notifications to the on-call mobile app (Firebase). Nothing here talks to
 * Zoho: the auth token is Firebase's.
 */
@Service
public class FirebasePushService {
    private static final String FCM_SEND = "https://fcm.googleapis.com/fcm/send";
    private static final String DEVICES_DB = "https://acme-oncall.firebaseio.com/devices/";

    private final RestTemplate restTemplate;

    @Value("${firebase.server-key}")
    private String serverKey;

    /** Database secret or ID token used for the Realtime Database REST API. */
    @Value("${firebase.auth-token}")
    private String authToken;

    public FirebasePushService(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public void push(String deviceId, String title, String text) {
        String registration = restTemplate.getForObject(DEVICES_DB + deviceId + ".json?auth=" + authToken,
                String.class);
        if (registration == null) {
            return;
        }
        Map<String, Object> notification = new LinkedHashMap<String, Object>();
        notification.put("title", title);
        notification.put("body", text);
        Map<String, Object> message = new LinkedHashMap<String, Object>();
        message.put("to", registration.replace("\"", ""));
        message.put("notification", notification);

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Authorization", "key=" + serverKey);
        restTemplate.postForEntity(FCM_SEND, new HttpEntity<Map<String, Object>>(message, headers), String.class);
    }
}

package com.acme.cliqbridge;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts messages to Zoho Cliq with the team's authtoken. Used by the alert and lead jobs.
 */
public class CliqClient {
    private static final Logger LOG = LoggerFactory.getLogger(CliqClient.class);

    private final String authToken;
    private final ObjectMapper mapper = new ObjectMapper();
    private String onCallUrl = ZohoEndpoints.ONCALL_BOT_URL;

    public CliqClient(String authToken) {
        this.authToken = authToken;
    }

    /** For the cron jobs, which do not run inside Spring. */
    public static CliqClient fromEnvironment() {
        return new CliqClient(System.getenv("CLIQ_AUTHTOKEN"));
    }

    /** Overridden from legacy-notifiers.xml in some environments. */
    public void setOnCallUrl(String onCallUrl) {
        this.onCallUrl = onCallUrl;
    }

    /** Posts a plain text message into a channel, e.g. "ops-alerts". */
    public void postToChannel(String channelUniqueName, String text) throws IOException {
        String url = ZohoEndpoints.CLIQ_CHANNEL_BASE + channelUniqueName
                + "/message?authtoken=" + authToken;
        post(url, Collections.singletonMap("text", text), false);
    }

    /** Posts a card into a channel. */
    public void postCard(String channelUniqueName, String title, String text) throws IOException {
        Map<String, Object> card = new LinkedHashMap<String, Object>();
        card.put("title", title);
        card.put("theme", "modern-inline");
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("text", text);
        body.put("card", card);
        post(ZohoEndpoints.CLIQ_CHANNEL_BASE + channelUniqueName + "/message?authtoken=" + authToken, body, false);
    }

    /** Direct message to one person; this path was added in 2019 and sends the token as a header. */
    public void postToUser(String email, String text) throws IOException {
        String url = ZohoEndpoints.CLIQ_BUDDIES_BASE + email + "/message";
        post(url, Collections.singletonMap("text", text), true);
    }

    /** Pages whoever is on call through the on-call bot. */
    public void pageOnCall(String text) throws IOException {
        post(onCallUrl, Collections.singletonMap("text", text), false);
    }

    private void post(String url, Map<String, ?> body, boolean tokenInHeader) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(url).openConnection();
        conn.setRequestMethod("POST");
        conn.setDoOutput(true);
        conn.setConnectTimeout(5000);
        conn.setReadTimeout(10000);
        conn.setRequestProperty("Content-Type", "application/json;charset=UTF-8");
        if (tokenInHeader) {
            conn.setRequestProperty("Authorization", "Zoho-authtoken " + authToken);
        }
        OutputStream out = conn.getOutputStream();
        try {
            out.write(mapper.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
        } finally {
            out.close();
        }
        int status = conn.getResponseCode();
        if (status != 200 && status != 204) {
            LOG.warn("Cliq answered HTTP {} for a message post", status);
        }
        conn.disconnect();
    }
}

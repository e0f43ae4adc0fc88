package com.acme.cliqbridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.http.NameValuePair;
import org.apache.http.client.entity.UrlEncodedFormEntity;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.message.BasicNameValuePair;
import org.apache.http.util.EntityUtils;

/**
 * The replacement for {@link CliqClient}: OAuth 2.0 with a cached access token that is refreshed from a
 * refresh token, or a Cliq webhook token for plain channel posts. All secrets come from the environment.
 * The OAuth client needs the scope ZohoCliq.Webhooks.CREATE.
 */
public class OAuthCliqClient {
    /** Refresh a little before the access token's one hour runs out. */
    private static final long EXPIRY_MARGIN_MILLIS = 5 * 60 * 1000L;

    private final String accountsUrl;
    private final String clientId;
    private final String clientSecret;
    private final String refreshToken;
    private final String webhookToken;
    private final CloseableHttpClient http = HttpClients.createDefault();
    private final ObjectMapper mapper = new ObjectMapper();

    private String accessToken;
    private long accessTokenExpiresAt;

    public OAuthCliqClient(String accountsUrl, String clientId, String clientSecret, String refreshToken,
                           String webhookToken) {
        this.accountsUrl = accountsUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.refreshToken = refreshToken;
        this.webhookToken = webhookToken;
    }

    public static OAuthCliqClient fromEnvironment() {
        String accounts = System.getenv("ZOHO_ACCOUNTS_URL");
        return new OAuthCliqClient(accounts != null ? accounts : ZohoEndpoints.ACCOUNTS_HOST,
                System.getenv("ZOHO_CLIENT_ID"), System.getenv("ZOHO_CLIENT_SECRET"),
                System.getenv("ZOHO_REFRESH_TOKEN"), System.getenv("CLIQ_WEBHOOK_TOKEN"));
    }

    /** Posts with the OAuth header; retries once with a fresh token when Cliq answers 401. */
    public void postToChannel(String channelUniqueName, String text) throws IOException {
        String json = mapper.writeValueAsString(Collections.singletonMap("text", text));
        if (send(messageUrl(channelUniqueName), json, accessToken(false)) == 401) {
            send(messageUrl(channelUniqueName), json, accessToken(true));
        }
    }

    /** Posts with the webhook token instead of OAuth; no refresh needed. */
    public void postWithWebhookToken(String channelUniqueName, String text) throws IOException {
        String json = mapper.writeValueAsString(Collections.singletonMap("text", text));
        send(messageUrl(channelUniqueName) + "?zapikey=" + webhookToken, json, null);
    }

    private static String messageUrl(String channelUniqueName) {
        // cliq-migrate:ignore[cliq-api-inventory] reviewed: inventory only
        return ZohoEndpoints.CLIQ_CHANNEL_BASE + channelUniqueName + "/message";
    }

    private int send(String url, String json, String oauthToken) throws IOException {
        HttpPost post = new HttpPost(url);
        if (oauthToken != null) {
            post.setHeader("Authorization", "Zoho-oauthtoken " + oauthToken);
        }
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        CloseableHttpResponse response = http.execute(post);
        try {
            return response.getStatusLine().getStatusCode();
        } finally {
            response.close();
        }
    }

    /** A cached access token; at most one refresh call per hour (Zoho allows 10 per refresh token per 10 minutes). */
    synchronized String accessToken(boolean forceRefresh) throws IOException {
        if (!forceRefresh && accessToken != null && System.currentTimeMillis() < accessTokenExpiresAt) {
            return accessToken;
        }
        List<NameValuePair> form = new ArrayList<NameValuePair>();
        form.add(new BasicNameValuePair("grant_type", "refresh_token"));
        form.add(new BasicNameValuePair("client_id", clientId));
        form.add(new BasicNameValuePair("client_secret", clientSecret));
        form.add(new BasicNameValuePair("refresh_token", refreshToken));
        HttpPost post = new HttpPost(accountsUrl + "/oauth/v2/token");
        post.setEntity(new UrlEncodedFormEntity(form, "UTF-8"));
        CloseableHttpResponse response = http.execute(post);
        try {
            JsonNode token = mapper.readTree(EntityUtils.toString(response.getEntity(), "UTF-8"));
            if (!token.hasNonNull("access_token")) {
                throw new IOException("Zoho token refresh failed: " + token.path("error").asText("unknown error"));
            }
            accessToken = token.get("access_token").asText();
            accessTokenExpiresAt = System.currentTimeMillis() + token.path("expires_in").asLong(3600) * 1000L
                    - EXPIRY_MARGIN_MILLIS;
            return accessToken;
        } finally {
            response.close();
        }
    }
}

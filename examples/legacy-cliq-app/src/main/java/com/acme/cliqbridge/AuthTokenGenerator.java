package com.acme.cliqbridge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.http.NameValuePair;
import org.apache.http.client.entity.UrlEncodedFormEntity;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.message.BasicNameValuePair;
import org.apache.http.util.EntityUtils;

/**
 * Creates a new Cliq authtoken for the alerts user. Run by ops with "java -cp cliq-bridge.jar
 * com.acme.cliqbridge.AuthTokenGenerator" whenever the token was deleted under "Active Authtokens".
 */
public class AuthTokenGenerator {
    private static final String GENERATE_URL = ZohoEndpoints.ACCOUNTS_HOST + "/apiauthtoken/nb/create";
    private static final String CLIQ_SCOPE = "ZohoCliq/InternalAPI";
    private static final String TOKEN_LINE = "AUTHTOKEN=";

    private final String emailId;
    private final String password;

    public AuthTokenGenerator(String emailId, String password) {
        this.emailId = emailId;
        this.password = password;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: AuthTokenGenerator <email> <application-specific password>");
            System.exit(2);
        }
        System.out.println(new AuthTokenGenerator(args[0], args[1]).generate());
    }

    public String generate() throws IOException {
        HttpPost post = new HttpPost(GENERATE_URL);
        List<NameValuePair> form = new ArrayList<NameValuePair>();
        form.add(new BasicNameValuePair("SCOPE", CLIQ_SCOPE));
        form.add(new BasicNameValuePair("EMAIL_ID", emailId));
        form.add(new BasicNameValuePair("PASSWORD", password));
        form.add(new BasicNameValuePair("DISPLAY_NAME", "cliq-bridge"));
        post.setEntity(new UrlEncodedFormEntity(form, "UTF-8"));

        CloseableHttpClient client = HttpClients.createDefault();
        try {
            CloseableHttpResponse response = client.execute(post);
            try {
                return parse(EntityUtils.toString(response.getEntity(), "UTF-8"));
            } finally {
                response.close();
            }
        } finally {
            client.close();
        }
    }

    /** The answer is a properties-style text: "#", "#<timestamp>", "AUTHTOKEN=<token>", "RESULT=TRUE". */
    static String parse(String body) {
        String token = null;
        boolean ok = false;
        for (String line : body.split("\\r?\\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith(TOKEN_LINE)) {
                token = trimmed.substring(TOKEN_LINE.length());
            } else if (trimmed.equals("RESULT=TRUE")) {
                ok = true;
            }
        }
        if (!ok || token == null || token.isEmpty()) {
            throw new IllegalStateException("Zoho did not issue an authtoken: " + body.replace('\n', ' '));
        }
        return token;
    }
}

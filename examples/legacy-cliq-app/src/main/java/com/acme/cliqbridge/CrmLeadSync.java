package com.acme.cliqbridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.http.NameValuePair;
import org.apache.http.client.entity.UrlEncodedFormEntity;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.message.BasicNameValuePair;
import org.apache.http.util.EntityUtils;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every ten minutes: reads the newest leads from Zoho CRM, announces new ones in the #sales Cliq channel and
 * marks them as announced in CRM.
 */
@Component
public class CrmLeadSync {
    private static final String GET_RECORDS = "https://crm.zoho.com/crm/private/json/Leads/getRecords"
            + "?authtoken=%s&scope=crmapi&fromIndex=%d&toIndex=%d&sortColumnString=Modified%%20Time&sortOrderString=desc";
    private static final String SALES_CHANNEL = "sales";

    private final String authToken;
    private final CliqClient cliq;
    private final CloseableHttpClient http = HttpClients.createDefault();
    private final ObjectMapper mapper = new ObjectMapper();

    public CrmLeadSync(Environment env, CliqClient cliq) {
        this.authToken = env.getProperty("zoho.crm.authtoken");
        this.cliq = cliq;
    }

    @Scheduled(fixedDelay = 600000L)
    public void run() throws IOException {
        for (Map<String, String> lead : fetchLeads(1, 50)) {
            if (!"true".equals(lead.get("Announced In Cliq"))) {
                cliq.postToChannel(SALES_CHANNEL, "New lead: " + lead.get("First Name") + " " + lead.get("Last Name")
                        + " (" + lead.get("Company") + ")");
                markAnnounced(lead.get("LEADID"));
            }
        }
    }

    List<Map<String, String>> fetchLeads(int from, int to) throws IOException {
        String url = String.format(GET_RECORDS, authToken, from, to);
        CloseableHttpResponse response = http.execute(new HttpGet(url));
        try {
            JsonNode rows = mapper.readTree(EntityUtils.toString(response.getEntity(), "UTF-8"))
                    .path("response").path("result").path("Leads").path("row");
            List<Map<String, String>> leads = new ArrayList<Map<String, String>>();
            for (JsonNode row : rows.isArray() ? rows : mapper.createArrayNode().add(rows)) {
                Map<String, String> lead = new LinkedHashMap<String, String>();
                for (JsonNode field : row.path("FL")) {
                    lead.put(field.path("val").asText(), field.path("content").asText());
                }
                leads.add(lead);
            }
            return leads;
        } finally {
            response.close();
        }
    }

    void markAnnounced(String leadId) throws IOException {
        String xmlData = "<Leads><row no=\"1\"><FL val=\"Announced In Cliq\">true</FL></row></Leads>";
        List<NameValuePair> form = new ArrayList<NameValuePair>();
        form.add(new BasicNameValuePair("authtoken", authToken));
        form.add(new BasicNameValuePair("scope", "crmapi"));
        form.add(new BasicNameValuePair("id", leadId));
        form.add(new BasicNameValuePair("xmlData", xmlData));
        HttpPost post = new HttpPost(ZohoEndpoints.CRM_V1_JSON + "Leads/updateRecords");
        post.setEntity(new UrlEncodedFormEntity(form, "UTF-8"));
        http.execute(post).close();
    }
}

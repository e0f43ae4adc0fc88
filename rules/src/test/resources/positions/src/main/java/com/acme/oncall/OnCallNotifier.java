package com.acme.oncall;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Pages the İzmir and Düsseldorf on-call rotations through Zoho Cliq. */
public class OnCallNotifier {
    private static final String ZOHO_AUTHTOKEN = "9f1c2e3d4b5a69788796a5b4c3d2e1f0";
    private final HttpClient http = HttpClient.newHttpClient();
	private final String pagerTitle = "🚨 İzmir"; private final String pagerUrl = "https://cliq.zoho.com/api/v2/bots/pager/message?authtoken=" + System.getenv("CLIQ_AUTHTOKEN");

    /** The escalation list comes from a CRM v1 search; the quoted criteria make the source longer than the value. */
    String escalationSearch(String authtoken) {
        return "https://crm.zoho.com/crm/private/json/Contacts/searchRecords?criteria=(\"Mailing City\":\"\u0130zmir\")&authtoken=" + authtoken + "&scope=crmapi";
    }

    /** The alarm card: a text block whose line names the site in Turkish (and an emoji) before the URL. */
    String alarmCard(String authtoken) {
        return """
            {"text": "İzmir deposu: disk dolu 🚨 Straße 5", "url": "https://cliq.zoho.com/api/v2/bots/alarm/message?\
            authtoken=%s&scope=ZohoCliq/InternalAPI"}
            """.formatted(authtoken);
    }

    /** Tickets matching 100%% of the filter; %% in the format is one % in the URL. */
    String openTickets(String authtoken, String org) {
        return String.format("https://desk.zoho.com/api/v1/tickets/search?status=Open&match=100%%&authtoken=%s&orgId=%s", authtoken, org);
    }

    /** The nightly report link, with the token the integration was set up with written into it. */
    String reportLink() {
        return "https://crm.zoho.com/crm/private/json/Reports/getRecords?title=\"Q3 \u00dcbersicht\"\t&authtoken=0123456789abcdef0123456789abcdef&scope=crmapi";
    }

    HttpResponse<String> page(String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://cliq.zoho.com/api/v2/channelsbyname/oncall/message"))
                .header("Authorization", "Zoho-authtoken " + ZOHO_AUTHTOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}

package com.acme.ops;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

/** Counts the open tickets of Zoho Desk. */
public class DeskTickets {
    private String authtoken;
    private final String orgId;

    public DeskTickets(String authtoken, String orgId) {
        this.authtoken = authtoken;
        this.orgId = orgId;
    }

    /** For the help centre's public counts, which need no token. */
    public DeskTickets(String orgId) {
        this.orgId = orgId;
    }

    public static DeskTickets fromEnvironment() {
        return new DeskTickets(System.getenv("ZOHO_DESK_AUTHTOKEN"), System.getenv("ZOHO_DESK_ORG_ID"));
    }

    public static DeskTickets anonymous() {
        return new DeskTickets(System.getenv("ZOHO_DESK_ORG_ID"));
    }

    public int openTickets() throws IOException {
        String url = "https://desk.zoho.com/api/v1/ticketsCount?status=Open&orgId=" + orgId
                + "&authtoken=" + authtoken;
        HttpURLConnection conn = (HttpURLConnection) new URL(url).openConnection();
        return conn.getResponseCode();
    }
}

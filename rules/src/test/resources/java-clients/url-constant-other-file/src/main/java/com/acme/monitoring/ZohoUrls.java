package com.acme.monitoring;

/** The Zoho Cliq endpoints of the monitoring integration. */
public final class ZohoUrls {
    public static final String CLIQ_HOST = "https://cliq.zoho.com";
    public static final String CHANNEL = "/api/v2/channelsbyname/monitoring/message";
    public static final String BOT = "/api/v2/bots/uptimebot/message";

    private ZohoUrls() {
    }
}

package com.acme.alerts;

import lombok.Data;

/** The Zoho Cliq settings of the alerting service; bound to zoho.cliq.* in AlertsConfig. */
@Data
public class CliqProperties {
    private String authtoken;
    private String channel = "ops-alerts";

    public String messageUrl() {
        return "https://cliq.zoho.eu/api/v2/channelsbyname/" + channel + "/message?authtoken=" + authtoken;
    }
}

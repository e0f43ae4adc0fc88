package com.acme.legacy;

import java.util.Properties;

/** The settings of notifier.properties, read once at start-up. */
public final class NotifierSettings {
    private final Properties properties;

    public NotifierSettings(Properties properties) {
        this.properties = properties;
    }

    public String cliqUrl() {
        return properties.getProperty("cliq.url", "https://cliq.zoho.com");
    }

    public String authtoken() {
        return properties.getProperty("zoho.authtoken");
    }
}

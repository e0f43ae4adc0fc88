package com.acme.deploy;

/** The Zoho Cliq bots of the deploy pipeline. */
public final class CliqBots {
    public static final String DEPLOY_BOT_URL = "https://cliq.zoho.eu/api/v2/bots/deploybot/message";

    private CliqBots() {
    }
}

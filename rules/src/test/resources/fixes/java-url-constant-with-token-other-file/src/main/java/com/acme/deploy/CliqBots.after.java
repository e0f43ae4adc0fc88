package com.acme.deploy;

/** The Zoho Cliq bots of the deploy pipeline. Acme's Zoho organisation is in the EU data centre. */
public final class CliqBots {
    /** The deploy bot; its token was pasted in when the bot was set up. */
    public static final String DEPLOY_BOT_URL = "https://cliq.zoho.eu/api/v2/bots/deploybot/message";

    private CliqBots() {
    }
}

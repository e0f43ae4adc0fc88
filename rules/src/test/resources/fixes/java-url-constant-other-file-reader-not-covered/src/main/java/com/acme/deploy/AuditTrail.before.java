package com.acme.deploy;

import java.io.IOException;

/** Copies every deploy event to the deploy bot, through the shared webhook helper. */
public class AuditTrail {

    public void record(String event) throws IOException {
        Webhooks.postText(CliqBots.DEPLOY_BOT_URL, event);
    }
}

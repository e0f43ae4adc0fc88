package com.acme.cliqbridge;

/**
 * Zoho hosts and base URLs used by the bridge. Acme's Zoho organisation lives in the US data centre.
 */
public final class ZohoEndpoints {

    public static final String ACCOUNTS_HOST = "https://accounts.zoho.com";
    public static final String CLIQ_HOST = "https://cliq.zoho.com";
    public static final String CRM_HOST = "https://crm.zoho.com";

    /** Cliq REST v2: post into a channel by its unique name (append the channel and "/message"). */
    public static final String CLIQ_CHANNEL_BASE = CLIQ_HOST + "/api/v2/channelsbyname/";

    /** Cliq REST v2: post to a user by e-mail address (append the address and "/message"). */
    public static final String CLIQ_BUDDIES_BASE = CLIQ_HOST + "/api/v2/buddies/";

    /** CRM API v1, JSON flavour (append "<Module>/<method>"). */
    public static final String CRM_V1_JSON = CRM_HOST + "/crm/private/json/";

    /** The on-call bot, as set up by ops in 2017; the token was pasted in when the bot was created. */
    public static final String ONCALL_BOT_URL = "https://cliq.zoho.com/api/v2/bots/oncallbot/message"
            + "?authtoken=583ab99b096e5e034c37422fdf382b53&scope=InternalAPI";

    private ZohoEndpoints() {
    }
}

package io.cliqmigrate.rules.support;

import java.util.regex.Pattern;

/** The shapes of legacy Zoho authentication (facts §7), compiled once. */
public final class ZohoPatterns {
    private static final String TLD = "(?:com\\.au|com\\.cn|com|eu|in|jp|sa|uk|ae|ca)";
    private static final String TLD_OR_HOLE = "(?:" + TLD + "|%s|\\{[\\w.]*}|\\$\\{[\\w.]*}|\\u0000)";

    /**
     * A Zoho host: {@code *.zoho.<tld>}, {@code zohocloud.ca}, {@code zohoapis.<tld>}, {@code *.baihui.com}; the data
     * centre's domain may be filled in ({@code crm.zoho.%s}, {@code zoho.{tld}}, {@code zoho.${dc}}). The Zoho
     * domain must end the host: {@code zoho.eu.example.com} and {@code api.zoho.com.evil.io} are someone else's.
     */
    public static final Pattern ZOHO_HOST = Pattern.compile(
            "(?i)(?<![\\w-])(?:[a-z0-9-]+\\.)*(?:zoho\\." + TLD_OR_HOLE + "|zohocloud\\.ca|zohoapis\\." + TLD_OR_HOLE
                    // ServiceDesk Plus Cloud (On-Demand) runs on Zoho's accounts: its v1 API took Zoho's authtoken
                    + "|sdpondemand\\.manageengine\\." + TLD_OR_HOLE
                    // Baihui, Zoho's brand in China: the same v1 APIs (crm.baihui.com/crm/private/json/…)
                    + "|baihui\\.com)(?![\\w-]|\\.[a-z0-9-])");

    /** {@code ?authtoken=} / {@code &auth_token=} (also {@code &amp;} in markup); group 1 is the name. */
    /**
     * The Authorization schemes of tokens other than the authtoken, as regex alternatives (any case): a value written
     * after one of them ({@code Bearer …}, {@code Zoho-oauthtoken …}) is not the legacy token.
     */
    public static final String OTHER_SCHEMES = "bearer|basic|token|zoho-oauthtoken";

    public static final Pattern AUTHTOKEN_PARAM = Pattern.compile("(?i)(?:[?&]|&amp;)(auth_?token)\\s*=");


    /** A path that only exists on Zoho APIs, for URLs whose host is not known statically. */
    public static final Pattern ZOHO_API_PATH = Pattern.compile(
            "(?i)/(?:api/v[23]/(?:channelsbyname|channels|chats|buddies|bots|applications)/|crm/private/(?:xml|json)/"
                    + "|books/v3/|subscriptions/v1/|billing/v1/|creator/v2/|api/v1/(?:tickets|contacts)|projects/|"
                    + "apiauthtoken/)");

    public static final Pattern GENERATION_ENDPOINT = Pattern.compile("(?i)(?<![\\w.-])apiauthtoken/(?:nb/)?create");

    /**
     * {@code Zoho-authtoken} as a header value: followed by the end of the string, a value that is not known
     * here, a placeholder ({@code XXXX}, {@code YOUR_TOKEN}) or a token, not by an ordinary word of a sentence.
     */
    public static final Pattern AUTHTOKEN_HEADER = Pattern.compile(
            "(?i)(?<![\\w-])zoho-authtoken(?=\\s*(?:$|\\u0000|%|\\{|\\$|<|#\\{|\\\\\\(|[\"'`]|\\[|[0-9a-z]{20,}"
                    + "|(?-i:[A-Z][A-Z0-9_]{2,})(?![\\w-])))");

    /**
     * Authtoken-era SCOPE values: {@code ZohoCRM/crmapi}, {@code ZohoCliq/InternalAPI}, Zoho Mail's
     * {@code ZohoMail/ZohoMailApi}, the product written in any case ({@code Zohopeople/peopleapi},
     * {@code zohopeople/peopleapi}), … (also {@code %2F}).
     */
    public static final Pattern LEGACY_SCOPE = Pattern.compile(
            "(?<![\\w.])(?:(?i:zoho)(?:[A-Za-z]+)(?:/|%2F)(?:[a-z]+api|InternalAPI|DataAPI|docsapi|(?i:zoho[a-z]+api))"
                    + "|(?i:SDPOnDemand)(?:/|%2F)sdpodapi)(?![\\w.])");

    /** The scopes of the authtoken-era APIs, as their {@code scope} parameter took them (any case). */
    private static final String V1_SCOPES = "crmapi|creatorapi|InternalAPI|booksapi|projectsapi|supportapi|reportsapi"
            + "|invoiceapi|subscriptionsapi|recruitapi|campaignsapi|docsapi|sdpodapi";

    /** The companion query parameter of v1 APIs: {@code &scope=crmapi}, or a form body that starts with it. */
    public static final Pattern LEGACY_SCOPE_PARAM = Pattern.compile(
            "(?i)(?:^|[?&]|&amp;)scope=(" + V1_SCOPES + ")(?![\\w.])");

    /** A value that is nothing but an authtoken-era scope of a product API: {@code 'crmapi'}, {@code 'creatorapi'}. */
    public static final Pattern LEGACY_PRODUCT_SCOPE = io.cliqmigrate.core.code.ZohoHints.LEGACY_PRODUCT_SCOPE;

    /** A bare value of a {@code scope} field: {@code crmapi}, {@code InternalAPI}, … */
    public static final Pattern LEGACY_SCOPE_VALUE = Pattern.compile("(?i)^(?:" + V1_SCOPES + ")$");

    /**
     * A v1 path ({@code crm/private/json/Leads/…}), its root ({@code 'crm/private/xml'}), the base URL ending in it,
     * or the root with the format filled in at run time ({@code "crm/private/" + format + "/" + module},
     * {@code crm/private/%s/…}, {@code crm/private/{$format}/…}), or a Zoho host's v1 path whose service is
     * filled in at run time.
     */
    public static final Pattern CRM_V1 = Pattern.compile("(?i)(?<![\\w.-])crm/private(?:/(?:xml|json)(?![\\w-])|/?$"
            + "|/(?:\\u0000|%s|\\{\\w*}|\\$\\{\\w*})(?=/|$))"
            + "|(?<=zoho\\.(?:com|eu|in|jp|com\\.au|com\\.cn)/)(?:\\u0000|%s|\\{\\w*})/private/(?:xml|json)(?![\\w-])");

    /** A 28–32 character legacy token; real ones are 32 lower-case hex characters. */
    public static final Pattern LEGACY_TOKEN_VALUE = Pattern.compile("^[0-9A-Za-z]{28,32}$");
    /** What the generator issued: 32 lower-case hex characters, letters and digits both. */
    public static final Pattern GENERATED_TOKEN = io.cliqmigrate.core.code.ZohoHints.GENERATED_TOKEN;

    /** An authtoken value written into a URL or body. Group 1 is the value. */
    public static final Pattern INLINE_TOKEN = Pattern.compile(
            "(?i)(?:auth_?token=|zoho-authtoken\\s+)([0-9a-z]{28,32})(?![0-9a-z])");

    /**
     * A Cliq REST URL, its data centre's domain possibly filled in ({@code cliq.zoho.{$domain}}). Group 1: API
     * version; group 2: endpoint family; group 3: the rest of the path.
     */
    public static final Pattern CLIQ_API = Pattern.compile(
            "(?i)cliq\\.(?:zoho\\." + TLD_OR_HOLE + "|zohocloud\\.ca)(?:/company/[^/\\s\"']+)?(?:/network/[^/\\s\"']+)?"
                    + "/api/(v[23])/([A-Za-z]+)((?:[^\\s\"'<>?#:,;()\\\\]|#\\{[^}\\s]*}|\\\\\\([^)\\s]*\\))*)");


    /** Exactly an authtoken key: {@code authtoken}, {@code authToken}, {@code auth_token}. */
    public static final Pattern AUTHTOKEN_KEY = Pattern.compile("(?i)^auth_?token$");

    /** The word OAuth, alone or as a camel-case hump ({@code ZOHO_OAUTH}, {@code zohoOAuth}), not in {@code setZohoAuthToken}. */
    public static final Pattern OAUTH_WORD = Pattern.compile("(?<![A-Za-z])(?i:oauth)|OAuth");

    /**
     * The text before a key that only asks whether the key is there, ending where the key starts:
     * {@code isset(}, {@code isset($params[}, {@code empty(}, {@code array_key_exists(}.
     */
    public static final Pattern PRESENCE_CHECK = Pattern.compile(
            "\\b(?:(?:isset|empty)\\s*\\(\\s*(?:\\$[\\w>-]+\\s*\\[\\s*)?|array_key_exists\\s*\\(\\s*)$");

    /** Names of other products whose tokens share generic names such as {@code authToken}. */
    private static final String OTHER_VENDORS = "github|gitlab|bitbucket|slack|twilio|firebase|npm|stripe|rundeck"
            + "|hipchat|jenkins|jira|atlassian|pagerduty|datadog|sentry|mailgun|sendgrid|aws|azure|gcp|google|facebook"
            + "|twitter|dropbox|heroku|travis|circleci|docker|okta|auth0|hubspot|salesforce|shopify|zendesk|freshdesk"
            + "|intercom|mixpanel|segment|trello|asana|discord|telegram|mattermost|zoom|plivo|nexmo|vonage"
            + "|messagebird|onesignal|pusher|algolia|mapbox|openai|vault|expo|fcm|apns|recaptcha|shippo|ngrok|spotify"
            + "|keycloak|linkedin|strava|statuspage|paypal|xero|mailchimp|cloudflare|netlify|vercel|intuit|quickbooks"
            + "|chartmogul|chart_mogul|quandl";

    /**
     * Another vendor's name as a word of an identifier, key, path or text: {@code GITHUB_TOKEN}, {@code twilio.sid},
     * {@code sendGridKey}, {@code GitHubToken}, {@code AWSAccessKey}, an {@code npmjs} domain, but not a word
     * that merely contains one ({@code export}, {@code laws}, {@code segments}).
     */
    public static final Pattern OTHER_VENDOR = otherVendor();

    /**
     * {@link #OTHER_VENDOR} with more names. A name starts where a word does (after a character that is not a
     * letter, or as a camel-case hump) and ends where it does (before a character that is not a letter, a hump, or
     * an upper-case acronym's next word); the compound and domain forms {@code DOCKERHUB}, {@code npmrc},
     * {@code npmjs}, {@code firebaseio}, {@code herokuapp}, {@code googleapis}, {@code githubusercontent} and
     * {@code amazonaws} count too.
     */
    public static Pattern otherVendor(String... more) {
        String names = OTHER_VENDORS + (more.length == 0 ? "" : "|" + String.join("|", more));
        return Pattern.compile("(?i)(?:(?<![A-Za-z])|(?<=(?-i:[a-z0-9]))(?=(?-i:[A-Z])))(?:amazon)?(?:" + names + ")"
                + "(?:js|io|apis?|usercontent|apps?|hub|rc|ci|cdn|cloud|websites)?(?:(?![A-Za-z])|(?<=(?-i:[a-z0-9]))(?=(?-i:[A-Z]))"
                + "|(?<=(?-i:[A-Z]))(?=(?-i:[A-Z][a-z])))");
    }

    private ZohoPatterns() {}

    /**
     * The words of an identifier or key, lower-cased: {@code authToken}, {@code AUTH_TOKEN} and
     * {@code auth-token} all give {@code [auth, token]}.
     */
    public static java.util.List<String> words(String name) {
        // one pass over the name: rules ask this of every key and call of large files
        java.util.List<String> words = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean upper = c >= 'A' && c <= 'Z';
            if (!upper && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
                flush(word, words);
                continue;
            }
            if (upper && word.length() > 0) {
                char before = name.charAt(i - 1);
                boolean beforeUpper = before >= 'A' && before <= 'Z';
                // fooBar, foo1Bar; HTTPServer splits before the S of Server
                if (!beforeUpper || i + 1 < name.length() && name.charAt(i + 1) >= 'a' && name.charAt(i + 1) <= 'z') {
                    flush(word, words);
                }
            }
            word.append(upper ? (char) (c | 0x20) : c);
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, java.util.List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    public static boolean hasDigitAndLetter(String value) {
        return io.cliqmigrate.core.model.Redactor.hasDigitAndLetter(value);
    }
}

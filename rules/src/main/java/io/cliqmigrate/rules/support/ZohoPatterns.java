package io.cliqmigrate.rules.support;

import java.util.regex.Pattern;

/** The shapes of legacy Zoho authentication (facts §7), compiled once. */
public final class ZohoPatterns {
    private static final String TLD = "(?:com\\.au|com\\.cn|com|eu|in|jp|sa|uk|ae|ca)";

    /** A Zoho host: {@code *.zoho.<tld>}, {@code zohocloud.ca}, {@code zohoapis.<tld>}. */
    public static final Pattern ZOHO_HOST = Pattern.compile(
            "(?i)(?<![\\w-])(?:[a-z0-9-]+\\.)*(?:zoho\\." + TLD + "|zohocloud\\.ca|zohoapis\\." + TLD + ")(?![\\w-])");

    /** {@code ?authtoken=} / {@code &auth_token=} (also {@code &amp;} in markup); group 1 is the name. */
    public static final Pattern AUTHTOKEN_PARAM = Pattern.compile("(?i)(?:[?&]|&amp;)(auth_?token)\\s*=");

    /** A form body that starts with the token: {@code authtoken=…&scope=…}. */
    public static final Pattern AUTHTOKEN_BODY = Pattern.compile("(?i)^(auth_?token)=[^\\s]*&");

    /** A path that only exists on Zoho APIs, for URLs whose host is not known statically. */
    public static final Pattern ZOHO_API_PATH = Pattern.compile(
            "(?i)/(?:api/v[23]/(?:channelsbyname|channels|chats|buddies|bots|applications)/|crm/private/(?:xml|json)/"
                    + "|books/v3/|subscriptions/v1/|billing/v1/|creator/v2/|api/v1/(?:tickets|contacts)|projects/|"
                    + "apiauthtoken/)");

    public static final Pattern GENERATION_ENDPOINT = Pattern.compile("(?i)/apiauthtoken/(?:nb/)?create");

    /** {@code Zoho-authtoken} as a header value, not as a word in a sentence. */
    public static final Pattern AUTHTOKEN_HEADER = Pattern.compile(
            "(?i)(?<![\\w-])zoho-authtoken(?=\\s|$|%|\\u0000|[\"'{$:=])");

    /** Authtoken-era SCOPE values: {@code ZohoCRM/crmapi}, {@code ZohoCliq/InternalAPI}, … (also {@code %2F}). */
    public static final Pattern LEGACY_SCOPE = Pattern.compile(
            "(?<![\\w.])Zoho(?:[A-Z][A-Za-z]*)(?:/|%2F)(?:[a-z]+api|InternalAPI|DataAPI|docsapi)(?![\\w.])");

    /** The companion query parameter of v1 APIs: {@code &scope=crmapi}. */
    public static final Pattern LEGACY_SCOPE_PARAM = Pattern.compile(
            "(?i)(?:[?&]|&amp;)scope=(crmapi|creatorapi|InternalAPI|booksapi|projectsapi|supportapi|reportsapi"
                    + "|invoiceapi|subscriptionsapi)(?![\\w.])");

    /** A bare value of a {@code scope} field: {@code crmapi}, {@code InternalAPI}, … */
    public static final Pattern LEGACY_SCOPE_VALUE = Pattern.compile(
            "(?i)^(?:crmapi|creatorapi|InternalAPI|booksapi|projectsapi|supportapi|reportsapi|invoiceapi"
                    + "|subscriptionsapi)$");

    public static final Pattern CRM_V1 = Pattern.compile("(?i)/crm/private/(?:xml|json)/");

    /** A 28–32 character legacy token; real ones are 32 lower-case hex characters. */
    public static final Pattern LEGACY_TOKEN_VALUE = Pattern.compile("^[0-9A-Za-z]{28,32}$");

    /** An authtoken value written into a URL or body. Group 1 is the value. */
    public static final Pattern INLINE_TOKEN = Pattern.compile(
            "(?i)(?:auth_?token=|zoho-authtoken\\s+)([0-9a-z]{28,32})(?![0-9a-z])");

    /** A Cliq REST URL. Group 1: API version; group 2: endpoint family; group 3: the rest of the path. */
    public static final Pattern CLIQ_API = Pattern.compile(
            "(?i)cliq\\.(?:zoho\\." + TLD + "|zohocloud\\.ca)(?:/company/[^/\\s\"']+)?(?:/network/[^/\\s\"']+)?"
                    + "/api/(v[23])/([A-Za-z]+)([^\\s\"'<>?#]*)");

    /** A token-like name: {@code authtoken}, {@code AUTH_TOKEN}, {@code zohoToken}, {@code CLIQ_AUTHTOKEN}. */
    public static final Pattern TOKEN_NAME = Pattern.compile(
            "(?i)(?:^|[^a-z])(?:auth_?token|(?:zoho|cliq)_?(?:auth_?)?token)(?:$|[^a-z])|^(?:zoho|cliq)\\w*token$"
                    + "|authtoken");

    /** Exactly an authtoken key: {@code authtoken}, {@code authToken}, {@code auth_token}. */
    public static final Pattern AUTHTOKEN_KEY = Pattern.compile("(?i)^auth_?token$");

    private ZohoPatterns() {}

    public static boolean hasDigitAndLetter(String value) {
        return value.chars().anyMatch(Character::isDigit) && value.chars().anyMatch(Character::isLetter);
    }
}

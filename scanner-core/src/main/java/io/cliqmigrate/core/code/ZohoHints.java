package io.cliqmigrate.core.code;

import java.util.regex.Pattern;

/**
 * Whether a piece of text ties its surroundings to Zoho: a Zoho or Cliq host, package, identifier or
 * environment variable. Generic names such as {@code authToken} only count as legacy use where such a hint
 * exists in the same member, the same type's fields, or the file's imports.
 */
public final class ZohoHints {
    private static final Pattern HOST = Pattern.compile("(?i)zoho(?:apis|cloud)?\\.[a-z]|baihui\\.com|zapikey");
    /** ServiceDesk Plus Cloud's host: it signs in with Zoho's accounts, and its v1 API took Zoho's authtoken. */
    private static final Pattern SDP_CLOUD = Pattern.compile("(?i)sdpondemand\\.manageengine\\.");
    private static final Pattern NAME_LIKE = Pattern.compile("[A-Za-z_$][\\w.$-]*");

    /**
     * A value that is nothing but an authtoken-era scope of a product API ({@code 'crmapi'}, {@code 'creatorapi'}):
     * beside an authtoken it names Zoho's v1 APIs, though nothing else does ({@code define('SCOPE', 'creatorapi')}).
     */
    public static final Pattern LEGACY_PRODUCT_SCOPE = Pattern.compile(
            "^(?:crmapi|creatorapi|booksapi|projectsapi|supportapi|reportsapi|invoiceapi|subscriptionsapi|recruitapi|docsapi"
                    + "|CampaignsAPI|sdpodapi)$");

    private ZohoHints() {}

    public static boolean isHint(CharSequence text) {
        return text != null && firstHint(text, 0) >= 0;
    }

    /**
     * Where the first of "zoho", "cliq", "zapikey", "baihui" (ASCII case-insensitively) starts at or after
     * {@code from}, or -1; "cliq" before a "u" is French ("Cliquez ici"), not Cliq. Baihui (百会) is Zoho's brand in
     * China: {@code crm.baihui.com} served the same v1 API, authtoken and all. Hand-written because it runs over whole
     * files, where a regex alternation is several times slower.
     */
    public static int firstHint(CharSequence text, int from) {
        int n = text.length();
        for (int i = from; i + 4 <= n; i++) {
            char c = (char) (text.charAt(i) | 0x20);
            if (c == 'z' && (regionIs(text, i, "zoho") || regionIs(text, i, "zapikey"))
                    || c == 'c' && regionIs(text, i, "cliq") && !(i + 4 < n && (text.charAt(i + 4) | 0x20) == 'u')
                    || c == 'b' && regionIs(text, i, "baihui") && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean regionIs(CharSequence text, int at, String lowerWord) {
        if (at + lowerWord.length() > text.length()) {
            return false;
        }
        for (int j = 0; j < lowerWord.length(); j++) {
            char c = text.charAt(at + j);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c | 0x20);
            }
            if (c != lowerWord.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a file's name says Zoho or Cliq ({@code zoho_tokens.json}, {@code zoho-subscriptions.yaml}). */
    public static boolean namedForZoho(String name) {
        return isHint(name);
    }

    /**
     * Whether a folder of the file's path as the report names it is named for Zoho ({@code integrations/zoho/},
     * {@code app/Services/ZohoCrm/}, a connector's {@code zohocrm-records/}): the code kept there is Zoho's. The
     * file's own name is {@link #namedForZoho}'s.
     */
    public static boolean inZohoFolder(String path) {
        int end = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        // an installed package named for Zoho (node_modules/zoho-client/…) is someone else's code, and so is
        // everything installed inside it
        return end > 0 && isHint(path.substring(0, end)) && !OAuthTokenShape.installedDependency(path);
    }

    /** A generated authtoken's shape: 32 lower-case hex characters, with a digit and a letter. */
    public static final Pattern GENERATED_TOKEN = Pattern.compile("(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{32}");

    /**
     * Whether a string literal ties code to Zoho: a Zoho host (ServiceDesk Plus Cloud's too, which signs in with
     * Zoho's accounts), or a name-like value (an environment variable, a
     * property key, the scheme {@code "Zoho-authtoken "} with its space) that says Zoho or Cliq. A sentence that
     * mentions Zoho does not.
     */
    /** Whether the literal names a Zoho host ({@code https://crm.zoho.com/…}, {@code www.zohoapis.eu}). */
    public static boolean isHostLiteral(String value) {
        return isHint(value) && HOST.matcher(value).find();
    }

    public static boolean isLiteralHint(String value) {
        // the cheap word search first: both shapes need one of the words
        return isHint(value) && (HOST.matcher(value).find() || NAME_LIKE.matcher(value.strip()).matches())
                || value.length() > 24 && SDP_CLOUD.matcher(value).find();
    }
}

package io.cliqmigrate.rules.support;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The accounts server of the data centre a file's Zoho hosts belong to: OAuth tokens must be refreshed at the
 * accounts server of the API's own data centre, so a file is never given {@code accounts.zoho.com} for an
 * {@code .eu} API.
 */
public final class DataCentres {
    /** A Zoho host with at least one label before the domain ({@code cliq.zoho.eu}, {@code www.zohoapis.com.au}). */
    private static final Pattern HOST = Pattern.compile(
            "(?i)[a-z0-9-]+\\.zoho(?:apis|cloud)?\\.(com\\.au|com\\.cn|com|eu|in|jp|sa|uk|ae|ca)(?![a-z0-9])");
    private static final Map<String, String> ACCOUNTS = Map.of("com", "https://accounts.zoho.com",
            "eu", "https://accounts.zoho.eu", "in", "https://accounts.zoho.in", "com.au", "https://accounts.zoho.com.au",
            "jp", "https://accounts.zoho.jp", "ca", "https://accounts.zohocloud.ca", "sa", "https://accounts.zoho.sa",
            "com.cn", "https://accounts.zoho.com.cn", "uk", "https://accounts.zoho.uk", "ae", "https://accounts.zoho.ae");

    private DataCentres() {}

    /** The accounts server of the one data centre {@code text} names hosts of, or null (none, or several). */
    public static String accountsUrl(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = HOST.matcher(text);
        while (m.find()) {
            found.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return found.size() == 1 ? ACCOUNTS.get(found.first()) : null;
    }
}

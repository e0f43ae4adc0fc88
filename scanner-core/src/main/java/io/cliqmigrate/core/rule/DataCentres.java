package io.cliqmigrate.core.rule;

import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The accounts server of the data centre a file's Zoho API hosts belong to: OAuth tokens must be refreshed at the
 * accounts server of the API's own data centre, so a file is never given {@code accounts.zoho.com} for an
 * {@code .eu} API. The API hosts decide; an accounts host of another data centre already in the file is wrong,
 * not a second opinion.
 */
public final class DataCentres {
    /**
     * A whole Zoho host: labels, then a Zoho domain of the fact sheet's §3.1 that ends the host
     * ({@code www.zohoapis.eu}, {@code accounts.zoho.com.au}; not {@code www.zohoapis.eu.example.com}).
     */
    private static final Pattern HOST = Pattern.compile("(?i)(?<![\\w.-])((?:[a-z0-9-]+\\.)+)zoho(?:apis|cloud)?\\."
            + "(com\\.au|com\\.cn|com|eu|in|jp|sa|uk|ae|ca)(?![a-z0-9-]|\\.[a-z0-9-])");
    private static final Map<String, String> ACCOUNTS = Map.of("com", "https://accounts.zoho.com",
            "eu", "https://accounts.zoho.eu", "in", "https://accounts.zoho.in", "com.au", "https://accounts.zoho.com.au",
            "jp", "https://accounts.zoho.jp", "ca", "https://accounts.zohocloud.ca", "sa", "https://accounts.zoho.sa",
            "com.cn", "https://accounts.zoho.com.cn", "uk", "https://accounts.zoho.uk", "ae", "https://accounts.zoho.ae");

    /**
     * A Zoho host named in a text: its labels before the Zoho domain ({@code www.}, {@code cliq.}), the Zoho
     * domain's name ({@code zoho}, {@code zohoapis}, {@code zohocloud}), the data centre's top-level domain
     * ({@code com}, {@code eu}, {@code com.au}), and where it ends in the text.
     */
    public record Host(String labels, String domain, String topLevel, int end) {}

    /** Every Zoho host {@code text} names, in order. */
    public static List<Host> hosts(String text) {
        List<Host> out = new ArrayList<>();
        Matcher m = HOST.matcher(text);
        while (m.find()) {
            String host = m.group().toLowerCase(Locale.ROOT);
            String labels = m.group(1).toLowerCase(Locale.ROOT);
            String topLevel = m.group(2).toLowerCase(Locale.ROOT);
            out.add(new Host(labels, host.substring(labels.length(), host.length() - topLevel.length() - 1),
                    topLevel, m.end()));
        }
        return out;
    }

    /** An accounts host written in a file, and the accounts server of the file's API data centre it should be. */
    public record OtherAccountsHost(TextRange host, String written, String wanted) {}

    private DataCentres() {}

    /**
     * The accounts server of the one data centre {@code text} names API hosts of (or, with no API host, accounts
     * hosts of), or null (none, or several).
     */
    public static String accountsUrl(String text) {
        return accountsUrl(List.of(text));
    }

    /** {@link #accountsUrl(String)} over several texts at once: the one data centre they all name. */
    public static String accountsUrl(Iterable<String> texts) {
        TreeSet<String> api = new TreeSet<>();
        TreeSet<String> accounts = new TreeSet<>();
        for (String text : texts) {
            Matcher m = HOST.matcher(text);
            while (m.find()) {
                (isAccounts(m) ? accounts : api).add(m.group(2).toLowerCase(Locale.ROOT));
            }
        }
        TreeSet<String> found = api.isEmpty() ? accounts : api;
        return found.size() == 1 ? ACCOUNTS.get(found.first()) : null;
    }

    /** The accounts hosts in {@code text} that are not the host of {@code accountsUrl}. */
    public static List<OtherAccountsHost> otherAccountsHosts(String text, String accountsUrl) {
        String wanted = accountsUrl.substring("https://".length());
        List<OtherAccountsHost> other = new ArrayList<>();
        Matcher m = HOST.matcher(text);
        while (m.find()) {
            if (isAccounts(m) && !m.group().equalsIgnoreCase(wanted)) {
                other.add(new OtherAccountsHost(new TextRange(m.start(), m.end()), m.group(), wanted));
            }
        }
        return other;
    }

    /** The accounts servers of every data centre, as {@code https://} URLs without a trailing slash. */
    public static SortedSet<String> accountsServers() {
        return new TreeSet<>(ACCOUNTS.values());
    }

    private static boolean isAccounts(Matcher host) {
        return host.group(1).equalsIgnoreCase("accounts.");
    }
}

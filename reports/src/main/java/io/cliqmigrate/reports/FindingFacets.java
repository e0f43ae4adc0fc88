package io.cliqmigrate.reports;

import io.cliqmigrate.core.lang.Language;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.rule.DataCentres;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the migration report groups findings by besides rule and severity: the language of the file, the Zoho
 * service and data centre the code talks to, and the target of the preferred fix. The service and data centre come
 * from the Zoho hosts in the finding's code, else the Deluge task ({@code zoho.crm.…}), else a service named in the
 * code, the setting or the message ({@code CLIQ_AUTHTOKEN}, {@code CrmClient}), else the file's path; a finding that
 * names none is counted as such, never guessed.
 */
final class FindingFacets {
    static final String UNNAMED = "not named in the code";

    private static final Languages LANGUAGES = Languages.defaults();
    private static final byte[] NO_BYTES = new byte[0];

    private static final Map<String, String> SERVICES = Map.ofEntries(Map.entry("cliq", "Cliq"),
            Map.entry("crm", "CRM"), Map.entry("books", "Books"), Map.entry("desk", "Desk"),
            Map.entry("projects", "Projects"), Map.entry("projectsapi", "Projects"), Map.entry("people", "People"),
            Map.entry("creator", "Creator"), Map.entry("invoice", "Invoice"), Map.entry("mail", "Mail"),
            Map.entry("recruit", "Recruit"), Map.entry("sheet", "Sheet"), Map.entry("workdrive", "WorkDrive"),
            Map.entry("analytics", "Analytics"), Map.entry("analyticsapi", "Analytics"),
            Map.entry("inventory", "Inventory"), Map.entry("subscriptions", "Subscriptions"),
            Map.entry("billing", "Subscriptions"), Map.entry("sign", "Sign"), Map.entry("campaigns", "Campaigns"),
            Map.entry("sprints", "Sprints"), Map.entry("bookings", "Bookings"), Map.entry("expense", "Expense"),
            Map.entry("accounts", "Accounts"));
    private static final Map<String, String> DATA_CENTRES = Map.of("com", "US (.com)", "eu", "EU (.eu)",
            "in", "India (.in)", "com.au", "Australia (.com.au)", "jp", "Japan (.jp)", "ca", "Canada (.ca)",
            "sa", "Saudi Arabia (.sa)", "com.cn", "China (.com.cn)", "uk", "United Kingdom (.uk)",
            "ae", "UAE (.ae)");
    private static final Map<String, String> TARGETS = Map.of("oauth", "OAuth", "oauth-header", "OAuth",
            "crm-v2", "OAuth", "webhook-token", "Webhook token", "zapikey", "Webhook token",
            "deluge-connection", "Deluge connection", "secret-store", "Secret store");
    /** The path of a {@code zohoapis} URL names the service: {@code www.zohoapis.com/crm/v2/…}. */
    private static final Pattern API_PATH = Pattern.compile("^/([a-z]+)/");
    private static final Pattern DELUGE_TASK = Pattern.compile("\\bzoho\\.([a-z]+)\\.");
    /** A service's name as a word of code: {@code CLIQ_AUTHTOKEN}, {@code CliqClient}, {@code crm_leads}. */
    private static final Pattern NAMED = Pattern.compile("(?<![A-Za-z])([a-z]+|[A-Z][a-z]+|[A-Z]+)(?![a-z])");

    private FindingFacets() {}

    /** The language id of the finding's file, or "other". */
    static String language(String path) {
        int slash = path.lastIndexOf('/');
        return LANGUAGES.forFile(path.substring(slash + 1), NO_BYTES).map(Language::id).orElse("other");
    }

    static String service(Finding f) {
        String code = f.snippet();
        for (DataCentres.Host host : DataCentres.hosts(code)) {
            String service = hostService(host, code);
            if (service != null) {
                return service;
            }
        }
        Matcher task = DELUGE_TASK.matcher(code);
        while (task.find()) {
            String service = SERVICES.get(task.group(1));
            if (service != null) {
                return service;
            }
        }
        List<String> texts = new ArrayList<>(List.of(code, String.join(" ", f.properties().values()), f.message(),
                f.location().path()));
        for (String text : texts) {
            String service = named(text);
            if (service != null) {
                return service;
            }
        }
        return UNNAMED;
    }

    /**
     * The data centre of each finding: its own code's, else that of the other findings of its file when they name
     * exactly one (a setting next to the URL that uses it).
     */
    static java.util.function.Function<Finding, String> dataCentres(List<Finding> findings) {
        Map<String, java.util.Set<String>> byFile = new java.util.HashMap<>();
        for (Finding f : findings) {
            String own = dataCentre(f);
            if (!own.equals(UNNAMED)) {
                byFile.computeIfAbsent(f.location().path(), p -> new java.util.TreeSet<>()).add(own);
            }
        }
        return f -> {
            String own = dataCentre(f);
            java.util.Set<String> file = byFile.getOrDefault(f.location().path(), java.util.Set.of());
            return !own.equals(UNNAMED) || file.size() != 1 ? own : file.iterator().next();
        };
    }

    static String dataCentre(Finding f) {
        List<DataCentres.Host> hosts = DataCentres.hosts(f.snippet());
        // an API host tells where the data lives; an accounts host alone tells the same
        return hosts.stream().filter(h -> !h.labels().equals("accounts.")).findFirst()
                .or(() -> hosts.stream().findFirst())
                .map(h -> DATA_CENTRES.getOrDefault(h.topLevel(), "." + h.topLevel())).orElse(UNNAMED);
    }

    /** What the preferred fix moves the code to; "No change" for findings that ask for none (inventory). */
    static String target(Finding f) {
        if (f.fixes().isEmpty()) {
            return "No change";
        }
        Fix preferred = f.fixes().get(0);
        return TARGETS.getOrDefault(preferred.strategy(), preferred.strategy());
    }

    private static String hostService(DataCentres.Host host, String text) {
        String first = host.labels().substring(0, host.labels().indexOf('.'));
        if (host.domain().equals("zohoapis")) {
            Matcher path = API_PATH.matcher(text.substring(host.end()));
            return path.find() ? SERVICES.get(path.group(1)) : null;
        }
        return SERVICES.get(first);
    }

    private static String named(String text) {
        Matcher word = NAMED.matcher(text);
        while (word.find()) {
            String service = SERVICES.get(word.group(1).toLowerCase(Locale.ROOT));
            if (service != null && !service.equals("Accounts") && !service.equals("Mail")) {
                return service;
            }
        }
        return null;
    }
}

package io.cliqmigrate.reports;

import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.RelatedLocation;
import io.cliqmigrate.core.rule.DataCentres;
import io.cliqmigrate.core.rule.TokenProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the people doing the migration must set up or take down outside the code, from the findings' facts: the
 * Deluge connections and the OAuth scopes the code needs, the Cliq API calls, the webhook tokens to create, the
 * settings to add and to remove, and the tokens and passwords to revoke. Each item names the places that ask
 * for it.
 */
public record SetupManifest(List<Group> groups) {

    /** One kind of thing to set up, with its items; {@code help} says where in Zoho it is done. */
    public record Group(String id, String title, String help, List<Item> items) {}

    /** One thing to set up: its name, what to know about it, and the places ("path:line") that need it. */
    public record Item(String name, String detail, List<String> places) {
        /** The places a page lists: the first {@link #SHOWN}; the findings table filters to the rest. */
        public List<String> shownPlaces() {
            return shown(places);
        }

        public int hiddenPlaces() {
            return places.size() - shownPlaces().size();
        }
    }

    /** Places listed per item or carrier on a page: a setting read in 10,000 files must not make it 10,000 lines. */
    static final int SHOWN = 50;

    static List<String> shown(List<String> places) {
        return places.size() <= SHOWN ? places : places.subList(0, SHOWN);
    }

    private static final Set<String> OAUTH = Set.of("oauth", "oauth-header", "crm-v2");
    private static final Set<String> WEBHOOK = Set.of("webhook-token", "zapikey");
    private static final Set<String> TOKEN_CARRIERS = TokenProvenance.CARRIER_RULES;
    /** A value the redactor masked: up to four characters kept, the rest stars. */
    static final Pattern MASKED = Pattern.compile("[A-Za-z0-9.]{0,4}\\*{6,}");
    private static final String UNNAMED_CONNECTION = "(a connection you name)";

    public boolean isEmpty() {
        return groups.stream().allMatch(g -> g.items().isEmpty());
    }

    static SetupManifest of(ScanResult result) {
        List<Finding> active = result.activeFindings();
        return new SetupManifest(List.of(
                new Group("connections", "Deluge connections",
                        "Create each in Zoho (Setup → Developer Space → Connections) under this link name, with the "
                                + "scopes listed", connections(active)),
                new Group("scopes", "OAuth scopes",
                        "Ask for these scopes when you register the OAuth client (api-console.zoho.com) or create "
                                + "the connections", grouped(active, f -> scopes(f), f -> "")),
                new Group("cliq-calls", "Cliq API calls",
                        "The Cliq REST endpoints the code calls, and the scope each needs",
                        grouped(active.stream().filter(f -> f.properties().containsKey("endpoint")).toList(),
                                f -> List.of(f.properties().get("endpoint")),
                                f -> f.properties().containsKey("scope") ? "scope " + f.properties().get("scope") : "")),
                new Group("webhook-tokens", "Cliq webhook tokens",
                        "Create a webhook token (Cliq → Bots & Tools → Webhook Tokens) for the calls that only "
                                + "post messages, and keep it in a secret store", webhookTokens(active)),
                new Group("settings-add", "Settings to add", "Kept in a secret store or the deployment's "
                        + "environment; the generated token provider reads these names", settingsToAdd(active)),
                new Group("settings-remove", "Settings to remove",
                        "Take these out of every configuration file, environment and secret store once nothing "
                                + "reads them", grouped(active, f -> key(f), f -> "")),
                new Group("revoke", "Tokens and passwords to revoke",
                        "Revoke each token (accounts.zoho.com → Security → Active Authtokens, or the data centre's "
                                + "accounts server), change each password, and delete the values from version "
                                + "history", revoke(active))));
    }

    private static List<Item> connections(List<Finding> active) {
        Map<String, Set<String>> scopes = new TreeMap<>();
        Map<String, Set<String>> places = new TreeMap<>();
        Map<String, Boolean> named = new TreeMap<>();
        for (Finding f : active) {
            String used = f.properties().get("connection");
            String proposed = f.properties().get("proposedConnection");
            boolean needsOne = f.fixes().stream().anyMatch(x -> x.strategy().equals("deluge-connection"));
            String name = used != null ? used : proposed != null ? proposed : needsOne ? UNNAMED_CONNECTION : null;
            if (name == null) {
                continue;
            }
            named.merge(name, used != null, Boolean::logicalOr);
            scopes.computeIfAbsent(name, k -> new TreeSet<>()).addAll(scopes(f));
            places.computeIfAbsent(name, k -> new TreeSet<>(PLACE_ORDER)).add(place(f));
        }
        List<Item> out = new ArrayList<>();
        places.forEach((name, where) -> {
            Set<String> s = scopes.get(name);
            String detail = (s.isEmpty() ? "scopes: those of the APIs it calls" : "scopes: " + String.join(", ", s))
                    + (named.get(name) ? "; the code already names it" : "");
            out.add(new Item(name, detail, List.copyOf(where)));
        });
        return out;
    }

    private static List<Item> webhookTokens(List<Finding> active) {
        List<Finding> posting = active.stream().filter(f -> f.fixes().stream()
                .anyMatch(x -> WEBHOOK.contains(x.strategy()))).toList();
        return grouped(posting, f -> List.of("Cliq webhook token"), f -> "for posting messages (?zapikey=)");
    }

    private static List<Item> settingsToAdd(List<Finding> active) {
        List<Finding> oauth = active.stream().filter(f -> f.fixes().stream()
                .anyMatch(x -> OAUTH.contains(x.strategy()))).toList();
        if (oauth.isEmpty()) {
            return List.of();
        }
        Set<String> accounts = new TreeSet<>();
        for (Finding f : active) {
            String url = DataCentres.accountsUrl(f.snippet());
            if (url != null) {
                accounts.add(url);
            }
        }
        // every finding moved to OAuth needs all four: their places are the same list, shown once
        List<String> places = oauth.stream().map(SetupManifest::place).distinct().sorted(PLACE_ORDER).toList();
        Map<String, String> env = TokenProvider.DEFAULT_ENVIRONMENT;
        List<Item> out = new ArrayList<>();
        out.add(new Item(env.get("clientId"), "the OAuth client's id (a self client, or a server-based client)", places));
        out.add(new Item(env.get("clientSecret"), "the OAuth client's secret: a secret store, never the code",
                List.of()));
        out.add(new Item(env.get("refreshToken"), "a refresh token with the scopes above: a secret store", List.of()));
        out.add(new Item(env.get("accountsUrl"), accounts.isEmpty()
                ? "the accounts server of your data centre (https://accounts.zoho.com for US)"
                : "the accounts server of the data centre: " + String.join(", ", accounts), List.of()));
        return out;
    }

    private static List<Item> revoke(List<Finding> active) {
        Map<String, Set<String>> places = new TreeMap<>();
        Map<String, String> details = new LinkedHashMap<>();
        for (Finding f : active) {
            String name = null;
            if (f.ruleId().equals("zoho-password-credential")) {
                name = "Zoho account password";
                details.putIfAbsent(name, "change the password of the account whose password is in the code");
            } else if (TOKEN_CARRIERS.contains(f.ruleId())) {
                if (MASKED.matcher(f.snippet()).find()) {
                    name = TokenProvenance.name(f);
                    String key = f.properties().get("configKey");
                    details.putIfAbsent(name, key == null ? "written in the code" : "the value of " + key);
                }
            }
            if (name != null) {
                places.computeIfAbsent(name, k -> new TreeSet<>(PLACE_ORDER)).add(place(f));
            }
        }
        List<Item> out = new ArrayList<>();
        places.forEach((name, where) -> out.add(new Item(name, details.get(name), List.copyOf(where))));
        return out;
    }

    /** Items named by {@code names} of each finding, each with its places and the first finding's detail. */
    private static List<Item> grouped(List<Finding> findings, Function<Finding, List<String>> names,
                                      Function<Finding, String> detail) {
        Map<String, Set<String>> places = new TreeMap<>();
        Map<String, String> details = new TreeMap<>();
        for (Finding f : findings) {
            for (String name : names.apply(f)) {
                places.computeIfAbsent(name, k -> new TreeSet<>(PLACE_ORDER)).add(place(f));
                details.putIfAbsent(name, detail.apply(f));
            }
        }
        List<Item> out = new ArrayList<>();
        places.forEach((name, where) -> out.add(new Item(name, details.get(name), List.copyOf(where))));
        return out;
    }

    private static List<String> scopes(Finding f) {
        String scope = f.properties().get("scope");
        if (scope == null || scope.isBlank()) {
            return List.of();
        }
        return List.of(scope.split("\\s*,\\s*"));
    }

    /** The legacy setting a finding is about, when it is the setting itself (not one of its readers). */
    private static List<String> key(Finding f) {
        String key = f.properties().get("configKey");
        return key != null && TOKEN_CARRIERS.contains(f.ruleId()) ? List.of(key) : List.of();
    }

    static String place(Finding f) {
        return f.location().path() + ":" + f.location().startLine();
    }

    static String place(RelatedLocation r) {
        return r.path() + ":" + r.startLine();
    }

    /** Places by path, then line as a number. */
    static final java.util.Comparator<String> PLACE_ORDER = java.util.Comparator
            .comparing((String p) -> p.substring(0, p.lastIndexOf(':')))
            .thenComparingInt(p -> Integer.parseInt(p.substring(p.lastIndexOf(':') + 1)));
}

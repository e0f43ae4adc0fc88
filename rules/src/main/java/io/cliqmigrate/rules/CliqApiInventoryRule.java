package io.cliqmigrate.rules;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import io.cliqmigrate.core.rule.Tags;
import io.cliqmigrate.rules.support.Guards;
import io.cliqmigrate.rules.support.StringMatches;
import io.cliqmigrate.rules.support.ZohoPatterns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

@RuleMeta(id = "cliq-api-inventory", summary = "Cliq REST API call, with its endpoint family and the OAuth scope it needs",
        severity = Severity.INFO, tags = {Tags.INVENTORY, Tags.CLIQ},
        manualMinutes = 0, reviewMinutes = 0, safeMinutes = 0,
        effortAssumption = "An inventory entry asks for no change: it lists the call and the scope its OAuth "
                + "client needs; the change, if any, is counted by the finding on the same call's "
                + "authtoken.")
public final class CliqApiInventoryRule implements Rule {
    private static final Set<String> MESSAGING = Set.of("channelsbyname", "channels", "chats", "buddies", "bots");
    private static final Pattern MESSAGE_PATH = Pattern.compile("(?i)^/[^/?#]+/(message|messages|incoming)\\b");
    /** Scope family per endpoint family, from Cliq's REST docs (facts §3.4). */
    private static final Map<String, String> SCOPES = Map.ofEntries(
            Map.entry("channelsbyname", "ZohoCliq.Channels"), Map.entry("channels", "ZohoCliq.Channels"),
            Map.entry("chats", "ZohoCliq.Chats"), Map.entry("buddies", "ZohoCliq.Buddies"),
            Map.entry("users", "ZohoCliq.Users"), Map.entry("bots", "ZohoCliq.Bots"),
            Map.entry("messages", "ZohoCliq.Messages"), Map.entry("teams", "ZohoCliq.Teams"),
            Map.entry("reminders", "ZohoCliq.Reminders"), Map.entry("organisation", "ZohoCliq.Organisation"),
            Map.entry("departments", "ZohoCliq.Organisation"), Map.entry("designations", "ZohoCliq.Organisation"),
            Map.entry("attachments", "ZohoCliq.Attachments"), Map.entry("files", "ZohoCliq.Attachments"),
            Map.entry("functions", "ZohoCliq.Functions"), Map.entry("commands", "ZohoCliq.Commands"),
            Map.entry("storages", "ZohoCliq.Datastores"), Map.entry("datastores", "ZohoCliq.Datastores"),
            Map.entry("threads", "ZohoCliq.Messages"), Map.entry("scheduledmessages", "ZohoCliq.Messages"),
            Map.entry("applications", "ZohoCliq.Webhooks"));

    @Override
    public void check(CodeFacts facts, RuleContext ctx) {
        if (!Guards.mentionsAny(facts, "cliq")) {
            return;
        }
        StringMatches.each(facts, ZohoPatterns.CLIQ_API, 0, CliqApiInventoryRule::isCall, StringMatches.ALL,
                (expr, folded, match, place) -> {
                    if (!isBase(match.group(3))) {
                        Call call = Call.of(match, folded.text());
                        ctx.report(place.range(), call.message(), place.related(), List.of(), call.properties());
                    }
                });
    }

    /** A base URL such as {@code …/api/v2/channelsbyname/} is not a call; the code that completes it is. */
    private static boolean isBase(String rest) {
        return rest.endsWith("/");
    }

    private static boolean isCall(io.cliqmigrate.core.code.FoldedString value) {
        var m = ZohoPatterns.CLIQ_API.matcher(value.text());
        while (m.find()) {
            if (!isBase(m.group(3))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One call as the inventory lists it: the endpoint family ({@code channelsbyname}), the OAuth scope it needs,
     * and the authentication its URL shows, which the setup manifest reads from the finding's properties.
     */
    record Call(String version, String endpoint, boolean messaging, String scope, Auth auth) {
        static Call of(MatchResult match, String url) {
            String family = match.group(2).toLowerCase(Locale.ROOT);
            boolean messaging = (MESSAGING.contains(family) || family.equals("applications"))
                    && MESSAGE_PATH.matcher(match.group(3)).lookingAt();
            String scope = messaging ? "ZohoCliq.Webhooks.CREATE"
                    : SCOPES.getOrDefault(family, "ZohoCliq." + capitalise(family)) + ".<READ|CREATE|UPDATE|DELETE>";
            return new Call(match.group(1).toLowerCase(Locale.ROOT), family, messaging, scope, Auth.of(url));
        }

        String message() {
            return "Cliq API " + version + " call: " + endpoint + (messaging ? " messaging endpoint" : " endpoint")
                    + "; OAuth scope " + scope + (messaging ? " (or a webhook token, ?zapikey=)" : "")
                    + "; authentication seen: " + auth.description;
        }

        Map<String, String> properties() {
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("endpoint", endpoint);
            properties.put("scope", scope);
            properties.put("auth", auth.id);
            return properties;
        }
    }

    /** What the URL itself shows; an OAuth header is sent beside the URL, so without a token in it we cannot tell. */
    enum Auth {
        LEGACY("legacy", "legacy authtoken (broken since 1 April 2021)"),
        WEBHOOK_TOKEN("webhook-token", "webhook token (zapikey)"),
        UNKNOWN("unknown", "OAuth header or not visible here");

        final String id;
        final String description;

        Auth(String id, String description) {
            this.id = id;
            this.description = description;
        }

        static Auth of(String url) {
            String lower = url.toLowerCase(Locale.ROOT);
            return lower.contains("authtoken=") ? LEGACY : lower.contains("zapikey=") ? WEBHOOK_TOKEN : UNKNOWN;
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

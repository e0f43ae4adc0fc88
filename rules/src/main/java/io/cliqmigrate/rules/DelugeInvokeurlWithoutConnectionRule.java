package io.cliqmigrate.rules;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import io.cliqmigrate.core.rule.Tags;
import io.cliqmigrate.rules.support.ZohoPatterns;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

@RuleMeta(id = "deluge-invokeurl-without-connection",
        summary = "Deluge invokeurl to a Zoho API with no connection, OAuth header or webhook token",
        severity = Severity.WARNING, languages = {"deluge"}, tags = {Tags.DELUGE, Tags.LEGACY_AUTH},
        manualMinutes = 15, reviewMinutes = 5, safeMinutes = 2,
        effortAssumption = "Per request: adding the connection (and dropping any token from the URL, parameters or "
                + "headers), and one test run of the script; creating the connection is counted once in "
                + "the setup checklist, not here.")
public final class DelugeInvokeurlWithoutConnectionRule implements Rule {
    private static final Pattern OAUTH = Pattern.compile("(?i)zoho-oauthtoken|bearer\\s");

    @Override
    public void check(CodeFacts facts, RuleContext context) {
        RuleContext ctx = io.cliqmigrate.rules.support.DelugeRewrites.withRequestFixes(facts, context);
        boolean oauthHeaderInFile = facts.strings().stream().anyMatch(e -> OAUTH.matcher(facts.fold(e).text()).find());
        for (CallFact task : facts.calls()) {
            if (!task.name().equalsIgnoreCase("invokeurl")) {
                continue;
            }
            String url = null;
            boolean connection = false;
            boolean headers = false;
            for (CallFact entry : facts.chainOf(task)) {
                String key = entry.name().toLowerCase(Locale.ROOT);
                if (key.equals("invokeurl.url") && !entry.args().isEmpty()) {
                    url = facts.fold(entry.arg(0)).text();
                } else if (key.equals("invokeurl.connection")) {
                    connection = true;
                } else if (key.equals("invokeurl.headers")) {
                    headers = true;
                }
            }
            if (url == null || connection || !ZohoPatterns.ZOHO_HOST.matcher(url).find()
                    || url.toLowerCase(Locale.ROOT).contains("zapikey=") || headers && oauthHeaderInFile) {
                continue;
            }
            ctx.report(task.nameRange(), "invokeurl to a Zoho API without a connection: it can only authenticate "
                    + "with a token written into the script or its parameters. Add connection: \"<connection link "
                    + "name>\" (a Zoho OAuth connection with the API's scopes), or for Cliq messages a webhook "
                    + "token (?zapikey=)", List.of(), List.of(Fix.manual("deluge-connection",
                            "Authenticate the call through a connection",
                            "Create a Zoho OAuth connection with the scopes of the API",
                            "Add connection: \"<connection link name>\" to the invokeurl block",
                            "Remove authtoken and scope parameters and any hand-made Authorization header")));
        }
    }
}

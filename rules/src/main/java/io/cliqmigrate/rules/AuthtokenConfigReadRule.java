package io.cliqmigrate.rules;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.code.ZohoHints;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import io.cliqmigrate.core.rule.Tags;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleMeta(id = "authtoken-config-read", summary = "Code that reads a Zoho authtoken from configuration or the environment",
        severity = Severity.ERROR, languages = {"java"}, tags = {Tags.LEGACY_AUTH, Tags.CONFIG})
public final class AuthtokenConfigReadRule implements Rule {
    /** Property and environment readers of common Java frameworks. */
    private static final Pattern READERS = Pattern.compile(
            "Value|getProperty|getRequiredProperty|getenv|getString|getValue|getOptionalValue|getConfig|resolvePlaceholders"
                    + "|getSetting");
    private static final Pattern AUTHTOKEN_IN_KEY = Pattern.compile("(?i)auth[-_.]?token");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)");

    @Override
    public void check(CodeFacts facts, RuleContext ctx) {
        for (CallFact call : facts.calls()) {
            if (!READERS.matcher(call.simpleName()).matches() || call.args().isEmpty()) {
                continue;
            }
            FoldedString key = facts.fold(call.arg(0));
            String text = key.text();
            if (call.isAnnotation()) {
                Matcher placeholder = PLACEHOLDER.matcher(text);
                text = placeholder.find() ? placeholder.group(1) : "";
            }
            if (!AUTHTOKEN_IN_KEY.matcher(text).find()) {
                continue;
            }
            if (ZohoHints.isHint(text) || facts.hasZohoContext(call.scope())) {
                ctx.report(call.arg(0).range(), "Reads a legacy Zoho authtoken from configuration ('"
                        + text.replace(String.valueOf(FoldedString.HOLE), "…") + "'): whatever uses it fails since "
                        + "Zoho stopped accepting authtokens in 2021. Read OAuth settings instead (client id, client "
                        + "secret and refresh token, or a Cliq webhook token) and remove the old key",
                        List.of(), List.of(Fix.manual("oauth", "Replace the authtoken setting with OAuth settings",
                                "Add ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET, ZOHO_REFRESH_TOKEN and ZOHO_ACCOUNTS_URL "
                                        + "(per data centre) to the configuration, kept in a secret store",
                                "Read them here and obtain access tokens through a caching token provider",
                                "Delete the authtoken key from every configuration file and environment")));
            }
        }
    }
}

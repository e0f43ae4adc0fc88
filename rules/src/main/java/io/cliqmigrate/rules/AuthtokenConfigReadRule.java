package io.cliqmigrate.rules;

import io.cliqmigrate.core.code.Binding;
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
import io.cliqmigrate.rules.support.Guards;
import io.cliqmigrate.rules.support.ZohoPatterns;
import java.util.List;
import java.util.regex.Pattern;

@RuleMeta(id = "authtoken-config-read", summary = "Code that reads a Zoho authtoken from configuration or the environment",
        severity = Severity.ERROR, languages = {"java"}, tags = {Tags.LEGACY_AUTH, Tags.CONFIG})
public final class AuthtokenConfigReadRule implements Rule {
    /** Property and environment readers of common Java frameworks. */
    private static final Pattern READERS = Pattern.compile(
            "Value|ConfigProperty|getProperty|getRequiredProperty|getenv|getString|getValue|getOptionalValue|getConfig"
                    + "|resolvePlaceholders|getSetting|get|getOrDefault");
    /** Generic map readers count only for keys written like settings: {@code ZOHO_AUTHTOKEN}, {@code zoho.authtoken}. */
    private static final Pattern GENERIC_READERS = Pattern.compile("get|getOrDefault");
    private static final Pattern SETTING_KEY = Pattern.compile("[A-Z0-9_]+|[\\w-]+(?:\\.[\\w-]+)+");
    /** An authtoken key, but not the OAuth token of the migrated code ({@code ZOHO_OAUTHTOKEN}). */
    private static final Pattern PLACEHOLDER_KEY = Pattern.compile("\\$\\{([^}:]+)|\\[['\"]([^'\"]+)['\"]\\]");
    private static final Pattern AUTHTOKEN_IN_KEY = Pattern.compile("(?i)(?<!o)auth[-_.]?token");

    @Override
    public void check(CodeFacts facts, RuleContext ctx) {
        if (!Guards.mentionsAuthtoken(facts)) {
            return;
        }
        for (CallFact call : facts.calls()) {
            if (!READERS.matcher(call.simpleName()).matches() || call.args().isEmpty()) {
                continue;
            }
            String text = facts.fold(call.arg(0)).text();
            if (!AUTHTOKEN_IN_KEY.matcher(text).find() || ZohoPatterns.OTHER_VENDOR.matcher(text).find()
                    || GENERIC_READERS.matcher(call.simpleName()).matches()
                    && !SETTING_KEY.matcher(text.trim()).matches()) {
                continue;
            }
            if (ZohoHints.isHint(text) || facts.hasZohoContext(call.scope())) {
                String key = settingKey(text);
                ctx.report(call.arg(0).range(), "Reads a legacy Zoho authtoken from configuration ('"
                        + key + "'): whatever uses it fails since "
                        + "Zoho stopped accepting authtokens in 2021. Read OAuth settings instead (client id, client "
                        + "secret and refresh token, or a Cliq webhook token) and remove the old key",
                        List.of(), List.of(Fix.manual("oauth", "Replace the authtoken setting with OAuth settings",
                                "Add ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET, ZOHO_REFRESH_TOKEN and ZOHO_ACCOUNTS_URL "
                                        + "(per data centre) to the configuration, kept in a secret store",
                                "Read them here and obtain access tokens through a caching token provider",
                                "Delete the authtoken key from every configuration file and environment")),
                        java.util.Map.of(ConfigAuthtokenSettingRule.PROPERTY, key));
            }
        }
        reportBoundProperties(facts, ctx);
    }

    /** The setting's name: {@code zoho.cliq.authtoken} out of {@code ${zoho.cliq.authtoken:<default>}}. */
    private static String settingKey(String text) {
        java.util.regex.Matcher placeholder = PLACEHOLDER_KEY.matcher(text);
        String key = !placeholder.find() ? text : placeholder.group(1) != null ? placeholder.group(1)
                : placeholder.group(2);
        return key.replace(String.valueOf(FoldedString.HOLE), "…").trim();
    }

    /** {@code @ConfigurationProperties(prefix = "zoho")} classes bind a field named authtoken to the setting. */
    private static void reportBoundProperties(CodeFacts facts, RuleContext ctx) {
        for (CallFact call : facts.calls()) {
            if (!call.simpleName().equals("ConfigurationProperties") || call.args().stream()
                    .noneMatch(a -> ZohoHints.isHint(facts.fold(a).text()))) {
                continue;
            }
            for (Binding binding : facts.bindings()) {
                if (binding.kind() == Binding.Kind.FIELD && binding.scope().equals(call.scope())
                        && AUTHTOKEN_IN_KEY.matcher(binding.name()).find()) {
                    ctx.report(binding.nameRange(), "Binds a legacy Zoho authtoken setting to the field '"
                            + binding.name() + "': whatever uses it fails since Zoho stopped accepting authtokens "
                            + "in 2021. Bind OAuth settings (client id, client secret, refresh token) instead",
                            List.of(), List.of());
                }
            }
        }
    }
}

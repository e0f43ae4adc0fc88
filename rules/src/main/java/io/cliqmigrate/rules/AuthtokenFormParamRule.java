package io.cliqmigrate.rules;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.RelatedLocation;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import io.cliqmigrate.core.rule.Tags;
import io.cliqmigrate.rules.support.AppStores;
import io.cliqmigrate.rules.support.Calls;
import io.cliqmigrate.rules.support.ConfigForms;
import io.cliqmigrate.rules.support.Guards;
import io.cliqmigrate.rules.support.StringMatches;
import io.cliqmigrate.rules.support.TokenSources;
import io.cliqmigrate.rules.support.UrlContext;
import io.cliqmigrate.rules.support.WebhookRewrites.SettingRead;
import io.cliqmigrate.rules.support.ZohoPatterns;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import io.cliqmigrate.rules.support.java.JavaOAuth;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

@RuleMeta(id = "authtoken-form-param", summary = "Legacy Zoho authtoken sent as a form or body field",
        severity = Severity.ERROR, tags = {Tags.LEGACY_AUTH},
        manualMinutes = 30, reviewMinutes = 10, safeMinutes = 2,
        effortAssumption = "Per request: removing the authtoken (and scope) field, sending the Authorization "
                + "header from the shared token provider, and one test call against the Zoho API; "
                + "registering the OAuth client is counted once in the setup checklist, not here.")
public final class AuthtokenFormParamRule implements Rule {
    private static final String MESSAGE = "Legacy authtoken sent as a form or body field of a Zoho request: Zoho "
            + "rejects authtokens since 2021. Drop the field (and any scope=…api field) and send "
            + "'Authorization: Zoho-oauthtoken <access token>' from a refreshed OAuth token";
    /** The name the lexical scanner gives an entry of the options a client is constructed with. */
    private static final String CLIENT_OPTION = "option";
    /**
     * Calls that put a named field into a form, body, parameter map or multipart request (Unity's
     * {@code WWWForm.AddField}, Guzzle 3's {@code setPostField}/{@code addPostFile}).
     */
    private static final Pattern FIELD_SETTERS = Pattern.compile(
            "BasicNameValuePair|NameValuePair|add|put|putIfAbsent|param|params|formParam|field|addFormDataPart|part"
                    + "|entry|of|append|set|with|data|fromFormData|Field|FormParam|FormDataParam|Part|Set|Add|set_form_data"
                    + "|post_form|AddField|addField|setPostField|addPostField|addPostFile|addParam");
    /** 1C:Enterprise's {@code Structure.Insert(key, value)}, also written in Russian; elsewhere a list's or a table's. */
    private static final Pattern ONE_C_FIELD_SETTERS = Pattern.compile("Insert|Вставить");
    private static final Pattern AUTHENTICATION_TOKEN = Pattern.compile("(?i)authentication_?token");
    private static final Pattern BODY_FIELD = Pattern.compile("(?i)(?:^|&|\\u0000)(auth_?token)=");
    private static final Pattern JSON_KEY = Pattern.compile("(?i)[\"'](auth_?token)[\"']\\s*:");

    /** {@code 'authtoken': None}: an options map's empty slot, which no request sends. */
    private static boolean isNothing(CodeFacts facts, Calls.Pair pair) {
        return pair.value() != null && pair.value().literalValue() == null
                && io.cliqmigrate.rules.support.LegacyZohoClients.passesNothing(
                        facts.file().slice(pair.value().range()).trim());
    }

    @Override
    public void check(CodeFacts facts, RuleContext context) {
        RuleContext ctx = io.cliqmigrate.rules.support.DelugeRewrites.withRequestFixes(facts, context);
        if (!Guards.mentionsAuthtoken(facts)) {
            // a Zoho client constructed with its "authentication token" says the word no other way
            if (Guards.mentionsAny(facts, "authenticationtoken", "authentication_token")) {
                Set<TextRange> reported = new HashSet<>();
                facts.calls().stream().filter(c -> c.simpleName().equals(CLIENT_OPTION)).forEach(c ->
                        reportClientOption(facts, ctx, reported, c, List.of()));
            }
            return;
        }
        // a field can be seen twice (a curl -d field and its body string): one finding per place
        Set<TextRange> seen = new HashSet<>();
        List<SettingRead> reads = AuthtokenConfigReadRule.reads(facts);
        for (CallFact call : facts.calls()) {
            if (call.simpleName().equals(CLIENT_OPTION)) {
                reportClientOption(facts, ctx, seen, call, reads);
                continue;
            }
            // query.add(…) builds a query (authtoken-query-param's); HttpPost's params.setParameter(…) a body
            boolean setsField = (Calls.nameIn(call, FIELD_SETTERS) || "bsl".equals(facts.file().languageId())
                    && Calls.nameIn(call, ONE_C_FIELD_SETTERS)) && !Calls.isQueryMapEntry(call)
                    || Calls.fillsBody(facts, call);
            if (!setsField) {
                continue;
            }
            if (call.isAnnotation() && !call.args().isEmpty()) {
                if (Calls.isAuthtokenKey(Calls.knownText(facts, call.arg(0))) && Calls.inZohoContext(facts, call)) {
                    report(ctx, seen, call.arg(0).range(), List.of(), Map.of());
                }
                continue;
            }
            for (Calls.Pair pair : Calls.pairs(facts, call)) {
                // a PHP configuration file's array holds settings (config-authtoken-setting's), not a request's fields
                if (Calls.isAuthtokenKey(pair.keyText()) && Calls.inZohoContext(facts, call) && !isNothing(facts, pair)
                        && !AuthtokenQueryParamRule.isDeclaredKey(facts, pair.key())
                        && !AppStores.keyAt(facts.file().text(), pair.key().range().start())
                        && !Calls.fillsUriTemplate(facts, call)
                        && !io.cliqmigrate.rules.support.ConfigModules.inReturnedArray(facts, pair.key().range())) {
                    report(ctx, seen, pair.key().range(), List.of(), uses(ctx, facts, pair.value(), reads),
                            JavaOAuth.orSteps(ctx, facts, JavaOAuth.entry(ctx, facts, call), call.range()));
                }
            }
        }
        for (TextRange field : ConfigForms.markupFields(facts, ZohoPatterns.AUTHTOKEN_KEY)) {
            report(ctx, seen, field, List.of(), Map.of());
        }
        for (TextRange field : ConfigForms.fields(facts, ZohoPatterns.AUTHTOKEN_KEY)) {
            report(ctx, seen, field, List.of(), Map.of());
        }
        StringMatches.each(facts, BODY_FIELD, 1, v -> false,
                (expr, folded, m) -> facts.hasZohoContext(expr.scope())
                        && (UrlContext.isFormBody(folded) || UrlContext.isFormBodyAt(folded, m.start(1))
                        || m.start(1) == 0 && UrlContext.scopeAddedByHelper(folded.text())),
                (expr, folded, m, p) -> report(ctx, seen, p.range(), p.related(),
                        valueAfter(folded, m.end()).map(v -> TokenSources.properties(TokenSources.of(ctx, facts, v,
                                reads))).orElse(Map.of())));
        StringMatches.each(facts, JSON_KEY, 1, v -> false, (expr, folded, m) -> facts.hasZohoContext(expr.scope()),
                (expr, folded, m, p) -> report(ctx, seen, p.range(), p.related(), Map.of()));
    }

    /** The setting a field's value reads names the finding, so a rename of it is applied with every use or not. */
    private static Map<String, String> uses(RuleContext ctx, CodeFacts facts, StringExpr value, List<SettingRead> reads) {
        return value.literalValue() != null ? Map.of()
                : TokenSources.properties(TokenSources.of(ctx, facts, value.range(), reads));
    }

    /** Where the value after {@code key=} is written, when it is an expression ({@code "authtoken=$T"}). */
    private static Optional<TextRange> valueAfter(FoldedString folded, int at) {
        return at < folded.text().length() && folded.text().charAt(at) == FoldedString.HOLE
                ? Optional.of(folded.segmentAt(at).origin()) : Optional.empty();
    }

    /** {@code new ZohoClient(['authtoken' => $t])}, {@code ZohoCRM(authtoken=t)}: the client sends it on each call. */
    private static void reportClientOption(CodeFacts facts, RuleContext ctx, Set<TextRange> seen, CallFact call,
                                           List<SettingRead> reads) {
        String key = Calls.knownText(facts, call.arg(0));
        // Zoho's pages called the authtoken the "authentication token": new NR_ZohoCRM(['authenticationToken' => …])
        boolean authtoken = Calls.isAuthtokenKey(key) || key != null && AUTHENTICATION_TOKEN.matcher(key).matches()
                && io.cliqmigrate.core.code.ZohoHints.isHint(call.receiver());
        if (call.args().size() < 2 || !authtoken || !Calls.inZohoContext(facts, call)
                || !seen.add(call.arg(0).range())) {
            return;
        }
        String client = call.receiver().isEmpty() ? "a Zoho client" : "the Zoho client " + call.receiver();
        ctx.report(call.arg(0).range(), "Legacy authtoken passed to " + client + " as a constructor option: the "
                + "client sends it with its requests, which Zoho rejects since 2021. Construct the client with OAuth "
                + "settings instead (client id, client secret and refresh token, from which it gets "
                + "'Zoho-oauthtoken' access tokens), or move to Zoho's current SDK", List.of(),
                List.of(AuthtokenQueryParamRule.FIX), uses(ctx, facts, call.arg(1), reads));
    }

    private static void report(RuleContext ctx, Set<TextRange> seen, TextRange range, List<RelatedLocation> related,
                               Map<String, String> properties) {
        report(ctx, seen, range, related, properties, List.of());
    }

    private static void report(RuleContext ctx, Set<TextRange> seen, TextRange range, List<RelatedLocation> related,
                               Map<String, String> properties, List<io.cliqmigrate.core.model.Fix> oauth) {
        if (seen.add(range)) {
            ctx.report(range, MESSAGE, related, java.util.stream.Stream.concat(oauth.stream(),
                    java.util.stream.Stream.of(AuthtokenQueryParamRule.FIX)).toList(), properties);
        }
    }
}

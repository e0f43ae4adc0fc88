package io.cliqmigrate.rules;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import io.cliqmigrate.core.rule.Tags;
import io.cliqmigrate.rules.support.Guards;
import io.cliqmigrate.rules.support.InterpolatedConstants;
import io.cliqmigrate.rules.support.LegacyZohoClients;
import io.cliqmigrate.rules.support.Calls;
import io.cliqmigrate.rules.support.StringMatches;
import io.cliqmigrate.rules.support.TicketLogin;
import io.cliqmigrate.rules.support.UrlContext;
import io.cliqmigrate.rules.support.WebhookRewrites;
import io.cliqmigrate.rules.support.ZohoPatterns;
import io.cliqmigrate.rules.support.java.BeanPropertyUrls;
import io.cliqmigrate.rules.support.java.JavaClientCalls;
import io.cliqmigrate.rules.support.java.JavaClientInterfaces;
import io.cliqmigrate.rules.support.java.JavaOAuth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleMeta(id = "authtoken-query-param", summary = "Legacy Zoho authtoken sent as a URL query parameter",
        severity = Severity.ERROR, tags = {Tags.LEGACY_AUTH},
        manualMinutes = 30, reviewMinutes = 10, safeMinutes = 2,
        effortAssumption = "Per call site: replacing the token with a header from the shared token provider (or a "
                + "webhook token for Cliq messages), and one test call against the Zoho API; registering "
                + "the OAuth client or creating the webhook token is counted once in the setup checklist, "
                + "not here.")
public final class AuthtokenQueryParamRule implements Rule {
    static final String MESSAGE = "Zoho stopped accepting the legacy authtoken in 2021 (Cliq on 1 April 2021), so this "
            + "request fails: remove the authtoken parameter and send 'Authorization: Zoho-oauthtoken <access token>' "
            + "from a refreshed OAuth token, or for Cliq messaging use a webhook token (?zapikey=)";
    private static final Pattern QUERY_BUILDERS = Pattern.compile(
            "(?i)queryParam|queryParameter|addQueryParameter|addEncodedQueryParameter|setQueryParameter|addParameter"
                    // Android's Uri.Builder
                    + "|appendQueryParameter|setParameter|Query|QueryParam|RequestParam|QueryMap|URLQueryItem"
                    // Perl's URI
                    + "|query_form");

    /** A string that starts with the parameter, with nothing before it to say query or form. */
    private static final Pattern LEADING_PARAMETER = Pattern.compile("^(authtoken)=");
    /** An API Gateway integration's mapping into the query of the request it proxies. */
    private static final Pattern GATEWAY_QUERY = Pattern.compile(
            "(?i)(?:^|\\.)integration\\.request\\.querystring\\.auth_?token$");
    /** What appends to a variable named for a URL: {@code $url .= (}, {@code url += }, {@code url = url + }. */
    private static final Pattern URL_APPEND = Pattern.compile(
            "(?<![\\w$])\\$?(\\w+)\\s*(?:\\.=|\\+=|=\\s*\\$?\\1\\s*[.+])\\s*\\(?\\s*$");

    /** Whether the string is appended to a variable named for a URL ($url, requestUri, api_endpoint; not $curl_post). */
    private static boolean appendedToUrl(CodeFacts facts, io.cliqmigrate.core.code.StringExpr expr) {
        int at = expr.range().start();
        String before = facts.file().text().substring(Math.max(0, at - 80), at);
        java.util.regex.Matcher append = URL_APPEND.matcher(before);
        return append.find() && ZohoPatterns.words(append.group(1)).stream()
                .anyMatch(word -> word.equals("url") || word.equals("uri") || word.equals("endpoint"));
    }

    /** The parameter's name as the authtoken-era APIs spelt it. */
    private static final String LEGACY_PARAMETER_NAME = "authtoken";

    static final Fix FIX = Fix.manual("oauth", "Authenticate with OAuth 2.0 instead of the authtoken",
            "Create a Self Client in the Zoho API console and store its refresh token, client id and secret as secrets",
            "Fetch an access token from https://accounts.zoho.<dc>/oauth/v2/token (grant_type=refresh_token) and cache it for under an hour",
            "Remove the authtoken (and scope=…api) parameters and send 'Authorization: Zoho-oauthtoken <access token>'",
            "For Cliq messages to a channel or bot, a webhook token (?zapikey=) is a simpler alternative");

    @Override
    public void check(CodeFacts facts, RuleContext context) {
        RuleContext ctx = io.cliqmigrate.rules.support.DelugeRewrites.withRequestFixes(facts, context);
        // a call of another file's client interface need not say authtoken itself
        JavaClientCalls.offer(ctx, facts);
        // an SDK of the authtoken era takes the token under any name
        for (LegacyZohoClients.Use use : LegacyZohoClients.in(facts)) {
            report(ctx, use.token(), "Authtoken passed to the " + use.signature().library() + " ("
                    + use.signature().written() + "): the library sends it " + use.signature().sentAs() + ". "
                    + MESSAGE + (LegacyZohoClients.catalogued(use.signature())
                    ? "; the library has no OAuth mode, so move to Zoho's current SDK or to plain HTTP calls"
                    : "; move to the library's OAuth release if it has one, to Zoho's current SDK, or to plain HTTP "
                    + "calls"), List.of(), new WebhookRewrites.Rewrite(Optional.empty(), java.util.Map.of()),
                    List.of());
        }
        ticketParameters(facts, ctx);
        if (!Guards.mentionsAuthtoken(facts)) {
            return;
        }
        List<WebhookRewrites.SettingRead> reads = AuthtokenConfigReadRule.reads(facts);
        // a form body (key=value&…) is reported by authtoken-form-param
        StringMatches.each(facts, ZohoPatterns.AUTHTOKEN_PARAM, 1, AuthtokenQueryParamRule::ownMatch,
                (expr, folded, m) -> UrlContext.isLegacyQuery(facts, expr, folded, m.start())
                        && !JavaClientInterfaces.isTemplate(facts, expr),
                (expr, folded, m, p) -> {
                    report(ctx, p.range(), "Legacy authtoken in a Zoho URL query. " + MESSAGE,
                        p.related(), WebhookRewrites.queryParam(ctx, facts, folded, m.end(), p.range(), reads,
                                WebhookRewrites.isMessagingUrl(folded.text(), m.start()) && p.related().isEmpty()),
                        JavaOAuth.orSteps(ctx, facts, JavaOAuth.urlParameter(ctx, facts, expr)
                                .or(() -> BeanPropertyUrls.fix(ctx, facts, expr)), p.range()));
                    InterpolatedConstants.at(facts, folded, m.end()).ifPresent(constant ->
                            reportConstant(ctx, facts, constant, p.range()));
                });
        // $url .= ('authtoken=' . $t) after a base that ends in '?': the query's first parameter
        StringMatches.each(facts, LEADING_PARAMETER, 1, v -> false,
                (expr, folded, m) -> appendedToUrl(facts, expr) && facts.hasZohoContext(expr.scope()),
                (expr, folded, m, p) -> report(ctx, p.range(), "Legacy authtoken appended to a Zoho URL's query. "
                        + MESSAGE, p.related(), new WebhookRewrites.Rewrite(Optional.empty(), java.util.Map.of()),
                        List.of()));
        // "integration.request.querystring.authtoken": "'<token>'" of an API Gateway proxy to a Zoho API
        for (io.cliqmigrate.core.code.Binding binding : facts.bindings()) {
            if (GATEWAY_QUERY.matcher(binding.name()).find() && facts.hasZohoContext(binding.scope())) {
                report(ctx, binding.nameRange(), "Legacy authtoken added to the query of the Zoho requests an API "
                        + "Gateway integration proxies. " + MESSAGE, List.of(),
                        new WebhookRewrites.Rewrite(Optional.empty(), java.util.Map.of()), List.of());
            }
        }
        for (CallFact call : facts.calls()) {
            boolean named = call.isAnnotation() ? call.args().size() >= 1 : call.args().size() >= 2;
            // HttpPost's params.setParameter(…) fills the body: authtoken-form-param's
            if ((Calls.nameIn(call, QUERY_BUILDERS) || Calls.isQueryMapEntry(call)) && named
                    && Calls.isAuthtokenKey(Calls.knownText(facts, call.arg(0))) && !Calls.fillsBody(facts, call)
                    && Calls.inZohoContext(facts, call) && !isDeclaredKey(facts, call.arg(0))) {
                report(ctx, call.arg(0).range(), "Legacy authtoken added as a query parameter of a Zoho request. "
                        + MESSAGE, List.of(), WebhookRewrites.queryEntry(ctx, facts, call.arg(0),
                        call.args().size() > 1 ? call.arg(1) : null, reads,
                        WebhookRewrites.isMessagingRequest(facts, call)),
                        call.isAnnotation() ? annotatedParameter(ctx, facts, call)
                                : JavaOAuth.orSteps(ctx, facts, JavaOAuth.entry(ctx, facts, call), call.range()));
            }
        }
        for (JavaClientInterfaces.Template template : JavaClientInterfaces.templates(facts)) {
            report(ctx, template.place(), "Legacy authtoken in the query of a Feign request template for a Zoho API. "
                    + MESSAGE, List.of(), new WebhookRewrites.Rewrite(Optional.empty(), java.util.Map.of()), templateParameter(ctx, facts,
                    template.requestLine()));
        }
        unreadParameterNames(facts, ctx);
        keyConstants(facts, ctx);
        appendedParameters(facts, ctx);
        JavaOAuth.offerHeaders(ctx, facts);
    }

    /** The parameter opening a literal: {@code "authtoken=}. */
    private static final Pattern APPENDED = Pattern.compile("[\"'](auth_?token=)");
    /**
     * What stands before it when it is appended on its own: {@code $url .= }, {@code url += }. Matched on a short
     * stretch before each parameter only: run over a whole minified file, the variable's name would be tried from
     * every character of every long dotted run.
     */
    private static final Pattern APPENDED_TO = Pattern.compile("(\\$?[A-Za-z_][\\w.>-]*)\\s*(?:\\.=|\\+=)\\s*$");
    private static final int APPENDED_TO_LENGTH = 120;
    /** How many lines before the append the URL it extends is looked for. */
    private static final int APPENDED_URL_LINES = 8;

    /**
     * A URL built over several statements, the parameter appended without its {@code ?} or {@code &} (which an
     * earlier append wrote): reported where the variable was given a Zoho URL a few lines before.
     */
    private static void appendedParameters(CodeFacts facts, RuleContext ctx) {
        String text = facts.file().text();
        Matcher parameter = APPENDED.matcher(text);
        while (parameter.find()) {
            Matcher m = APPENDED_TO.matcher(text).region(Math.max(0, parameter.start() - APPENDED_TO_LENGTH),
                    parameter.start());
            if (!m.find() || io.cliqmigrate.rules.support.Lines.inComment(facts, m.start())) {
                continue;
            }
            int line = facts.file().lines().line(m.start());
            Pattern assigned = Pattern.compile(Pattern.quote(m.group(1)) + "\\s*(?:\\.=|\\+=|=)");
            for (int n = line - 1; n >= Math.max(1, line - APPENDED_URL_LINES); n--) {
                String before = facts.file().lineText(n);
                if (assigned.matcher(before).find() && ZohoPatterns.ZOHO_HOST.matcher(before).find()) {
                    report(ctx, new io.cliqmigrate.core.model.TextRange(parameter.start(1), parameter.end(1) - 1),
                            "Legacy authtoken appended to a Zoho URL's query. " + MESSAGE, List.of(),
                            new WebhookRewrites.Rewrite(Optional.empty(), java.util.Map.of()), List.of());
                    break;
                }
            }
        }
    }

    /**
     * The ticket of the scheme before the authtoken, sent with an API key ({@code creator.zoho.com/api/xml/read/
     * apikey=…&ticket=…}): retired with the authtoken, and replaced the same way.
     */
    private static void ticketParameters(CodeFacts facts, RuleContext ctx) {
        if (!Guards.mentionsAny(facts, "apikey=")) {
            return;
        }
        StringMatches.each(facts, TicketLogin.TICKET_PARAM, 1,
                v -> TicketLogin.TICKET_PARAM.matcher(v.text()).find(),
                StringMatches.ALL, (expr, folded, m, p) -> report(ctx, p.range(), "Zoho ticket (with an API key) in "
                        + "a Zoho URL query: the API-key-and-ticket scheme came before the authtoken and is retired "
                        + "with it. " + MESSAGE, p.related(),
                        new WebhookRewrites.Rewrite(Optional.empty(), java.util.Map.of()), List.of()));
    }

    /**
     * The constant a Zoho URL's {@code ?authtoken=$X} sends, written in the same file: where the token is pasted
     * in, so where it is taken out. A value shaped like a real token is hardcoded-legacy-token's.
     */
    private static void reportConstant(RuleContext ctx, CodeFacts facts, io.cliqmigrate.core.code.Binding constant,
                                       io.cliqmigrate.core.model.TextRange url) {
        String value = constant.value().literalValue();
        if (ZohoPatterns.LEGACY_TOKEN_VALUE.matcher(value.strip()).matches() && ZohoPatterns.hasDigitAndLetter(value)) {
            return;
        }
        String name = constant.name().substring(constant.name().lastIndexOf('.') + 1);
        report(ctx, constant.value().range(), "'" + name + "' holds what a Zoho URL of this file sends as "
                + "its authtoken (?authtoken=), a placeholder to be filled in or the token itself. " + MESSAGE,
                List.of(new io.cliqmigrate.core.model.RelatedLocation(ctx.file().path(),
                        ctx.file().lines().line(url.start()), "the URL that sends it")),
                new WebhookRewrites.Rewrite(Optional.empty(), java.util.Map.of()), List.of());
    }

    /**
     * {@code public static final String OAUTH_TOKEN = "authtoken";} in a Zoho class, read through {@code import
     * static} by request builders: where a reader is scanned, the reader is reported; where none is (a library
     * whose callers live elsewhere, a partial scan), the name is reported where it is declared.
     */
    private static void unreadParameterNames(CodeFacts facts, RuleContext ctx) {
        for (io.cliqmigrate.core.code.Constant constant : facts.exports()) {
            if (LEGACY_PARAMETER_NAME.equals(constant.value().literalValue())
                    && facts.hasZohoContext(constant.value().scope()) && !facts.isReadInTree(constant)) {
                report(ctx, StringMatches.valueRange(facts, constant.value(), LEGACY_PARAMETER_NAME),
                        "Constant holding the legacy 'authtoken' parameter name of a Zoho API, read by no file of "
                                + "this scan: the requests that send it elsewhere fail. " + MESSAGE, List.of(),
                        new WebhookRewrites.Rewrite(Optional.empty(), java.util.Map.of()), List.of());
            }
        }
    }

    /**
     * {@code const AUTH_TOKEN_PARAM = 'authtoken';} of a PHP, JavaScript, Python or Ruby client with Zoho context,
     * used in the same file as the key of the request's parameters ({@code self::AUTH_TOKEN_PARAM => $token} merged
     * into {@code http_build_query}, {@code params.set(AUTH_PARAM, token)} on a query's parameters,
     * {@code {AUTH_PARAM: token}}): the query is assembled at run time, so the name is reported where it is
     * declared, as a Java constant's is. A constant only compared or used as a cookie's or a storage key's name
     * ({@code Cookies.set(AUTH_COOKIE, token)}) stays quiet.
     */
    private static void keyConstants(CodeFacts facts, RuleContext ctx) {
        for (io.cliqmigrate.core.code.Binding binding : declaredKeys(facts)) {
            report(ctx, StringMatches.valueRange(facts, binding.value(), LEGACY_PARAMETER_NAME),
                    "Constant holding the legacy 'authtoken' parameter name, used as a key of this Zoho client's "
                            + "request parameters: the requests that send it fail. " + MESSAGE, List.of(),
                    new WebhookRewrites.Rewrite(Optional.empty(), java.util.Map.of()), List.of());
        }
    }

    /**
     * Whether a pair's key is a constant reported where it is declared ({@link #keyConstants}): its uses are not
     * reported a second time.
     */
    static boolean isDeclaredKey(CodeFacts facts, io.cliqmigrate.core.code.StringExpr key) {
        return io.cliqmigrate.rules.support.KeyConstants.named(facts, key)
                .filter(c -> declaredKeys(facts).stream().anyMatch(b -> b.nameRange().equals(c.declaration())))
                .isPresent();
    }

    private static List<io.cliqmigrate.core.code.Binding> declaredKeys(CodeFacts facts) {
        if (facts.java().isPresent() || "java".equals(facts.file().languageId()) || !facts.hasZohoContext("")) {
            return List.of();
        }
        List<io.cliqmigrate.core.code.Binding> declared = new java.util.ArrayList<>();
        String text = facts.file().text();
        for (io.cliqmigrate.core.code.Binding binding : facts.bindings()) {
            if (binding.kind() != io.cliqmigrate.core.code.Binding.Kind.ASSIGNMENT || binding.value() == null
                    || !LEGACY_PARAMETER_NAME.equals(binding.value().literalValue())
                    || !binding.name().matches("[A-Z][A-Z0-9_]*")) {
                continue;
            }
            String name = Pattern.quote(binding.name());
            String qualifier = "(?:(?:self|static|parent|[A-Z]\\w*)::|[A-Z]\\w*\\.)?";
            Pattern asKey = Pattern.compile("(?:" + qualifier + "(?<![\\w$.])" + name + "\\s*=>"
                    // a session's, a cookie jar's or a cache's entry keeps the token, it sends nothing
                    + "|(?<!(?i:session|cookies|cookie|storage|cache))\\[\\s*" + qualifier + name
                    + "\\s*]\\s*(?::(?!:)|=(?![=>]))"
                    + "|(?i:params|query|qs|searchParams)\\s*\\.\\s*(?:set|append|add|put)\\s*\\(\\s*" + qualifier + name
                    + "\\s*,"
                    + ("python".equals(facts.file().languageId()) ? "|[{,]\\s*" + name + "\\s*:(?!:)" : "") + ")");
            if (asKey.matcher(text).find()) {
                declared.add(binding);
            }
        }
        return declared;
    }

    /**
     * With the webhook-token rewrite of a Cliq messaging call first, where there is one, then the OAuth rewrite,
     * then the manual steps.
     */
    private static void report(RuleContext ctx, io.cliqmigrate.core.model.TextRange range, String message,
                               List<io.cliqmigrate.core.model.RelatedLocation> related, WebhookRewrites.Rewrite use,
                               List<Fix> oauth) {
        List<Fix> fixes = new java.util.ArrayList<>(use.fix().stream().toList());
        fixes.addAll(oauth);
        fixes.add(FIX);
        ctx.report(range, message, related, fixes, use.properties());
    }

    /**
     * A client interface's parameter sent as the authtoken ({@code @Query("authtoken") String token} of Retrofit,
     * {@code @QueryParam} of JAX-RS, {@code @RequestParam} of Spring): the interface and its callers, in other
     * files, change together in the automatic fix where they all can; else the steps say exactly what to change.
     */
    private static List<Fix> annotatedParameter(RuleContext ctx, CodeFacts facts, CallFact call) {
        String written = ctx.file().slice(call.range());
        String header = switch (call.simpleName()) {
            case "Query" -> "@Header(\"Authorization\")";
            case "RequestParam" -> "@RequestHeader(\"Authorization\")";
            default -> "@HeaderParam(\"Authorization\")";
        };
        return withSteps(JavaClientInterfaces.fix(ctx, facts, call), "Send the OAuth access token as the "
                + "Authorization header of " + call.scope(), "In " + call.scope() + ", replace " + written + " by "
                + header + " (and import it)");
    }

    /** A Feign template's {@code authtoken={token}}: as {@link #annotatedParameter}, for the template. */
    private static List<Fix> templateParameter(RuleContext ctx, CodeFacts facts, CallFact requestLine) {
        return withSteps(JavaClientInterfaces.fix(ctx, facts, requestLine), "Send the OAuth access token as the "
                + "Authorization header of " + requestLine.scope(), "In " + requestLine.scope() + ", remove "
                + "authtoken={…} (with its & or ?) from the @RequestLine template, add @Headers(\"Authorization: "
                + "{authorization}\") to the method, and rename the parameter whose @Param filled the authtoken to "
                + "@Param(\"authorization\") String authorization");
    }

    /** The automatic fix, if any, then the steps a person takes where it is withdrawn (a caller it cannot change). */
    private static List<Fix> withSteps(Optional<Fix> automatic, String description, String change) {
        List<Fix> fixes = new java.util.ArrayList<>(automatic.stream().toList());
        fixes.add(Fix.manual("oauth", description, change,
                "Make every caller pass ZohoOAuthTokens.shared().header() (the 'Zoho-oauthtoken <access token>' "
                        + "value of the token provider that fix adds for the other calls, or your own) for that "
                        + "parameter instead of the authtoken",
                "Create a Self Client in the Zoho API console of your data centre and set ZOHO_CLIENT_ID, "
                        + "ZOHO_CLIENT_SECRET and ZOHO_REFRESH_TOKEN in the environment",
                io.cliqmigrate.rules.support.SettingRewrites.REVOKE));
        return fixes;
    }

    /**
     * Whether the authtoken of this URL expression gets the webhook-token rewrite (a Cliq messaging URL whose token
     * comes from a Cliq setting), so its other legacy parameters go the webhook way too.
     */
    static boolean becomesWebhook(RuleContext ctx, CodeFacts facts, io.cliqmigrate.core.code.StringExpr expr,
                                  FoldedString folded) {
        Matcher m = ZohoPatterns.AUTHTOKEN_PARAM.matcher(folded.text());
        if (!m.find() || !WebhookRewrites.isMessagingUrl(folded.text(), m.start())) {
            return false;
        }
        return StringMatches.place(facts, folded, m.start(1), m.end(1) - m.start(1), AuthtokenQueryParamRule::ownMatch)
                .filter(p -> p.related().isEmpty())
                .map(p -> WebhookRewrites.queryParam(ctx, facts, folded, m.end(), p.range(),
                        AuthtokenConfigReadRule.reads(facts), true).fix().isPresent())
                .orElse(false);
    }

    /** A constant that is a whole legacy URL by itself is reported where it is declared. */
    static boolean ownMatch(FoldedString value) {
        Matcher m = ZohoPatterns.AUTHTOKEN_PARAM.matcher(value.text());
        while (m.find()) {
            if (UrlContext.hostBefore(value, m.start()) == UrlContext.Host.ZOHO) {
                return true;
            }
        }
        return false;
    }
}

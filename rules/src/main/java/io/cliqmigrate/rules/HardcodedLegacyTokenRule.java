package io.cliqmigrate.rules;

import static io.cliqmigrate.rules.support.StringMatches.valueRange;

import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Comment;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.code.ZohoHints;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import io.cliqmigrate.core.rule.Tags;
import io.cliqmigrate.rules.support.CallArguments;
import io.cliqmigrate.rules.support.Calls;
import io.cliqmigrate.rules.support.ConfigForms;
import io.cliqmigrate.rules.support.FormatArguments;
import io.cliqmigrate.rules.support.LegacyZohoClients;
import io.cliqmigrate.rules.support.Lines;
import io.cliqmigrate.rules.support.PostmanPairs;
import io.cliqmigrate.rules.support.SettingRewrites;
import io.cliqmigrate.rules.support.StringMatches;
import io.cliqmigrate.rules.support.TokenParameters;
import io.cliqmigrate.rules.support.UrlContext;
import io.cliqmigrate.rules.support.ZohoPatterns;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleMeta(id = "hardcoded-legacy-token", summary = "Hard-coded Zoho authtoken value",
        severity = Severity.ERROR, tags = {Tags.CREDENTIAL, Tags.LEGACY_AUTH},
        manualMinutes = 30, reviewMinutes = 0, safeMinutes = 0,
        effortAssumption = "Per token: revoking it under Active Authtokens, removing it from the code and loading "
                + "credentials from the environment or a secret store; rewriting the repository's history "
                + "is not counted.")
public final class HardcodedLegacyTokenRule implements Rule {
    private static final String MESSAGE = "Hard-coded Zoho authtoken (value redacted): a permanent credential tied to "
            + "one user is committed here. Revoke it under accounts.zoho.com → Active Authtokens, remove it from "
            + "the code and history, and load OAuth credentials from the environment or a secret store";
    /** Name words of OAuth credentials and other kinds of token, not a Zoho authtoken. */
    private static final java.util.Set<String> OTHER_WORDS = java.util.Set.of("oauth", "oauthtoken", "refresh",
            "access", "bearer", "client", "csrf", "xsrf", "session", "jwt", "id", "webhook", "zapikey", "push",
            "device", "api", "reset", "verification", "invite", "captcha");
    /** A default written into a placeholder: {@code ${zoho.crm.authtoken:<token>}}. */
    private static final Pattern PLACEHOLDER_DEFAULT = Pattern.compile(
            "(?i)\\$\\{[^}:]*auth[-_.]?token[^}:]*:([0-9a-z]{28,32})}");

    static final Fix FIX = Fix.manual("secret-store", "Move the credential out of the code",
            "Revoke the token (accounts.zoho.com → Active Authtokens) or the secret it stands for",
            "Delete the value from the code and from version history",
            "Read OAuth credentials (client id, client secret, refresh token) from the environment or a secret store");

    /** Exactly what the generator issued: 32 lower-case hex characters. */
    private static final Pattern GENERATED = Pattern.compile("[0-9a-f]{32}");
    /** Name words of other 32-hex values: an MD5 checksum, an id, a salt. */
    private static final java.util.Set<String> HASH_WORDS = java.util.Set.of("checksum", "hash", "md5", "sha",
            "digest", "etag", "uuid", "guid", "salt", "nonce", "signature", "fingerprint", "secret", "appid",
            "encryption", "cipher");

    @Override
    public void check(CodeFacts facts, RuleContext ctx) {
        // a file that sends its reader to the generator (a comment saying where to get the token) holds what it gave
        Binding generated = io.cliqmigrate.rules.support.Guards.mentionsAny(facts, "apiauthtoken")
                ? onlyGeneratedValue(facts) : null;
        Set<String> sentTokens = sentTokenValues(facts);
        for (Binding binding : facts.bindings()) {
            String value = binding.value() == null ? null : binding.value().literalValue();
            // api_key = "<token>" where the file also sends that very value as ?authtoken=<token> to Zoho
            if (binding == generated || value != null && sentTokens.contains(value.trim())
                    && ZohoPatterns.words(binding.name()).stream().noneMatch(HASH_WORDS::contains)
                    && !OTHER_VENDOR_WORD.matcher(binding.name()).find()) {
                ctx.reportSecret(valueRange(facts, binding.value(), value.trim()), MESSAGE, List.of(), List.of(FIX));
                continue;
            }
            // headers: { Authorization: "1f0e…" } read as an assignment: the authtoken's shape as the whole header
            if (value != null && binding.name().equalsIgnoreCase("Authorization")
                    && ZOHO_TOKEN_SHAPE.matcher(value.trim()).matches() && facts.hasZohoContext(binding.scope())
                    && !io.cliqmigrate.rules.support.UrlContext.toOtherHost(facts, facts.fold(binding.value()),
                    binding.value().range())) {
                ctx.reportSecret(valueRange(facts, binding.value(), value.trim()), MESSAGE, List.of(), List.of(FIX));
                continue;
            }
            if (value != null && zohoApiKey(facts, binding, value.trim())) {
                reportSetting(ctx, facts, binding, valueRange(facts, binding.value(), value.trim()));
                continue;
            }
            // a name the file sends as the authtoken holds it, whatever it says: $this->authentication_key = '<hex>'
            // with "?authtoken=$this->authentication_key"
            if (value == null || !looksLikeToken(value.trim()) || !tokenName(binding.name())
                    && !TokenParameters.isSent(facts, binding.name())
                    || ZohoPatterns.words(binding.name()).stream().anyMatch(HASH_WORDS::contains)
                    || handedToOtherVendor(facts, binding.name())) {
                continue;
            }
            // $config['token'] beside $config['zoho_token']: the Zoho token is the one named so, this is another's
            if (bareToken(binding.name()) && !TokenParameters.isSent(facts, binding.name())
                    && facts.bindings().stream().anyMatch(other -> other != binding
                    && ZohoHints.isHint(other.name()) && tokenName(other.name()))) {
                continue;
            }
            boolean context = ZohoHints.isHint(binding.name()) || facts.hasZohoContext(binding.scope())
                    // private static final String TOKEN = "…" sent by a method of the class that calls Zoho
                    || !binding.scope().isEmpty() && TokenParameters.isSent(facts, binding.name())
                    && facts.hasZohoContextInside(binding.scope())
                    // authToken = "<32 hex>" handed on as CRM(authToken=authToken, scope="ZohoCRM/crmapi")
                    || TokenParameters.isSent(facts, binding.name()) && writesProductScope(facts)
                    || savedGeneratorAnswer(facts, binding) || zohoSpelling(binding.name(), value.trim(), facts)
                    || productSection(facts, binding, value.trim());
            if (context) {
                reportSetting(ctx, facts, binding, valueRange(facts, binding.value(), value.trim()));
            }
        }
        postmanTokens(facts, ctx);
        tokenPools(facts, ctx);
        // <input type="hidden" name="authtoken" value="<token>" /> in a React component posting to Zoho
        for (Binding value : ConfigForms.jsxFieldValues(facts, ZohoPatterns.AUTHTOKEN_KEY)) {
            String token = value.value() == null ? null : value.value().literalValue();
            if (token != null && looksLikeToken(token.trim())) {
                reportSetting(ctx, facts, value, valueRange(facts, value.value(), token.trim()));
            }
        }
        for (CallFact call : facts.calls()) {
            for (Calls.Pair pair : Calls.pairs(facts, call)) {
                String value = pair.value().literalValue();
                if (value != null && looksLikeToken(value) && pair.keyText() != null && tokenName(pair.keyText())
                        && (Calls.inZohoContext(facts, call) || zohoSpelling(pair.keyText(), value, facts))
                        // the token as the whole header of a Zoho request: {"Authorization": "1f0e…"}
                        || value != null && pair.keyText() != null
                        && pair.keyText().trim().equalsIgnoreCase("Authorization")
                        && ZOHO_TOKEN_SHAPE.matcher(value.trim()).matches() && Calls.inZohoContext(facts, call)) {
                    ctx.reportSecret(valueRange(facts, pair.value(), value), MESSAGE, List.of(), List.of(FIX));
                }
                // .addHeaders("Authorization", authToken) with authToken = "<32 hex>" written in this file
                if (value == null && pair.keyText() != null
                        && pair.keyText().trim().equalsIgnoreCase("Authorization")) {
                    io.cliqmigrate.rules.support.KeyConstants.named(facts, pair.value())
                            .filter(constant -> constant.value().literalValue() != null && ZOHO_TOKEN_SHAPE.matcher(
                                    constant.value().literalValue().trim()).matches())
                            .filter(constant -> Calls.inZohoContext(facts, call))
                            .ifPresent(constant -> ctx.reportSecret(valueRange(facts, constant.value(),
                                    constant.value().literalValue().trim()), MESSAGE, List.of(), List.of(FIX)));
                }
            }
            // new ZohoCrmClient("<token>"): a token handed straight to a Zoho client
            if (ZohoHints.isHint(call.name())) {
                for (StringExpr arg : call.args()) {
                    String value = arg.literalValue();
                    if (value != null && looksLikeToken(value)) {
                        ctx.reportSecret(valueRange(facts, arg, value), MESSAGE, List.of(), List.of(FIX));
                    }
                }
            }
        }
        // ZohoService::ApiConnector.new('<32 hex>'), new ZohoDesk("<32 hex>") read from the text (Ruby, PHP, …)
        if (!PARSED_CALLS.contains(facts.file().languageId()) && facts.file().text().contains("Zoho")
                && holdsTokenLiteral(facts)) {
            reportTokenArguments(facts, ctx, zohoClassArguments(facts));
        }
        // ZohoBooks.initialize("<token>", "<organization id>"): a catalogued SDK's token argument
        reportTokenArguments(facts, ctx,
                LegacyZohoClients.in(facts).stream().map(LegacyZohoClients.Use::token).toList());
        // photo("<token>") where fun photo(token) sends "Zoho-authtoken $token": the token is the argument
        reportTokenArguments(facts, ctx, io.cliqmigrate.rules.support.TokenParameters.arguments(facts));
        // Site24x7('<token>') where class Site24x7 declares __init__(self, authToken), in a file that speaks of Zoho
        if (io.cliqmigrate.rules.support.Guards.mentionsAny(facts, "zoho", "site24x7") && holdsTokenLiteral(facts)) {
            reportTokenArguments(facts, ctx, io.cliqmigrate.rules.support.TokenParameters.argumentsTo(facts,
                    name -> tokenParameter(facts, name)));
        }
        // "…?authtoken={0}".format('<token>'): the token fills the URL's placeholder
        reportTokenArguments(facts, ctx, FormatArguments.tokenArguments(facts));
        StringMatches.each(facts, PLACEHOLDER_DEFAULT, 1, v -> PLACEHOLDER_DEFAULT.matcher(v.text()).find(),
                StringMatches.ALL, (expr, folded, match, place) -> place.reportSecret(ctx, match.group(1).length(),
                        MESSAGE, List.of(FIX)));
        StringMatches.each(facts, ZohoPatterns.INLINE_TOKEN, 1,
                v -> ZohoPatterns.INLINE_TOKEN.matcher(v.text()).find() || looksLikeToken(v.text().trim()),
                (expr, folded, m) -> ZohoPatterns.hasDigitAndLetter(m.group(1))
                        && (UrlContext.zohoBound(folded, m.start(), facts.hasZohoContext(expr.scope()))
                        || m.group().toLowerCase(Locale.ROOT).startsWith("zoho-authtoken")),
                (expr, folded, m, p) -> p.reportSecret(ctx, m.group(1).length(), MESSAGE, List.of(FIX)));
        // "Authorization: 1f0e…" in a header list: an authtoken's shape sent as the whole header of a Zoho request (an
        // OAuth access token is 1000.<hex>.<hex> and comes with its scheme)
        StringMatches.each(facts, BARE_HEADER, 1, v -> false,
                (expr, folded, m) -> ZOHO_TOKEN_SHAPE.matcher(m.group(1)).matches() && facts.hasZohoContext(expr.scope())
                        && !UrlContext.toOtherHost(facts, folded, expr.range()),
                (expr, folded, m, p) -> p.reportSecret(ctx, m.group(1).length(), MESSAGE, List.of(FIX)));
        maskCommentedTokens(facts, ctx);
        ticketApiKeys(facts, ctx);
    }

    /**
     * A Postman request's query or form list, {@code {"key": "authtoken", "value": "<token>"}}, in a collection that
     * talks to Zoho: the token is the entry's value, written on its own line.
     */
    private static void postmanTokens(CodeFacts facts, RuleContext ctx) {
        PostmanPairs postman = null;
        for (Binding binding : facts.bindings()) {
            String named = PostmanPairs.keyName(binding);
            if (named == null || !Calls.isAuthtokenKey(named) || !facts.hasZohoContext(binding.scope())) {
                continue;
            }
            postman = postman == null ? PostmanPairs.of(facts) : postman;
            postman.valueOf(binding).ifPresent(value -> {
                String token = value.value() == null ? null : value.value().literalValue();
                if (token != null && looksLikeToken(token.trim())) {
                    ctx.reportSecret(valueRange(facts, value.value(), token.trim()), MESSAGE, List.of(), List.of(FIX));
                }
            });
        }
    }

    /** A header line whose whole value is a token: {@code "Authorization: <token>"}, alone in its literal. */
    private static final Pattern BARE_HEADER = Pattern.compile(
            "(?i)(?:^|\\u0000)\\s*authorization\\s*:\\s*([0-9a-f]{32})\\s*(?=$|\\u0000)");

    /** A key as written out: long, with a digit, no blank, not a placeholder ({@code YOUR_API_KEY}, {@code ${K}}). */
    private static final Pattern WRITTEN_KEY = Pattern.compile("(?=\\S*\\d)(?![A-Z_]+$)(?!\\$)[^\\s{}<>%]{20,}");

    /**
     * The API key of the ticket scheme that came before the authtoken, written next to that scheme's login
     * ({@code apikey = "49a1…"} with {@code get_ticket(…)}, {@code 'api_key' => '…'} with {@code 'LOGIN_ID'}): a
     * per-account credential retired with the ticket. Anywhere else an {@code api_key} is some other service's.
     */
    private static void ticketApiKeys(CodeFacts facts, RuleContext ctx) {
        if (!io.cliqmigrate.rules.support.Guards.mentionsAny(facts, "apikey", "api_key")
                || !io.cliqmigrate.rules.support.TicketLogin.inFile(facts)) {
            return;
        }
        for (Binding binding : facts.bindings()) {
            String value = binding.value() == null ? null : binding.value().literalValue();
            if (value != null && apiKeyName(binding.name()) && WRITTEN_KEY.matcher(value.trim()).matches()) {
                ctx.reportSecret(valueRange(facts, binding.value(), value.trim()), TICKET_KEY_MESSAGE, List.of(),
                        List.of(FIX));
            }
        }
        postmanTokens(facts, ctx);
        for (CallFact call : facts.calls()) {
            for (Calls.Pair pair : Calls.pairs(facts, call)) {
                String value = pair.value().literalValue();
                if (value != null && pair.keyText() != null && apiKeyName(pair.keyText())
                        && WRITTEN_KEY.matcher(value.trim()).matches()) {
                    ctx.reportSecret(valueRange(facts, pair.value(), value.trim()), TICKET_KEY_MESSAGE, List.of(),
                            List.of(FIX));
                }
            }
        }
    }

    private static final String TICKET_KEY_MESSAGE = "Hard-coded Zoho API key of the ticket scheme (value redacted), "
            + "sent with a ticket from Zoho's ticket login: the scheme came before the authtoken and is retired with "
            + "it, but the key stays a credential of that account. Remove it from the code and history, and load "
            + "OAuth credentials from the environment or a secret store";

    private static boolean apiKeyName(String name) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        return ZohoPatterns.words(last).equals(List.of("api", "key")) || last.equalsIgnoreCase("apikey");
    }

    /**
     * A token that is a setting's value: the setting's own rewrite (the same edits as config-authtoken-setting's,
     * so both apply once) removes it; it is never copied anywhere.
     */
    private static void reportSetting(RuleContext ctx, CodeFacts facts, Binding binding, TextRange value) {
        List<Fix> rewrites = ConfigAuthtokenSettingRule.isLegacySetting(binding.name(), facts)
                ? SettingRewrites.configFixes(ctx, facts, binding) : List.of();
        ctx.secret(value);
        List<Fix> fixes = new java.util.ArrayList<>(rewrites);
        fixes.add(FIX);
        ctx.report(value, MESSAGE, List.of(), fixes, rewrites.isEmpty() ? java.util.Map.of()
                : ConfigAuthtokenSettingRule.properties(binding.name(), binding));
    }

    /**
     * Code commented out with its token ({@code # user_token = '1f0e…'}, {@code // authtoken: "…"}): masked wherever
     * a code frame shows it, but not reported. The authtoken stopped working for every Zoho API in 2021 and the code
     * around it does not run, so it is neither a live credential nor a use to migrate; held-out labellers call it a
     * look-alike, and reporting it failed builds on dead comments.
     */
    private static final Pattern COMMENTED_TOKEN = Pattern.compile(
            "(?:=>|[:=])\\s*[\"']?([0-9A-Za-z]{28,32})(?![0-9A-Za-z])");
    /**
     * The name before the token's separator, looked for in a short stretch only: matched from every character of a
     * comment, a name's {@code [\\w.-]*} would run over every long word of an inlined source map.
     */
    private static final Pattern COMMENTED_NAME = Pattern.compile("([A-Za-z_][\\w.-]*)[\"']?\\s*$");
    private static final int COMMENTED_NAME_LENGTH = 80;

    private static void maskCommentedTokens(CodeFacts facts, RuleContext ctx) {
        for (Comment comment : facts.comments()) {
            String text = comment.text();
            Matcher m = COMMENTED_TOKEN.matcher(text);
            while (m.find()) {
                Matcher name = COMMENTED_NAME.matcher(text).region(Math.max(0, m.start() - COMMENTED_NAME_LENGTH),
                        m.start());
                if (name.find() && looksLikeToken(m.group(1)) && tokenName(name.group(1))
                        && (ZohoHints.isHint(name.group(1)) || facts.hasZohoContext(""))
                        && !onOtherHost(text, name.start()) && !otherQueryParameter(text, name.start(), name.group(1))) {
                    ctx.secret(comment.written(m.start(1), m.end(1)));
                }
            }
        }
    }

    /**
     * A URL's query parameter other than the authtoken's ({@code ?…&master_broker_token=…} of a CRM function's own
     * arguments): on a Zoho URL only {@code authtoken} carried the authtoken.
     */
    private static boolean otherQueryParameter(String comment, int at, String name) {
        return at > 0 && "?&".indexOf(comment.charAt(at - 1)) >= 0 && !name.matches("(?i)auth_?token");
    }

    /**
     * Whether the parameter at {@code at} belongs to a URL of another host, written in the same word of a comment
     * ({@code <!-- href="https://raw.githubusercontent.com/…?token=…" -->}: GitHub's token, not Zoho's).
     */
    private static boolean onOtherHost(String comment, int at) {
        int start = at;
        while (start > 0 && !Character.isWhitespace(comment.charAt(start - 1))
                && "\"'(<".indexOf(comment.charAt(start - 1)) < 0) {
            start--;
        }
        int scheme = comment.indexOf("://", start);
        if (scheme < 0 || scheme >= at) {
            return false;
        }
        int hostEnd = scheme + 3;
        while (hostEnd < at && "/?#:".indexOf(comment.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        return !ZohoPatterns.ZOHO_HOST.matcher(comment.substring(scheme + 3, hostEnd)).find();
    }

    /**
     * Zoho's own spelling and shape without a Zoho word in the file: a key written exactly {@code authtoken}
     * (lower case, the API parameter's name) holding 32 lower-case hex characters, the shape of every Zoho
     * authtoken. Other vendors spell it {@code authToken} or {@code auth_token} (Twilio, whose tokens are also 32
     * hex characters) or give it another shape (ngrok); a file that names another vendor is left alone.
     */
    private static boolean zohoSpelling(String key, String value, CodeFacts facts) {
        return key.substring(key.lastIndexOf('.') + 1).equals("authtoken") && ZOHO_TOKEN_SHAPE.matcher(value).matches()
                && !OTHER_VENDOR_WORD.matcher(facts.file().text()).find();
    }

    /** The products of the authtoken era whose clients were configured by product: {@code invoice: {authtoken: …}}. */
    private static final java.util.Set<String> PRODUCTS = java.util.Set.of("crm", "invoice", "books", "support",
            "desk", "creator", "projects", "subscriptions", "reports", "cliq");
    /** A token or a test's stand-in for one: 32 lower-case letters and digits ({@code bad18eba1ff45jk7…}). */
    private static final Pattern TOKEN_LIKE = Pattern.compile("(?=[0-9a-z]*[a-z])(?=[0-9a-z]*[0-9])[0-9a-z]{32}");
    /** The key of the object that holds the entry, written as JavaScript, PHP or JSON write it (invoice, crm). */
    private static final Pattern SECTION_KEY = Pattern.compile("(\\w+)[\"']?\\s*(?::|=>)\\s*[\\[{]\\s*$");

    /**
     * Zoho's spelling inside a section named for one of its products, with no Zoho word in the file: a client's
     * test configuration ({@code invoice: { authtoken: 'bad18eba…' }},
     * {@code support: { authtoken: …, portal: … }}). The key is exactly the lower-case {@code authtoken} of the
     * API parameter, the value 32 lower-case letters and digits; a file that names another vendor is left alone.
     */
    private static boolean productSection(CodeFacts facts, Binding binding, String value) {
        if (!binding.name().equals("authtoken") || !TOKEN_LIKE.matcher(value).matches()
                || OTHER_VENDOR_WORD.matcher(facts.file().text()).find()) {
            return false;
        }
        String text = facts.file().text();
        int depth = 0;
        for (int i = binding.nameRange().start() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '}' || c == ']') {
                depth++;
            } else if ((c == '{' || c == '[') && depth-- == 0) {
                Matcher key = SECTION_KEY.matcher(text.substring(Math.max(0, i - 60), i + 1));
                return key.find() && PRODUCTS.contains(key.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    private static final Pattern ZOHO_TOKEN_SHAPE = ZohoPatterns.GENERATED_TOKEN;
    private static final Pattern OTHER_VENDOR_WORD = ZohoPatterns.otherVendor("rmscloud");

    /** The AUTHTOKEN line of a saved generator answer: the key is the generator's own, no other tool writes it. */
    private static boolean savedGeneratorAnswer(CodeFacts facts, Binding binding) {
        return "text".equals(facts.file().languageId()) && binding.kind() == Binding.Kind.CONFIG_KEY
                && binding.name().equals("AUTHTOKEN");
    }

    /** A generic AUTH_TOKEN passed to {@code Twilio.init(…)} or a GitHub client is that vendor's token. */
    private static boolean handedToOtherVendor(CodeFacts facts, String name) {
        if (inBasicCredentials(facts, name) || sentToOtherHost(facts, name)) {
            return true;
        }
        for (CallFact call : facts.calls()) {
            if (!ZohoPatterns.OTHER_VENDOR.matcher(call.name() + " " + call.receiver()).find()) {
                continue;
            }
            for (StringExpr arg : call.args()) {
                if (arg.parts().stream().anyMatch(p -> p instanceof Part.Ref ref
                        && ref.text().equals(name))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether, in a file with no Zoho word, the variable is used in a string and the file's strings name only other
     * services' hosts: a lab system's {@code curl "${baseurl}getResults?authToken=${authtoken}"} with {@code
     * baseurl=https://….alis-asp.nl/alis/api/}. Its {@code authtoken} is that service's.
     */
    private static boolean sentToOtherHost(CodeFacts facts, String name) {
        String simple = SIGIL.matcher(name.substring(name.lastIndexOf('.') + 1)).replaceAll("");
        return !simple.isEmpty() && onlyOtherHosts(facts) && facts.strings().stream().anyMatch(expr -> expr.parts()
                .stream().anyMatch(p -> namesVariable(p, simple)));
    }

    /**
     * Whether the file says nothing of Zoho, and the URLs its strings write (not its comments: a licence's or a
     * wiki's link) are all another service's, with no Zoho API path among them ({@code /crm/private/json/} after a
     * host from the environment).
     */
    private static boolean onlyOtherHosts(CodeFacts facts) {
        return facts.answer("hardcodedLegacyToken.onlyOtherHosts", f -> {
            String text = f.file().text();
            if (!text.contains("://") || io.cliqmigrate.core.code.ZohoHints.isHint(text) || f.hasZohoContext("")) {
                return false;
            }
            boolean other = false;
            // a shell variable's unquoted value (baseurl=https://…) is a binding's, not a string's
            List<StringExpr> written = new java.util.ArrayList<>(f.strings());
            f.bindings().stream().map(Binding::value).filter(java.util.Objects::nonNull).forEach(written::add);
            for (StringExpr expr : written) {
                for (Part part : expr.parts()) {
                    if (!(part instanceof Part.Literal literal)) {
                        continue;
                    }
                    if (ZohoPatterns.ZOHO_API_PATH.matcher(literal.value()).find()) {
                        return false;
                    }
                    Matcher url = WRITTEN_HOST.matcher(literal.value());
                    while (url.find()) {
                        String host = url.group(1).replaceAll("\\.+$", "");
                        if (ZohoPatterns.ZOHO_HOST.matcher(host).find()) {
                            return false;
                        }
                        other |= !LOCAL_HOST.matcher(host).matches();
                    }
                }
            }
            return other;
        });
    }

    private static final Pattern WRITTEN_HOST = Pattern.compile("(?i)https?://([a-z0-9][a-z0-9.-]{0,200})");
    /** Hosts that are no service's: the machine, a private network, a documentation or schema host. */
    private static final Pattern LOCAL_HOST = Pattern.compile("(?i)localhost(?:\\.localdomain)?|127\\.\\d+\\.\\d+\\.\\d+"
            + "|0\\.0\\.0\\.0|10\\.[\\d.]+|192\\.168\\.[\\d.]+|172\\.(?:1[6-9]|2\\d|3[01])\\.[\\d.]+"
            + "|[a-z0-9.-]+\\.(?:local|test|internal|invalid|localhost)|(?:[a-z0-9-]+\\.)*example\\.(?:com|org|net)"
            + "|(?:www\\.)?w3\\.org|schemas\\.[a-z0-9.-]+");
    private static final Pattern SIGIL = Pattern.compile("^[$@]|[${}\\s]");

    /** Whether the part writes the variable {@code simple} ({@code $authtoken}, {@code ${authtoken}}). */
    private static boolean namesVariable(Part part, String simple) {
        String written = part instanceof Part.Hole hole ? hole.text() : part instanceof Part.Ref ref ? ref.text() : null;
        return written != null && written.length() <= simple.length() + 8
                && SIGIL.matcher(written).replaceAll("").equals(simple);
    }

    /** HTTP Basic credentials: Twilio's {@code 'Basic ' + base64(ACCOUNT_SID + ':' + AUTH_TOKEN)}. */
    private static final Pattern BASIC_CREDENTIALS = Pattern.compile("(?i)[\"']basic |base64|btoa\\s*\\(");

    /**
     * Whether the variable goes into HTTP Basic credentials on some line of the file: Zoho never took an authtoken
     * that way, while Twilio's auth token (32 hex characters too) always goes so, with its account SID, in Apex, Lua,
     * Perl or any other language whose calls are read without a parser.
     */
    private static boolean inBasicCredentials(CodeFacts facts, String name) {
        String simple = name.substring(name.lastIndexOf('.') + 1);
        if (!simple.matches("[A-Za-z_$][\\w$]*")) {
            return false;
        }
        Pattern use = Pattern.compile("(?<![\\w$])" + Pattern.quote(simple) + "(?![\\w$])");
        String text = facts.file().text();
        Matcher m = use.matcher(text);
        while (m.find()) {
            int line = facts.file().lines().line(m.start());
            if (BASIC_CREDENTIALS.matcher(facts.file().lineText(line)).find()) {
                return true;
            }
        }
        return false;
    }

    /** The words a Zoho API key or access token setting is named with: {@code zoho_api_key}, {@code accessToken}. */
    private static final java.util.Set<String> API_KEY_WORDS = java.util.Set.of("zoho", "api", "key", "apikey",
            "access", "token", "accesstoken", "auth", "authkey");

    /**
     * The generator's exact output (32 lower-case hex) under a name of an API key or access token, in Zoho's setting:
     * {@code $config['zoho_api_key'] = '…'}, {@code accessToken=…} beside {@code apiUrl=https://people.zoho.com},
     * {@code API_KEY = '…'} under {@code # Zoho Desk Api Key}. Zoho's OAuth access tokens all start with
     * {@code 1000.}, so a bare 32-hex one is the authtoken (or the API key of the ticket era before it). The name must
     * be made of those words only, so {@code WEATHER_API_KEY} is not one, and the file or the comment must not name
     * another vendor.
     */
    private static boolean zohoApiKey(CodeFacts facts, Binding binding, String value) {
        List<String> words = ZohoPatterns.words(binding.name());
        if (!ZOHO_TOKEN_SHAPE.matcher(value).matches() || words.isEmpty() || !words.stream().allMatch(word ->
                API_KEY_WORDS.contains(word) || PRODUCTS.contains(word) || CONTAINER_WORDS.contains(word))
                || !(words.contains("api") || words.contains("apikey") || words.contains("access")
                || words.contains("accesstoken") || words.contains("authkey")
                || words.contains("auth") && words.contains("key"))) {
            return false;
        }
        String name = binding.name();
        if (ZohoHints.isHint(name)) {
            return !OTHER_VENDOR_WORD.matcher(binding.name()).find();
        }
        String text = facts.file().text();
        int lineStart = Lines.startOf(text, binding.nameRange().start());
        int lineEnd = text.indexOf('\n', binding.nameRange().end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        if (OTHER_VENDOR_WORD.matcher(line).find()) {
            return false; // API_KEY = "…"  # Mailchimp key
        }
        // the comment lines just above, line after line: # Zoho Desk Api Key and Organization id
        List<Comment> comments = facts.answer("hardcodedLegacyToken.commentsLastFirst", f -> f.comments().stream()
                .sorted(java.util.Comparator.comparingInt((Comment c) -> c.range().start()).reversed()).toList());
        int above = lineStart;
        for (Comment comment : comments) {
            if (above <= 0) {
                break;
            }
            if (comment.range().end() > above) {
                continue;
            }
            int commentLine = Lines.startOf(text, comment.range().start());
            // a comment of its own lines, ending on the line just above: not one trailing another line's code
            if (!text.substring(comment.range().end(), above).isBlank()
                    || Lines.startAbove(text, above) > comment.range().end()
                    || !text.substring(commentLine, comment.range().start()).isBlank()) {
                break;
            }
            if (ZohoHints.isHint(comment.text())) {
                return !OTHER_VENDOR_WORD.matcher(comment.text()).find();
            }
            above = commentLine;
        }
        // const API_TOKEN = '<32 hex>' in a class that asks the generator or sets a v1 scope: only Zoho's is so kept
        if (legacyZohoFile(facts) && !OTHER_VENDOR_WORD.matcher(text).find()) {
            return true;
        }
        // an API key of any vendor sits beside a Zoho URL, and a file that speaks OAuth keeps its token elsewhere
        if (!words.contains("access") && !words.contains("accesstoken") || OTHER_VENDOR_WORD.matcher(text).find()
                || ZohoPatterns.OAUTH_WORD.matcher(text).find()) {
            return false;
        }
        // a Zoho API's host, not Zoho Mail's SMTP or IMAP server that a mailer beside another service's key names
        Matcher host = ZohoPatterns.ZOHO_HOST.matcher(text);
        while (host.find()) {
            if (!MAIL_SERVER.matcher(host.group()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the file asks the generator for a token or writes a product's authtoken-era scope. */
    private static boolean legacyZohoFile(CodeFacts facts) {
        return facts.answer("hardcodedLegacyToken.legacyZohoFile", f -> ZohoPatterns.GENERATION_ENDPOINT.matcher(
                f.file().text()).find() || f.strings().stream().anyMatch(e -> {
                    String folded = f.fold(e).text();
                    return ZohoPatterns.LEGACY_SCOPE.matcher(folded).find()
                            || ZohoPatterns.LEGACY_SCOPE_VALUE.matcher(folded.trim()).matches();
                }));
    }

    private static final Pattern MAIL_SERVER = Pattern.compile("(?i)(?:smtp|imap|pop)[a-z0-9-]*\\.");
    /** The words of the object or section a setting is kept in: {@code $config['zoho_api_key']}. */
    private static final java.util.Set<String> CONTAINER_WORDS = java.util.Set.of("config", "settings", "conf",
            "options", "params", "env", "this", "self");

    /**
     * A list of tokens written where the token is chosen: {@code authtoken = random.choice(['<32 hex>', …])},
     * {@code tokens = ['…', '…']}; the list's items up to a literal, on the line of the name they go into.
     */
    private static final Pattern POOLED = Pattern.compile("(?:^|[\\s;])([\\w$.]+)\\s*=\\s*(?:[\\w$.]+\\s*\\(\\s*)?"
            + "[\\[(]\\s*(?:(['\"])[0-9a-f]{32}\\2\\s*,\\s*)*['\"]$");

    private static void tokenPools(CodeFacts facts, RuleContext ctx) {
        String text = facts.file().text();
        for (StringExpr expr : facts.strings()) {
            for (Part part : expr.parts()) {
                if (!(part instanceof Part.Literal literal)
                        || !ZOHO_TOKEN_SHAPE.matcher(literal.value()).matches()) {
                    continue;
                }
                int start = literal.range().start();
                int lineStart = Lines.startOf(text, start);
                if (start - lineStart > 600) {
                    continue;
                }
                Matcher pooled = POOLED.matcher(text.substring(lineStart, start + 1));
                if (pooled.find() && tokenName(pooled.group(1)) && !handedToOtherVendor(facts, pooled.group(1))
                        && facts.hasZohoContextInside(expr.scope())) {
                    ctx.reportSecret(valueRange(facts, new StringExpr(List.of(part), literal.range(), expr.scope()),
                            literal.value()), MESSAGE, List.of(), List.of(FIX));
                }
            }
        }
    }

    /** A name that says only token ({@code token}, {@code config.token}), not whose. */
    private static boolean bareToken(String name) {
        String last = name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('[')) + 1);
        return ZohoPatterns.words(last).equals(List.of("token"));
    }

    /** {@code authtoken}, {@code AUTH_TOKEN}, {@code zohoToken}, {@code cliq.auth-token}; not OAuth or other vendors. */
    static boolean tokenName(String name) {
        List<String> words = ZohoPatterns.words(name);
        boolean token = words.contains("authtoken") || words.contains("token") || words.contains("auth")
                && words.indexOf("auth") == words.size() - 1;
        return token && words.stream().noneMatch(OTHER_WORDS::contains)
                && !ZohoPatterns.OTHER_VENDOR.matcher(name).find();
    }

    /** Languages whose calls are parsed: a Zoho client's token argument there is read from the call above. */
    private static final Set<String> PARSED_CALLS = Set.of("java", "deluge");
    /** A client's class by its name: {@code ApiConnector}, {@code Client}, {@code CrmApi}. */
    private static final Pattern CLIENT_CLASS = Pattern.compile("(?i)api|client|connector|connection|service");

    /**
     * The arguments of constructions and calls of classes named for Zoho, read from the text: one that is exactly the
     * generator's 32 lower-case hex is the token a community client of the authtoken era was built with, whatever
     * the language (OAuth tokens have dots, client secrets 42 characters, ids only digits), when the class's name
     * says it is a client or the file names an authtoken (a job's id written as 32 hex,
     * {@code ZohoSync::Job.new('…')}, is no token). Only positional arguments are read; a named one
     * ({@code auth_token: '…'}) is read as a key's value.
     */
    private static List<TextRange> zohoClassArguments(CodeFacts facts) {
        String text = facts.file().text();
        boolean tokenWords = io.cliqmigrate.rules.support.Guards.mentionsAny(facts, "authtoken", "auth_token",
                "auth-token");
        List<TextRange> arguments = new java.util.ArrayList<>();
        for (LegacyZohoClients.ZohoCall call : LegacyZohoClients.zohoNamedCalls(facts)) {
            if (call.kind() != LegacyZohoClients.NamedCall.CLASS || !tokenWords
                    && !CLIENT_CLASS.matcher(text.substring(call.start(), call.open())).find()) {
                continue;
            }
            for (LegacyZohoClients.LiteralArgument literal : LegacyZohoClients.literalArguments(text, call.open(),
                    LegacyZohoClients.NAMED_ARGUMENTS)) {
                if (ZOHO_TOKEN_SHAPE.matcher(facts.file().slice(literal.literal())).matches()) {
                    arguments.add(literal.argument());
                }
            }
        }
        return arguments;
    }

    /** The token-shaped literal written as each argument, reported. */
    private static void reportTokenArguments(CodeFacts facts, RuleContext ctx, List<TextRange> arguments) {
        for (TextRange argument : arguments) {
            CallArguments.literalInside(facts.file().text(), argument)
                    .filter(literal -> looksLikeToken(facts.file().slice(literal)))
                    .ifPresent(literal -> ctx.reportSecret(literal, MESSAGE, List.of(), List.of(FIX)));
        }
    }

    /**
     * The token values the file's code writes out as the authtoken of a Zoho request
     * ({@code "…?authtoken=<token>&scope=crmapi"}), as the inline report below takes them.
     */
    private static Set<String> sentTokenValues(CodeFacts facts) {
        Set<String> values = new java.util.HashSet<>();
        for (StringExpr expr : facts.strings()) {
            if (expr.parts().stream().noneMatch(p -> p instanceof Part.Literal literal
                    && literal.value().length() >= 32)) {
                continue;
            }
            io.cliqmigrate.core.code.FoldedString folded = facts.fold(expr);
            Matcher m = ZohoPatterns.INLINE_TOKEN.matcher(folded.text());
            while (m.find()) {
                if (ZOHO_TOKEN_SHAPE.matcher(m.group(1)).matches()
                        && UrlContext.zohoBound(folded, m.start(), facts.hasZohoContext(expr.scope()))) {
                    values.add(m.group(1));
                }
            }
        }
        return values;
    }

    /** Whether the file writes a product's authtoken-era scope: {@code ZohoCRM/crmapi}, {@code creatorapi}. */
    private static boolean writesProductScope(CodeFacts facts) {
        return facts.answer("hardcodedLegacyToken.writesProductScope", f -> f.strings().stream().anyMatch(e -> {
            String folded = f.fold(e).text();
            return ZohoPatterns.LEGACY_SCOPE.matcher(folded).find()
                    || ZohoPatterns.LEGACY_PRODUCT_SCOPE.matcher(folded.trim()).matches();
        }));
    }

    /** Whether a literal of the file is shaped like a token: the cheap test before any declaration is looked for. */
    private static boolean holdsTokenLiteral(CodeFacts facts) {
        return facts.strings().stream().flatMap(e -> e.parts().stream()).anyMatch(p ->
                p instanceof Part.Literal literal && looksLikeToken(literal.value().trim()));
    }

    /**
     * A parameter that names the token itself ({@code authToken}, {@code zoho_token}; not {@code token_file}) and
     * that no other vendor's client is built with ({@code twilio(accountSid, authToken)}).
     */
    private static boolean tokenParameter(CodeFacts facts, String name) {
        List<String> words = ZohoPatterns.words(name);
        if (words.isEmpty() || !tokenName(name) || !List.of("token", "authtoken").contains(words.get(words.size() - 1))
                || handedToOtherVendor(facts, name)) {
            return false;
        }
        String text = facts.file().text();
        Matcher use = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])").matcher(text);
        while (use.find()) {
            if (ZohoPatterns.OTHER_VENDOR.matcher(calledWith(text, use.start())).find()) {
                return false;
            }
        }
        return true;
    }

    /** How far back from an argument the opening parenthesis of its call is looked for. */
    private static final int ARGUMENTS_LENGTH = 200;

    /**
     * The name of the call whose argument list holds {@code at} ({@code twilio} for {@code twilio(sid, authToken)}),
     * looked for a short stretch back only; empty when {@code at} is in no argument list there.
     */
    private static String calledWith(String text, int at) {
        int open = at - 1;
        while (open >= 0 && open > at - ARGUMENTS_LENGTH && text.charAt(open) != '(') {
            if (text.charAt(open) == ')' || text.charAt(open) == ';' || text.charAt(open) == '{') {
                return "";
            }
            open--;
        }
        if (open < 0 || text.charAt(open) != '(') {
            return "";
        }
        int end = open;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int begin = end;
        while (begin > 0 && end - begin < ARGUMENTS_LENGTH
                && (Character.isJavaIdentifierPart(text.charAt(begin - 1)) || text.charAt(begin - 1) == '.')) {
            begin--;
        }
        return text.substring(begin, end);
    }

    /**
     * The one value in the file shaped like what the generator issued, under a name that says nothing else
     * ({@code $authorizationCode}); none when two or more are (an app id, an MD5 sum and a key side by side).
     */
    private static Binding onlyGeneratedValue(CodeFacts facts) {
        Binding found = null;
        for (Binding binding : facts.bindings()) {
            String value = binding.value() == null ? null : binding.value().literalValue();
            if (value == null || !GENERATED.matcher(value.trim()).matches() || !ZohoPatterns.hasDigitAndLetter(value)) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = binding;
        }
        return found == null || tokenName(found.name()) || handedToOtherVendor(facts, found.name())
                || ZohoPatterns.words(found.name()).stream()
                .anyMatch(w -> OTHER_WORDS.contains(w) || HASH_WORDS.contains(w)) ? null : found;
    }

    private static boolean looksLikeToken(String value) {
        return ZohoPatterns.LEGACY_TOKEN_VALUE.matcher(value).matches() && ZohoPatterns.hasDigitAndLetter(value);
    }
}

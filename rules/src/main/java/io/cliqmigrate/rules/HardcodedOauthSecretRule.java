package io.cliqmigrate.rules;

import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import io.cliqmigrate.core.rule.Tags;
import io.cliqmigrate.rules.support.Calls;
import io.cliqmigrate.rules.support.PostmanPairs;
import io.cliqmigrate.rules.support.StringMatches;
import io.cliqmigrate.rules.support.UrlContext;
import io.cliqmigrate.rules.support.ZohoPatterns;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleMeta(id = "hardcoded-oauth-secret",
        summary = "Hard-coded Zoho OAuth token, client secret or Cliq webhook token",
        severity = Severity.ERROR, tags = {Tags.CREDENTIAL},
        manualMinutes = 30, reviewMinutes = 0, safeMinutes = 0,
        effortAssumption = "Per secret: revoking or regenerating it (token, client secret or webhook token), "
                + "moving it to the environment or a secret store and updating each deployment; rewriting "
                + "the repository's history is not counted.")
public final class HardcodedOauthSecretRule implements Rule {
    /**
     * {@code 1000.<hex>.<hex>}: an OAuth access or refresh token; {@code 1001.…}: a Cliq webhook token. Zoho writes
     * the parts as 32 hex characters; some refresh tokens seen in public code have a shorter middle part. Other
     * {@code 100x.} prefixes are other keys too (a CRM function's {@code zapikey=1003.…}), and count as an OAuth token
     * only under a name that says so ({@code REFRESH_TOKEN=1004.…}, as Site24x7's are written).
     */
    private static final Pattern DOTTED_TOKEN = Pattern.compile("(?<![\\w.])(100\\d)\\.[0-9a-f]{20,40}\\.[0-9a-f]{20,40}(?![\\w.])");
    /** A Zoho client id joined to a client secret's shape: {@code 1000.<30 upper-case>.<42 hex>}; group 1 the secret. */
    private static final Pattern ID_AND_SECRET = Pattern.compile(
            "(?<![\\w.])1000\\.[0-9A-Z]{30}\\.([0-9a-f]{42})(?![\\w.])");
    /**
     * {@code 1000.<hex>} in one part: not a shape Zoho issues, but what is left of a refresh or access token pasted
     * without its dot or its middle part ({@code 1000..<hex>}); taken for one only under a name that says so
     * ({@code ZOHO_REFRESH_TOKEN: '1000.…'}).
     */
    private static final Pattern ONE_PART_TOKEN = Pattern.compile("(?<![\\w.])1000\\.\\.?[0-9a-f]{32,80}(?![\\w.])");
    private static final String WEBHOOK_MESSAGE = "Hard-coded Cliq webhook token (value redacted): anyone who reads "
            + "it can post as its owner";
    private static final String TOKEN_MESSAGE = "Hard-coded Zoho OAuth token (value redacted): a refresh token never "
            + "expires and an access token grants its scopes";
    private static final Pattern SECRET_VALUE = Pattern.compile("[0-9a-fA-F]{30,}|[0-9A-Za-z]{34,}");
    /** A literal client secret in a query or form string; a hole after the {@code =} is read at run time. */
    private static final Pattern SECRET_IN_QUERY = Pattern.compile(
            "(?i)[?&]client_secret=([0-9a-f]{30,}|[0-9a-z]{34,})(?=$|[&#\\s\\u0000])");
    /** A token request's form body built apart from its URL, with Zoho's client id: {@code "…&client_id=1000.…"}. */
    private static final Pattern TOKEN_REQUEST_BODY = Pattern.compile(
            "(?i)(?:^|&)client_id=100\\d\\.");
    private static final String REVOKE = ". Revoke it, remove it from the code and its history, and read it from the "
            + "environment, a secret store or a Deluge connection";
    private static final String SECRET_MESSAGE = "Hard-coded Zoho OAuth client secret (value redacted): with the "
            + "client id it lets anyone mint tokens for this client. Regenerate it in the API console and read it "
            + "from the environment or a secret store";

    @Override
    public void check(CodeFacts facts, RuleContext ctx) {
        Holders holders = new Holders(facts);
        StringMatches.each(facts, DOTTED_TOKEN, 0, v -> DOTTED_TOKEN.matcher(v.text()).find(), StringMatches.ALL,
                (expr, folded, m, place) -> {
                    boolean webhook = m.group(1).equals("1001");
                    boolean functionKey = m.start() >= 8
                            && folded.text().regionMatches(true, m.start() - 8, "zapikey=", 0, 8);
                    if (!webhook && (functionKey || grantCode(holders, folded.text(), m.start(), place.range())
                            || !m.group(1).equals("1000") && !namedToken(holders.nameAt(place.range())))) {
                        return;
                    }
                    place.reportSecret(ctx, m.group().length(), (webhook ? WEBHOOK_MESSAGE : TOKEN_MESSAGE) + REVOKE,
                            List.of(HardcodedLegacyTokenRule.FIX));
                });
        StringMatches.each(facts, ONE_PART_TOKEN, 0, v -> ONE_PART_TOKEN.matcher(v.text()).find(), StringMatches.ALL,
                (expr, folded, m, place) -> {
                    if (namedToken(holders.nameAt(place.range()))) {
                        place.reportSecret(ctx, m.group().length(), TOKEN_MESSAGE + REVOKE,
                                List.of(HardcodedLegacyTokenRule.FIX));
                    }
                });
        // a client id and its secret written as one dotted value (pasted where a token belongs): the secret part
        StringMatches.each(facts, ID_AND_SECRET, 1, v -> ID_AND_SECRET.matcher(v.text()).find(), StringMatches.ALL,
                (expr, folded, m, place) -> place.reportSecret(ctx, m.group(1).length(), SECRET_MESSAGE,
                        List.of(HardcodedLegacyTokenRule.FIX)));
        // the secret written into the token request itself: …/oauth/v2/token?…&client_secret=<literal>
        StringMatches.each(facts, SECRET_IN_QUERY, 1, v -> false,
                (expr, folded, m) -> !declaredSecret(folded, m.start(1))
                        && (UrlContext.hostBefore(folded, m.start()) == UrlContext.Host.ZOHO
                        || TOKEN_REQUEST_BODY.matcher(folded.text()).find() && facts.hasZohoContext(expr.scope())),
                (expr, folded, m, place) -> place.reportSecret(ctx, m.group(1).length(), SECRET_MESSAGE,
                        List.of(HardcodedLegacyTokenRule.FIX)));
        PostmanPairs postman = null;
        for (Binding binding : facts.bindings()) {
            if (secretValue(binding.value()) && !besideOtherClient(facts, binding.value())
                    && (isSecretName(binding.name()) || zohoSecretBesideClientId(facts, binding))) {
                report(facts, ctx, binding.value());
            }
            // Postman's key/value lists: {"key": "clientSecret", "value": "<secret>"} in a collection's oauth2 auth
            String named = PostmanPairs.keyName(binding);
            if (named != null && isSecretName(named)) {
                postman = postman == null ? PostmanPairs.of(facts) : postman;
                postman.valueOf(binding).filter(value -> secretValue(value.value()))
                        .ifPresent(value -> report(facts, ctx, value.value()));
            }
        }
        for (CallFact call : facts.calls()) {
            if (call.args().size() < 2) {
                continue;
            }
            for (Calls.Pair pair : Calls.pairs(facts, call)) {
                if (secretValue(pair.value()) && pair.keyText() != null && isSecretName(pair.keyText())
                        && !besideOtherClient(facts, pair.value())) {
                    report(facts, ctx, pair.value());
                }
            }
        }
    }

    /**
     * Whether the secret at {@code at} came in through a constant named for a secret ({@code "&client_secret=" +
     * CLIENT_SECRET}): it is reported once, where the constant is declared.
     */
    private static boolean declaredSecret(io.cliqmigrate.core.code.FoldedString folded, int at) {
        io.cliqmigrate.core.code.FoldedString.Segment segment = folded.segmentAt(at);
        if (segment == null || segment.kind() != io.cliqmigrate.core.code.FoldedString.Kind.REFERENCE) {
            return false;
        }
        String key = segment.reference().key();
        return isSecretName(key.substring(Math.max(key.lastIndexOf('.'), key.lastIndexOf(':')) + 1));
    }

    /**
     * Whether the {@code 1000.…} value is an authorization code, which Zoho's token endpoint takes once, within
     * minutes of its grant: under a name or key that says code and not token ({@code code}, {@code AUTH_CODE},
     * {@code 'code' =>}) or grant ({@code grant_token}), or as a query's {@code code=}. A committed one has long
     * expired.
     */
    private static boolean grantCode(Holders holders, String folded, int at, TextRange written) {
        if (at >= 5 && folded.regionMatches(true, at - 5, "code=", 0, 5)
                && (at == 5 || !Character.isLetterOrDigit(folded.charAt(at - 6)) && folded.charAt(at - 6) != '_')) {
            return true;
        }
        String name = holders.nameAt(written);
        if (name == null) {
            return false;
        }
        return grantName(name) && !passedAsRefreshToken(holders.facts.file().text(), name, written.end());
    }

    /**
     * The variable is handed to a call that takes a refresh token before it is given another value:
     * {@code grant_token = "1000.…"} and then
     * {@code oauth_client.generate_access_token_from_refresh_token(grant_token, user_email)} (Zoho's Python SDK). It
     * holds a refresh token, whatever its name says.
     */
    private static boolean passedAsRefreshToken(String text, String name, int from) {
        String quoted = Pattern.quote(name);
        Matcher next = Pattern.compile("(?<![\\w.$])" + quoted + "\\s*=(?!=)").matcher(text);
        int until = next.find(from) ? next.start() : text.length();
        return Pattern.compile("(?i)refresh_?token\\w*\\s*\\(\\s*(?-i:" + quoted + ")\\s*[,)]")
                .matcher(text).region(from, until).find();
    }

    /** {@code REFRESH_TOKEN}, {@code accessToken}: the name of an OAuth token, not of a key or a code. */
    private static boolean namedToken(String name) {
        List<String> words = name == null ? List.of() : ZohoPatterns.words(name);
        return words.contains("token") && (words.contains("refresh") || words.contains("access"))
                && !words.contains("id");
    }

    /** A name that says code and not token ({@code AUTH_CODE}), or grant (Zoho's SDKs: {@code ZOHOCRM_GRANT_TOKEN}). */
    private static boolean grantName(String name) {
        List<String> words = ZohoPatterns.words(name);
        boolean code = words.contains("code") || words.contains("codes");
        return (code && !words.contains("token") || words.contains("grant"))
                && !words.contains("refresh") && !words.contains("access");
    }

    /** The names values are given under in a file (a binding's name, a pair's key), read once when first asked. */
    private static final class Holders {
        private final CodeFacts facts;
        private List<java.util.Map.Entry<TextRange, String>> names;

        Holders(CodeFacts facts) {
            this.facts = facts;
        }

        /** The name of the innermost value written around {@code range}, or null. */
        String nameAt(TextRange range) {
            if (names == null) {
                names = new java.util.ArrayList<>();
                for (Binding binding : facts.bindings()) {
                    if (binding.value() != null) {
                        names.add(java.util.Map.entry(binding.value().range(), binding.name()));
                    }
                }
                for (CallFact call : facts.calls()) {
                    for (Calls.Pair pair : Calls.pairs(facts, call)) {
                        if (pair.keyText() != null) {
                            names.add(java.util.Map.entry(pair.value().range(), pair.keyText()));
                        }
                    }
                }
            }
            java.util.Map.Entry<TextRange, String> best = null;
            for (java.util.Map.Entry<TextRange, String> name : names) {
                TextRange r = name.getKey();
                if (r.start() <= range.start() && range.end() <= r.end()
                        && (best == null || r.end() - r.start() < best.getKey().end() - best.getKey().start())) {
                    best = name;
                }
            }
            return best == null ? null : best.getValue();
        }
    }

    /**
     * Cheap first: only a long literal can be a client secret, and only one of varied characters (a placeholder
     * written as {@code xxxx…} or {@code XXXX0000…} is not), nor one written in runs of a character.
     */
    private static boolean secretValue(StringExpr value) {
        String literal = value == null ? null : value.literalValue();
        return literal != null && literal.length() >= 30 && SECRET_VALUE.matcher(literal.trim()).matches()
                && literal.trim().toLowerCase(java.util.Locale.ROOT).chars().distinct().count() >= 6
                && !writtenInRuns(literal.trim());
    }

    /**
     * An example value typed in runs of one character ({@code aaaabbbbcccc…11112222…}), of a secret's length and
     * alphabet: at least half of it in runs of three or more. A generated secret has about one character in a
     * hundred in such runs.
     */
    static boolean writtenInRuns(String value) {
        int inRuns = 0;
        int i = 0;
        while (i < value.length()) {
            int j = i;
            while (j < value.length() && value.charAt(j) == value.charAt(i)) {
                j++;
            }
            if (j - i >= 3) {
                inRuns += j - i;
            }
            i = j;
        }
        return inRuns * 2 >= value.length();
    }

    private static void report(CodeFacts facts, RuleContext ctx, StringExpr value) {
        TextRange range = StringMatches.valueRange(facts, value, value.literalValue());
        ctx.reportSecret(range, SECRET_MESSAGE, List.of(), List.of(HardcodedLegacyTokenRule.FIX));
    }

    /** A client id written as a literal: {@code "client_id", "AB…"}, {@code clientId: 'AB…'}, {@code client_id=AB…}. */
    private static final Pattern LITERAL_CLIENT_ID = Pattern.compile(
            "(?i)client_?id[\"']?\\s*(?:[,:=]|=>)\\s*[\"']?([\\w.-]{10,})");
    /**
     * Whether a secret not shaped like Zoho's (42 lower-case hex characters) sits beside another vendor's client id:
     * {@code QBparam.put("client_secret", "…")} under {@code QBparam.put("client_id", "AB…")} for QuickBooks in a
     * Creator script, where Zoho's own client ids start {@code 1000.} (whatever their length).
     */
    private static boolean besideOtherClient(CodeFacts facts, StringExpr value) {
        if (CLIENT_SECRET_SHAPE.matcher(value.literalValue().trim()).matches()) {
            return false;
        }
        int line = facts.file().lines().line(value.range().start());
        boolean other = false;
        for (int n = Math.max(1, line - CLIENT_ID_LINES); n <= line + CLIENT_ID_LINES; n++) {
            if (n > facts.file().lines().lineCount()) {
                break;
            }
            java.util.regex.Matcher id = LITERAL_CLIENT_ID.matcher(facts.file().lineText(n));
            while (id.find()) {
                if (id.group(1).startsWith("1000.")) {
                    return false;
                }
                other = true;
            }
        }
        return other;
    }

    /** A Zoho client id, {@code 1000.} and 30 upper-case letters and digits, and a Zoho client secret's shape. */
    private static final Pattern CLIENT_ID = Pattern.compile("1000\\.[0-9A-Z]{30}");
    private static final Pattern CLIENT_SECRET_SHAPE = Pattern.compile("[0-9a-f]{42}");

    /**
     * A secret under a name of its own ({@code number_Secret=<42 hex>}) next to a Zoho client id: the API console
     * issues the secret as 42 lower-case hex characters, and the id beside it says whose it is.
     */
    private static boolean zohoSecretBesideClientId(CodeFacts facts, Binding binding) {
        String value = binding.value().literalValue().trim();
        List<String> words = ZohoPatterns.words(binding.name());
        if (!CLIENT_SECRET_SHAPE.matcher(value).matches() || !words.contains("secret")
                || words.stream().anyMatch(OTHER_SECRETS::contains)
                || ZohoPatterns.OTHER_VENDOR.matcher(binding.name()).find()) {
            return false;
        }
        int line = facts.file().lines().line(binding.nameRange().start());
        return facts.bindings().stream().anyMatch(b -> b.value() != null && b.value().literalValue() != null
                && CLIENT_ID.matcher(b.value().literalValue().trim()).matches()
                && Math.abs(facts.file().lines().line(b.nameRange().start()) - line) <= CLIENT_ID_LINES);
    }

    /** Secrets of the application itself, not of an OAuth client: a session's, a cookie's, a signing key. */
    private static final java.util.Set<String> OTHER_SECRETS = java.util.Set.of("session", "cookie", "jwt", "csrf",
            "signing", "encryption", "webhook", "app");
    /** How near the client id the secret must be written. */
    private static final int CLIENT_ID_LINES = 3;

    private static boolean isSecretName(String name) {
        if (ZohoPatterns.OTHER_VENDOR.matcher(name).find()) {
            return false; // GITHUB_CLIENT_SECRET is GitHub's
        }
        List<String> words = ZohoPatterns.words(name);
        return words.contains("secret") && (words.contains("client") || words.contains("zoho"))
                || words.contains("clientsecret");
    }
}

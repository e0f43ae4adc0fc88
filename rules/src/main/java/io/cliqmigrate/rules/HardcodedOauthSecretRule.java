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
import io.cliqmigrate.rules.support.StringMatches;
import io.cliqmigrate.rules.support.UrlContext;
import io.cliqmigrate.rules.support.ZohoPatterns;
import java.util.List;
import java.util.regex.Pattern;

@RuleMeta(id = "hardcoded-oauth-secret",
        summary = "Hard-coded Zoho OAuth token, client secret or Cliq webhook token",
        severity = Severity.ERROR, tags = {Tags.CREDENTIAL},
        manualMinutes = 30, reviewMinutes = 0, safeMinutes = 0,
        effortAssumption = "Per secret: revoking or regenerating it (token, client secret or webhook token), "
                + "moving it to the environment or a secret store and updating each deployment; rewriting "
                + "the repository's history is not counted.")
public final class HardcodedOauthSecretRule implements Rule {
    /** {@code 1000.<hex>.<hex>}: an OAuth access or refresh token; {@code 1001.…}: a Cliq webhook token. */
    private static final Pattern DOTTED_TOKEN = Pattern.compile("(?<![\\w.])(100[01])\\.[0-9a-f]{32}\\.[0-9a-f]{32}(?![\\w.])");
    private static final Pattern SECRET_VALUE = Pattern.compile("[0-9a-fA-F]{30,}|[0-9A-Za-z]{34,}");
    /** A literal client secret in a query or form string; a hole after the {@code =} is read at run time. */
    private static final Pattern SECRET_IN_QUERY = Pattern.compile(
            "(?i)[?&]client_secret=([0-9a-f]{30,}|[0-9a-z]{34,})(?=$|[&#\\s\\u0000])");
    private static final String SECRET_MESSAGE = "Hard-coded Zoho OAuth client secret (value redacted): with the "
            + "client id it lets anyone mint tokens for this client. Regenerate it in the API console and read it "
            + "from the environment or a secret store";

    @Override
    public void check(CodeFacts facts, RuleContext ctx) {
        StringMatches.each(facts, DOTTED_TOKEN, 0, v -> DOTTED_TOKEN.matcher(v.text()).find(), StringMatches.ALL,
                (expr, folded, m, place) -> place.reportSecret(ctx, m.group().length(), (m.group(1).equals("1001")
                        ? "Hard-coded Cliq webhook token (value redacted): anyone who reads it can post as its owner"
                        : "Hard-coded Zoho OAuth token (value redacted): a refresh token never expires and an "
                        + "access token grants its scopes")
                        + ". Revoke it, remove it from the code and its history, and read it from the environment, a "
                        + "secret store or a Deluge connection", List.of(HardcodedLegacyTokenRule.FIX)));
        // the secret written into the token request itself: …/oauth/v2/token?…&client_secret=<literal>
        StringMatches.each(facts, SECRET_IN_QUERY, 1, v -> false,
                (expr, folded, m) -> UrlContext.hostBefore(folded, m.start()) == UrlContext.Host.ZOHO,
                (expr, folded, m, place) -> place.reportSecret(ctx, m.group(1).length(), SECRET_MESSAGE,
                        List.of(HardcodedLegacyTokenRule.FIX)));
        for (Binding binding : facts.bindings()) {
            if (secretValue(binding.value()) && isSecretName(binding.name())) {
                report(facts, ctx, binding.value());
            }
        }
        for (CallFact call : facts.calls()) {
            if (call.args().size() < 2) {
                continue;
            }
            for (Calls.Pair pair : Calls.pairs(facts, call)) {
                if (secretValue(pair.value()) && pair.keyText() != null && isSecretName(pair.keyText())) {
                    report(facts, ctx, pair.value());
                }
            }
        }
    }

    /** Cheap first: only a long literal can be a client secret. */
    private static boolean secretValue(StringExpr value) {
        String literal = value == null ? null : value.literalValue();
        return literal != null && literal.length() >= 30 && SECRET_VALUE.matcher(literal.trim()).matches();
    }

    private static void report(CodeFacts facts, RuleContext ctx, StringExpr value) {
        TextRange range = StringMatches.valueRange(facts, value, value.literalValue());
        ctx.reportSecret(range, SECRET_MESSAGE, List.of(), List.of(HardcodedLegacyTokenRule.FIX));
    }

    private static boolean isSecretName(String name) {
        if (ZohoPatterns.OTHER_VENDOR.matcher(name).find()) {
            return false; // GITHUB_CLIENT_SECRET is GitHub's
        }
        List<String> words = ZohoPatterns.words(name);
        return words.contains("secret") && (words.contains("client") || words.contains("zoho"))
                || words.contains("clientsecret");
    }
}

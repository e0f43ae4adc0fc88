package io.cliqmigrate.rules;

import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import io.cliqmigrate.core.rule.Tags;
import io.cliqmigrate.rules.support.Guards;
import io.cliqmigrate.rules.support.Calls;
import io.cliqmigrate.rules.support.StringMatches;
import io.cliqmigrate.rules.support.WebhookRewrites;
import io.cliqmigrate.rules.support.ZohoPatterns;
import java.util.List;
import java.util.stream.Stream;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.rules.support.java.JavaOAuth;
import java.util.Locale;
import java.util.Optional;

@RuleMeta(id = "legacy-authtoken-scope", summary = "Authtoken-era SCOPE value such as ZohoCRM/crmapi or scope=InternalAPI",
        severity = Severity.ERROR, tags = {Tags.LEGACY_AUTH})
public final class LegacyAuthtokenScopeRule implements Rule {
    private static final String MESSAGE = "Authtoken-era scope '%s': it only ever worked with the legacy authtoken, "
            + "which Zoho stopped accepting in 2021. Use OAuth scopes (for example ZohoCRM.modules.ALL or "
            + "ZohoCliq.Webhooks.CREATE) on the OAuth client and drop this value";

    @Override
    public void check(CodeFacts facts, RuleContext context) {
        RuleContext ctx = io.cliqmigrate.rules.support.DelugeRewrites.withRequestFixes(facts, context);
        if (!Guards.mentionsAny(facts, "scope") && !Guards.mentionsExactly(facts, "Zoho")) {
            return;
        }
        StringMatches.each(facts, ZohoPatterns.LEGACY_SCOPE, 0,
                v -> ZohoPatterns.LEGACY_SCOPE.matcher(v.text()).find(), StringMatches.ALL,
                (expr, folded, match, place) -> ctx.report(place.range(), MESSAGE.formatted(match.group()),
                        place.related(), List.of(AuthtokenQueryParamRule.FIX)));
        StringMatches.each(facts, ZohoPatterns.LEGACY_SCOPE_PARAM, 1,
                v -> ZohoPatterns.LEGACY_SCOPE_PARAM.matcher(v.text()).find(), StringMatches.ALL,
                (expr, folded, match, place) -> ctx.report(place.range(),
                        MESSAGE.formatted("scope=" + match.group(1)), place.related(),
                        scopeParamFixes(ctx, facts, expr, folded, match.start(), place.range())));
        for (CallFact call : facts.calls()) {
            for (Calls.Pair pair : Calls.pairs(facts, call)) {
                String value = Calls.knownText(facts, pair.value());
                if (pair.keyText() != null && isScopeName(pair.keyText()) && value != null
                        && ZohoPatterns.LEGACY_SCOPE_VALUE.matcher(value).matches()
                        && Calls.inZohoContext(facts, call)) {
                    ctx.report(pair.value().range(), MESSAGE.formatted(value), List.of(), Stream.concat(
                            JavaOAuth.scopeEntry(ctx, facts, call).stream(),
                            Stream.of(AuthtokenQueryParamRule.FIX)).toList());
                }
            }
        }
        for (Binding binding : facts.bindings()) {
            String value = binding.value() == null ? null : Calls.knownText(facts, binding.value());
            if (isScopeName(binding.name()) && value != null
                    && ZohoPatterns.LEGACY_SCOPE_VALUE.matcher(value.trim()).matches()
                    && facts.hasZohoContext(binding.scope())) {
                ctx.report(binding.value().range(), MESSAGE.formatted(value.trim()), List.of(),
                        List.of(AuthtokenQueryParamRule.FIX));
            }
        }
        // 'crmapi' by itself (returned by getScope(), passed to a builder) names nothing but the v1 scope
        for (StringExpr expr : facts.strings()) {
            for (Part part : expr.parts()) {
                if (part instanceof Part.Literal literal
                        && ZohoPatterns.LEGACY_PRODUCT_SCOPE.matcher(literal.value()).matches()
                        && facts.hasZohoContext(expr.scope())) {
                    ctx.report(literal.range(), MESSAGE.formatted(literal.value()), List.of(),
                            List.of(AuthtokenQueryParamRule.FIX));
                }
            }
        }
    }

    /**
     * The fixes of {@code scope=…} in a URL, in the order of the URL's authtoken: where the authtoken becomes a
     * webhook token, the scope is dropped for it; where it becomes an OAuth header, the same fix strips both.
     */
    private static List<Fix> scopeParamFixes(RuleContext ctx, CodeFacts facts, StringExpr expr, FoldedString folded,
                                             int paramAt, TextRange value) {
        List<Fix> fixes = new java.util.ArrayList<>();
        Optional<Fix> webhook = WebhookRewrites.dropScope(ctx, folded, paramAt, value);
        Optional<Fix> oauth = ZohoPatterns.AUTHTOKEN_PARAM.matcher(folded.text()).find()
                ? JavaOAuth.urlParameter(ctx, facts, expr)
                        .or(() -> io.cliqmigrate.rules.support.java.BeanPropertyUrls.fix(ctx, facts, expr))
                : Optional.empty();
        boolean webhookFirst = oauth.isEmpty() || AuthtokenQueryParamRule.becomesWebhook(ctx, facts, expr, folded);
        (webhookFirst ? webhook : oauth).ifPresent(fixes::add);
        (webhookFirst ? oauth : webhook).ifPresent(fixes::add);
        fixes.add(AuthtokenQueryParamRule.FIX);
        return fixes;
    }

    /** {@code scope}, {@code SCOPE}, {@code zoho.scope}, {@code ZOHO_SCOPE}. */
    private static boolean isScopeName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("scope") || lower.endsWith(".scope") || lower.endsWith("_scope");
    }
}

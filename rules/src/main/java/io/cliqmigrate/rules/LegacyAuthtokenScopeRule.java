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
import io.cliqmigrate.core.rule.Connections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.rules.support.java.JavaOAuth;
import java.util.Locale;
import java.util.Optional;

@RuleMeta(id = "legacy-authtoken-scope", summary = "Authtoken-era SCOPE value such as ZohoCRM/crmapi or scope=InternalAPI",
        severity = Severity.ERROR, tags = {Tags.LEGACY_AUTH},
        manualMinutes = 5, reviewMinutes = 5, safeMinutes = 1,
        effortAssumption = "Per value: dropping it, usually in the same edit as the authtoken beside it, which "
                + "that finding counts; requesting the OAuth scopes it maps to is part of registering the "
                + "OAuth client, counted once in the setup checklist.")
public final class LegacyAuthtokenScopeRule implements Rule {
    private static final String MESSAGE = "Authtoken-era scope '%s': it only ever worked with the legacy authtoken, "
            + "which Zoho stopped accepting in 2021. Use OAuth scopes (for example ZohoCRM.modules.ALL or "
            + "ZohoCliq.Webhooks.CREATE) on the OAuth client and drop this value";
    /** The authtoken-era API scope of each product, to its {@link Connections} service. */
    private static final Map<String, String> SERVICES = Map.of("crmapi", "crm", "creatorapi", "creator",
            "booksapi", "books", "projectsapi", "projects", "supportapi", "desk", "reportsapi", "analytics",
            "invoiceapi", "invoice", "subscriptionsapi", "billing");

    /** Scope names another API could use as well, counted only in code that talks to Zoho. */
    private static final java.util.Set<String> GENERIC_SCOPES = java.util.Set.of("recruitapi", "campaignsapi");

    @Override
    public void check(CodeFacts facts, RuleContext context) {
        RuleContext ctx = io.cliqmigrate.rules.support.DelugeRewrites.withRequestFixes(facts, context);
        if (!Guards.mentionsAny(facts, "scope") && !Guards.mentionsExactly(facts, "Zoho")) {
            return;
        }
        StringMatches.each(facts, ZohoPatterns.LEGACY_SCOPE, 0,
                v -> ZohoPatterns.LEGACY_SCOPE.matcher(v.text()).find(), StringMatches.ALL,
                (expr, folded, match, place) -> ctx.report(place.range(), MESSAGE.formatted(match.group()),
                        place.related(), List.of(AuthtokenQueryParamRule.FIX), properties(match.group())));
        // one use, one finding: the value of a scope=… parameter already reported is not reported again below
        List<TextRange> params = new java.util.ArrayList<>();
        StringMatches.each(facts, ZohoPatterns.LEGACY_SCOPE_PARAM, 1,
                v -> ZohoPatterns.LEGACY_SCOPE_PARAM.matcher(v.text()).find(),
                // the newer names (recruitapi, campaignsapi) could be anyone's: they need Zoho around them
                (expr, folded, m) -> (!GENERIC_SCOPES.contains(m.group(1).toLowerCase(Locale.ROOT))
                        || facts.hasZohoContext(expr.scope())) && !constantReported(facts, folded, m.start(1)),
                (expr, folded, match, place) -> {
                    params.add(place.range());
                    ctx.report(place.range(), MESSAGE.formatted("scope=" + match.group(1)), place.related(),
                            scopeParamFixes(ctx, facts, expr, folded, match.start(), place.range()),
                            properties(match.group(1)));
                });
        for (CallFact call : facts.calls()) {
            for (Calls.Pair pair : Calls.pairs(facts, call)) {
                String value = Calls.knownText(facts, pair.value());
                // a value brought in by name (setParameter("scope", scope)) is reported where it is written
                if (pair.keyText() != null && isScopeName(pair.keyText()) && value != null
                        && !reportedWhereWritten(facts, pair.value())
                        && ZohoPatterns.LEGACY_SCOPE_VALUE.matcher(value).matches()
                        && Calls.inZohoContext(facts, call) && params.stream().noneMatch(pair.value().range()::overlaps)) {
                    ctx.report(pair.value().range(), MESSAGE.formatted(value), List.of(), Stream.concat(
                            JavaOAuth.scopeEntry(ctx, facts, call).stream(),
                            Stream.of(AuthtokenQueryParamRule.FIX)).toList(), properties(value));
                }
            }
        }
        for (Binding binding : facts.bindings()) {
            String value = binding.value() == null ? null : Calls.knownText(facts, binding.value());
            if (isScopeName(binding.name()) && value != null
                    && ZohoPatterns.LEGACY_SCOPE_VALUE.matcher(value.trim()).matches()
                    && facts.hasZohoContext(binding.scope())
                    && params.stream().noneMatch(binding.value().range()::overlaps)) {
                ctx.report(binding.value().range(), MESSAGE.formatted(value.trim()), List.of(),
                        List.of(AuthtokenQueryParamRule.FIX), properties(value.trim()));
            }
        }
        // 'crmapi' by itself (returned by getScope(), passed to a builder) names nothing but the v1 scope
        for (StringExpr expr : facts.strings()) {
            for (Part part : expr.parts()) {
                if (part instanceof Part.Literal literal
                        && ZohoPatterns.LEGACY_PRODUCT_SCOPE.matcher(literal.value()).matches()
                        && facts.hasZohoContext(expr.scope()) && !namesHost(facts, literal.value())
                        && params.stream().noneMatch(literal.range()::overlaps)) {
                    ctx.report(literal.range(), MESSAGE.formatted(literal.value()), List.of(),
                            List.of(AuthtokenQueryParamRule.FIX), properties(literal.value()));
                }
            }
        }
    }

    /**
     * Whether the value is only named here and its name is given the scope where a loop of this rule reports it: a
     * binding named for the scope, or the bare product scope ({@code String scope = "crmapi"}).
     */
    private static boolean reportedWhereWritten(CodeFacts facts, StringExpr value) {
        return value.parts().size() == 1 && value.parts().get(0) instanceof Part.Ref ref
                && reportedWhereWritten(facts, ref.text());
    }

    /** The same for a value brought in by the name {@code name}: {@code "&scope=" + SCOPE}. */
    private static boolean reportedWhereWritten(CodeFacts facts, String name) {
        return facts.bindings().stream().anyMatch(b -> b.name().equals(name) && holdsScope(b));
    }

    private static boolean holdsScope(Binding b) {
        return b.value() != null && b.value().literalValue() != null && (isScopeName(b.name())
                ? ZohoPatterns.LEGACY_SCOPE_VALUE.matcher(b.value().literalValue().trim()).matches()
                : ZohoPatterns.LEGACY_PRODUCT_SCOPE.matcher(b.value().literalValue()).matches());
    }

    /**
     * Whether the scope value at {@code at} comes from a constant of this file that the loops below report where it
     * is written ({@code "&scope=" + SCOPE} with {@code SCOPE = "crmapi"}): one value, one finding.
     */
    private static boolean constantReported(CodeFacts facts, io.cliqmigrate.core.code.FoldedString folded, int at) {
        io.cliqmigrate.core.code.FoldedString.Segment segment = folded.segmentAt(at);
        if (segment.kind() != io.cliqmigrate.core.code.FoldedString.Kind.REFERENCE || segment.reference() == null
                || !facts.file().path().equals(segment.reference().path())) {
            return false;
        }
        // Java names a constant by its class: com.acme.ZohoURLBuilder.SCOPE
        String key = segment.reference().key();
        String name = key.substring(key.lastIndexOf('.') + 1);
        boolean binding = facts.bindings().stream().anyMatch(b -> b.name().equals(name) && holdsScope(b)
                && facts.hasZohoContext(b.scope()) && (isScopeName(b.name()) || !namesHost(facts,
                b.value().literalValue())));
        boolean bareScope = ZohoPatterns.LEGACY_PRODUCT_SCOPE.matcher(segment.text()).matches()
                && !namesHost(facts, segment.text()) && facts.strings().stream()
                .anyMatch(e -> e.range().contains(segment.origin()) && facts.hasZohoContext(e.scope()));
        return binding || bareScope;
    }

    /**
     * Whether the bare name is the host's in this file ({@code apiUrl.replace("projectsapi", "workdrive")} next to
     * {@code https://projectsapi.zoho.com}): Projects' and Reports' API hosts carry their v1 scopes' names and
     * serve OAuth clients too.
     */
    private static boolean namesHost(CodeFacts facts, String name) {
        String host = name.toLowerCase(java.util.Locale.ROOT) + ".zoho.";
        // once per scope and file: a file may write the scope in thousands of places
        return facts.answer("legacyAuthtokenScope.namesHost " + host,
                f -> io.cliqmigrate.rules.support.Guards.mentionsAny(f, host));
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

    /**
     * The finding's properties for the setup manifest: the authtoken-era scope as written ({@code %2F} read as
     * {@code /}) and, where it names a product, the OAuth scopes that product's client or connection needs.
     */
    static Map<String, String> properties(String legacyScope) {
        String legacy = legacyScope.replace("%2F", "/").replace("%2f", "/");
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("legacyScope", legacy);
        service(legacy).ifPresent(service -> properties.put("scope", Connections.scopes(service).replace(", ", ",")));
        return properties;
    }

    /** The service whose API the scope opened; {@code docsapi} and {@code DataAPI} name no API with OAuth scopes here. */
    private static Optional<String> service(String legacyScope) {
        int slash = legacyScope.indexOf('/');
        String product = slash < 0 ? "" : legacyScope.substring(0, slash).toLowerCase(Locale.ROOT);
        String api = legacyScope.substring(slash + 1).toLowerCase(Locale.ROOT);
        if (api.equals("internalapi")) {
            return product.isEmpty() || product.equals("zohocliq") ? Optional.of("cliq") : Optional.empty();
        }
        return Optional.ofNullable(SERVICES.get(api));
    }

    /** {@code scope}, {@code SCOPE}, {@code zoho.scope}, {@code ZOHO_SCOPE}. */
    private static boolean isScopeName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("scope") || lower.endsWith(".scope") || lower.endsWith("_scope");
    }
}

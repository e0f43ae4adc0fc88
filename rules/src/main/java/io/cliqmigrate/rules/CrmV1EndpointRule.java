package io.cliqmigrate.rules;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import io.cliqmigrate.core.rule.Tags;
import io.cliqmigrate.rules.support.Guards;
import io.cliqmigrate.rules.support.StringMatches;
import io.cliqmigrate.rules.support.UrlContext;
import io.cliqmigrate.rules.support.ZohoPatterns;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleMeta(id = "crm-v1-endpoint", summary = "Zoho CRM API v1 endpoint, retired since 2018",
        severity = Severity.ERROR, tags = {Tags.LEGACY_AUTH, Tags.CRM, Tags.MANUAL_MIGRATION},
        manualMinutes = 120, reviewMinutes = 0, safeMinutes = 0,
        effortAssumption = "Per call: rewriting it for CRM REST v2 or later (new URL, JSON instead of XML, field "
                + "API names, the response's data array) and testing it against a CRM sandbox; the OAuth "
                + "header comes from the shared token provider, counted once in the setup checklist.")
public final class CrmV1EndpointRule implements Rule {
    private static final Pattern MODULE_METHOD = Pattern.compile("(?i)/crm/private/(?:xml|json)/([A-Za-z_]+)/([A-Za-z]+)");

    @Override
    public void check(CodeFacts facts, RuleContext ctx) {
        if (!Guards.mentionsAny(facts, "crm/private", "/private/json", "/private/xml")) {
            return;
        }
        StringMatches.each(facts, ZohoPatterns.CRM_V1, 0, v -> ZohoPatterns.CRM_V1.matcher(v.text()).find(),
                (expr, folded, m) -> UrlContext.zohoBound(folded, m.start(), facts.hasZohoContext(expr.scope()))
                        && !io.cliqmigrate.rules.support.RecordedResponses.contain(facts, expr)
                        && !io.cliqmigrate.rules.support.RecordedResponses.echoedUri(folded.text(), m.start()),
                (expr, folded, m, p) -> {
                Matcher detail = MODULE_METHOD.matcher(folded.text().substring(m.start()));
                String target = detail.lookingAt()
                        ? " (" + detail.group(1) + "/" + detail.group(2) + " → https://www.zohoapis.<dc>/crm/v2/"
                        + detail.group(1) + ")" : "";
                ctx.report(p.range(),
                        "Zoho CRM API v1 endpoint" + target + ": v1 was switched off at the end of 2018 and "
                                + "cannot be fixed by swapping the token. Migrate the call to CRM REST v2+ "
                                + "(JSON {\"data\": […]}) with an OAuth 'Zoho-oauthtoken' header, or to an official "
                                + "Zoho CRM SDK",
                        p.related(), List.of(Fix.manual("crm-v2", "Rewrite the call for the CRM REST API v2+",
                                "Map the v1 method to its v2+ endpoint (getRecords → GET /crm/v2/<Module>, "
                                        + "insertRecords → POST /crm/v2/<Module>, updateRecords → PUT, "
                                        + "searchRecords → GET /crm/v2/<Module>/search)",
                                "Send JSON {\"data\": [...]} instead of xmlData and parse JSON responses",
                                "Authenticate with 'Authorization: Zoho-oauthtoken <access token>' (scope "
                                        + "ZohoCRM.modules.ALL)")));
                });
    }
}

package io.cliqmigrate.rules;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import io.cliqmigrate.core.rule.Tags;
import io.cliqmigrate.rules.support.Guards;
import io.cliqmigrate.rules.support.RawTokenHeaders;
import io.cliqmigrate.rules.support.StringMatches;
import io.cliqmigrate.rules.support.ZohoPatterns;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.rules.support.TokenSources;
import io.cliqmigrate.rules.support.WebhookRewrites;
import io.cliqmigrate.rules.support.WebhookRewrites.SettingRead;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Map;

@RuleMeta(id = "zoho-authtoken-header", summary = "Authorization header with the legacy Zoho-authtoken scheme",
        severity = Severity.ERROR, tags = {Tags.LEGACY_AUTH},
        manualMinutes = 20, reviewMinutes = 10, safeMinutes = 2,
        effortAssumption = "Per header: sending Zoho-oauthtoken with a token from the shared token provider "
                + "instead, and one test call against the Zoho API; registering the OAuth client is "
                + "counted once in the setup checklist, not here.")
public final class ZohoAuthtokenHeaderRule implements Rule {
    private static final Fix FIX = Fix.manual("oauth", "Send an OAuth access token with the Zoho-oauthtoken scheme",
            "Replace 'Zoho-authtoken <token>' with 'Zoho-oauthtoken <access token>'",
            "Obtain the access token from a refresh token (POST https://accounts.zoho.<dc>/oauth/v2/token), cache it "
                    + "for under an hour and refresh it on 401",
            "Keep organisation headers such as orgId or X-com-zoho-subscriptions-organizationid");

    @Override
    public void check(CodeFacts facts, RuleContext context) {
        RuleContext ctx = io.cliqmigrate.rules.support.DelugeRewrites.withRequestFixes(facts, context);
        if (Guards.mentionsAuthtoken(facts)) {
            for (RawTokenHeaders.Use use : RawTokenHeaders.in(ctx, facts, AuthtokenConfigReadRule.reads(facts))) {
                String held = use.setting() != null ? "the legacy authtoken setting '" + use.setting().key() + "'"
                        : "'" + use.name() + "', an authtoken by its name or its value,";
                ctx.report(use.value(), "Authorization header holding " + held + " as it is, "
                        + "with no scheme: Zoho has rejected authtokens since 2021 (with or without "
                        + "'Zoho-authtoken '), so this request fails. Send 'Authorization: Zoho-oauthtoken "
                        + "<access token>' from a refreshed OAuth token instead", List.of(), List.of(FIX),
                        TokenSources.properties(java.util.Optional.ofNullable(use.setting())));
            }
        }
        if (!Guards.mentionsAny(facts, "zoho-authtoken")) {
            return;
        }
        List<SettingRead> reads = AuthtokenConfigReadRule.reads(facts);
        StringMatches.each(facts, SCHEME, 0,
                value -> ZohoPatterns.AUTHTOKEN_HEADER.matcher(value.text()).find(), ZohoAuthtokenHeaderRule::sendsToken,
                (expr, folded, match, place) -> ctx.report(place.range(),
                        "'Zoho-authtoken' authorization header: Zoho has rejected authtokens since 2021, so this "
                                + "request fails. Send 'Authorization: Zoho-oauthtoken <access token>' from a "
                                + "refreshed OAuth token instead",
                        place.related(), fixes(ctx, facts, expr), settingOf(ctx, facts, folded, match.end(), place.range().end(), reads)));
    }

    /** The scheme's word wherever it stands; {@link #sendsToken} decides whether a token follows it. */
    private static final Pattern SCHEME = Pattern.compile("(?i)(?<![\\w-])zoho-authtoken");

    /**
     * The scheme followed by a token: a value as Zoho's header pattern knows it, or a named constant whatever it holds
     * ({@code "Zoho-authtoken " + authtoken} with {@code authtoken = "*****"} masked before publishing).
     */
    private static boolean sendsToken(io.cliqmigrate.core.code.StringExpr expr, FoldedString folded,
                                      java.util.regex.MatchResult match) {
        if (ZohoPatterns.AUTHTOKEN_HEADER.matcher(folded.text()).region(match.start(), folded.text().length())
                .lookingAt()) {
            return true;
        }
        String text = folded.text();
        int value = match.end();
        while (value < text.length() && Character.isWhitespace(text.charAt(value))) {
            value++;
        }
        FoldedString.Segment next = value > match.end() && value < text.length() ? folded.segmentAt(value) : null;
        return next != null && next.kind() == FoldedString.Kind.REFERENCE;
    }

    private static List<Fix> fixes(RuleContext ctx, CodeFacts facts, io.cliqmigrate.core.code.StringExpr value) {
        return java.util.stream.Stream.concat(
                io.cliqmigrate.rules.support.java.JavaOAuth.headerValue(ctx, facts, value).stream(),
                java.util.stream.Stream.of(FIX)).toList();
    }

    /**
     * The setting the header's token reads ({@code "Zoho-authtoken " + System.getenv("CLIQ_AUTHTOKEN")}), as the
     * finding's {@code configKey}: a rename of that setting waits while this header still sends it.
     */
    private static Map<String, String> settingOf(RuleContext ctx, CodeFacts facts, FoldedString folded, int end,
                                                 int written, List<SettingRead> reads) {
        String text = folded.text();
        int value = end;
        while (value < text.length() && text.charAt(value) == ' ') {
            value++;
        }
        return TokenSources.properties(WebhookRewrites.readSetting(ctx, facts, folded, value, written, reads));
    }
}

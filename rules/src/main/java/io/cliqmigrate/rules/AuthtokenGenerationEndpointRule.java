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
import io.cliqmigrate.rules.support.TicketLogin;
import io.cliqmigrate.rules.support.ZohoPatterns;
import java.util.List;

@RuleMeta(id = "authtoken-generation-endpoint", summary = "Call to the retired Zoho authtoken generation endpoint",
        severity = Severity.ERROR, tags = {Tags.LEGACY_AUTH, Tags.CREDENTIAL},
        manualMinutes = 60, reviewMinutes = 0, safeMinutes = 0,
        effortAssumption = "Per generation call: deleting the code that posts EMAIL_ID and PASSWORD, pointing its "
                + "callers at the shared token provider, and testing them; creating the Self Client and "
                + "its refresh token is counted once in the setup checklist, and the password itself "
                + "under zoho-password-credential.")
public final class AuthtokenGenerationEndpointRule implements Rule {
    static final Fix FIX = Fix.manual("oauth", "Replace authtoken generation with a one-time OAuth Self Client setup",
            "Delete the code that posts EMAIL_ID and PASSWORD to /apiauthtoken/nb/create",
            "In the Zoho API console create a Self Client, generate a code with the scopes you need and exchange it "
                    + "once for a refresh token; store it, the client id and the client secret in a secret store",
            "At run time get access tokens from https://accounts.zoho.<dc>/oauth/v2/token with "
                    + "grant_type=refresh_token, cached for under an hour",
            "Remove the Zoho user's password from code and configuration and change it");

    @Override
    public void check(CodeFacts facts, RuleContext ctx) {
        if ("xml".equals(facts.file().languageId()) && Guards.mentionsAny(facts, "getauthtoken")) {
            connectorOperations(facts, ctx);
        }
        if (Guards.mentionsExactly(facts, "LOGIN_ID") && TicketLogin.called(facts)) {
            StringMatches.each(facts, TicketLogin.LOGIN_ADDRESS, 0,
                    value -> TicketLogin.LOGIN_ADDRESS.matcher(value.text()).find(), StringMatches.ALL,
                    (expr, folded, match, place) -> ctx.report(place.range(), "Zoho's ticket login "
                            + "(accounts.zoho.*/login with LOGIN_ID and PASSWORD), the scheme that came before the "
                            + "authtoken and is retired with it: this flow sends a user's e-mail and password for a "
                            + "ticket. Replace it with an OAuth Self Client and a stored refresh token",
                            place.related(), List.of(FIX)));
        }
        if (!Guards.mentionsAny(facts, "apiauthtoken")) {
            return;
        }
        StringMatches.each(facts, ZohoPatterns.GENERATION_ENDPOINT, 0,
                value -> ZohoPatterns.GENERATION_ENDPOINT.matcher(value.text()).find(), StringMatches.ALL,
                (expr, folded, match, place) -> ctx.report(place.range(),
                        "Authtoken generation endpoint (accounts.zoho.*/apiauthtoken/…/create): Zoho stopped issuing "
                                + "authtokens in 2020 and this flow sends a user's e-mail and password. Replace it "
                                + "with an OAuth Self Client and a stored refresh token",
                        place.related(), List.of(FIX)));
        commentedGenerator(facts, ctx);
    }

    /**
     * The generator's address in a comment of code that uses the authtoken ({@code // get your token at
     * https://accounts.zoho.com/apiauthtoken/nb/create?SCOPE=…}, an {@code @see} link in a setting's doc comment): the
     * setup the comment describes can no longer be followed, and it is written beside code that depends on it.
     */
    private static void commentedGenerator(CodeFacts facts, RuleContext ctx) {
        // where the code itself calls the generator, that call is the finding and its comments describe it
        if (facts.comments().isEmpty() || !usesAuthtoken(facts) || facts.strings().stream()
                .anyMatch(expr -> ZohoPatterns.GENERATION_ENDPOINT.matcher(facts.fold(expr).text()).find())) {
            return;
        }
        for (io.cliqmigrate.core.code.Comment comment : facts.comments()) {
            java.util.regex.Matcher m = ZohoPatterns.GENERATION_ENDPOINT.matcher(comment.text());
            // code commented out ($url = "https://accounts.zoho.com/apiauthtoken/…") is not a description
            if (m.find() && !QUOTED_VALUE.matcher(comment.text().substring(0, m.start())).find()) {
                ctx.report(comment.written(m.start(), m.end()), "Comment points to the authtoken generation endpoint "
                        + "(accounts.zoho.*/apiauthtoken/…/create), which Zoho stopped in 2020: the setup it describes "
                        + "can no longer be followed. Describe an OAuth Self Client and a stored refresh token instead",
                        List.of(), List.of(FIX));
            }
        }
    }

    /** Whether the file's own strings or names, not its comments, say authtoken (not OAuth's oauthtoken). */
    private static boolean usesAuthtoken(CodeFacts facts) {
        java.util.function.Predicate<String> says = text -> AUTHTOKEN_WORD.matcher(text).find();
        return facts.bindings().stream().anyMatch(b -> says.test(b.name()))
                || facts.strings().stream().anyMatch(expr -> says.test(facts.fold(expr).text()));
    }

    /** The address opened as a quoted value, {@code = "https://…}, {@code curl_init("…}: commented-out code. */
    private static final java.util.regex.Pattern QUOTED_VALUE = java.util.regex.Pattern.compile(
            "(?:[=(,]|=>)\\s*[\"'](?:https?://)?[\\w.-]*/?$");

    private static final java.util.regex.Pattern AUTHTOKEN_WORD = java.util.regex.Pattern.compile(
            "(?i)(?<!api)(?<!o)auth_?token");

    /**
     * The WSO2 ESB Zoho connectors' operation that calls the generator ({@code <zohoInvoice.getAuthToken>} with its
     * {@code EMAIL_ID} and {@code PASSWORD}): the URL is inside the connector, the call is here.
     */
    private static final java.util.regex.Pattern CONNECTOR_OPERATION = java.util.regex.Pattern.compile(
            "<(zoho\\w*\\.(?i:getAuthToken))(?=[\\s/>])");

    private static void connectorOperations(CodeFacts facts, RuleContext ctx) {
        java.util.regex.Matcher m = CONNECTOR_OPERATION.matcher(facts.file().text());
        while (m.find()) {
            if (!io.cliqmigrate.rules.support.Lines.inComment(facts, m.start())) {
                ctx.report(new io.cliqmigrate.core.model.TextRange(m.start(1), m.end(1)), "Calls the authtoken "
                        + "generator through a Zoho connector's operation (" + m.group(1) + ", EMAIL_ID and PASSWORD): "
                        + "Zoho stopped issuing authtokens in 2020. Replace it with an OAuth Self Client and a "
                        + "stored refresh token", List.of(), List.of(FIX));
            }
        }
    }
}

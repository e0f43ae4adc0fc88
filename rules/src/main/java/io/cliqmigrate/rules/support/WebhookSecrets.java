package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CodeFacts;
import java.util.regex.Pattern;

/**
 * The secret a site checks on the webhooks Zoho calls it with (SalesIQ's {@code X-ZohoSalesIQ-Auth-Token}, a CRM
 * workflow's shared token): Zoho sends it to the site and never receives it as an authtoken.
 */
public final class WebhookSecrets {
    /** How far around a read its comparison is looked for. */
    private static final int OPERAND_LENGTH = 200;
    /** A comparison right before the read, its operand a name, member or call without blanks. */
    private static final Pattern COMPARED_BEFORE = Pattern.compile("[!=]==?\\s*+[\\w.$\\[\\]'\"()>-]*+$");
    /** A comparison right after the read. */
    private static final Pattern COMPARED_AFTER = Pattern.compile("^[\\w.$\\[\\]'\"()-]*+\\s*+[!=]==?\\s*+(\\S+)");
    /** What a presence check compares with: nothing. */
    private static final Pattern NOTHING = Pattern.compile("(?i)(?:null|none|nil|undefined|''|\"\"|false)\\W*");
    /** A handler that reads the headers of the request it was sent. */
    private static final Pattern INCOMING_HEADERS = Pattern.compile(
            "(?i)\\brequest\\.headers\\b|\\breq\\.headers?\\b|\\$_SERVER\\[['\"]HTTP_|\\$request->header\\s*\\(");

    private WebhookSecrets() {}

    /**
     * Whether the setting read at {@code at} is compared with something, in a handler that reads its request's
     * headers ({@code auth_token != current_app.config['ZOHO_SALESIQ_AUTH_TOKEN']} with
     * {@code auth_token = request.headers.get(…)}); a check against nothing ({@code === undefined}) is no such
     * comparison.
     */
    public static boolean checked(CodeFacts facts, int at) {
        if (!facts.answer("webhookSecrets.incomingHeaders", f -> INCOMING_HEADERS.matcher(f.file().text()).find())) {
            return false;
        }
        String text = facts.file().text();
        int lineStart = Math.max(Lines.startOf(text, at), at - OPERAND_LENGTH);
        int lineEnd = text.indexOf('\n', at);
        String after = text.substring(at, Math.min(lineEnd < 0 ? text.length() : lineEnd, at + OPERAND_LENGTH));
        java.util.regex.Matcher right = COMPARED_AFTER.matcher(after);
        return COMPARED_BEFORE.matcher(text.substring(lineStart, at)).find()
                || right.find() && !NOTHING.matcher(right.group(1)).matches();
    }
}

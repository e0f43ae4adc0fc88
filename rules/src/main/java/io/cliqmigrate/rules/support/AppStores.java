package io.cliqmigrate.rules.support;

import java.util.regex.Pattern;

/**
 * The stores an app keeps its own state in: a web framework's session ({@code session(['authtoken' => $t])},
 * {@code $request->session()->forget('authtoken')}, {@code $_SESSION['authtoken']}, Flask's
 * {@code session['authtoken']}) and the browser's {@code localStorage}/{@code sessionStorage}. A token kept there under
 * the key {@code authtoken} is the app's copy of it: not a field of a request, nor a setting read.
 */
public final class AppStores {
    /** What is written right before a key of such a store; the key's own opening quote may follow. */
    private static final Pattern STORE_BEFORE = Pattern.compile("(?:\\bsession\\s*\\(\\s*\\[?|\\bSession::\\w+\\s*\\("
            + "|\\bsession\\(\\)\\s*->\\s*\\w+\\s*\\(|\\$_SESSION\\s*\\[|\\bsession\\s*\\[|\\b(?:local|session)Storage\\.\\w+"
            + "\\s*\\()\\s*['\"]?$");
    /** How far back the store's name is looked for. */
    private static final int BEFORE_LENGTH = 60;

    /** An operand's text, up to a comparison: {@code auth_token != current_app.config['…']}. */
    private static final Pattern COMPARED_BEFORE = Pattern.compile("(?:[!=]==?)\\s*[^\\s=!&|<>(]*\\(?[^\\s=!&|<>]*$");
    private static final Pattern COMPARED_AFTER = Pattern.compile("^[^\\s=!&|<>]*\\s*[!=]==?");
    /** A handler that reads the headers of the request it was sent. */
    private static final Pattern INCOMING_HEADERS = Pattern.compile(
            "(?i)\\brequest\\.headers\\b|\\breq\\.headers?\\b|\\$_SERVER\\[['\"]HTTP_|getHeader\\s*\\(");

    private AppStores() {}

    /**
     * Whether the setting read at {@code at} is compared with what a request brought
     * ({@code auth_token != current_app.config['ZOHO_SALESIQ_AUTH_TOKEN']} after reading the request's headers): the
     * secret a site checks on the webhooks Zoho calls it with, which Zoho never receives as an authtoken.
     */
    public static boolean checksIncoming(String text, int at) {
        int lineStart = Lines.startOf(text, at);
        int lineEnd = text.indexOf('\n', at);
        String after = text.substring(at, lineEnd < 0 ? text.length() : lineEnd);
        return (COMPARED_BEFORE.matcher(text.substring(lineStart, at)).find()
                || COMPARED_AFTER.matcher(after).find()) && INCOMING_HEADERS.matcher(text).find();
    }

    /** Whether the key written at {@code at} is a key of the app's session or browser store. */
    public static boolean keyAt(String text, int at) {
        return STORE_BEFORE.matcher(text.substring(Math.max(0, at - BEFORE_LENGTH), at)).find();
    }
}

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

    private AppStores() {}

    /** Whether the key written at {@code at} is a key of the app's session or browser store. */
    public static boolean keyAt(String text, int at) {
        return STORE_BEFORE.matcher(text.substring(Math.max(0, at - BEFORE_LENGTH), at)).find();
    }
}

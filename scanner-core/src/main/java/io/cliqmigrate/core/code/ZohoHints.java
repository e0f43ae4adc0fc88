package io.cliqmigrate.core.code;

import java.util.regex.Pattern;

/**
 * Whether a piece of text ties its surroundings to Zoho: a Zoho or Cliq host, package, identifier or
 * environment variable. Generic names such as {@code authToken} only count as legacy use where such a hint
 * exists in the same member, the same type's fields, or the file's imports.
 */
public final class ZohoHints {
    private static final Pattern HINT = Pattern.compile("(?i)zoho|cliq|zapikey");
    private static final Pattern HOST = Pattern.compile("(?i)zoho(?:apis|cloud)?\\.[a-z]|zapikey");
    private static final Pattern NAME_LIKE = Pattern.compile("[A-Za-z_$][\\w.$-]*");

    private ZohoHints() {}

    public static boolean isHint(CharSequence text) {
        return text != null && HINT.matcher(text).find();
    }

    /**
     * Whether a string literal ties code to Zoho: a Zoho host, or a name-like value (an environment variable, a
     * property key) that says Zoho or Cliq. A sentence that mentions Zoho does not.
     */
    public static boolean isLiteralHint(String value) {
        return HOST.matcher(value).find() || NAME_LIKE.matcher(value).matches() && isHint(value);
    }
}

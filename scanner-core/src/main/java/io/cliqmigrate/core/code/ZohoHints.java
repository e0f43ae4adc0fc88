package io.cliqmigrate.core.code;

import java.util.regex.Pattern;

/**
 * Whether a piece of text ties its surroundings to Zoho: a Zoho or Cliq host, package, identifier or
 * environment variable. Generic names such as {@code authToken} only count as legacy use where such a hint
 * exists in the same member, the same type's fields, or the file's imports.
 */
public final class ZohoHints {
    private static final Pattern HINT = Pattern.compile("(?i)zoho|cliq|zapikey");

    private ZohoHints() {}

    public static boolean isHint(CharSequence text) {
        return text != null && HINT.matcher(text).find();
    }
}

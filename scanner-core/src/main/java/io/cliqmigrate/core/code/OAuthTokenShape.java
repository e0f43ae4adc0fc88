package io.cliqmigrate.core.code;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Zoho's OAuth access and refresh tokens have a shape of their own ({@code 1000.<hex>.<hex>}), so one pasted into a
 * settings module ({@code access_token.py}, Laravel's {@code config/app.php}) is Zoho's though nothing else in the
 * file names Zoho. Such files carry none of the prefilter's words; the shape is looked for only in files whose path
 * says they keep settings or secrets, so that the bytes of every other file are still searched once.
 */
public final class OAuthTokenShape {
    /** Words of the paths where settings and secrets are kept: {@code config/}, {@code .env}, {@code tokens.py}. */
    private static final java.util.Set<String> SECRET_WORDS = java.util.Set.of("token", "tokens", "secret", "secrets",
            "credential", "credentials", "cred", "creds", "config", "configs", "conf", "configuration", "setting",
            "settings", "env", "environment", "key", "keys", "auth", "pass", "passwd", "password", "passwords");
    /** Folders of other people's code installed into the tree: their tokens are not the project's. */
    private static final java.util.Set<String> VENDORED = java.util.Set.of("node_modules", "site-packages", "venv",
            ".venv", "bower_components", "vendor");
    private static final Pattern SEPARATOR = Pattern.compile("[/\\\\]");
    /** A word of a path: a camel-case hump, an acronym, or a run of lower-case letters. */
    private static final Pattern WORD = Pattern.compile("[A-Z]?[a-z]+|[A-Z]+(?![a-z])");

    private OAuthTokenShape() {}

    /**
     * Whether a file's path (relative to its root) names a place where settings or secrets are kept, as a word of
     * its own ({@code config/app.php}, {@code AccessToken.py}, {@code .env}; not {@code keyboard.js} or
     * {@code author.py}), outside installed dependencies.
     */
    public static boolean inSecretPlace(String relativePath) {
        boolean secret = false;
        for (String segment : SEPARATOR.split(relativePath)) {
            if (VENDORED.contains(segment)) {
                return false;
            }
            java.util.regex.Matcher word = WORD.matcher(segment);
            while (!secret && word.find()) {
                secret = SECRET_WORDS.contains(word.group().toLowerCase(Locale.ROOT));
            }
        }
        return secret;
    }

    /** Whether the path lies in a folder of other people's code installed into the tree ({@code node_modules}, …). */
    public static boolean installedDependency(String relativePath) {
        for (String segment : SEPARATOR.split(relativePath)) {
            if (VENDORED.contains(segment)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the bytes hold {@code 100<digit>.} followed by at least 20 lower-case hex digits, a dot and 20 more: a
     * cheap first look for the access or refresh token the rules then check in full. Hand-written: it runs over whole
     * files.
     */
    public static boolean in(byte[] bytes, int length) {
        for (int i = 0; i + 46 <= length; i++) {
            if (bytes[i] == '1' && bytes[i + 1] == '0' && bytes[i + 2] == '0' && isDigit(bytes[i + 3])
                    && bytes[i + 4] == '.' && (i == 0 || !isWordByte(bytes[i - 1]))) {
                int second = hexRun(bytes, length, i + 5);
                if (second >= i + 25 && second < length && bytes[second] == '.'
                        && hexRun(bytes, length, second + 1) >= second + 21) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the run of lower-case hex digits starting at {@code from} ends. */
    private static int hexRun(byte[] bytes, int length, int from) {
        int i = from;
        while (i < length && (isDigit(bytes[i]) || bytes[i] >= 'a' && bytes[i] <= 'f')) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean isWordByte(byte b) {
        return isDigit(b) || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b == '.';
    }
}

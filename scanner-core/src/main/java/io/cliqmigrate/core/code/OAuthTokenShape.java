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
    /** Path words of the places settings and secrets are kept: {@code config/}, {@code .env}, {@code tokens.py}. */
    private static final Pattern SECRET_PLACE = Pattern.compile(
            "token|secret|cred|conf|setting|env|key|auth|pass");

    private OAuthTokenShape() {}

    /** Whether a file's path (relative to its root) names a place where settings or secrets are kept. */
    public static boolean inSecretPlace(String relativePath) {
        return SECRET_PLACE.matcher(relativePath.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Whether the bytes hold {@code 100<digit>.} followed by at least 20 lower-case hex digits, a dot and 20 more:
     * the shape the rules take for an access or refresh token. Hand-written: it runs over whole files.
     */
    public static boolean in(byte[] bytes, int length) {
        for (int i = 0; i + 47 <= length; i++) {
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

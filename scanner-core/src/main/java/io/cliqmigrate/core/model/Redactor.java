package io.cliqmigrate.core.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secret values in text that leaves the machine in a report: legacy authtokens, OAuth and webhook tokens,
 * passwords and client secrets. Keeps a four-character prefix and the length (so code frames stay aligned)
 * and masks the rest. Placeholders such as {@code ${TOKEN}} are not secrets and are kept.
 */
public final class Redactor {
    private static final int KEEP = 4;

    /** Zoho OAuth access/refresh tokens ({@code 1000.}) and Cliq webhook tokens ({@code 1001.}). */
    private static final Pattern DOTTED_TOKEN = Pattern.compile("100\\d\\.[0-9a-fA-F]{16,}\\.[0-9a-fA-F]{16,}");

    /**
     * A value after a secret-named key: {@code authtoken=v}, {@code "PASSWORD": "v"}, {@code ("authtoken", "v")}.
     * After a comma only a quoted value counts, so {@code put("authtoken", token)} keeps its variable name.
     */
    private static final Pattern KEYED_VALUE = Pattern.compile(
            "(?i)(?<key>auth_?token|zapikey|password|passwd|pwd|client_?secret|refresh_?token|access_?token|api_?key|secret)"
                    + "[\"']?\\s*(?:(?:=>|[=:])\\s*(?<quote>[\"']?)|,\\s*(?<quote2>[\"']))"
                    + "(?<value>[A-Za-z0-9_+/=!@#%^*~-][^\\s\"'&;,(){}<>\\[\\]\\\\]{2,})");
    /** A quoted value after a password key runs to its closing quote, spaces included. */
    private static final Pattern QUOTED_PASSWORD = Pattern.compile(
            "(?i)(?:password|passwd|pwd)[\"']?\\s*(?:=?[\"']\\s*\\+\\s*|(?:=>|[=:,])\\s*)[\"'](?!\\s*\\+)(?<value>[^\"'\\r\\n]{3,})[\"']");

    /** A long run of letters and digits with both kinds of character: the usual shape of a hard-coded token. */
    private static final Pattern LONG_TOKEN = Pattern.compile("(?<![A-Za-z0-9_$.])[A-Za-z0-9]{28,}(?![A-Za-z0-9_])");

    private Redactor() {}

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        maskAll(out, DOTTED_TOKEN.matcher(text), 0);
        Matcher keyed = KEYED_VALUE.matcher(text);
        while (keyed.find()) {
            String value = keyed.group("value");
            String quote = keyed.group("quote");
            boolean quoted = (quote != null && !quote.isEmpty()) || keyed.group("quote2") != null;
            if (!isPlaceholder(value) && (quoted || looksSecret(keyed.group("key"), value))) {
                mask(out, keyed.start("value"), keyed.end("value"));
            }
        }
        Matcher password = QUOTED_PASSWORD.matcher(text);
        while (password.find()) {
            if (!isPlaceholder(password.group("value"))) {
                mask(out, password.start("value"), password.end("value"));
            }
        }
        Matcher longToken = LONG_TOKEN.matcher(text);
        while (longToken.find()) {
            String value = longToken.group();
            if (hasDigitAndLetter(value)) {
                mask(out, longToken.start(), longToken.end());
            }
        }
        return out.toString();
    }

    /** A secret word anywhere in a setting's path: {@code db.password[0]}, {@code zoho.authtoken.prod}. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i)auth_?token|zapikey|password|passwd|pwd|secret|api_?key|token|credential|private_?key");

    /**
     * Whether a setting holds a secret value that must not be shown: a secret word in its name, and a value that
     * is written out like a secret (one word, not a URL, not a placeholder, not a plain name).
     */
    public static boolean isSecretSetting(String name, String value) {
        if (value == null || value.length() < 6 || !SECRET_NAME.matcher(name).find()) {
            return false;
        }
        String v = value.strip();
        // a URL (TOKEN_URL), a one-line sentence or a field name (PASSWORD_FIELD = "PASSWORD") is not a secret;
        // a value that runs over lines (a PEM key, a continued token) is
        boolean sentence = v.indexOf('\n') < 0 && (v.indexOf(' ') >= 0 || v.indexOf('\t') >= 0);
        boolean path = v.startsWith("/") || v.startsWith("./"); // TOKEN_PATH = "/oauth/v2/token"
        return v.length() >= 6 && !v.contains("://") && !sentence && !path && !v.matches("[A-Z_]+|[a-z]+")
                && !isPlaceholder(v);
    }

    /** Masks a single known secret value. */
    public static String mask(String value) {
        StringBuilder out = new StringBuilder(value);
        mask(out, 0, value.length());
        return out.toString();
    }

    private static void maskAll(StringBuilder out, Matcher matcher, int group) {
        while (matcher.find()) {
            mask(out, matcher.start(group), matcher.end(group));
        }
    }

    private static void mask(StringBuilder out, int start, int end) {
        int keep = Math.min(KEEP, Math.max(0, (end - start) / 4));
        for (int i = start + keep; i < end; i++) {
            out.setCharAt(i, '*');
        }
    }

    private static boolean isPlaceholder(String value) {
        return value.startsWith("$") || value.startsWith("{") || value.startsWith("%") || value.startsWith("#{")
                || value.startsWith("<") || value.startsWith("process.env") || value.startsWith("env(")
                || value.chars().allMatch(c -> c == '*' || c == 'x' || c == 'X' || c == '.');
    }

    /** An unquoted value is a secret unless it reads like an identifier in code ({@code authToken = token}). */
    private static boolean looksSecret(String key, String value) {
        String k = key.toLowerCase(java.util.Locale.ROOT);
        if (k.startsWith("pass") || k.equals("pwd") || k.equals("secret")) {
            return !value.contains(".") || value.chars().anyMatch(Character::isDigit);
        }
        return value.chars().anyMatch(Character::isDigit);
    }

    /** Whether a value mixes digits and letters, as tokens do and words do not. */
    public static boolean hasDigitAndLetter(String value) {
        boolean digit = false;
        boolean letter = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            digit |= Character.isDigit(c);
            letter |= Character.isLetter(c);
        }
        return digit && letter;
    }
}

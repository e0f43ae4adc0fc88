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

    private static final String SECRET_KEYS =
            "auth_?token|zapikey|password|passwd|pwd|client_?secret|refresh_?token|access_?token|api_?key|secret";

    /**
     * A value after a secret-named key: {@code authtoken=v}, {@code "PASSWORD": "v"}, {@code zohoPassword = "v"}.
     * The key may end a longer name; what follows it is a value, never another key.
     */
    private static final Pattern KEYED_VALUE = Pattern.compile(
            "(?i)(?<key>" + SECRET_KEYS + ")(?<keyQuote>[\"']?)\\s*(?:=>|[=:])\\s*(?<quote>[\"']?)"
                    + "(?<value>[A-Za-z0-9_+/=!@#%^*~-][^\\s\"'&;,(){}<>\\[\\]\\\\]{2,})");
    /**
     * A quoted value handed on after a quoted secret key, {@code ("authtoken", "v")}; not a variable before a
     * comma ({@code $authtoken, 'scope'}) nor the next key of a map ({@code "authtoken", "value": …}).
     */
    private static final Pattern PAIRED_VALUE = Pattern.compile(
            "(?i)[\"'][\\w.-]{0,40}?(?:" + SECRET_KEYS + ")[\"']\\s*,\\s*(?<quote>[\"'])"
                    + "(?<value>[^\"'\\r\\n]{3,})\\k<quote>(?!\\s*(?::|=>))");
    /**
     * A quoted value after a password key runs to its closing quote, spaces included: {@code PASSWORD="v"},
     * {@code "&PASSWORD=" + "v"}. What follows the closing quote of the key's own literal is code, not a value
     * ({@code "&PASSWORD=" . $password . "&…"}, {@code .append("&PASSWORD=").append(…)}): a value does not start
     * with a blank, an operator or a bracket.
     */
    private static final Pattern QUOTED_PASSWORD = Pattern.compile(
            "(?i)(?:password|passwd|pwd)[\"']?\\s*(?:=?[\"']\\s*(?:\\+|\\.|<<)\\s*|(?:=>|[=:])\\s*)[\"']"
                    + "(?![\\s+.,;)\\]}<])(?<value>[^\"'\\r\\n]{3,})[\"']");

    /**
     * A value that is only a key's name, {@code OAUTH_TOKEN = "authtoken"}: the name of a request parameter, which
     * the code around it shows anyway.
     */
    private static final Pattern KEY_NAME = Pattern.compile("(?i)" + SECRET_KEYS);

    /** A long run of letters and digits with both kinds of character: the usual shape of a hard-coded token. */
    private static final Pattern LONG_TOKEN = Pattern.compile("(?<![A-Za-z0-9_$.])[A-Za-z0-9]{28,}(?![A-Za-z0-9_])");

    private Redactor() {}

    /**
     * {@link #redact} line by line, line breaks kept: a value never runs on into the next line (a replacement that
     * writes several settings, one per line).
     */
    public static String redactLines(String text) {
        if (text == null || text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return redact(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        java.util.regex.Matcher lines = java.util.regex.Pattern.compile("([^\r\n]*)(\r\n|\r|\n|$)").matcher(text);
        while (lines.find() && lines.end() > lines.start()) {
            out.append(redact(lines.group(1))).append(lines.group(2));
            if (lines.end() == text.length()) {
                break;
            }
        }
        return out.toString();
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        maskTokens(out, text);
        Matcher keyed = KEYED_VALUE.matcher(text);
        while (keyed.find()) {
            String value = keyed.group("value");
            boolean quoted = !keyed.group("quote").isEmpty();
            // a call or an index after the value makes it code too: PASSWORD: settings['password']
            boolean code = !quoted && (isCode(value, !keyed.group("keyQuote").isEmpty(),
                    PASSWORD_NAME.matcher(keyed.group("key")).find())
                    || keyed.end() < text.length() && "([".indexOf(text.charAt(keyed.end())) >= 0);
            if (!isPlaceholder(value) && !code && !KEY_NAME.matcher(value).matches()) {
                mask(out, keyed.start("value"), keyed.end("value"));
            }
        }
        maskValues(out, PAIRED_VALUE.matcher(text));
        maskValues(out, QUOTED_PASSWORD.matcher(text));
        return out.toString();
    }

    /**
     * Redacts a rule's message. Its quoted parts quote the file ({@code 'zoho.cliq.authtoken'}) and are redacted
     * as code is; the words around them are the rule's own, in which only token shapes are masked, so a sentence
     * that reads like a setting ({@code …authtoken: whatever reads it fails}) stays a sentence.
     */
    public static String redactProse(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String quoted = QuotedText.mapQuoted(text, Redactor::redact);
        StringBuilder out = new StringBuilder(quoted);
        maskTokens(out, quoted);
        return out.toString();
    }

    /** Masks what is a token by its shape alone, whatever stands around it. */
    private static void maskTokens(StringBuilder out, String text) {
        maskAll(out, DOTTED_TOKEN.matcher(text), 0);
        Matcher longToken = LONG_TOKEN.matcher(text);
        while (longToken.find()) {
            if (hasDigitAndLetter(longToken.group())) {
                mask(out, longToken.start(), longToken.end());
            }
        }
    }

    /** A secret word anywhere in a setting's path: {@code db.password[0]}, {@code zoho.authtoken.prod}. */
    private static final Pattern SECRET_NAME = Pattern.compile("(?i)auth_?token|zapikey|password|passwd|passphrase|pwd"
            + "|secret|api_?key|token|credential|private_?key|(?:^|[._-])(?:pw|pass)$");
    /** A password's name: {@code zoho.password}, {@code PASSWD}, {@code userPwd}, {@code db.pass}. */
    private static final Pattern PASSWORD_NAME = Pattern.compile(
            "(?i)password|passwd|passphrase|pwd|(?:^|[._-])(?:pw|pass)$");

    /**
     * Whether a setting holds a secret value that must not be shown: a secret word in its name, and a value that
     * is written out, not a URL, a path, a placeholder or the name of a field. A password may be any text, spaces
     * included; a token is one word.
     */
    public static boolean isSecretSetting(String name, String value) {
        if (value == null || value.length() < 3 || !SECRET_NAME.matcher(name).find()) {
            return false;
        }
        String v = value.strip();
        boolean path = v.startsWith("/") || v.startsWith("./"); // TOKEN_PATH = "/oauth/v2/token"
        if (v.length() < 3 || v.contains("://") || path || isPlaceholder(v) || isFieldName(v)
                || namesWhereASecretIs(name, v)) {
            return false;
        }
        if (PASSWORD_NAME.matcher(name).find()) {
            return true;
        }
        // a one-line sentence is a help text, not a token; a value that runs over lines (a PEM key, a continued
        // token) is a secret
        boolean sentence = v.indexOf('\n') < 0 && (v.indexOf(' ') >= 0 || v.indexOf('\t') >= 0);
        return v.length() >= 6 && !sentence && !v.matches("[a-z]+");
    }

    /**
     * A field's name given as a value, {@code PASSWORD_FIELD = "PASSWORD"}, {@code "user_password"}, also as the
     * start of a field, {@code TOKEN_PREFIX = "AUTHTOKEN="}.
     */
    private static boolean isFieldName(String value) {
        String name = FIELD_PUNCTUATION.matcher(value).replaceAll("");
        return name.matches("[A-Z_]+") || name.matches("[A-Za-z_.-]+") && SECRET_NAME.matcher(name).find();
    }

    /**
     * A setting that says where a secret is or what it is called, not the secret: a file, a path, a header, a
     * name or a URL ({@code zoho.cliq.authtoken.file}, {@code CLIQ_AUTHTOKEN_FILE}, {@code TOKEN_HEADER},
     * {@code api_key_name}), holding a path or a word without digits ({@code secrets/cliq-authtoken.txt},
     * {@code "Authorization"}, {@code "X-Api-Key-Header"}).
     */
    private static boolean namesWhereASecretIs(String name, String value) {
        return HOLDER_NAME.matcher(name).find()
                && (PATH.matcher(value).matches() || WORD.matcher(value).matches());
    }

    private static final Pattern HOLDER_NAME = Pattern.compile(
            "(?:^|[._-])(?i:file|path|header|name|url|uri)$|(?<=[a-z])(?:File|Path|Header|Name|Url|URL|Uri)$");
    private static final Pattern PATH = Pattern.compile("[^\\s]*[/\\\\][^\\s]*");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z_.-]*");

    private static final Pattern FIELD_PUNCTUATION = Pattern.compile("^[?&]|[=:]$");

    /** Masks a single known secret value. */
    public static String mask(String value) {
        StringBuilder out = new StringBuilder(value);
        mask(out, 0, value.length());
        return out.toString();
    }

    private static void maskValues(StringBuilder out, Matcher matcher) {
        while (matcher.find()) {
            if (!isPlaceholder(matcher.group("value"))) {
                mask(out, matcher.start("value"), matcher.end("value"));
            }
        }
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

    /**
     * A placeholder for a value, not the value: {@code ${TOKEN}}, {@code {{pwd}}}, {@code %s}, {@code \(pwd)},
     * {@code <password>}.
     */
    public static boolean isPlaceholder(String value) {
        return value.startsWith("$") || value.startsWith("{") || value.startsWith("%") || value.startsWith("#{")
                || value.startsWith("\\(") || value.startsWith("<") || value.startsWith("process.env")
                || value.startsWith("env(")
                || value.chars().allMatch(c -> c == '*' || c == 'x' || c == 'X' || c == '.');
    }

    /**
     * Whether an unquoted value reads as code rather than as a value: an identifier or a member. An instance
     * variable ({@code @crm_key}) always is, and so is a member after a token key ({@code authtoken: cfg.key1}): a
     * token has no dots. Otherwise a value with a digit is a value; after a quoted key ({@code "PASSWORD": password})
     * any other identifier is code, since a literal there would be quoted; after a bare token key
     * ({@code authtoken: zohoKey}, {@code authtoken=key}) too, since a token has digits; after a bare password key
     * ({@code password: hunter} may be a setting) only a member ({@code input.pwd}) or a name that says what it
     * holds ({@code PASSWORD: password}).
     */
    private static boolean isCode(String value, boolean quotedKey, boolean passwordKey) {
        if (!IDENTIFIER_PATH.matcher(value).matches()) {
            return false;
        }
        boolean member = value.indexOf('.') > 0;
        if (value.startsWith("@") || member && !passwordKey) {
            return true;
        }
        if (value.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        return quotedKey || !passwordKey || member || SECRET_NAME.matcher(value).find();
    }

    private static final Pattern IDENTIFIER_PATH = Pattern.compile("@{0,2}[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*");

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

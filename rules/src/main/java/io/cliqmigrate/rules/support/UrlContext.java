package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.FoldedString;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides whether text before a match belongs to a Zoho URL. */
public final class UrlContext {
    private static final String PATH_CHARS = "/._-~%";
    private static final Pattern FORM_BODY = Pattern.compile("[A-Za-z_][\\w.\\-]*=[^&\\s]*&");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^{}\\n]*}}");
    private static final Pattern URL_START = Pattern.compile("(?i)https?://([^/\\s\"'?#]*)");

    /** What the text before a match says about the host it is sent to. */
    public enum Host { ZOHO, OTHER, UNKNOWN }

    /** Longer than any URL worth reading; keeps the look-back linear on long strings. */
    private static final int MAX_URL = 2048;

    private UrlContext() {}

    /** The host of the last URL that starts before {@code end}, or a Zoho API path seen there. */
    public static Host hostBefore(FoldedString folded, int end) {
        String prefix = folded.text().substring(Math.max(0, end - MAX_URL), end);
        Matcher url = URL_START.matcher(prefix);
        String host = null;
        int urlStart = -1;
        while (url.find()) {
            host = url.group(1);
            urlStart = url.start();
        }
        String tail = urlStart >= 0 ? prefix.substring(urlStart) : prefix;
        int space = lastWhitespace(tail);
        if (space >= 0) {
            // a URL ends at whitespace: what follows it is another word ("… https://x.zoho.com (see ?authtoken=)")
            tail = tail.substring(space + 1);
            host = null;
        }
        if (ZohoPatterns.ZOHO_HOST.matcher(tail).find()) {
            return Host.ZOHO;
        }
        // a host written out decides; a Zoho-looking path only counts where the host is not known
        if (host != null && !host.isEmpty() && host.indexOf(FoldedString.HOLE) < 0
                && !TEMPLATE_HOST.matcher(host).matches()) {
            return Host.OTHER;
        }
        return ZohoPatterns.ZOHO_API_PATH.matcher(tail).find() ? Host.ZOHO : Host.UNKNOWN;
    }

    /**
     * A host that is nothing but a placeholder filled in later, like a hole: {@code https://{4}/api},
     * {@code https://%s/} (not {@code https://%s.myshopify.com/}, another vendor's host whatever the shop).
     */
    private static final Pattern TEMPLATE_HOST = Pattern.compile("^(?:\\{[\\w.]*}|%(?:\\d+\\$)?s)(?::\\d+)?$");

    private static int lastWhitespace(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether an authtoken parameter matched at {@code at} of an expression is a legacy query of a Zoho request
     * (authtoken-query-param's finding): on a Zoho URL, or an unknown URL in code that talks to Zoho, and not in a
     * form body.
     */
    public static boolean isLegacyQuery(io.cliqmigrate.core.code.CodeFacts facts, io.cliqmigrate.core.code.StringExpr expr,
                                        FoldedString folded, int at) {
        return !isFormBody(folded) && zohoBound(folded, at, facts.hasZohoContext(expr.scope()));
    }

    /** True when the match is on a Zoho URL, or on an unknown URL in code that talks to Zoho. */
    private static final java.util.regex.Pattern ANY_URL = java.util.regex.Pattern.compile("(?i)https?://([a-z0-9.-]+)");

    /**
     * Whether a header written at {@code range} goes to another host: the URLs of its expression name hosts and none
     * is Zoho's, or, where it names none, the URL written nearest to it within {@value #NEAR_LINES} lines (a curl
     * command's, the {@code curl_init} before a header list) is another host's.
     */
    public static boolean toOtherHost(io.cliqmigrate.core.code.CodeFacts facts, FoldedString folded,
                                      io.cliqmigrate.core.model.TextRange range) {
        java.util.regex.Matcher urls = ANY_URL.matcher(folded.text());
        if (urls.find()) {
            do {
                if (ZohoPatterns.ZOHO_HOST.matcher(urls.group()).find()) {
                    return false;
                }
            } while (urls.find());
            return true;
        }
        int line = facts.file().lines().line(range.start());
        for (int distance = 0; distance <= NEAR_LINES; distance++) {
            for (int candidate : distance == 0 ? new int[] {line} : new int[] {line - distance, line + distance}) {
                if (candidate < 1 || candidate > facts.file().lines().lineCount()) {
                    continue;
                }
                java.util.regex.Matcher near = ANY_URL.matcher(facts.file().lineText(candidate));
                int lineStart = facts.file().lines().lineStart(candidate);
                while (near.find()) {
                    // a link in a comment ("thanks to https://github.com/…") is where the code came from
                    if (!Lines.inComment(facts, lineStart + near.start())) {
                        return !ZohoPatterns.ZOHO_HOST.matcher(near.group()).find();
                    }
                }
            }
        }
        return false;
    }

    private static final int NEAR_LINES = 6;

    public static boolean zohoBound(FoldedString folded, int end, boolean zohoContext) {
        Host host = hostBefore(folded, end);
        return host == Host.ZOHO || host == Host.UNKNOWN && zohoContext && !inProse(folded, end);
    }

    /**
     * Whether the text at {@code at} stands in a sentence rather than in a URL: a space or an opening
     * parenthesis right before it, with no URL begun in that word ("still sends ?authtoken= (retired)").
     */
    public static boolean inProse(FoldedString folded, int at) {
        String text = folded.text();
        int start = at;
        while (start > 0 && PATH_CHARS.indexOf(text.charAt(start - 1)) >= 0
                || start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        if (start == 0) {
            return false;
        }
        char before = text.charAt(start - 1);
        return Character.isWhitespace(before) || before == '(';
    }

    /** A form body such as {@code scope=crmapi&authtoken=…}: {@code key=value} pairs, no URL. */
    public static boolean isFormBody(FoldedString folded) {
        return isFormBody(folded.text());
    }

    /**
     * Whether a text that opens with {@code authtoken=} and its value goes on as a request's fields: with
     * {@code &…}, or with the {@code scope} field added by a helper ({@code "authtoken=" . $this->key .
     * $this->option($scope, 'scope') …}), which the authtoken's requests always carried. {@code "authtoken=" +
     * token} alone, or followed by other text, is as often a cookie or a log line.
     */
    public static boolean opensTokenFields(String text) {
        return text.indexOf('&') > 0 || scopeAddedByHelper(text);
    }

    /** {@code "authtoken=" . $this->key . $this->option($scope, 'scope') …}: the fields come from a helper. */
    public static boolean scopeAddedByHelper(String text) {
        return TOKEN_THEN_SCOPE.matcher(text).find();
    }

    // one optional lazy run, not a repeated group: a repeated group recurses once per hole and overflows the stack
    // on a minified statement
    private static final Pattern TOKEN_THEN_SCOPE = Pattern.compile(
            "(?is)^auth_?token=\u0000(?:.*?\u0000)?scope(?:=|\u0000|$)");

    private static boolean isFormBody(String text) {
        return FORM_BODY.matcher(text).lookingAt() && !text.contains("://") && text.indexOf('?') < 0
                && text.indexOf(' ') < 0;
    }

    /**
     * Whether the field at {@code at} belongs to a form body that starts at the beginning of the text or right
     * after a hole. The lexical read joins all literals of a statement with holes, so {@code post(url, "authtoken="
     * + t + "&scope=crmapi")} folds to {@code url␀authtoken=␀&scope=crmapi}: the body is the run from a hole up to
     * the first hole that does not go on with {@code &}. A run after another vendor's URL is that vendor's body.
     * Template placeholders ({@code {{ token }}}) are values, so their blanks do not end the body.
     */
    public static boolean isFormBodyAt(FoldedString folded, int at) {
        // same length, so offsets into the text stay offsets into the folded string
        String text = PLACEHOLDER.matcher(folded.text()).replaceAll(m -> "x".repeat(m.group().length()));
        int end = bodyEnd(text, at);
        for (int start = Math.min(at, text.length()); start >= 0; start--) {
            boolean runStart = start == 0 || text.charAt(start - 1) == FoldedString.HOLE;
            if (runStart && isFormBody(text.substring(start, Math.max(start, end)))
                    && (start == 0 || hostBefore(folded, start) != Host.OTHER)) {
                return true;
            }
        }
        return false;
    }

    private static int bodyEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == FoldedString.HOLE && (i + 1 == text.length() || text.charAt(i + 1) != '&')) {
                return i + 1;
            }
        }
        return text.length();
    }
}

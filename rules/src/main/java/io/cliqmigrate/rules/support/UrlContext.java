package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.FoldedString;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides whether text before a match belongs to a Zoho URL. */
public final class UrlContext {
    private static final String PATH_CHARS = "/._-~%";
    private static final Pattern FORM_BODY = Pattern.compile("[A-Za-z_][\\w.\\-]*=[^&\\s]*&");
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
        if (host != null && !host.isEmpty() && host.indexOf(FoldedString.HOLE) < 0) {
            return Host.OTHER;
        }
        return ZohoPatterns.ZOHO_API_PATH.matcher(tail).find() ? Host.ZOHO : Host.UNKNOWN;
    }

    private static int lastWhitespace(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** True when the match is on a Zoho URL, or on an unknown URL in code that talks to Zoho. */
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
        String text = folded.text();
        return FORM_BODY.matcher(text).lookingAt() && !text.contains("://") && text.indexOf('?') < 0
                && text.indexOf(' ') < 0;
    }
}

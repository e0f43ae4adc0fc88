package io.cliqmigrate.core.lang.lexical;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Comment;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form fields of a shell {@code curl} command ({@code -d "authtoken=$T"}, {@code --data "a=1&b=2"},
 * {@code -F key=value}) as {@code data(key, value, url…)} calls, one chain per command, so a field is judged by the
 * URL the same command posts to.
 */
final class CurlForms {
    private static final Pattern OPTION = Pattern.compile(
            "(?<=\\s)(?:-d|-F|--data(?:-ascii|-binary|-raw|-urlencode)?|--form(?:-string)?)(?:\\s+|=)"
                    + "(\"[^\"\\n]*\"|'[^'\\n]*'|[^\\s\"'|;&<>]+)");
    private static final Pattern FIELD = Pattern.compile("([A-Za-z_][\\w.\\-\\[\\]]*)=([^&]*)");
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'|;<>]+");

    private CurlForms() {}

    static void scan(String text, List<Comment> comments, CodeFacts.Builder facts) {
        if (!text.contains("curl")) {
            return;
        }
        Matcher option = OPTION.matcher(text);
        while (option.find()) {
            int at = option.start();
            if (TextSpans.inComment(comments, at)) {
                continue;
            }
            int[] command = commandLine(text, at);
            if (!text.substring(command[0], command[1]).contains("curl")) {
                continue;
            }
            List<StringExpr> urls = new ArrayList<>();
            Matcher url = URL.matcher(text).region(command[0], command[1]);
            while (url.find()) {
                urls.add(StringExpr.literal(url.group(), new TextRange(url.start(), url.end()), ""));
            }
            fields(option, urls, "curl:" + command[0], facts);
        }
    }

    private static void fields(Matcher option, List<StringExpr> urls, String chain, CodeFacts.Builder facts) {
        String word = option.group(1);
        int offset = option.start(1);
        if (word.charAt(0) == '"' || word.charAt(0) == '\'') {
            word = word.substring(1, Math.max(1, word.length() - 1));
            offset++;
        }
        Matcher field = FIELD.matcher(word);
        int from = 0;
        while (from < word.length() && field.find(from) && field.start() == from) {
            TextRange keyRange = new TextRange(offset + field.start(1), offset + field.end(1));
            TextRange valueRange = new TextRange(offset + field.start(2), offset + field.end(2));
            List<StringExpr> args = new ArrayList<>();
            args.add(StringExpr.literal(field.group(1), keyRange, ""));
            args.add(field.group(2).contains("$") ? StringExpr.hole(field.group(2), valueRange, "")
                    : StringExpr.literal(field.group(2), valueRange, ""));
            args.addAll(urls);
            facts.call(new CallFact("data", "", args, new TextRange(keyRange.start(), valueRange.end()), keyRange,
                    chain, ""));
            from = field.end() + 1;
        }
    }

    /** The command around {@code at}: its line, with lines joined by a trailing backslash. */
    private static int[] commandLine(String text, int at) {
        int start = text.lastIndexOf('\n', at - 1) + 1;
        while (start >= 2 && text.charAt(start - 2) == '\\') {
            start = text.lastIndexOf('\n', start - 2) + 1;
        }
        int end = text.indexOf('\n', at);
        while (end > 0 && text.charAt(end - 1) == '\\') {
            end = text.indexOf('\n', end + 1);
        }
        return new int[] {start, end < 0 ? text.length() : end};
    }
}

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
 * Objective-C's message sends that fill a dictionary, which the lexical read of calls does not see:
 * {@code [params setObject:token forKey:@"authtoken"]} and
 * {@code [NSDictionary dictionaryWithObjectsAndKeys: token, @"authtoken", @"crmapi", @"scope", nil]} (each value
 * before its key). Each entry becomes a {@code set(key, value)} call on the dictionary, as a map's {@code put} is
 * elsewhere.
 */
final class ObjcDictionaries {
    private static final Pattern SET_FOR_KEY = Pattern.compile(
            "\\[\\s*([\\w.]+)\\s+set(?:Object|Value):\\s*([^\\]\\n]+?)\\s+forKey:\\s*@(\"[^\"\\n]*\")\\s*]");
    private static final Pattern OBJECTS_AND_KEYS = Pattern.compile(
            "\\[\\s*([\\w.]+)\\s+dictionaryWithObjectsAndKeys:");
    /** The variable a dictionary is assigned to, right before it: {@code NSDictionary *paramsDict = }. */
    private static final Pattern ASSIGNED = Pattern.compile("([A-Za-z_]\\w*)\\s*=\\s*$");
    /** Receivers that keep the app's own state (user defaults, the keychain, an object's own keys), not a request's. */
    private static final Pattern OWN_STATE = Pattern.compile("(?i)self|.*defaults|.*keychain.*|.*store");
    /** How far the list of a {@code dictionaryWithObjectsAndKeys:} is read. */
    private static final int LIST_LENGTH = 4000;

    private ObjcDictionaries() {}

    static void scan(String text, List<Comment> comments, CodeFacts.Builder facts) {
        if (!text.contains("forKey:") && !text.contains("dictionaryWithObjectsAndKeys:")) {
            return;
        }
        List<CallFact> entries = new ArrayList<>();
        Matcher set = SET_FOR_KEY.matcher(text);
        while (set.find()) {
            if (!TextSpans.inComment(comments, set.start()) && !OWN_STATE.matcher(set.group(1)).matches()) {
                entry(entries, set.group(1), text, set.start(3), set.end(3), set.start(2), set.end(2),
                        new TextRange(set.start(), set.end()));
            }
        }
        Matcher list = OBJECTS_AND_KEYS.matcher(text);
        while (list.find()) {
            if (TextSpans.inComment(comments, list.start())) {
                continue;
            }
            // each dictionary is its own chain, named by the variable it is assigned to
            Matcher assigned = ASSIGNED.matcher(text.substring(Math.max(0, list.start() - 80), list.start()));
            String dictionary = assigned.find() ? assigned.group(1) : list.group(1) + "@" + list.start();
            List<int[]> items = items(text, list.end());
            for (int i = 0; i + 1 < items.size(); i += 2) {
                int[] value = items.get(i);
                int[] key = items.get(i + 1);
                if (text.startsWith("@\"", key[0]) && text.charAt(key[1] - 1) == '"' && key[1] - key[0] >= 3) {
                    entry(entries, dictionary, text, key[0] + 1, key[1], value[0], value[1],
                            new TextRange(list.start(), key[1]));
                }
            }
        }
        // a chain's calls stay in source order, as the other readers give them
        entries.sort(java.util.Comparator.comparingInt(c -> c.nameRange().start()));
        entries.forEach(facts::call);
    }

    private static void entry(List<CallFact> entries, String receiver, String text, int keyStart, int keyEnd,
                              int valueStart, int valueEnd, TextRange range) {
        TextRange keyRange = new TextRange(keyStart, keyEnd);
        TextRange valueRange = new TextRange(valueStart, valueEnd);
        String valueText = text.substring(valueStart, valueEnd);
        StringExpr value = valueText.startsWith("@\"") && valueText.endsWith("\"") && valueText.length() >= 3
                ? StringExpr.literal(valueText.substring(2, valueText.length() - 1), valueRange, "")
                : StringExpr.hole(valueText, valueRange, "");
        entries.add(new CallFact(receiver + ".set", receiver, List.of(
                StringExpr.literal(text.substring(keyStart + 1, keyEnd - 1), keyRange, ""), value),
                range, keyRange, "var:" + receiver, ""));
    }

    /**
     * The items of a comma-separated list starting at {@code from}, up to its {@code nil} or the closing bracket:
     * each item's start and end, blanks and comments before it trimmed; commas inside strings and brackets do not
     * split.
     */
    private static List<int[]> items(String text, int from) {
        List<int[]> items = new ArrayList<>();
        int depth = 0;
        int start = from;
        int limit = Math.min(text.length(), from + LIST_LENGTH);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '/' && (text.startsWith("//", i) || text.startsWith("/*", i))) {
                // a comment between the items is a blank
                int end = text.startsWith("//", i) ? text.indexOf('\n', i) : text.indexOf("*/", i + 2) + 1;
                if (end <= 0) {
                    break;
                }
                if (text.substring(start, i).isBlank()) {
                    start = end + 1;
                }
                i = end;
            } else if (c == '"') {
                int close = text.indexOf('"', i + 1);
                while (close > 0 && text.charAt(close - 1) == '\\') {
                    close = text.indexOf('"', close + 1);
                }
                if (close < 0) {
                    break;
                }
                i = close;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == ',' || c == ']' || c == ';')) {
                int[] item = TextSpans.trimmed(text, start, i);
                if (item == null || text.substring(item[0], item[1]).equals("nil")) {
                    break;
                }
                items.add(item);
                if (c != ',') {
                    break;
                }
                start = i + 1;
            }
        }
        return items;
    }
}

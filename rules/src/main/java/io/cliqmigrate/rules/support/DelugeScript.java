package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Deluge script holding a position, as Deluge reads it: the whole file, or inside a Cliq JSON export only the
 * {@code "script"} string around the position (the export's other handlers are other scripts, whose variables
 * are their own).
 */
record DelugeScript(CodeFacts facts, String text, int start, int end, boolean embedded) {

    /** One name as the script uses it: where it is written in {@link #text()}. */
    record Use(int start, int end) {}

    static DelugeScript around(CodeFacts facts, int offset) {
        String raw = facts.file().text();
        if (!facts.file().path().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return new DelugeScript(facts, raw, 0, raw.length(), false);
        }
        // a JSON string cannot hold a raw quote: the nearest unescaped quotes on either side are its ends
        int open = offset;
        while (open > 0 && !(raw.charAt(open - 1) == '"' && !escaped(raw, open - 1))) {
            open--;
        }
        int close = offset;
        while (close < raw.length() && !(raw.charAt(close) == '"' && !escaped(raw, close))) {
            close++;
        }
        return new DelugeScript(facts, facts.sourceText(new TextRange(open, close)), open, close, true);
    }

    private static boolean escaped(String raw, int quote) {
        int backslashes = 0;
        for (int i = quote - 1; i >= 0 && raw.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** Whether a file range lies in this script. */
    boolean holds(TextRange range) {
        return range.start() >= start && range.end() <= end;
    }

    /** Where a file offset (at a token's start) is in {@link #text()}. */
    int index(int offset) {
        return embedded ? facts.sourceText(new TextRange(start, offset)).length() : offset;
    }

    /** The file's line of a place in {@link #text()}: a JSON string, and so its script, is on one line. */
    int line(int index) {
        return facts.file().lines().line(embedded ? start : index);
    }

    /**
     * Every place the script names the variable (any case, as Deluge does not tell them apart), outside strings
     * and comments and not as a member ({@code input.r}).
     */
    List<Use> uses(String variable) {
        List<Use> uses = new ArrayList<>();
        int n = text.length();
        int i = 0;
        char previous = ';';
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                previous = c;
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                        || text.charAt(i) == '$')) {
                    i++;
                }
                if (previous != '.' && text.substring(start, i).equalsIgnoreCase(variable)) {
                    uses.add(new Use(start, i));
                }
                previous = 'a';
            } else {
                if (!Character.isWhitespace(c)) {
                    previous = c;
                }
                i++;
            }
        }
        return uses;
    }
}

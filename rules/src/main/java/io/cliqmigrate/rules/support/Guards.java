package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CodeFacts;

/**
 * Cheap whole-file checks a rule makes before its real work: a file that lacks every word a rule's shapes
 * need cannot give that rule a finding, so most candidate files cost each rule one text search.
 */
public final class Guards {
    private Guards() {}

    /** Whether the file's text holds one of the words, ASCII case-insensitively. */
    public static boolean mentionsAny(CodeFacts facts, String... lowerCaseWords) {
        String text = facts.file().lowerCaseAscii();
        for (String word : lowerCaseWords) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the file's text holds one of the words exactly. */
    public static boolean mentionsExactly(CodeFacts facts, String... words) {
        String text = facts.file().text();
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the file says authtoken, auth_token or auth-token (not counting Zoho-oauthtoken), itself or in a
     * constant of another file that its strings refer to.
     */
    public static boolean mentionsAuthtoken(CodeFacts facts) {
        return facts.answer("mentionsAuthtoken", Guards::findAuthtoken);
    }

    private static boolean findAuthtoken(CodeFacts facts) {
        if (saysAuthtokenInLowerCase(facts.file().lowerCaseAscii())) {
            return true;
        }
        for (io.cliqmigrate.core.code.StringExpr expr : facts.strings()) {
            if (hasRef(expr) && saysAuthtoken(facts.fold(expr).text())) {
                return true;
            }
        }
        for (io.cliqmigrate.core.code.CallFact call : facts.calls()) {
            for (io.cliqmigrate.core.code.StringExpr arg : call.args()) {
                if (hasRef(arg) && saysAuthtoken(facts.fold(arg).text())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasRef(io.cliqmigrate.core.code.StringExpr expr) {
        for (io.cliqmigrate.core.code.Part part : expr.parts()) {
            if (part instanceof io.cliqmigrate.core.code.Part.Ref) {
                return true;
            }
        }
        return false;
    }

    private static boolean saysAuthtoken(String text) {
        for (String word : AUTHTOKEN_WORDS) {
            for (int at = 0; at + word.length() <= text.length(); at++) {
                if (text.regionMatches(true, at, word, 0, word.length())
                        && (at == 0 || Character.toLowerCase(text.charAt(at - 1)) != 'o')) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] AUTHTOKEN_WORDS = {"authtoken", "auth_token", "auth-token", "auth.token"};

    private static boolean saysAuthtokenInLowerCase(String lower) {
        for (String word : AUTHTOKEN_WORDS) {
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                if (at == 0 || lower.charAt(at - 1) != 'o') {
                    return true;
                }
            }
        }
        return false;
    }
}

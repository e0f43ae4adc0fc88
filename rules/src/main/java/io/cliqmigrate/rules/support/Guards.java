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
        if (saysAuthtokenInLowerCase(facts.file().lowerCaseAscii())) {
            return true;
        }
        for (io.cliqmigrate.core.code.StringExpr expr : facts.strings()) {
            if (expr.parts().stream().anyMatch(p -> p instanceof io.cliqmigrate.core.code.Part.Ref)
                    && saysAuthtoken(facts.fold(expr).text())) {
                return true;
            }
        }
        for (io.cliqmigrate.core.code.CallFact call : facts.calls()) {
            for (io.cliqmigrate.core.code.StringExpr arg : call.args()) {
                if (arg.parts().stream().anyMatch(p -> p instanceof io.cliqmigrate.core.code.Part.Ref)
                        && saysAuthtoken(facts.fold(arg).text())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean saysAuthtoken(String text) {
        return saysAuthtokenInLowerCase(text.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean saysAuthtokenInLowerCase(String lower) {
        for (String word : new String[] {"authtoken", "auth_token", "auth-token"}) {
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                if (at == 0 || lower.charAt(at - 1) != 'o') {
                    return true;
                }
            }
        }
        return false;
    }
}

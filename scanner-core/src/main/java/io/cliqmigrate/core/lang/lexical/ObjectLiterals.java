package io.cliqmigrate.core.lang.lexical;

/**
 * Tells a JavaScript object literal ({@code new URLSearchParams({ authtoken, scope })}) from the same braces used
 * to take values apart ({@code const { authtoken } = opts}, {@code function f({ authtoken })},
 * {@code import { authtoken } from …}), where a shorthand name is no value sent anywhere.
 */
final class ObjectLiterals {
    /** Braces further apart than this are not read (a minified file); the name is then not taken for a value. */
    private static final int MAX_SPAN = 4000;

    private ObjectLiterals() {}

    /** Whether the shorthand property at {@code at} stands in an object literal that is a value. */
    static boolean isValue(String text, int at) {
        int open = enclosing(text, at);
        if (open < 0) {
            return false;
        }
        String before = text.substring(Math.max(0, open - 10), open).strip();
        if (before.endsWith("import") || before.endsWith("export") || before.endsWith("const")
                || before.endsWith("let") || before.endsWith("var")) {
            return false;
        }
        int close = matching(text, open);
        if (close < 0) {
            return false;
        }
        int next = skipBlanks(text, close + 1);
        if (next < text.length() && (text.charAt(next) == '=' && !text.startsWith("==", next)
                || text.charAt(next) == ':')) {
            return false; // ({ authtoken } = opts), ({ authtoken }: Options) =>
        }
        if (next < text.length() && text.charAt(next) == ')') {
            int after = skipBlanks(text, next + 1);
            return !(after < text.length() && (text.charAt(after) == '{' || text.charAt(after) == ':'
                    || text.startsWith("=>", after)));
        }
        return true;
    }

    /**
     * The variable a map literal around {@code at} is assigned to: {@code form} in {@code form = {"k": v}},
     * {@code $params = ['k' => v]}, {@code body = dict(k=v)}; {@code null} when it is not assigned.
     */
    static String assignedTo(String text, int at) {
        int open = at < 0 ? -1 : innermostOpen(text, at);
        if (open < 0) {
            return null;
        }
        if (text.charAt(open) == '(' && open >= 4 && text.startsWith("dict", open - 4)) {
            open -= 4;
        }
        int eq = open - 1;
        while (eq >= 0 && (text.charAt(eq) == ' ' || text.charAt(eq) == '\t')) {
            eq--;
        }
        if (eq < 1 || text.charAt(eq) != '=' || "=!<>".indexOf(text.charAt(eq - 1)) >= 0) {
            return null;
        }
        String name = nameBefore(text, eq);
        int outer = name.isEmpty() ? -1 : innermostOpen(text, text.lastIndexOf(name, eq));
        if (name.isEmpty() || outer >= 0 && text.charAt(outer) != '{') {
            return null; // data={…} inside a call is a keyword argument, not a variable
        }
        return name.startsWith("$") ? name.substring(1) : name; // PHP's $form is form

    }

    /** Whether the braces around {@code at} follow a type name ({@code ZohoClient { … }}, {@code &Config{ … }}). */
    static boolean isStructLiteral(String text, int at) {
        int open = innermostOpen(text, at);
        if (open < 0 || text.charAt(open) != '{') {
            return false;
        }
        String name = nameBefore(text, open);
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
    }

    /**
     * Types whose constructors take a request's own fields or a plain collection ({@code new URLSearchParams({…})},
     * {@code FormData(…)}, {@code HashMap(…)}, Scala's {@code Seq("authtoken" -> t)}): their entries are request
     * fields, not a client's options.
     */
    private static final java.util.regex.Pattern NOT_A_CLIENT = java.util.regex.Pattern.compile(
            "(?i)\\w*(?:Params|Parameters|Param|Query\\w*|Form\\w*|Headers|Body|Content|Entity|Request|Pair|Map|Dict"
                    + "|Dictionary|Hash|Object|Array|List|Seq|Vector|Set|Collection|Iterable|Some|Option|Struct|Tuple"
                    + "|Json\\w*|Uri|Url|UrlBuilder|Values|Data)");

    /**
     * The type whose constructor gets the keyword arguments or map literal around {@code at} as its options:
     * {@code ZohoClient} in {@code new ZohoClient(['authtoken' => $t])}, {@code ZohoCRM(authtoken=t)},
     * {@code ZohoClient.new(authtoken: t)} or {@code new ZohoCRM({ authtoken })}; {@code null} otherwise.
     */
    static String constructorTakingOptions(String text, int at) {
        int open = innermostOpen(text, at);
        if (open < 0) {
            return null;
        }
        int paren = open;
        if (text.charAt(open) != '(') {
            paren = open - 1; // a map literal handed straight to the call
            while (paren >= 0 && Character.isWhitespace(text.charAt(paren))) {
                paren--;
            }
            if (paren < 0 || text.charAt(paren) != '(') {
                return null;
            }
        }
        String type = nameBefore(text, paren);
        int typeStart = paren - type.length();
        if (type.equals("array")) {
            // PHP's new ZohoCRM(array('authtoken' => $t)): the array handed straight to the constructor
            int outer = typeStart - 1;
            while (outer >= 0 && Character.isWhitespace(text.charAt(outer))) {
                outer--;
            }
            if (outer < 0 || text.charAt(outer) != '(') {
                return null;
            }
            type = nameBefore(text, outer);
            typeStart = outer - type.length();
        }
        if (type.equals("new") && typeStart > 0 && text.charAt(typeStart - 1) == '.') {
            type = nameBefore(text, typeStart - 1); // Ruby's ZohoClient.new(…)
        }
        // a capitalised callee is a class (new ZohoClient(…), Python's ZohoCRM(…)); a lower-case one is a function
        boolean constructor = !type.isEmpty() && Character.isUpperCase(type.charAt(0));
        return constructor && !NOT_A_CLIENT.matcher(type).matches() ? type : null;
    }

    /** The identifier that ends right before {@code at}, blanks between allowed ({@code slack} in {@code slack {}). */
    static String nameBefore(String text, int at) {
        int end = at;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    /** Whether the innermost bracket around {@code at} is a {@code [} (a list or a Groovy map literal). */
    static boolean insideBrackets(String text, int at) {
        return innermostIs(text, at, '[');
    }

    /** Whether the innermost bracket around {@code at} is a {@code (}: an argument list. */
    static boolean insideParentheses(String text, int at) {
        return innermostIs(text, at, '(');
    }

    private static boolean innermostIs(String text, int at, char bracket) {
        int open = innermostOpen(text, at);
        return open >= 0 && text.charAt(open) == bracket;
    }

    private static int enclosing(String text, int at) {
        int open = innermostOpen(text, at);
        return open >= 0 && text.charAt(open) == '{' ? open : -1;
    }

    /** The innermost unclosed bracket of any kind before {@code at}, or -1. */
    static int innermostOpen(String text, int at) {
        int depth = 0;
        for (int i = at - 1; i >= 0 && i > at - MAX_SPAN; i--) {
            char c = text.charAt(i);
            if (c == '}' || c == ')' || c == ']') {
                depth++;
            } else if (c == '{' || c == '(' || c == '[') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    /**
     * Whether the list or map holding {@code at} is the pattern of a clause ({@code [authtoken: t, result: true] ->}
     * in an Elixir {@code case}): what it matches, not a value built and sent.
     */
    static boolean isClausePattern(String text, int at) {
        int open = innermostOpen(text, at);
        int close = open < 0 ? -1 : matching(text, open);
        if (close < 0) {
            return false;
        }
        int i = close + 1;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.startsWith("->", i) || text.startsWith("when ", i);
    }

    private static int matching(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length() && i < open + MAX_SPAN; i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ')' || c == ']') && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}

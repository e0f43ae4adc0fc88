package io.cliqmigrate.core.lang.lexical;

import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.SourceOffsets;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * How one language writes string literals: the prefixes that change a literal ({@code f"…"}, {@code $"…"},
 * {@code @"…"}, {@code s"…"}, {@code r"…"}), its escapes, and the values it interpolates. An interpolated value
 * becomes a hole, so {@code "…?authtoken=#{t}"} reads as a URL with an unknown token, not as a token written
 * {@code #{t}}. Languages without interpolation (Java, Deluge, JSON) keep plain backslash-escaped literals.
 */
final class StringDialect {

    /** The ways a value is written into a literal. */
    enum Interp {
        NONE,
        /** {@code #{expr}}: Ruby, CoffeeScript, Elixir. */
        HASH_BRACE,
        /** {@code ${expr}}: JavaScript template literals. */
        DOLLAR_BRACE,
        /** {@code ${expr}} and {@code $name}: Kotlin, Groovy, Scala. */
        DOLLAR,
        /** {@code $name}, {@code ${…}}, {@code $(…)}: shell. */
        SHELL,
        /** {@code $name}, {@code $a->b}, {@code $a['k']}, {@code {$…}}, {@code ${…}}: PHP. */
        PHP,
        /** {@code {expr}} with {@code {{} for a brace: Python f-strings, C# {@code $"…"}. */
        BRACE,
        /** {@code \(expr)}: Swift. */
        SWIFT
    }

    /** REGEX: a regular expression literal, whose escapes stay as written ({@code /AUTHTOKEN=(\\w+)/}). */
    enum Escapes { BACKSLASH, RAW, DOUBLED_QUOTE, REGEX }

    private static final java.util.Set<String> REGEX_LITERALS = java.util.Set.of("javascript", "typescript", "ruby",
            "coffeescript");

    /** One literal's form: where its content starts, what closes it, and how its content is read. */
    record Form(int contentStart, String close, Interp interp, Escapes escapes, boolean multiline) {}

    private final String language;
    private final LexicalSyntax syntax;
    private final boolean regexLiterals;
    /** Whether the language writes literals with a prefix at all (see {@link #prefixed}). */
    private final boolean prefixes;
    private static final java.util.Set<String> PREFIXED = java.util.Set.of("python", "csharp", "scala", "rust",
            "objectivec");

    StringDialect(String languageId, LexicalSyntax syntax) {
        this.language = languageId == null ? "" : languageId;
        this.syntax = syntax;
        this.regexLiterals = REGEX_LITERALS.contains(language);
        this.prefixes = PREFIXED.contains(language);
    }

    /** The form of a literal starting at {@code i} (at its prefix or quote), or {@code null} if none starts there. */
    Form formAt(String text, int i) {
        char c = text.charAt(i);
        if (c == '[' && language.equals("lua")) {
            Form longString = luaLongString(text, i);
            if (longString != null) {
                return longString;
            }
        }
        if (c == 'q' && language.equals("perl")) {
            Form quoteLike = perlQuoteLike(text, i);
            if (quoteLike != null) {
                return quoteLike;
            }
        }
        if (c == '/' && regexLiterals && regexAt(text, i)) {
            return new Form(i + 1, "/", language.equals("ruby") ? Interp.HASH_BRACE : Interp.NONE, Escapes.REGEX,
                    false);
        }
        // called for every character of a file: most are neither a quote nor the first letter of a prefix
        if (!prefixes || !(Character.isLetter(c) || c == '$' || c == '@' || c == '#')
                || i > 0 && Character.isJavaIdentifierPart(text.charAt(i - 1))) {
            return quoteAt(text, i) ? plain(text, i, i) : null;
        }
        int q = i;
        while (q < text.length() && q - i < 8 && (Character.isLetter(text.charAt(q)) || text.charAt(q) == '$'
                || text.charAt(q) == '@' || text.charAt(q) == '#' && language.equals("rust"))) {
            q++;
        }
        if (q == i) {
            return quoteAt(text, i) ? plain(text, i, i) : null;
        }
        if (!quoteAt(text, q)) {
            return null;
        }
        return prefixed(text, text.substring(i, q), q);
    }

    /**
     * Lua's long strings, {@code [[…]]} and {@code [==[…]==]}: no escapes, any line breaks. Not an index
     * ({@code t[k]}), which follows a name or a closing bracket.
     */
    private static Form luaLongString(String text, int i) {
        if (i > 0 && (Character.isJavaIdentifierPart(text.charAt(i - 1)) || text.charAt(i - 1) == ']'
                || text.charAt(i - 1) == ')')) {
            return null;
        }
        int j = i + 1;
        while (j < text.length() && text.charAt(j) == '=') {
            j++;
        }
        if (j >= text.length() || text.charAt(j) != '[') {
            return null;
        }
        return new Form(j + 1, "]" + "=".repeat(j - i - 1) + "]", Interp.NONE, Escapes.RAW, true);
    }

    /**
     * Perl's quote-like operators: {@code qq{…}} interpolates as {@code "…"} does, {@code q{…}} does not; the
     * delimiter is any of the brackets or {@code | / ! #}. Not a variable ({@code $q}) or a longer word.
     */
    private static Form perlQuoteLike(String text, int i) {
        if (i > 0 && (Character.isJavaIdentifierPart(text.charAt(i - 1)) || "$@%&".indexOf(text.charAt(i - 1)) >= 0)) {
            return null;
        }
        int j = i + 1;
        boolean interpolates = j < text.length() && text.charAt(j) == 'q';
        if (interpolates) {
            j++;
        }
        if (j >= text.length()) {
            return null;
        }
        String close = switch (text.charAt(j)) {
            case '{' -> "}";
            case '(' -> ")";
            case '[' -> "]";
            case '<' -> ">";
            case '|', '/', '!', '#' -> String.valueOf(text.charAt(j));
            default -> null;
        };
        return close == null ? null
                : new Form(j + 1, close, interpolates ? Interp.PHP : Interp.NONE, Escapes.BACKSLASH, true);
    }

    /** A slash opens a regular expression where a value is expected, not after an operand (a division). */
    private static boolean regexAt(String text, int i) {
        if (i + 1 >= text.length() || " /*=\n".indexOf(text.charAt(i + 1)) >= 0) {
            return false;
        }
        int b = i - 1;
        while (b >= 0 && (text.charAt(b) == ' ' || text.charAt(b) == '\t')) {
            b--;
        }
        return b < 0 || "(,=:[!&|?{};~\n".indexOf(text.charAt(b)) >= 0 || text.startsWith("return", b - 5);
    }

    private boolean quoteAt(String text, int i) {
        return i < text.length() && syntax.quotes().indexOf(text.charAt(i)) >= 0 && !lifetime(text, i)
                && !transpose(text, i) && !characterLiteral(text, i);
    }

    /**
     * A double quote written as a character, not opening a string: Clojure's {@code \"}, Erlang's {@code $"}, and
     * {@code '"'} in F#, Julia and Haskell, whose strings take only double quotes.
     */
    private boolean characterLiteral(String text, int i) {
        if (text.charAt(i) != '"' || i == 0) {
            return false;
        }
        char before = text.charAt(i - 1);
        return switch (language) {
            case "clojure" -> before == '\\';
            case "erlang" -> before == '$';
            case "fsharp", "julia", "haskell" -> before == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'';
            default -> false;
        };
    }

    /** MATLAB's transpose, {@code A'} and {@code x(1)'}: a quote right after an operand opens no string. */
    private boolean transpose(String text, int i) {
        return language.equals("matlab") && text.charAt(i) == '\'' && i > 0
                && (Character.isJavaIdentifierPart(text.charAt(i - 1)) || ")]}.'".indexOf(text.charAt(i - 1)) >= 0);
    }

    /** Rust's {@code &'static str} and {@code <'a>}: a quote before a name that no quote closes is no literal. */
    private boolean lifetime(String text, int i) {
        return language.equals("rust") && text.charAt(i) == '\'' && i + 2 < text.length()
                && Character.isLetter(text.charAt(i + 1)) && text.charAt(i + 2) != '\'';
    }

    private Form prefixed(String text, String prefix, int quote) {
        char q = text.charAt(quote);
        String lower = prefix.toLowerCase(java.util.Locale.ROOT);
        switch (language) {
            case "python" -> {
                if (lower.matches("[rbuf]{1,2}")) {
                    Form base = plain(text, quote, quote);
                    return new Form(base.contentStart, base.close, lower.contains("f") ? Interp.BRACE : Interp.NONE,
                            lower.contains("r") ? Escapes.RAW : Escapes.BACKSLASH, base.multiline);
                }
            }
            case "csharp" -> {
                if (q == '"' && prefix.matches("\\$|@|\\$@|@\\$")) {
                    boolean verbatim = prefix.contains("@");
                    return new Form(quote + 1, "\"", prefix.contains("$") ? Interp.BRACE : Interp.NONE,
                            verbatim ? Escapes.DOUBLED_QUOTE : Escapes.BACKSLASH, verbatim);
                }
            }
            case "scala" -> {
                if (q == '"' && prefix.matches("[A-Za-z]+")) {
                    Form base = plain(text, quote, quote);
                    return new Form(base.contentStart, base.close, Interp.DOLLAR, base.escapes, base.multiline);
                }
            }
            case "objectivec" -> {
                if (q == '"' && prefix.equals("@")) {
                    return plain(text, quote, quote); // @"…", an NSString
                }
            }
            case "rust" -> {
                if (q == '"' && prefix.matches("b?r#*")) {
                    String hashes = prefix.substring(prefix.indexOf('r') + 1);
                    return new Form(quote + 1, "\"" + hashes, Interp.NONE, Escapes.RAW, true);
                }
            }
            default -> {
                // no prefixed literals
            }
        }
        return null;
    }

    /** A literal without a prefix, starting at its quote. */
    private Form plain(String text, int start, int quote) {
        char q = text.charAt(quote);
        int quoteLen = syntax.tripleQuotes() && text.startsWith(String.valueOf(q).repeat(3), quote) ? 3 : 1;
        String close = String.valueOf(q).repeat(quoteLen);
        // 1C's strings go on over lines, each continued line starting with '|'
        boolean multiline = quoteLen == 3 || q == '`' || language.equals("bsl");
        // Visual Basic and 1C double a quote inside a string ("say ""hi"""); a backslash is just a character there
        Escapes escapes = q == '`' && language.equals("go") ? Escapes.RAW
                : language.equals("vb") || language.equals("bsl") ? Escapes.DOUBLED_QUOTE : Escapes.BACKSLASH;
        return new Form(quote + quoteLen, close, interpolation(q), escapes, multiline);
    }

    private Interp interpolation(char quote) {
        boolean dq = quote == '"';
        return switch (language) {
            case "ruby" -> dq || quote == '`' ? Interp.HASH_BRACE : Interp.NONE;
            case "elixir" -> Interp.HASH_BRACE;
            case "coffeescript" -> dq ? Interp.HASH_BRACE : Interp.NONE;
            case "javascript", "typescript" -> quote == '`' ? Interp.DOLLAR_BRACE : Interp.NONE;
            case "kotlin", "groovy" -> dq ? Interp.DOLLAR : Interp.NONE;
            case "dart" -> Interp.DOLLAR;
            case "hcl" -> Interp.DOLLAR_BRACE;
            case "perl" -> dq ? Interp.PHP : Interp.NONE;
            case "swift" -> dq ? Interp.SWIFT : Interp.NONE;
            case "php" -> dq ? Interp.PHP : Interp.NONE;
            case "shell", "powershell" -> dq ? Interp.SHELL : Interp.NONE;
            default -> Interp.NONE;
        };
    }

    /** Offset just past the literal's closing delimiter; an unterminated single-line literal ends at its line end. */
    int end(String text, Form form) {
        int i = form.contentStart;
        while (i < text.length()) {
            char c = text.charAt(i);
            int skip = interpolationEnd(text, i, form.interp);
            if (skip > i) {
                i = skip;
                continue;
            }
            if (form.escapes == Escapes.DOUBLED_QUOTE && text.startsWith("\"\"", i)) {
                i += 2;
                continue;
            }
            if (form.escapes == Escapes.REGEX && (c == '\\' || c == '[')) {
                i = c == '\\' ? i + 2 : classEnd(text, i); // a slash in [^/] does not end the expression
                continue;
            }
            // in a single-quoted literal only an escaped quote is an escape ('C:\' ends there)
            if (c == '\\' && form.escapes == Escapes.BACKSLASH && (form.close.charAt(0) != '\''
                    || i + 1 < text.length() && text.charAt(i + 1) == '\'')) {
                i += 2;
                continue;
            }
            if (!form.multiline && (c == '\n' || c == '\r')) {
                return i;
            }
            if (text.startsWith(form.close, i)) {
                return i + form.close.length();
            }
            i++;
        }
        return text.length();
    }

    /**
     * The literal between {@code start} (its prefix or quote) and {@code end} as parts: text pieces (unescaped)
     * and a hole per interpolated value. The first piece's range starts at the literal's start and the last ends
     * at its end, so the literal's extent is kept.
     */
    List<Part> parts(String text, int start, int end, Form form) {
        boolean closed = end - form.contentStart >= form.close.length() && text.startsWith(form.close,
                end - form.close.length()) && end - form.close.length() >= form.contentStart;
        int contentEnd = closed ? end - form.close.length() : end;
        return split(text, start, form.contentStart, contentEnd, end, form);
    }

    /** Parts of content between {@code from} and {@code to}; {@code outerStart}/{@code outerEnd} bound the ranges. */
    List<Part> split(String text, int outerStart, int from, int to, int outerEnd, Form form) {
        List<Part> parts = new ArrayList<>();
        SourceOffsets.Builder value = new SourceOffsets.Builder();
        int pieceStart = outerStart;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int hole = interpolationEnd(text, i, form.interp);
            if (hole > i) {
                hole = Math.min(hole, to);
                if (!value.isEmpty()) {
                    parts.add(new Part.Literal(value.value(), new TextRange(pieceStart, i), value.offsets()));
                    value.clear();
                }
                parts.add(new Part.Hole(holeText(text, i, hole, form.interp), new TextRange(i, hole)));
                pieceStart = hole;
                i = hole;
                continue;
            }
            if (form.interp == Interp.BRACE && (text.startsWith("{{", i) || text.startsWith("}}", i))) {
                value.add(c, i, i + 2);
                i += 2;
            } else if (form.escapes == Escapes.DOUBLED_QUOTE && text.startsWith("\"\"", i)) {
                value.add('"', i, i + 2);
                i += 2;
            } else if (c == '\\' && form.escapes == Escapes.REGEX && i + 1 < to) {
                value.addVerbatim(text, i, i + 2);
                i += 2;
            } else if (c == '\\' && form.escapes == Escapes.BACKSLASH && i + 1 < to) {
                value.add(escaped(text.charAt(i + 1)), i, i + 2);
                i += 2;
            } else {
                value.add(c, i, i + 1);
                i++;
            }
        }
        if (!value.isEmpty() || parts.isEmpty()) {
            parts.add(new Part.Literal(value.value(), new TextRange(pieceStart, outerEnd), value.offsets()));
        } else {
            Part last = parts.remove(parts.size() - 1);
            parts.add(new Part.Hole(((Part.Hole) last).text(), new TextRange(last.range().start(), outerEnd)));
        }
        return parts;
    }

    /** The character a backslash escape stands for. */
    static char escaped(char e) {
        return switch (e) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            default -> e;
        };
    }

    /** The value written into the literal at {@code i}: its source without the sigils and brackets. */
    private static String holeText(String text, int start, int end, Interp interp) {
        String raw = text.substring(start, end);
        String inner = raw.replaceFirst("^(?:#\\{|\\$\\{|\\{\\$|\\$\\(|\\\\\\(|\\{|\\$)", "");
        return inner.endsWith("}") || inner.endsWith(")") && raw.length() - inner.length() > 1
                ? inner.substring(0, inner.length() - 1) : inner;
    }

    /** Offset past an interpolation starting at {@code i}, or {@code i}. */
    private static int interpolationEnd(String text, int i, Interp interp) {
        if (interp == Interp.NONE || i + 1 >= text.length()) {
            return i;
        }
        char c = text.charAt(i);
        char next = text.charAt(i + 1);
        return switch (interp) {
            case HASH_BRACE -> c == '#' && next == '{' ? closing(text, i + 1) : i;
            case DOLLAR_BRACE -> c == '$' && next == '{' ? closing(text, i + 1) : i;
            case DOLLAR -> c != '$' ? i : next == '{' ? closing(text, i + 1) : name(text, i + 1, false);
            case SHELL -> c != '$' ? i : next == '{' || next == '(' ? closing(text, i + 1)
                    : "@*#?!-".indexOf(next) >= 0 || Character.isDigit(next) ? i + 2 : name(text, i + 1, false);
            case PHP -> c == '{' && next == '$' || c == '$' && next == '{' ? closing(text, c == '{' ? i : i + 1)
                    : c == '$' ? phpVariable(text, i) : i;
            case BRACE -> c == '{' && next != '{' ? closing(text, i) : i;
            case SWIFT -> c == '\\' && next == '(' ? closing(text, i + 1) : i;
            case NONE -> i;
        };
    }

    /** Past a name starting at {@code i}, or {@code i - 1} (no interpolation) when none starts there. */
    private static int name(String text, int i, boolean dotted) {
        if (i >= text.length() || !(Character.isLetter(text.charAt(i)) || text.charAt(i) == '_')) {
            return i - 1;
        }
        int e = i;
        while (e < text.length() && (Character.isJavaIdentifierPart(text.charAt(e)) && text.charAt(e) != '$'
                || dotted && text.charAt(e) == '.' && e + 1 < text.length() && Character.isLetter(text.charAt(e + 1)))) {
            e++;
        }
        return e;
    }

    /** {@code $name}, {@code $name->prop}, {@code $name['key']} or {@code $name[0]} inside a PHP string. */
    private static int phpVariable(String text, int i) {
        int e = name(text, i + 1, false);
        if (e < i + 1) {
            return i;
        }
        if (text.startsWith("->", e)) {
            int prop = name(text, e + 2, false);
            return prop > e + 2 ? prop : e;
        }
        if (e < text.length() && text.charAt(e) == '[') {
            int close = text.indexOf(']', e);
            return close > 0 && text.indexOf('"', e) > close ? close + 1 : e;
        }
        return e;
    }

    /** Past the {@code ]} of a regular expression's character class starting at {@code open}, or its line end. */
    private static int classEnd(String text, int open) {
        int i = open + 1;
        while (i < text.length() && text.charAt(i) != ']' && text.charAt(i) != '\n') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, text.length());
    }

    /** Past the bracket matching the one at {@code open}, stepping over nested brackets and quoted text. */
    private static int closing(String text, int open) {
        char o = text.charAt(open);
        char c = o == '(' ? ')' : '}';
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                return i; // unbalanced: the value ends with its line, so a stray brace cannot swallow the file
            }
            if (ch == '"' || ch == '\'') {
                int close = i + 1;
                while (close < text.length() && text.charAt(close) != ch && text.charAt(close) != '\n') {
                    close += text.charAt(close) == '\\' ? 2 : 1;
                }
                i = Math.min(close, text.length() - 1);
            } else if (ch == o) {
                depth++;
            } else if (ch == c && --depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }
}

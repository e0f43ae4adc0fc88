package io.cliqmigrate.core.lang.lexical;

import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Comment;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.SourceOffsets;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.code.ZohoHints;
import io.cliqmigrate.core.lang.Escapes;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language-agnostic, string- and comment-aware scanner. It finds string literals (joined per statement,
 * with unknown code between them as holes), comments, and {@code name = "value"} bindings, so the same rules
 * that read parsed Java can read any text file. It serves files that fail to parse and languages without a
 * parser of their own.
 */
public final class LexicalScanner {
    private static final String CONTINUATION = "+.,(&|?:[=\\";
    private static final int MAX_NAME_WINDOW = 200;
    /** A statement this long is data (a JSON array, a minified file): cut it so matching stays linear. */
    private static final int MAX_STATEMENT_PARTS = 64;

    private final LexicalSyntax syntax;
    /** Characters that may open a comment; only at these does the scanner look for a comment marker. */
    private final boolean[] commentStart = new boolean[128];

    /** Whether {@code f("key", v)} is recorded as a call; off for languages whose adapter finds calls itself. */
    private final boolean callPairs;

    public LexicalScanner(LexicalSyntax syntax) {
        this(syntax, true);
    }

    /** Rust and Go: {@code ZohoClient { auth_token: t }} builds a value of a type, not a request's fields. */
    private boolean structLiterals;
    /** Perl: a bare word before {@code =>} is a quoted key ({@code { authtoken => $t }}, {@code f(k => v)}). */
    private boolean perl;

    public LexicalScanner(LexicalSyntax syntax, boolean callPairs) {
        this.callPairs = callPairs;
        this.syntax = syntax;
        syntax.lineComments().forEach(m -> commentStart[m.charAt(0)] = true);
        syntax.blockComments().forEach(m -> commentStart[m[0].charAt(0)] = true);
    }

    public CodeFacts scan(SourceFile file, boolean fallback) {
        CodeFacts.Builder facts = CodeFacts.builder(file).fallback(fallback);
        scanInto(file, facts);
        return facts.build();
    }

    private static SourceFile masked(SourceFile file, String text) {
        return masked(file, text, file.languageId());
    }

    private static SourceFile masked(SourceFile file, String text, String languageId) {
        return new SourceFile(file.path(), languageId, text, file.charset(), file.bom());
    }

    /**
     * A page or template: its tags' attributes as markup (a form's fields, a {@code cfhttp} URL), the code in its
     * {@code <script>} elements and scriptlets as JavaScript-like code, and its prose not at all (a help text that
     * quotes an old URL sends nothing).
     */
    private void scanPage(SourceFile file, CodeFacts.Builder facts) {
        java.util.List<int[]> code = PageSegments.code(file.text());
        scanMarkup(code.isEmpty() ? file : masked(file, Masks.masked(file.text(), code, false)), facts, false);
        if (!code.isEmpty()) {
            new LexicalScanner(LexicalSyntax.C_LIKE_BACKTICK)
                    .scanCode(masked(file, Masks.masked(file.text(), code, true), "javascript"), facts);
        }
    }

    /** Adds what the scan finds to facts an adapter is building. */
    public void scanInto(SourceFile file, CodeFacts.Builder facts) {
        int stringsBefore = facts.strings().size();
        int commentsBefore = facts.comments().size();
        java.util.List<int[]> php = syntax.mode() == LexicalSyntax.Mode.CODE && "php".equals(file.languageId())
                ? PhpSegments.code(file.text()) : null;
        if (php != null) {
            // a page with PHP in it: the code as code, the HTML around it as markup, each at its own offsets
            scanCode(masked(file, Masks.masked(file.text(), php, true)), facts);
            new LexicalScanner(LexicalSyntax.MARKUP).scanPage(masked(file, Masks.masked(file.text(), php, false)),
                    facts);
        } else {
            switch (syntax.mode()) {
                case CODE -> {
                    scanCode(file, facts);
                    if ("objectivec".equals(file.languageId())) {
                        ObjcDictionaries.scan(file.text(), facts.comments().subList(commentsBefore,
                                facts.comments().size()), facts);
                    }
                }
                case SHELL -> {
                    scanCode(file, facts);
                    CurlForms.scan(file.text(), facts.comments().subList(commentsBefore, facts.comments().size()),
                            facts);
                }
                case KEY_VALUE, YAML -> scanKeyValue(file, facts);
                case MARKUP -> {
                    if ("html".equals(file.languageId())) {
                        scanPage(file, facts);
                    } else {
                        scanMarkup(file, facts);
                    }
                }
            }
        }
        // a module named for Zoho (zoho.py, zoho_api.rb, a settings template zoho.py.default) is Zoho's code, as a
        // settings file named so holds Zoho's settings
        String name = file.path().substring(file.path().replace('\\', '/').lastIndexOf('/') + 1);
        if (ZohoHints.namedForZoho(name) || ZohoHints.inZohoFolder(file.path()) || hasZohoHint(file.text(),
                facts.strings().subList(stringsBefore, facts.strings().size()),
                facts.comments().subList(commentsBefore, facts.comments().size()))) {
            facts.zohoHint("");
        }
    }

    /**
     * Zoho context for a file read lexically: a Zoho name in the code itself (an import, an identifier, a key),
     * or a literal that is a Zoho host or a Zoho-named setting. Comments and sentences in strings do not count.
     */
    public static boolean hasZohoHint(String text, List<StringExpr> strings, List<Comment> comments) {
        if (!ZohoHints.isHint(text)) {
            return false;
        }
        List<TextRange> literalRanges = new ArrayList<>();
        for (StringExpr expr : strings) {
            for (Part part : expr.parts()) {
                if (part instanceof Part.Literal literal) {
                    if (ZohoHints.isLiteralHint(literal.value())) {
                        return true;
                    }
                    literalRanges.add(literal.range());
                }
            }
        }
        List<TextRange> quiet = new ArrayList<>(literalRanges);
        for (Comment comment : comments) {
            if (ZohoHints.isLiteralHint(comment.text())) {
                return true; // a Zoho URL in a comment, like "# from https://accounts.zoho.com/apiauthtoken/…"
            }
            quiet.add(comment.range());
        }
        quiet.sort(null);
        for (int at = ZohoHints.firstHint(text, 0); at >= 0; at = ZohoHints.firstHint(text, at + 1)) {
            if (!inside(quiet, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(List<TextRange> sorted, int offset) {
        int lo = 0;
        int hi = sorted.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            TextRange r = sorted.get(mid);
            if (r.end() <= offset) {
                lo = mid + 1;
            } else if (r.start() > offset) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        // ranges may nest or overlap; fall back to a scan of the neighbours
        for (int i = Math.max(0, lo - 2); i < Math.min(sorted.size(), lo + 2); i++) {
            if (sorted.get(i).start() <= offset && offset < sorted.get(i).end()) {
                return true;
            }
        }
        return false;
    }

    /** Only the comments of a file. */
    public List<Comment> comments(SourceFile file) {
        List<Comment> comments = new ArrayList<>();
        String text = file.text();
        StringDialect dialect = new StringDialect(file.languageId(), syntax);
        int i = 0;
        while (i < text.length()) {
            int commentEnd = commentEnd(text, i);
            StringDialect.Form form;
            if (commentEnd > i) {
                comments.add(new Comment(text.substring(i, commentEnd), new TextRange(i, commentEnd)));
                i = commentEnd;
            } else if ((form = dialect.formAt(text, i)) != null) {
                i = Math.max(i + 1, dialect.end(text, form));
            } else {
                i++;
            }
        }
        return comments;
    }

    private void scanCode(SourceFile file, CodeFacts.Builder facts) {
        skippedFrom = -1;
        skippedTo = -1;
        String text = file.text();
        int n = text.length();
        Statement statement = new Statement(callPairs, "csharp".equals(file.languageId()),
                "r".equals(file.languageId()));
        statement.joinsLines = syntax.mode() == LexicalSyntax.Mode.CODE;
        StringDialect dialect = new StringDialect(file.languageId(), syntax);
        boolean shorthand = "javascript".equals(file.languageId()) || "typescript".equals(file.languageId());
        structLiterals = "rust".equals(file.languageId()) || "go".equals(file.languageId());
        perl = "perl".equals(file.languageId());
        boolean python = "python".equals(file.languageId());
        boolean dockerfile = syntax.mode() == LexicalSyntax.Mode.SHELL && ShellAssignments.isDockerfile(file.path());
        HereDocuments hereDocuments = HereDocuments.of(file.languageId(), syntax);
        // Groovy configuration (Grails Config.groovy, Gradle): slack { token = '…' } is slack.token
        ConfigBlocks blocks = "groovy".equals(file.languageId()) || "hcl".equals(file.languageId())
                ? new ConfigBlocks() : null;
        int parens = 0;
        int objectBraces = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (hereDocuments != null && hereDocuments.bodyAt(i)) {
                // each body line is a literal of its own statement
                statement.flush(facts);
                i = hereDocuments.readBody(text, (from, to) -> {
                    statement.literal(text, from, to, List.of(new Part.Literal(text.substring(from, to),
                            new TextRange(from, to))), facts);
                    statement.flush(facts);
                    return to;
                });
                continue;
            }
            if (hereDocuments != null && c == '<') {
                int opened = hereDocuments.open(text, i);
                if (opened > i) {
                    i = opened;
                    continue;
                }
            }
            int commentEnd = commentEnd(text, i);
            if (commentEnd > i) {
                facts.comment(new Comment(text.substring(i, commentEnd), new TextRange(i, commentEnd)));
                i = commentEnd;
                continue;
            }
            StringDialect.Form form = dialect.formAt(text, i);
            if (form != null) {
                int end = dialect.end(text, form);
                if (python && parens == 0 && objectBraces == 0 && docstring(text, i, end, form)) {
                    // documentation, not data: its example URLs and transcripts are read as a comment's
                    facts.comment(new Comment(text.substring(i, end), new TextRange(i, end)));
                    i = end;
                    continue;
                }
                statement.literal(text, i, end, dialect.parts(text, i, end, form), facts);
                i = end;
                continue;
            }
            if (syntax.mode() == LexicalSyntax.Mode.SHELL) {
                int assigned = ShellAssignments.read(text, i, dockerfile, "make".equals(file.languageId()), facts);
                if (assigned > i) {
                    i = assigned;
                    continue;
                }
                int end = bareUrlEnd(text, i);
                if (end > i) {
                    statement.literal(text, i, end, List.of(new Part.Literal(text.substring(i, end),
                            new TextRange(i, end))), facts);
                    i = end;
                    continue;
                }
            }
            if (c == '(' && syntax.mode() == LexicalSyntax.Mode.CODE) {
                parens++;
            } else if (c == ')') {
                parens = Math.max(0, parens - 1);
            }
            // inside a call's parentheses a brace or a line end does not end the statement, so a request's URL
            // and the map it sends ({"auth_token": t}, { method: "POST", body }) are read together
            if (c == '{' && syntax.mode() == LexicalSyntax.Mode.CODE && parens == 0 && opensValue(text, i)) {
                objectBraces++; // form = { … }: an object or map literal, not a block
            }
            boolean inValue = objectBraces > 0 && (c == '{' || c == '}' || c == '\n');
            if (c == '}' && objectBraces > 0 && parens == 0) {
                objectBraces--;
            }
            boolean inCall = parens > 0 && (c == '{' || c == '}' || c == '\n') || inValue;
            if (!inCall && (c == ';' || c == '{' || c == '}' || c == '\n' && !continues(text, i))) {
                statement.flush(facts);
                parens = 0;
                objectBraces = 0;
                if (blocks != null && (c == '{' || c == '}')) {
                    statement.blockPrefix = blocks.enter(text, i);
                }
            } else if (!Character.isWhitespace(c) && c != '{' && c != '}' || inCall && c != '\n') {
                if (callPairs && (Character.isLetter(c) || c == '_') && (i == 0
                        || !Character.isJavaIdentifierPart(text.charAt(i - 1)))) {
                    namedArgument(text, i, facts, shorthand, statement);
                    constantKey(file, i, facts, statement);
                }
                statement.code(text, i);
            }
            i++;
        }
        statement.flush(facts);
    }

    /**
     * A keyword argument or an object key written as a bare name, {@code CRMClient(auth_token=token)} or
     * {@code { authtoken: token }}, recorded as a key/value call like a quoted key would be. Only names that a
     * rule could care about (auth, token, scope, password, secret, the generator's EMAIL_ID) are kept.
     */
    private void namedArgument(String text, int start, CodeFacts.Builder facts, boolean shorthand,
                               Statement statement) {
        int end = start;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
            end++;
        }
        String name = text.substring(start, end);
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (!(lower.contains("auth") || lower.contains("token") || lower.contains("scope") || lower.contains("pass")
                || lower.contains("secret") || lower.equals("email_id"))) {
            return;
        }
        int before = codeBefore(text, start);
        int after = end;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        if (before < 0 || after >= text.length()) {
            return;
        }
        char open = text.charAt(before);
        char sep = text.charAt(after);
        if (shorthand && (open == '{' || open == ',') && (sep == ',' || sep == '}')
                && name.toLowerCase(java.util.Locale.ROOT).matches("auth_?token") && ObjectLiterals.isValue(text, start)) {
            // { authtoken, scope: "crmapi" }: the property is named after the variable that holds its value
            TextRange keyRange = new TextRange(start, end);
            String call = Pairs.entryName(text, start);
            facts.call(new io.cliqmigrate.core.code.CallFact(call, Pairs.receiver(call, text, start), List.of(
                    StringExpr.literal(name, keyRange, ""), StringExpr.hole(name, keyRange, "")), keyRange, keyRange,
                    statement.pairAt(start), ""));
            return;
        }
        // after a comma only inside a call's parentheses: "org_id, auth_token = credentials" unpacks a pair
        boolean keyword = sep == '=' && (open == '(' || open == ',' && ObjectLiterals.insideParentheses(text, start))
                && !text.startsWith("==", after) && !text.startsWith("=>", after);
        // Ruby keyword arguments (set_form_data(authtoken: t)) read like object keys; elsewhere "(name: Type" is
        // a typed parameter (Kotlin, TypeScript, Swift)
        boolean rubyKeyword = open == '(' && syntax == LexicalSyntax.HASH;
        // [authtoken: t, scope: 'crmapi'] is a Groovy map; CoffeeScript has no ternary ':', so any name: is a key
        boolean mapLiteral = open == '[' || open == ',' && ObjectLiterals.insideBrackets(text, start);
        boolean coffee = syntax == LexicalSyntax.COFFEE;
        boolean objectKey = sep == ':' && (open == '{' || open == ',' && syntax != LexicalSyntax.KOTLIN_LIKE
                || rubyKeyword || mapLiteral || coffee) && !text.startsWith("::", after)
                && !(structLiterals && ObjectLiterals.isStructLiteral(text, start));
        // Ruby symbol keys: { :PASSWORD => password }
        boolean rubySymbol = syntax == LexicalSyntax.HASH && open == ':' && before > 0
                && text.charAt(before - 1) != ':' && text.startsWith("=>", after);
        objectKey |= rubySymbol;
        boolean perlPair = perl && text.startsWith("=>", after) && (open == '{' || open == ',' || open == '(');
        objectKey |= perlPair;
        // qs.authtoken = t, params.authtoken = t: a field of a request's query or form
        String member = open == '.' && sep == '=' && !text.startsWith("==", after) && !text.startsWith("=>", after)
                && lower.matches("auth_?token") ? Pairs.memberContainer(text, before) : null;
        // Ruby's params[:authtoken] = t and options[:authtoken] ||= t: a request's field under a symbol key
        int indexedValue = syntax == LexicalSyntax.HASH && open == ':' && before > 0
                && text.charAt(before - 1) == '[' && sep == ']' ? assignedAfter(text, after + 1) : -1;
        String indexed = indexedValue >= 0 ? Pairs.indexContainer(text, start) : null;
        if (!keyword && !objectKey && member == null && indexed == null
                || syntax == LexicalSyntax.ELIXIR && ObjectLiterals.isClausePattern(text, start)) {
            return;
        }
        int valueStart = indexed != null ? indexedValue : after + (rubySymbol || perlPair ? 2 : 1);
        while (valueStart < text.length() && (text.charAt(valueStart) == ' ' || text.charAt(valueStart) == '\t')) {
            valueStart++;
        }
        int valueEnd = valueStart;
        int depth = 0;
        while (valueEnd < text.length()) {
            char v = text.charAt(valueEnd);
            if (v == '(' || v == '[' || v == '{') {
                depth++;
            } else if (v == ')' || v == ']' || v == '}') {
                if (depth-- == 0) {
                    break;
                }
            } else if ((v == ',' || v == '\n' || v == ';') && depth == 0) {
                break;
            }
            valueEnd++;
        }
        // a quoted value is a binding already, but not under a symbol index: req.params[:authtoken] = "#{t}"
        if (valueEnd <= valueStart || indexed == null
                && (text.charAt(valueStart) == '"' || text.charAt(valueStart) == '\'')) {
            return;
        }
        if (objectKey && TYPE_NAME.matcher(text.substring(valueStart, valueEnd).trim()).matches()) {
            return; // "authtoken: string" is a typed parameter or field, not a value
        }
        if (NO_VALUE.matcher(text.substring(valueStart, valueEnd).trim()).matches()) {
            return; // a property declared empty (class Zoho: authToken: null) or a method sends nothing
        }
        TextRange keyRange = new TextRange(start, end);
        StringExpr key = StringExpr.literal(name, keyRange, "");
        StringExpr value = StringExpr.hole(text.substring(valueStart, valueEnd).trim(),
                new TextRange(valueStart, valueEnd), "");
        String call = member != null ? member : indexed != null ? indexed : perlPair ? perlContainer(text, start)
                : objectKey ? Pairs.entryName(text, start) : Pairs.keywordContainer(text, start, name);
        facts.call(new io.cliqmigrate.core.code.CallFact(call, Pairs.receiver(call, text, start), List.of(key, value),
                new TextRange(start, valueEnd), keyRange, statement.pairAt(start), ""));
    }

    /** Past the {@code =} or {@code ||=} of an assignment starting at {@code from} (blanks first), or -1. */
    private static int assignedAfter(String text, int from) {
        int at = Pairs.skipSpaces(text, from);
        if (text.startsWith("||=", at)) {
            return at + 3;
        }
        return at < text.length() && text.charAt(at) == '=' && !text.startsWith("==", at)
                && !text.startsWith("=>", at) ? at + 1 : -1;
    }

    /** A cookie's, a session's or a cache's entry ({@code Cookies.set(}, {@code session[}): it sends nothing. */
    /** A line holding only an entry's quoted key, its value on the next line: {@code "authtoken":}. */
    private static final Pattern WRAPPED_KEY = Pattern.compile("\\s*[{,]?\\s*([\"'])[^\"'\\n]{1,80}\\1\\s*(?::|=>)");
    private static final Pattern KEPT_UNDER = Pattern.compile(
            "(?i)(?:cookies?|session|storage|cache)\\w*(?:\\s*\\.\\s*\\w+\\s*\\(|\\s*\\[)\\s*$");

    /**
     * A constant written where a key goes, {@code .queryParam(AUTH_KEY, token)}, {@code [self::PASSWORD => $p]}:
     * read as a key of the value the file bound it to, so the pair is reported where it is used, as a quoted key
     * would be. The key refers to the constant, so a fix knows the text written there is not the value.
     */
    private void constantKey(SourceFile file, int start, CodeFacts.Builder facts, Statement statement) {
        if (statement.constants.isEmpty()) {
            return;
        }
        String text = file.text();
        int end = start;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
            end++;
        }
        Binding constant = statement.constants.get(text.substring(start, end));
        if (constant == null || constant.nameRange().start() == start) {
            return;
        }
        // a member of something else (obj.KEY) is another value; self::KEY and static::KEY are the class's own
        String before = text.substring(Math.max(0, start - 8), start);
        if (before.endsWith(".")
                || before.endsWith("::") && !before.endsWith("self::") && !before.endsWith("static::")) {
            return;
        }
        if (KEPT_UNDER.matcher(text.substring(Math.max(0, start - 60), start)).find()) {
            return;
        }
        int after = Pairs.skipSpaces(text, end);
        boolean keyPlace = after < text.length() && (text.charAt(after) == ',' || text.charAt(after) == ']'
                || text.charAt(after) == ':' && !text.startsWith("::", after) || text.startsWith("=>", after));
        if (!keyPlace) {
            return;
        }
        facts.local(new io.cliqmigrate.core.code.Constant(constant.name(), constant.value(), file.path(),
                constant.nameRange(), file.lines().line(constant.nameRange().start())));
        TextRange range = new TextRange(start, end);
        statement.pairs.literal(text, start, end, new StringExpr(List.of(new Part.Ref(List.of(constant.name()),
                constant.name(), range)), range, ""), facts, callPairs);
    }

    /**
     * The call whose argument list a Perl pair is written in ({@code $uri->query_form(authtoken => $t)}), or the
     * hash's entry otherwise ({@code $ua->post($url, { authtoken => $t })}).
     */
    private static String perlContainer(String text, int start) {
        int open = ObjectLiterals.innermostOpen(text, start);
        if (open < 0 || text.charAt(open) != '(') {
            return Pairs.entryName(text, start);
        }
        int end = open;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isJavaIdentifierPart(text.charAt(begin - 1))) {
            begin--;
        }
        return begin < end ? text.substring(begin, end) : "entry";
    }

    /** Whether the brace at {@code at} opens a value ({@code = {}, {@code return {}), not a block. */
    private boolean opensValue(String text, int at) {
        int before = codeBefore(text, at);
        return before >= 0 && ("=:(,[".indexOf(text.charAt(before)) >= 0 && !text.startsWith("=>", before - 1)
                || text.startsWith("return", before - 5));
    }

    /** The last code character before {@code at}, skipping blanks and whole comment lines; -1 if none. */
    private int codeBefore(String text, int at) {
        int before = at - 1;
        while (true) {
            while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
                before--;
            }
            int lineStart = text.lastIndexOf('\n', before) + 1;
            int first = lineStart;
            while (first <= before && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
                first++;
            }
            if (before < 0 || first > before || commentEnd(text, first) <= first) {
                return before;
            }
            before = lineStart - 1;
        }
    }

    private static final Pattern NO_VALUE = Pattern.compile("null|nil|None|undefined|(?:\\([^)]*\\)\\s*)?[-=]>.*");
    /**
     * A type after a name and a colon ({@code authtoken: string}); a constant in capitals that names a credential
     * ({@code authtoken: AUTH_TOKEN}, {@code { authtoken: TOKEN }}) is a value, not a type.
     */
    private static final Pattern TYPE_NAME = Pattern.compile("(?![A-Z0-9_]*(?:_|TOKEN|KEY|AUTH|SECRET|PASS)[A-Z0-9_]*\\b)"
            + "(?:string|number|boolean|any|unknown|str|int|bool|[A-Z][A-Za-z0-9_]*)(?:\\?|\\[\\])?(?:\\s*[=)].*)?");
    /** An unquoted URL word in a shell command ({@code curl https://…}): the offset past it, or {@code i}. */
    private static int bareUrlEnd(String text, int i) {
        if (!(text.startsWith("http://", i) || text.startsWith("https://", i))
                || i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && "=(".indexOf(text.charAt(i - 1)) < 0) {
            return i;
        }
        int end = i;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && "\"'`;|)<>".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    private int commentEnd(String text, int i) {
        char c = text.charAt(i);
        if (c >= 128 || !commentStart[c]) {
            return i;
        }
        for (String[] block : syntax.blockComments()) {
            // F#'s (*) is the multiplication operator in parentheses, not a comment's start
            if (text.startsWith(block[0], i) && !(block[0].equals("(*") && text.startsWith(")", i + 2))) {
                int end = text.indexOf(block[1], i + block[0].length());
                return end < 0 ? text.length() : end + block[1].length();
            }
        }
        for (String marker : syntax.lineComments()) {
            if (text.startsWith(marker, i) && (!marker.equals("#") || i == 0
                    || Character.isWhitespace(text.charAt(i - 1)) || "(;{".indexOf(text.charAt(i - 1)) >= 0)) {
                int end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
                return end > 0 && text.charAt(end - 1) == '\r' ? end - 1 : end;
            }
        }
        return i;
    }

    /** Where the last skip over blanks and comments ({@link #nextCode}) started and ended. */
    private int skippedFrom = -1;
    private int skippedTo = -1;

    /**
     * The first character at or after {@code from} that is neither blank nor in a comment: a comment on a line of its
     * own between two operands ({@code "a" // note \n + "b"}) does not end the statement. Asked at every line end,
     * so a run of comment lines is skipped once, not once per line.
     */
    private int nextCode(String text, int from) {
        if (from >= skippedFrom && from <= skippedTo && skippedFrom >= 0) {
            return skippedTo;
        }
        int after = from;
        while (after < text.length()) {
            int skip = Character.isWhitespace(text.charAt(after)) ? after + 1 : commentEnd(text, after);
            if (skip == after) {
                break;
            }
            after = skip;
        }
        skippedFrom = from;
        skippedTo = after;
        return after;
    }

    /**
     * Whether a Python triple-quoted string stands alone as a statement, as a docstring does: alone on its lines, after
     * a statement that ended (comment lines between do not count) or after a {@code def} or {@code class} header,
     * also one written over several lines; not as a value ({@code x = """…"""}, an argument, a list's or a
     * dictionary's entry).
     */
    static boolean docstring(String text, int start, int end, StringDialect.Form form) {
        if (form.close().length() != 3 || form.contentStart() - start != 3) {
            return false; // a prefixed literal (f"""…""", r"""…""") is the program's own text
        }
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        if (!text.substring(lineStart, start).isBlank()) {
            return false;
        }
        int lineEnd = text.indexOf('\n', end);
        String after = text.substring(end, lineEnd < 0 ? text.length() : lineEnd).strip();
        if (!after.isEmpty() && !after.startsWith("#")) {
            return false;
        }
        int before = Pairs.beforeBlanksAndCommentLines(text, lineStart);
        if (before < 0) {
            return true;
        }
        char last = text.charAt(before);
        if ("=([{,+\\%".indexOf(last) >= 0) {
            return false;
        }
        return last != ':' || definitionHeader(text, before);
    }

    /** Whether the ':' at {@code colon} ends a {@code def} or {@code class} header, on one line or over several. */
    private static boolean definitionHeader(String text, int colon) {
        int headerStart = text.lastIndexOf('\n', colon) + 1;
        if (DEFINITION.matcher(text.substring(headerStart, colon)).lookingAt()) {
            return true;
        }
        // def send(url,\n         token) -> str:  the parameters' ')' leads back to the line of the def
        int close = text.lastIndexOf(')', colon);
        if (close < headerStart) {
            return false;
        }
        int depth = 0;
        for (int i = close; i >= 0 && i > close - 2000; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                int openLine = text.lastIndexOf('\n', i) + 1;
                return DEFINITION.matcher(text.substring(openLine, i)).lookingAt();
            }
        }
        return false;
    }

    private static final Pattern DEFINITION = Pattern.compile("\\s*(?:async\\s+)?(?:def|class)\\s");

    /** A line break inside an expression: the line ends or the next one starts with an operator. */
    private boolean continues(String text, int newline) {
        int before = newline - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t' || text.charAt(before) == '\r')) {
            before--;
        }
        if (before >= 0 && CONTINUATION.indexOf(text.charAt(before)) >= 0) {
            return true;
        }
        int after = nextCode(text, newline + 1);
        return after < text.length() && "+.)&|?:]".indexOf(text.charAt(after)) >= 0
                && !text.startsWith("...", after);
    }

    /**
     * A setting's value as {@link #addValue} reads it, with where each character is written: a backslash at a line
     * end joins the next line without its leading blanks, and other backslash escapes are read when {@code escapes}.
     */
    private static SourceOffsets.Builder settingValue(String text, int from, int to, boolean escapes) {
        SourceOffsets.Builder out = new SourceOffsets.Builder();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < to && (text.charAt(i + 1) == '\n' || text.startsWith("\r\n", i + 1))) {
                i++;
                while (i < to && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
            } else if (c == '\\' && escapes && i + 1 < to) {
                out.add(StringDialect.escaped(text.charAt(i + 1)), i, i + 2);
                i += 2;
            } else {
                out.add(c, i, i + 1);
                i++;
            }
        }
        return out;
    }

    private static String unescape(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= raw.length()) {
                sb.append(c);
                continue;
            }
            sb.append(StringDialect.escaped(raw.charAt(++i)));
        }
        return sb.toString();
    }

    /** Whether only a colon stands between the name ending at {@code end} and its value ({@code name: "x"}). */
    private static boolean boundByColon(String text, int end, int value) {
        return value > end && value - end < 40 && COLON_ONLY.matcher(text.substring(end, value)).matches();
    }

    private static final java.util.regex.Pattern COLON_ONLY = java.util.regex.Pattern.compile("[\"']?\\s*:\\s*");

    /** The literals of one statement, with the code between them as holes. */
    private static final class Statement {
        private final boolean callPairs;

        /** Whether a backslash before a line break continues an expression (code; in a shell it separates words). */
        boolean joinsLines = true;

        Statement(boolean callPairs, boolean initialisers, boolean quotedNamedArguments) {
            this.callPairs = callPairs;
            this.pairs = new Pairs(initialisers, quotedNamedArguments, this::pairAt);
        }

        private int id;
        private boolean paired;
        /** Variables that hold key/value maps ({@code form = {"auth_token": t}}), with the chain of their pairs. */
        private final java.util.Map<String, String> mapChains = new java.util.HashMap<>();
        private static final Pattern WORD = Pattern.compile("[A-Za-z_]\\w*");

        /**
         * A statement that sends a map read earlier ({@code requests.post(url, data=form)}) joins that map's chain,
         * so its URL tells whose request the pairs are for.
         */
        private void sentMaps(CodeFacts.Builder facts, StringExpr statementText) {
            if (mapChains.isEmpty() || statementStart < 0) {
                return;
            }
            int end = statementText.range().end();
            Matcher word = WORD.matcher(lastText).region(statementStart, Math.max(statementStart,
                    Math.min(lastText.length(), Math.max(end, codeEnd))));
            java.util.Set<String> joined = new java.util.HashSet<>();
            while (word.find()) {
                String chain = mapChains.get(word.group());
                if (chain != null && !chain.equals("lexical:s" + id) && joined.add(chain)
                        && !insideLiteral(word.start())) {
                    facts.call(new io.cliqmigrate.core.code.CallFact("statement", "", List.of(statementText),
                            statementText.range(), statementText.range(), chain, ""));
                }
            }
        }

        private boolean insideLiteral(int at) {
            for (Part part : parts) {
                if (part instanceof Part.Literal && part.range().start() <= at && at < part.range().end()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The chain of the key/value calls read from this statement (the first at {@code position}). When there are
         * any, the statement's own text
         * joins that chain at its end (see {@link #flush}), so a rule sees the URL the pairs are sent to:
         * {@code requests.post("https://api.hipchat.com/…", data={"auth_token": t})} is not a Zoho request.
         */
        String pairAt(int position) {
            if (!paired || position < firstPair) {
                firstPair = position;
            }
            paired = true;
            return "lexical:s" + id;
        }

        private int firstPair = -1;

        /** The named blocks around the statement, {@code slack.} in {@code slack { token = '…' }}, or "". */
        String blockPrefix = "";

        private final List<Part> parts = new ArrayList<>();
        private int lastEnd = -1;
        private int codeStart = -1;
        private int codeEnd = -1;
        private int statementStart = -1;
        private boolean holePending;
        private boolean separated;

        private String lastText = "";
        private final Pairs pairs;
        /** Names bound to a plain literal earlier in the file (the first binding wins), by name. */
        private final java.util.Map<String, Binding> constants = new java.util.HashMap<>();

        /**
         * The code between two literals (or after the last one) as a hole; when it is just a name joined by
         * {@code +} or {@code .}, the hole's text is that name, so a language adapter can resolve it.
         */
        private static Part.Hole operand(String text, int start, int end, boolean between) {
            int s = start;
            int e = end;
            while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '+' || text.charAt(s) == '.')) {
                s++;
            }
            while (between && e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '+'
                    || text.charAt(e - 1) == '.')) {
                e--;
            }
            int nameEnd = s;
            while (nameEnd < e && (Character.isJavaIdentifierPart(text.charAt(nameEnd)) || text.charAt(nameEnd) == '.')) {
                nameEnd++;
            }
            if (nameEnd > s && (nameEnd == e || !between && !Character.isJavaIdentifierPart(text.charAt(nameEnd))
                    && text.charAt(nameEnd) != '(')) {
                return new Part.Hole(text.substring(s, nameEnd), new TextRange(s, nameEnd));
            }
            return new Part.Hole(text.substring(start, end), new TextRange(start, end));
        }

        /** The names joined by {@code +} in front of the first literal: {@code A.B + c + "…"} gives A.B and c. */
        private static List<Part.Hole> leadingOperands(String text, int start, int end) {
            List<Part.Hole> operands = new ArrayList<>();
            int e = end;
            while (true) {
                while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e <= start || text.charAt(e - 1) != '+') {
                    break;
                }
                e--;
                while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                int s = e;
                while (s > start && (Character.isJavaIdentifierPart(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
                    s--;
                }
                if (s == e) {
                    break;
                }
                operands.add(0, new Part.Hole(text.substring(s, e), new TextRange(s, e)));
                e = s;
            }
            return operands;
        }

        void code(String text, int i) {
            lastText = text;
            char ch = text.charAt(i);
            // "getRecords?" \ (newline) "authtoken=…": a line continuation joins adjacent literals (Ruby, Python);
            // a shell's arguments are not code (see scanCode)
            if (joinsLines && ch == '\\' && i + 1 < text.length()
                    && (text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r')) {
                return;
            }
            if (ch != '+' && ch != '.') {
                separated = true; // "a": "b" or "a", "b" are two values, not one string
            }
            if (statementStart < 0) {
                statementStart = i;
            }
            if (codeStart < 0) {
                codeStart = i;
            }
            codeEnd = i + 1;
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '(' || c == '[') {
                holePending = true;
            }
        }

        void literal(String text, int start, int end, List<Part> pieces, CodeFacts.Builder facts) {
            if (parts.size() >= MAX_STATEMENT_PARTS) {
                flush(facts);
            }
            if (statementStart < 0) {
                statementStart = start;
            }
            if ((holePending || separated) && lastEnd >= 0) {
                parts.add(operand(text, codeStart, codeEnd, true));
            } else if (holePending && lastEnd < 0) {
                // "BASE + "/x"": a name concatenated in front of the first literal is part of the value
                parts.addAll(leadingOperands(text, codeStart, codeEnd));
            }
            TextRange range = new TextRange(start, end);
            parts.addAll(pieces);
            StringExpr value = new StringExpr(pieces, range, "");
            // the name a value is bound to stands just before it, on the same line
            // (a bounded look-back: on a one-line minified file an unbounded one is quadratic)
            int lineStart = start;
            while (lineStart > 0 && lineStart > start - MAX_NAME_WINDOW && text.charAt(lineStart - 1) != '\n') {
                lineStart--;
            }
            TextRange name = boundName(text, lineStart, start);
            if (name == null && lineStart > 0 && text.substring(lineStart, start).isBlank()) {
                // const code =
                //   "1000.…";  the value alone on the line after its name
                int previousStart = lineStart - 1;
                while (previousStart > 0 && previousStart > lineStart - MAX_NAME_WINDOW
                        && text.charAt(previousStart - 1) != '\n') {
                    previousStart--;
                }
                int previousEnd = lineStart - 1;
                if (previousEnd > 0 && text.charAt(previousEnd - 1) == '\r') {
                    previousEnd--;
                }
                String previous = text.substring(previousStart, previousEnd).stripTrailing();
                // "integration.request.querystring.authtoken":\n "'…'" and 'authtoken' =>\n '…': a quoted key's
                // value wrapped onto the next line
                if (previous.endsWith("=") && !previous.endsWith("==") && !previous.endsWith("!=")
                        || WRAPPED_KEY.matcher(previous).matches()) {
                    name = boundName(text, previousStart, previousStart + previous.length());
                }
            }
            if (name == null) {
                name = designedSetting(text, lineStart, start, end);
            }
            if (name != null && valueEndsHere(text, end)) {
                Binding binding = new Binding(blockPrefix + text.substring(name.start(), name.end()),
                        Binding.Kind.ASSIGNMENT, value, name, "");
                facts.binding(binding);
                // an entry's key or an argument's label (name: "authtoken") names no variable that a later key
                // could stand for: only an assignment gives a constant
                if (pieces.stream().allMatch(Part.Literal.class::isInstance)
                        && !boundByColon(text, name.end(), start)) {
                    constants.putIfAbsent(binding.name(), binding);
                }
            }
            pairs.literal(text, start, end, value, facts, callPairs);
            lastEnd = end;
            codeStart = -1;
            holePending = false;
            separated = false;
        }

        /**
         * The name in {@code name = }, {@code name: }, {@code "name": }, {@code 'name' => }, {@code name := }
         * just before {@code end}, or {@code null}.
         */
        private static TextRange boundName(String text, int from, int end) {
            int i = end;
            while (i > from && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                i--;
            }
            if (i > from + 1 && text.charAt(i - 1) == '>' && text.charAt(i - 2) == '=') {
                i -= 2;
            } else if (i > from + 2 && text.charAt(i - 1) == '-' && text.charAt(i - 2) == '<') {
                i -= 2; // R's assignment: secret <- "…", secret<-"…"
            } else if (i > from && (text.charAt(i - 1) == '=' || text.charAt(i - 1) == ':')) {
                i--;
                if (i > from && (text.charAt(i - 1) == ':' || text.charAt(i - 1) == '?')) {
                    i--;
                }
                if (i > from && text.charAt(i - 1) == '?') {
                    i--;
                }
                if (i > from && "=!<>+-*/%&|^".indexOf(text.charAt(i - 1)) >= 0) {
                    return null; // a comparison or compound operator, not a binding
                }
            } else {
                return defined(text, from, i);
            }
            while (i > from && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                i--;
            }
            if (i <= from) {
                return null;
            }
            char last = text.charAt(i - 1);
            if (last == '"' || last == '\'') {
                int open = text.lastIndexOf(last, i - 2);
                return open >= from && i - 1 - (open + 1) > 0 && i - open <= 82
                        ? new TextRange(open + 1, i - 1) : null;
            }
            if (last == ']' && i - 2 > from && (text.charAt(i - 2) == '"' || text.charAt(i - 2) == '\'')) {
                // $config['client_secret'] = '…' (CodeIgniter's settings), settings["authtoken"] = "…": the key
                int open = text.lastIndexOf(text.charAt(i - 2), i - 3);
                return open > from && text.charAt(open - 1) == '[' && i - 2 - (open + 1) > 0 && i - open <= 82
                        ? new TextRange(open + 1, i - 2) : null;
            }
            int nameEnd = i;
            while (i > from && isNameChar(text.charAt(i - 1))) {
                i--;
            }
            while (i < nameEnd && !Character.isLetter(text.charAt(i)) && text.charAt(i) != '_'
                    && text.charAt(i) != '$' && text.charAt(i) != '@') {
                i++;
            }
            if (i >= nameEnd) {
                return null;
            }
            TextRange typed = typedName(text, from, i);
            if (typed == null) {
                typed = basicTypedName(text, from, i);
            }
            return typed != null ? typed : new TextRange(i, nameEnd);
        }

        /** C's and Objective-C's {@code #define NAME "…"} (or {@code @"…"}): the macro's name. */
        private static TextRange defined(String text, int from, int end) {
            int j = from;
            while (j < end && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            if (j >= end || text.charAt(j) != '#') {
                return null;
            }
            java.util.regex.Matcher m = DEFINE.matcher(text.substring(j, end));
            return m.matches() ? new TextRange(j + m.start(1), j + m.end(1)) : null;
        }

        private static final Pattern DEFINE = Pattern.compile("#[ \\t]*define[ \\t]+([A-Za-z_]\\w*)(?:[ \\t]+@?)?");

        /** Visual Basic's {@code Dim name As String = "…"}, {@code Const Name As String = "…"}: the name before {@code As}. */
        private static TextRange basicTypedName(String text, int from, int typeStart) {
            int j = typeStart;
            while (j > from && text.charAt(j - 1) == ' ') {
                j--;
            }
            // cheap first: asked of every assignment of every lexical language
            if (!(j - 2 > from && text.startsWith("As", j - 2) || j - 3 > from && text.startsWith("New", j - 3))) {
                return null;
            }
            java.util.regex.Matcher m = BASIC_TYPED.matcher(text.substring(from, typeStart));
            return m.find() ? new TextRange(from + m.start(1), from + m.end(1)) : null;
        }

        private static final Pattern BASIC_TYPED = Pattern.compile("([A-Za-z_]\\w*)\\s+As\\s+(?:New\\s+)?$");

        /**
         * In {@code const NAME: &str = "…"} or {@code let name: String = "…"} the word before {@code =} is a type:
         * the name stands before the colon.
         */
        private static TextRange typedName(String text, int from, int typeStart) {
            int i = typeStart;
            while (i > from && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '&' || text.charAt(i - 1) == '*')) {
                i--;
            }
            int lifetime = i;
            while (lifetime > from && Character.isLetter(text.charAt(lifetime - 1))) {
                lifetime--;
            }
            if (lifetime < i && lifetime > from && text.charAt(lifetime - 1) == '\'') {
                i = lifetime - 1; // &'static str
                while (i > from && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '&')) {
                    i--;
                }
            }
            if (i <= from + 1 || text.charAt(i - 1) != ':' || text.charAt(i - 2) == ':') {
                return null;
            }
            i--;
            while (i > from && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '?')) {
                i--;
            }
            int end = i;
            while (i > from && Character.isJavaIdentifierPart(text.charAt(i - 1))) {
                i--;
            }
            if (i >= end || !Character.isJavaIdentifierStart(text.charAt(i))) {
                return null;
            }
            // a declaration (or a Python annotation at the line start), not "case FOO: name = …"
            String before = text.substring(from, i).strip();
            return before.isEmpty() || DECLARATION.matcher(before).find() ? new TextRange(i, end) : null;
        }

        private static final Pattern DECLARATION = Pattern.compile("(?:^|\\s)(?:const|let|var|val|static|mut)$");

        private static boolean isNameChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.' || c == '-' || c == '@'
                    || c == '[' || c == ']';
        }

        /** The attribute of a .NET settings designer's property, whose name follows it: group 1. */
        private static final Pattern DESIGNED_PROPERTY = Pattern.compile(
                "\\G\\s*\\)\\s*[>\\]][^\\n]*?(?:\\n[^\\n]*?){0,3}?(?:\\bProperty\\s+|\\b(?:public|internal)\\s+"
                        + "(?:static\\s+)?[\\w.:]+\\s+)(\\w+)\\s*(?:\\(|\\{)");

        /**
         * The setting a generated {@code Settings.Designer.vb}/{@code .cs} defines: its default value is written in
         * an attribute ({@code DefaultSettingValueAttribute("…")}) above the property that names it.
         */
        private static TextRange designedSetting(String text, int lineStart, int start, int end) {
            String attribute = "DefaultSettingValueAttribute(";
            int before = start;
            while (before > lineStart && Character.isWhitespace(text.charAt(before - 1))) {
                before--;
            }
            if (before - attribute.length() < lineStart || !text.startsWith(attribute, before - attribute.length())) {
                return null;
            }
            Matcher property = DESIGNED_PROPERTY.matcher(text).region(end, Math.min(text.length(), end + 400));
            return property.find() ? new TextRange(property.start(1), property.end(1)) : null;
        }

        private static boolean valueEndsHere(String text, int end) {
            int i = end;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (text.startsWith(".freeze", i)) {
                return true; // Ruby's frozen string constants: TOKEN = '…'.freeze
            }
            return i >= text.length() || ";,)}\r\n]#/".indexOf(text.charAt(i)) >= 0;
        }

        void flush(CodeFacts.Builder facts) {
            if (!parts.isEmpty()) {
                if (holePending) {
                    parts.add(operand(lastText, codeStart, codeEnd, false));
                }
                TextRange range = new TextRange(parts.get(0).range().start(),
                        Math.max(parts.get(0).range().start(), parts.get(parts.size() - 1).range().end()));
                StringExpr statementText = new StringExpr(parts, range, "");
                facts.string(statementText);
                if (paired) {
                    facts.call(new io.cliqmigrate.core.code.CallFact("statement", "", List.of(statementText), range,
                            range, "lexical:s" + id, ""));
                }
                sentMaps(facts, statementText);
            }
            String variable = paired ? ObjectLiterals.assignedTo(lastText, firstPair) : null;
            if (variable != null) {
                mapChains.put(variable, "lexical:s" + id);
            }
            paired = false;
            id++;
            parts.clear();
            lastEnd = -1;
            codeStart = -1;
            statementStart = -1;
            holePending = false;
            separated = false;
        }
    }

    /**
     * Key/value pairs written with a literal key, as calls the rules already understand:
     * {@code params.put("authtoken", t)} becomes {@code put("authtoken", t)}, and a map entry
     * {@code {"authtoken": t}} or {@code ['authtoken' => $t]} becomes {@code entry("authtoken", t)} (or
     * {@code queryParam(…)} inside {@code params=}/{@code 'query' =>}).
     */
    private static final class Pairs {
        /** The name of an entry that is an option a client is constructed with. */
        static final String OPTION = "option";
        /** A keyword argument handed to one of the project's own functions: a value passed on, not a field. */
        static final String ARGUMENT = "argument";

        /**
         * Whether the keyword argument {@code keyword} of the call opened at {@code open} is handed to one of the
         * project's own functions: one the file defines with a parameter of that name
         * ({@code def mark_as_delivered(…, authtoken, …)}), or one it imports by name from a module of the project
         * ({@code from util.db_util import load_packages}, {@code from .helpers import …}; not a module that names
         * Zoho, as an SDK's does). The request it makes, if any, is written there.
         */
        static boolean ownFunction(String text, int open, String keyword) {
            String name = ObjectLiterals.nameBefore(text, open);
            int at = open;
            while (at > 0 && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '\t')) {
                at--;
            }
            at -= name.length();
            if (name.isEmpty() || !Character.isLowerCase(name.charAt(0)) || name.equals("dict")
                    || at > 0 && text.charAt(at - 1) == '.') {
                return false;
            }
            java.util.Set<String> parameters = ownFunctions(text).get(name);
            return parameters != null && (parameters.isEmpty() || parameters.contains(keyword));
        }

        /**
         * The functions a file defines, each with its parameters' names, and those it imports by name from the
         * project's modules (with no parameters known: an empty set). Found once per file; a thread reads one file
         * at a time.
         */
        private static java.util.Map<String, java.util.Set<String>> ownFunctions(String text) {
            Object[] cached = OWN_FUNCTIONS.get();
            if (cached[0] != text) {
                java.util.Map<String, java.util.Set<String>> functions = new java.util.HashMap<>();
                Matcher defined = DEFINED_FUNCTION.matcher(text);
                while (defined.find()) {
                    java.util.Set<String> parameters = functions.computeIfAbsent(defined.group(1),
                            k -> new java.util.HashSet<>());
                    Matcher parameter = PARAMETER.matcher(defined.group(2));
                    while (parameter.find()) {
                        parameters.add(parameter.group(1));
                    }
                }
                Matcher imported = IMPORTED_NAMES.matcher(text);
                while (imported.find()) {
                    String module = imported.group(1);
                    if (!module.startsWith(".") && (module.indexOf('.') < 0
                            || io.cliqmigrate.core.code.ZohoHints.isHint(module))) {
                        continue; // an installed package's, or a Zoho SDK's: its functions may send what they are given
                    }
                    String names = imported.group(2).replaceFirst("#.*", "").replaceAll("[()\\\\]", "");
                    for (String item : names.split(",")) {
                        String[] parts = item.trim().split("\\s+as\\s+");
                        String local = parts[parts.length - 1].trim();
                        if (!local.isEmpty()) {
                            functions.putIfAbsent(local, java.util.Set.of());
                        }
                    }
                }
                cached[0] = text;
                cached[1] = functions;
            }
            @SuppressWarnings("unchecked")
            java.util.Map<String, java.util.Set<String>> functions =
                    (java.util.Map<String, java.util.Set<String>>) cached[1];
            return functions;
        }

        private static final ThreadLocal<Object[]> OWN_FUNCTIONS = ThreadLocal.withInitial(() -> new Object[2]);
        private static final Pattern DEFINED_FUNCTION = Pattern.compile(
                "(?m)^[ \\t]*(?:async[ \\t]+)?(?:def|fun|func|function)[ \\t]+([A-Za-z_]\\w*)[ \\t]*\\(([^)]{0,500})");
        /** A parameter's name at the start of an item of a parameter list: {@code authtoken}, {@code *, token=None}. */
        private static final Pattern PARAMETER = Pattern.compile("(?:^|,)\\s*\\**\\s*([A-Za-z_]\\w*)");
        private static final Pattern IMPORTED_NAMES = Pattern.compile(
                "(?m)^[ \\t]*from[ \\t]+([\\w.]+)[ \\t]+import[ \\t]+([^\\n]+)");
        private static final Pattern QUERY_CONTAINER = Pattern.compile("(?i)params|query|(?:default|base)_?query|queryparams|searchparams|qs|get_?params|query_?string");
        private String pendingName;
        private StringExpr pendingKey;
        private int expectValueAt = -1;
        /** C# collection initialisers: {@code { "key", value }} is an entry, not two values. */
        private final boolean initialisers;
        /** R names arguments with quoted names ({@code list("authtoken" = t)}); elsewhere {@code "a" = b} compares. */
        private final boolean quotedNamedArguments;

        /** The chain of the statement a pair at a position belongs to. */
        private final java.util.function.IntFunction<String> chain;

        Pairs(boolean initialisers, boolean quotedNamedArguments, java.util.function.IntFunction<String> chain) {
            this.initialisers = initialisers;
            this.quotedNamedArguments = quotedNamedArguments;
            this.chain = chain;
        }

        void literal(String text, int start, int end, StringExpr value, CodeFacts.Builder facts, boolean callPairs) {
            TextRange range = new TextRange(start, end);
            if (pendingKey != null && start == expectValueAt) {
                emit(text, facts, pendingName, pendingKey, value, range);
            }
            pendingKey = null;
            String call = callPairs ? callBefore(text, start) : null;
            int after = skipSpaces(text, end);
            String name = null;
            int separatorEnd = -1;
            if (call != null && after < text.length() && text.charAt(after) == ')'
                    && io.cliqmigrate.core.code.ZohoHints.isHint(call)) {
                // new ZohoCrmClient("<token>"): a value handed straight to a Zoho client
                facts.call(new io.cliqmigrate.core.code.CallFact(call, "", List.of(value), range, range,
                        chain.apply(start), ""));
                return;
            }
            if (call != null && after < text.length() && text.charAt(after) == ',') {
                name = call;
                separatorEnd = after + 1;
            } else if (after < text.length() && text.charAt(after) == ':' && !text.startsWith("::", after)) {
                name = entryName(text, start);
                separatorEnd = after + 1;
            } else if (quotedNamedArguments && after < text.length() && text.charAt(after) == '='
                    && !text.startsWith("==", after)
                    && !text.startsWith("=>", after) && openerBefore(text, start) && value.parts().size() == 1) {
                // R's named arguments with a quoted name: list("authtoken" = token, "scope" = "creatorapi")
                name = entryName(text, start);
                separatorEnd = after + 1;
            } else if (text.startsWith("=>", after) || text.startsWith("->", after)) {
                // 'k' => v (PHP, Ruby), "k" -> v (Scala, Groovy pairs)
                name = entryName(text, start);
                separatorEnd = after + 2;
            } else if (after < text.length() && text.charAt(after) == ',' && charBefore(text, start) == '('
                    && tupleInList(text, start)) {
                // [("authtoken", t), …]: a list of key/value tuples (Rust .form(&[…]), Python requests data=[…])
                name = "entry";
                separatorEnd = after + 1;
            } else if (indexedEntry(text, start, after) >= 0) {
                // ["authtoken"] = t in an initialiser, params["authtoken"] = t on a parameter map
                separatorEnd = indexedEntry(text, start, after);
                name = indexContainer(text, start);
            } else if (initialisers && after < text.length() && text.charAt(after) == ','
                    && charBefore(text, start) == '{') {
                name = "entry";
                separatorEnd = after + 1;
            } else if (labelled(text, start, "name") && text.startsWith("value:", skipSpaces(text, after + 1))
                    && text.charAt(after) == ',') {
                // Swift's URLQueryItem(name: "authtoken", value: t)
                name = callBefore(text, labelStart(text, start));
                separatorEnd = skipSpaces(text, after + 1) + "value:".length();
            }
            if (name == null) {
                return;
            }
            StringExpr key = value;
            int valueStart = skipSpaces(text, separatorEnd);
            if (valueStart < text.length() && (text.charAt(valueStart) == '"' || text.charAt(valueStart) == '\'')) {
                pendingName = name;
                pendingKey = key;
                expectValueAt = valueStart;
                return;
            }
            int valueEnd = valueStart;
            int depth = 0;
            while (valueEnd < text.length()) {
                char c = text.charAt(valueEnd);
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    if (depth-- == 0) {
                        break;
                    }
                } else if ((c == ',' || c == ';' || c == '\n') && depth == 0) {
                    break;
                }
                valueEnd++;
            }
            if (valueEnd > valueStart) {
                TextRange valueRange = new TextRange(valueStart, valueEnd);
                emit(text, facts, name, key, StringExpr.hole(text.substring(valueStart, valueEnd).trim(), valueRange, ""),
                        new TextRange(start, valueEnd));
            }
        }

        private void emit(String text, CodeFacts.Builder facts, String name, StringExpr key, StringExpr value,
                          TextRange range) {
            facts.call(new io.cliqmigrate.core.code.CallFact(name, receiver(name, text, key.range().start()),
                    List.of(key, value), range, key.range(), chain.apply(range.start()), ""));
        }

        /** A client option's receiver is the client's type ({@code ZohoClient}); other entries have none. */
        static String receiver(String call, String text, int start) {
            String type = OPTION.equals(call) ? ObjectLiterals.constructorTakingOptions(text, start) : null;
            return type == null ? "" : type;
        }

        /** A tuple opened right after {@code [} or {@code ,} (an element of a list), not a call's arguments. */
        private static boolean tupleInList(String text, int start) {
            int open = start - 1;
            while (open >= 0 && text.charAt(open) != '(') {
                open--;
            }
            char before = charBefore(text, open);
            return before == '[' || before == ',';
        }

        /** Past the {@code =} of {@code ["key"] = }, or -1. */
        private static int indexedEntry(String text, int start, int after) {
            if (charBefore(text, start) != '[' || after >= text.length() || text.charAt(after) != ']') {
                return -1;
            }
            int eq = skipSpaces(text, after + 1);
            return eq < text.length() && text.charAt(eq) == '=' && !text.startsWith("==", eq)
                    && !text.startsWith("=>", eq) ? eq + 1 : -1;
        }

        /**
         * {@code params}, {@code postData}, {@code $paramList}, {@code form_fields}, {@code $body_array}: a request's
         * fields.
         */
        private static final Pattern FORM_CONTAINER = Pattern.compile("(?i)\\w*?(?:params|param_?list|query|data|form"
                + "|body|payload|fields|parameters|args|options)(?:_?(?:array|arr|list|map|hash|dict))?");

        /**
         * An initialiser's entry, or a parameter map's: {@code params["authtoken"]}. Another indexed name
         * ({@code session["authtoken"]}) is not a request field; {@code null}.
         */
        static String indexContainer(String text, int start) {
            int open = start - 1;
            while (open >= 0 && text.charAt(open) != '[') {
                open--;
            }
            int end = open;
            int i = end;
            while (i > 0 && Character.isJavaIdentifierPart(text.charAt(i - 1))) {
                i--;
            }
            if (i == end) {
                return "entry";
            }
            String container = text.substring(i, end).replace("$", "");
            return QUERY_CONTAINER.matcher(container).matches() ? "queryParam"
                    : FORM_CONTAINER.matcher(container).matches() ? "entry" : null;
        }

        /**
         * A keyword argument's entry: {@code queryParam} in {@code params = dict(authtoken=t)} (the query a
         * request is given), else {@code entry}.
         */
        static String keywordContainer(String text, int start, String name) {
            int open = ObjectLiterals.innermostOpen(text, start);
            if (open >= 0 && text.charAt(open) == '(' && ownFunction(text, open, name)) {
                return ARGUMENT;
            }
            if (open < 4 || text.charAt(open) != '(' || !text.startsWith("dict", open - 4)) {
                return ObjectLiterals.constructorTakingOptions(text, start) != null ? OPTION : "entry";
            }
            int eq = open - 5;
            while (eq >= 0 && (text.charAt(eq) == ' ' || text.charAt(eq) == '\t')) {
                eq--;
            }
            if (eq < 0 || text.charAt(eq) != '=') {
                return "entry";
            }
            return QUERY_CONTAINER.matcher(ObjectLiterals.nameBefore(text, eq)).matches() ? "queryParam" : "entry";
        }

        /** {@code queryParam} for {@code qs.} or {@code params.}, {@code entry} for {@code form.}; else {@code null}. */
        static String memberContainer(String text, int dot) {
            int i = dot;
            while (i > 0 && Character.isJavaIdentifierPart(text.charAt(i - 1))) {
                i--;
            }
            String container = text.substring(i, dot).replace("$", "");
            return QUERY_CONTAINER.matcher(container).matches() ? "queryParam"
                    : FORM_CONTAINER.matcher(container).matches() ? "entry" : null;
        }

        private static char charBefore(String text, int start) {
            int i = start - 1;
            while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
                i--;
            }
            return i < 0 ? 0 : text.charAt(i);
        }

        /** Whether the literal at {@code start} follows a {@code label:} argument label. */
        private static boolean labelled(String text, int start, String label) {
            int colon = labelStart(text, start) + label.length();
            return colon > label.length() && text.startsWith(label, colon - label.length())
                    && text.startsWith(":", colon);
        }

        private static int labelStart(String text, int start) {
            int i = start - 1;
            while (i >= 0 && text.charAt(i) == ' ') {
                i--;
            }
            if (i < 0 || text.charAt(i) != ':') {
                return -1;
            }
            int end = i;
            while (i > 0 && Character.isJavaIdentifierPart(text.charAt(i - 1))) {
                i--;
            }
            return i < end ? i : -1;
        }

        /** {@code put} in {@code params.put("…"} or {@code $client->post('…'}; {@code null} if no call opens here. */
        private static String callBefore(String text, int start) {
            int i = start;
            while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                i--;
            }
            if (i == 0 || text.charAt(i - 1) != '(') {
                return null;
            }
            i--;
            int end = i;
            while (i > 0 && (Character.isJavaIdentifierPart(text.charAt(i - 1)))) {
                i--;
            }
            return i < end ? text.substring(i, end) : null;
        }

        /**
         * The entry's container decides: {@code params={…}} or {@code 'query' => […]} are query parameters, the
         * options a client is constructed with ({@code new ZohoClient(['authtoken' => $t])}) are client options.
         */
        private static String entryName(String text, int start) {
            String name = containerEntryName(text, start);
            // only a token's key is worth the look back for a constructor
            boolean tokenKey = text.regionMatches(true, start, "auth", 0, 4)
                    || text.regionMatches(true, start + 1, "auth", 0, 4);
            return name.equals("entry") && tokenKey && ObjectLiterals.constructorTakingOptions(text, start) != null
                    ? OPTION : name;
        }

        private static String containerEntryName(String text, int start) {
            int open = beforeBlanksAndCommentLines(text, start);
            if (open >= 0 && text.charAt(open) == ':') {
                // a Ruby symbol key, {:authtoken => t}: its container is before the colon
                open = beforeBlanksAndCommentLines(text, open);
            }
            if (open < 0 || text.charAt(open) != '{' && text.charAt(open) != '[' && text.charAt(open) != ',') {
                return "entry";
            }
            int at = open;
            while (at >= 0 && at > open - 2000 && text.charAt(at) != '{' && text.charAt(at) != '[') {
                at--;
            }
            if (at < 0 || text.charAt(at) != '{' && text.charAt(at) != '[') {
                return "entry";
            }
            if (TEMPLATE_CALL.matcher(text.substring(Math.max(0, at - 200), at)).find()) {
                return TEMPLATE_DATA;
            }
            String before = text.substring(Math.max(0, at - 40), at).replaceAll("[\\s'\"=>:(]+$", "");
            int w = before.length();
            while (w > 0 && Character.isJavaIdentifierPart(before.charAt(w - 1))) {
                w--;
            }
            // PHP's $query = [...] is a query too
            if (QUERY_CONTAINER.matcher(before.substring(w).replace("$", "")).matches()) {
                return "queryParam";
            }
            // query = qs.stringify({…}): what the built string is kept as says what it is
            Matcher built = BUILT_INTO.matcher(before);
            return built.find() && QUERY_CONTAINER.matcher(built.group(1)).matches() ? "queryParam" : "entry";
        }

        /**
         * The values a page is rendered with ({@code res.render('setup', {authtoken: t})}, Laravel's
         * {@code view('setup', [...])}): shown to a user, not sent to anyone.
         */
        private static final Pattern TEMPLATE_CALL = Pattern.compile(
                "(?<![\\w$])(?:render|renderFile|render_template|view)\\s*\\(\\s*(?:['\"][^'\"\\n]*['\"]|\\w+)\\s*,\\s*$");
        static final String TEMPLATE_DATA = "templateData";

        /** {@code query = qs.stringify}, {@code $query = http_build_query}: group 1 the variable. */
        private static final Pattern BUILT_INTO = Pattern.compile("\\$?(\\w+)\\s*=\\s*[\\w.$]+$");

        /** Whether an argument list's '(' or ',' stands before {@code start}, past blanks and comment lines. */
        private static boolean openerBefore(String text, int start) {
            int at = beforeBlanksAndCommentLines(text, start);
            return at >= 0 && (text.charAt(at) == '(' || text.charAt(at) == ',');
        }

        /**
         * The offset of the last code character before {@code start}, over blanks and whole comment lines
         * ({@code # …}, {@code // …}) written between an entry and its container's bracket; -1 if none.
         */
        static int beforeBlanksAndCommentLines(String text, int start) {
            int at = start - 1;
            while (true) {
                while (at >= 0 && Character.isWhitespace(text.charAt(at))) {
                    at--;
                }
                if (at < 0) {
                    return at;
                }
                int lineStart = text.lastIndexOf('\n', at) + 1;
                String line = text.substring(lineStart, at + 1).stripLeading();
                if (!line.startsWith("#") && !line.startsWith("//")) {
                    return at;
                }
                at = lineStart - 1;
            }
        }

        private static int skipSpaces(String text, int at) {
            int i = at;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            return i;
        }
    }

    // ---- key = value files (properties, .env, INI, TOML) and YAML ----

    private void scanKeyValue(SourceFile file, CodeFacts.Builder facts) {
        String text = file.text();
        boolean yaml = syntax.mode() == LexicalSyntax.Mode.YAML;
        Deque<int[]> indents = new ArrayDeque<>();
        Deque<String> keys = new ArrayDeque<>();
        int lineCount = file.lines().lineCount();
        for (int line = 1; line <= lineCount; line++) {
            int start = file.lines().lineStart(line);
            int end = file.lines().lineContentEnd(text, line);
            int i = start;
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i >= end) {
                continue;
            }
            if (isLineComment(text, i)) {
                facts.comment(new Comment(text.substring(i, end), new TextRange(i, end)));
                continue;
            }
            int indent = i - start;
            if (yaml && text.startsWith("- ", i)) {
                i += 2;
                while (i < end && text.charAt(i) == ' ') {
                    i++;
                }
                if (i >= end) {
                    continue; // "- " alone: an empty list item
                }
            }
            if (!yaml && text.startsWith("export ", i)) {
                i += 7;
                if (i >= end) {
                    continue; // "export " alone
                }
            }
            int contentEnd = end;
            int comment = inlineComment(text, i, end);
            if (comment >= 0) {
                facts.comment(new Comment(text.substring(comment, end), new TextRange(comment, end)));
                contentEnd = comment;
            }
            while (contentEnd > i && Character.isWhitespace(text.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            int sep = separator(text, i, contentEnd, yaml);
            if (sep < 0) {
                // a bare line: a YAML block-scalar line, a list item, or an INI section
                if (text.charAt(i) != '[' && text.charAt(i) != '{') {
                    addValue(facts, text, i, contentEnd, null, null);
                }
                continue;
            }
            String key = stripQuotes(text.substring(i, sep).trim());
            int valueStart = sep + 1;
            while (valueStart < contentEnd && Character.isWhitespace(text.charAt(valueStart))) {
                valueStart++;
            }
            // properties continuation lines: a value ending in a backslash goes on
            int valueEnd = contentEnd;
            while (!yaml && valueEnd > valueStart && text.charAt(valueEnd - 1) == '\\' && line < lineCount) {
                line++;
                valueEnd = file.lines().lineContentEnd(text, line);
            }
            String path = key;
            if (yaml) {
                while (!indents.isEmpty() && indents.peek()[0] >= indent) {
                    indents.pop();
                    keys.pop();
                }
                path = keys.isEmpty() ? key : String.join(".", reversed(keys)) + "." + key;
                if (valueStart >= valueEnd || text.charAt(valueStart) == '|' || text.charAt(valueStart) == '>') {
                    indents.push(new int[] {indent});
                    keys.push(key);
                    continue;
                }
            }
            TextRange nameRange = new TextRange(i, Math.max(i, sep));
            addValue(facts, text, valueStart, valueEnd, path, nameRange);
        }
    }

    private static List<String> reversed(Deque<String> keys) {
        List<String> list = new ArrayList<>(keys);
        java.util.Collections.reverse(list);
        return list;
    }

    private void addValue(CodeFacts.Builder facts, String text, int start, int end, String key, TextRange nameRange) {
        if (end <= start) {
            if (key != null) {
                // KEY= with nothing yet is still a setting (an .env.example waiting to be filled in)
                facts.binding(new Binding(key, Binding.Kind.CONFIG_KEY,
                        StringExpr.literal("", new TextRange(start, start), ""), nameRange, ""));
            }
            return;
        }
        String raw = text.substring(start, end);
        int s = start;
        int e = end;
        if (raw.length() >= 2 && (raw.charAt(0) == '"' || raw.charAt(0) == '\'')
                && raw.charAt(raw.length() - 1) == raw.charAt(0)) {
            s++;
            e--;
        }
        boolean escapes = syntax.mode() != LexicalSyntax.Mode.KEY_VALUE;
        String value = text.substring(s, e).replaceAll("\\\\\\r?\\n\\s*", "");
        value = escapes ? unescape(value) : value;
        TextRange range = new TextRange(start, end);
        StringExpr expr = new StringExpr(List.of(new Part.Literal(value, range,
                settingValue(text, s, e, escapes).offsetsFor(value))), range, "");
        facts.string(expr);
        if (key != null) {
            facts.binding(new Binding(key, Binding.Kind.CONFIG_KEY, expr, nameRange, ""));
        }
    }

    private boolean isLineComment(String text, int i) {
        for (String marker : syntax.lineComments()) {
            if (text.startsWith(marker, i)) {
                return true;
            }
        }
        return false;
    }

    /** A {@code #} comment after a value: YAML always, other formats only after whitespace and unquoted. */
    private static int inlineComment(String text, int from, int end) {
        char quote = 0;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                if (i == from || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '=' || text.charAt(i - 1) == ':') {
                    quote = c;
                }
            } else if (c == '#' && i > from && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                return i;
            }
        }
        return -1;
    }

    private static int separator(String text, int from, int end, boolean yaml) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                if (i != from) {
                    return -1;
                }
                int close = text.indexOf(c, i + 1);
                if (close < 0 || close >= end) {
                    return -1;
                }
                i = close;
                continue;
            }
            if (yaml) {
                if (c == ':' && (i + 1 == end || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
                    return i;
                }
                if (c == ' ' && i + 1 < end && text.charAt(i + 1) != ':' && text.charAt(i + 1) != ' ') {
                    return -1;
                }
            } else if (c == '=' || c == ':') {
                return i;
            } else if (c == ' ' || c == '\t') {
                int j = i;
                while (j < end && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                    j++;
                }
                return j < end && (text.charAt(j) == '=' || text.charAt(j) == ':') ? j : -1;
            }
        }
        return -1;
    }

    private static String stripQuotes(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    // ---- XML and HTML ----

    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.\\-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern TAG_NAME = Pattern.compile("^<\\s*([\\w:.\\-]+)");

    private void scanMarkup(SourceFile file, CodeFacts.Builder facts) {
        scanMarkup(file, facts, true);
    }

    /** Markup; its element text is read only where it holds values ({@code values}: XML settings, not a page's prose). */
    private void scanMarkup(SourceFile file, CodeFacts.Builder facts, boolean values) {
        String text = file.text();
        int i = 0;
        String element = null;
        while (i < text.length()) {
            int commentEnd = commentEnd(text, i);
            if (commentEnd > i) {
                facts.comment(new Comment(text.substring(i, commentEnd), new TextRange(i, commentEnd)));
                i = commentEnd;
                continue;
            }
            if (text.startsWith("<![CDATA[", i)) {
                int end = text.indexOf("]]>", i);
                end = end < 0 ? text.length() : end;
                if (values) {
                    addText(facts, text, i + 9, end, element);
                }
                i = Math.min(text.length(), end + 3);
                continue;
            }
            if (text.charAt(i) == '<') {
                int end = tagEnd(text, i);
                String tag = text.substring(i, end);
                Matcher name = TAG_NAME.matcher(tag);
                element = name.find() ? name.group(1) : null;
                attributes(facts, text, tag, i);
                i = end;
                continue;
            }
            int next = text.indexOf('<', i);
            next = next < 0 ? text.length() : next;
            if (values) {
                addText(facts, text, i, next, element);
            }
            i = next;
        }
    }

    private static int tagEnd(String text, int start) {
        char quote = 0;
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return text.length();
    }

    private static void attributes(CodeFacts.Builder facts, String text, String tag, int offset) {
        Matcher m = ATTRIBUTE.matcher(tag);
        String keyName = null;
        List<Object[]> values = new ArrayList<>();
        while (m.find()) {
            String attr = m.group(1);
            String value = m.group(3) != null ? m.group(3) : m.group(4);
            int valueStart = offset + m.start(2);
            TextRange range = new TextRange(valueStart, offset + m.end(2));
            if (attr.equalsIgnoreCase("name") || attr.equalsIgnoreCase("key")) {
                keyName = value;
            }
            values.add(new Object[] {attr, xmlLiteral(text, range.start() + 1, range.end() - 1, range),
                    new TextRange(offset + m.start(1), offset + m.end(1))});
        }
        for (Object[] v : values) {
            String attr = (String) v[0];
            Part.Literal literal = (Part.Literal) v[1];
            StringExpr expr = new StringExpr(List.of(literal), literal.range(), "");
            facts.string(expr);
            String bindingName = keyName != null && (attr.equalsIgnoreCase("value") || attr.equalsIgnoreCase("ref")) ? keyName
                    : attr;
            facts.binding(new Binding(bindingName, Binding.Kind.CONFIG_KEY, expr, (TextRange) v[2], ""));
        }
    }

    private static void addText(CodeFacts.Builder facts, String text, int start, int end, String element) {
        int[] span = TextSpans.trimmed(text, start, end);
        if (span == null) {
            return;
        }
        int s = span[0];
        int e = span[1];
        TextRange range = new TextRange(s, e);
        StringExpr expr = new StringExpr(List.of(xmlLiteral(text, s, e, range)), range, "");
        facts.string(expr);
        if (element != null) {
            facts.binding(new Binding(element, Binding.Kind.CONFIG_KEY, expr, range, ""));
        }
    }

    /** XML text or an attribute's value at [{@code from}, {@code to}), with where each character is written. */
    private static Part.Literal xmlLiteral(String text, int from, int to, TextRange range) {
        String value = xmlUnescape(text.substring(from, to));
        return new Part.Literal(value, range, Escapes.xml(text, from, to, false).offsetsFor(value));
    }

    private static String xmlUnescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}

package io.cliqmigrate.core.code;

import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a language adapter extracted from one file, in a form that needs no parser types: string
 * expressions, calls, bindings, comments and exported constants. Rules read only this. Constants are
 * resolved lazily against the file's own symbols and then the scan-wide {@link SymbolTable}.
 */
public final class CodeFacts {
    private static final int MAX_DEPTH = 12;

    private final SourceFile file;
    private final boolean fallback;
    private final List<StringExpr> strings;
    private final List<CallFact> calls;
    private final List<Binding> bindings;
    private final List<Comment> comments;
    private final List<Constant> exports;
    private final Map<String, Constant> locals;
    private final Set<String> hintScopes;
    private final List<Embedding> embeddings;
    private final JavaShape javaShape;
    private volatile SymbolTable symbols = SymbolTable.EMPTY;
    /** By identity: a record's hashCode would walk every part of the expression on each lookup. */
    private final Map<StringExpr, FoldedString> foldCache =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private volatile Set<String> contextScopes;
    private volatile Map<String, List<CallFact>> chains;
    private final Map<String, Object> answers = new java.util.concurrent.ConcurrentHashMap<>();

    private CodeFacts(Builder b) {
        file = b.file;
        fallback = b.fallback;
        strings = List.copyOf(b.strings);
        calls = List.copyOf(b.calls);
        bindings = List.copyOf(b.bindings);
        comments = List.copyOf(b.comments);
        exports = List.copyOf(b.exports);
        locals = Map.copyOf(b.locals);
        hintScopes = Set.copyOf(b.hintScopes);
        embeddings = List.copyOf(b.embeddings);
        javaShape = b.javaShape;
    }

    /**
     * The file's string literals that name Zoho, without its comments: where its code and settings name hosts (a
     * link to Zoho's documentation in a comment names no data centre).
     */
    public List<String> zohoLiterals() {
        List<String> out = new ArrayList<>();
        for (StringExpr expr : strings) {
            for (Part part : expr.parts()) {
                if (part instanceof Part.Literal literal && namesZoho(literal.value())) {
                    out.add(literal.value());
                }
            }
        }
        return out;
    }

    /** A host label {@code .zoho…} (www.zohoapis.eu, cliq.zoho.com): what a data centre is told from. */
    private static boolean namesZoho(String text) {
        for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
            if (text.regionMatches(true, i + 1, "zoho", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    /** The Java-only facts of a Java file the parser read; empty for other languages and the lexical fallback. */
    public java.util.Optional<JavaShape> java() {
        return java.util.Optional.ofNullable(javaShape);
    }

    /**
     * A region of the file written in a container's escaping (a Deluge script in a JSON string): its text as the
     * language reads it, and the container offset of each of its characters (one more for its end).
     */
    public record Embedding(TextRange range, TextCodec codec, String text, int[] offsets) {
        int index(int containerOffset) {
            int i = java.util.Arrays.binarySearch(offsets, containerOffset);
            return i >= 0 ? i : Math.max(0, -i - 2);
        }
    }

    /**
     * Where the line holding {@code offset} starts, as the code's language sees lines: in a script embedded in a
     * JSON string, after the escaped line break, not at the start of the JSON line.
     */
    public int lineStart(int offset) {
        Embedding e = embeddingOf(new TextRange(offset, offset));
        if (e == null) {
            return file.lines().lineStart(file.lines().line(offset));
        }
        int i = e.index(offset);
        while (i > 0 && e.text().charAt(i - 1) != '\n' && e.text().charAt(i - 1) != '\r') {
            i--;
        }
        return e.offsets()[i];
    }

    /** The blanks that indent the line holding {@code offset}, as the code's language reads them. */
    public String indentation(int offset) {
        int start = lineStart(offset);
        String text = sourceText(new TextRange(start, Math.max(start, offset)));
        int end = 0;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(0, end);
    }

    /**
     * The source text at {@code range} as its language reads it: the file's own text, or inside an embedded script
     * the script's text, unescaped. Rules build replacements from this, never from the raw container text.
     */
    public String sourceText(TextRange range) {
        Embedding embedding = embeddingOf(range);
        String raw = file.slice(range);
        return embedding == null ? raw : embedding.codec().decode(raw);
    }

    /**
     * An edit of this file in the file's own escaping: inside an embedded script its replacement is encoded (a
     * quote in Deluge becomes {@code \"} in the JSON export). An edit that crosses a script's border cannot be
     * written and is refused.
     */
    public io.cliqmigrate.core.model.TextEdit encode(io.cliqmigrate.core.model.TextEdit edit) {
        if (!edit.path().equals(file.path())) {
            return edit;
        }
        Embedding embedding = embeddingOf(edit.range());
        if (embedding == null) {
            for (Embedding e : embeddings) {
                if (e.range().overlaps(edit.range())) {
                    throw new IllegalArgumentException("an edit crosses the border of an embedded script");
                }
            }
            return edit;
        }
        String replacement = edit.replacement();
        if (replacement.indexOf('\n') >= 0 || replacement.indexOf('\r') >= 0) {
            // the script's own line ending, not the container's: a script saved from Windows keeps \r\n
            replacement = replacement.replace("\r\n", "\n").replace('\r', '\n')
                    .replace("\n", lineEnding(embedding, embedding.index(edit.range().start())));
        }
        return new io.cliqmigrate.core.model.TextEdit(edit.path(), edit.range(), embedding.codec().encode(replacement));
    }

    /** The ending of the embedded line at {@code index}, else of the line before it, else {@code \n}. */
    private static String lineEnding(Embedding e, int index) {
        String text = e.text();
        int at = -1;
        for (int i = index; i < text.length() && at < 0; i++) {
            at = text.charAt(i) == '\n' || text.charAt(i) == '\r' ? i : -1;
        }
        for (int i = Math.min(index, text.length()) - 1; i >= 0 && at < 0; i--) {
            at = text.charAt(i) == '\n' ? (i > 0 && text.charAt(i - 1) == '\r' ? i - 1 : i)
                    : text.charAt(i) == '\r' ? i : -1;
        }
        if (at < 0) {
            return "\n";
        }
        if (text.charAt(at) == '\r') {
            return at + 1 < text.length() && text.charAt(at + 1) == '\n' ? "\r\n" : "\r";
        }
        return "\n";
    }

    private Embedding embeddingOf(TextRange range) {
        for (Embedding e : embeddings) {
            if (e.range().contains(range)) {
                return e;
            }
        }
        return null;
    }

    public static Builder builder(SourceFile file) {
        return new Builder(file);
    }

    public SourceFile file() {
        return file;
    }

    /** True when these facts come from the lexical fallback rather than a real parse. */
    public boolean fallback() {
        return fallback;
    }

    /** Maximal string expressions: none of them is part of another. */
    public List<StringExpr> strings() {
        return strings;
    }

    public List<CallFact> calls() {
        return calls;
    }

    public List<Binding> bindings() {
        return bindings;
    }

    public List<Comment> comments() {
        return comments;
    }

    public List<Constant> exports() {
        return exports;
    }

    /** Calls in the same chain as {@code call}, in source order. */
    public List<CallFact> chainOf(CallFact call) {
        Map<String, List<CallFact>> index = chains;
        if (index == null) {
            index = new HashMap<>();
            for (CallFact c : calls) {
                index.computeIfAbsent(c.chain(), k -> new ArrayList<>()).add(c);
            }
            chains = index;
        }
        return index.getOrDefault(call.chain(), List.of());
    }

    /** Every reference to a named constant in the file's strings, call arguments and assigned values. */
    public java.util.stream.Stream<Part.Ref> references() {
        return java.util.stream.Stream.of(strings.stream(), calls.stream().flatMap(c -> c.args().stream()),
                        bindings.stream().map(Binding::value).filter(java.util.Objects::nonNull))
                .flatMap(s -> s).flatMap(e -> e.parts().stream())
                .filter(Part.Ref.class::isInstance).map(Part.Ref.class::cast);
    }

    /** Whether some scanned file refers to this file's exported constant (true when the scan did not tell). */
    public boolean isReadInTree(Constant constant) {
        return symbols.isRead(constant);
    }

    public void link(SymbolTable table) {
        symbols = table;
        foldCache.clear();
        contextScopes = null;
    }

    /**
     * The file-local value a reference names (a Deluge variable's first assignment), if it is one: fixes edit
     * that value where it is written rather than where it is used.
     */
    public java.util.Optional<Constant> local(Part.Ref ref) {
        for (String key : ref.keys()) {
            Constant local = locals.get(key);
            if (local != null) {
                return java.util.Optional.of(local);
            }
        }
        return java.util.Optional.empty();
    }

    public FoldedString fold(StringExpr expr) {
        FoldedString cached = foldCache.get(expr);
        if (cached == null) {
            cached = fold(expr, 0, new HashSet<>());
            foldCache.put(expr, cached);
        }
        return cached;
    }

    /** Whether the member named by {@code scope}, its type's fields, or the file as a whole mention Zoho. */
    public boolean hasZohoContext(String scope) {
        Set<String> scopes = contextScopes();
        if (scopes.contains(scope) || scopes.contains("")) {
            return true;
        }
        int hash = scope.indexOf('#');
        return hash > 0 && scopes.contains(scope.substring(0, hash));
    }

    /**
     * Whether the scope or one of the methods inside it is Zoho's: a class's constant ({@code TOKEN}) read by a
     * method of the class that calls Zoho.
     */
    public boolean hasZohoContextInside(String scope) {
        return hasZohoContext(scope) || contextScopes().stream().anyMatch(s -> s.startsWith(scope + "#"));
    }

    /** A URL of some host, in a literal that names no Zoho host. */
    private static final java.util.regex.Pattern OTHER_HOST = java.util.regex.Pattern.compile("(?i)https?://[a-z0-9]");

    private Set<String> contextScopes() {
        Set<String> scopes = contextScopes;
        if (scopes == null) {
            scopes = new HashSet<>(hintScopes);
            boolean authtoken = mentionsAuthtoken();
            // SCOPE = 'crmapi' beside the authtoken's name, or beside a token of the generator's shape
            // (const TOKEN = '<32 hex>' in a class of constants that names Zoho nowhere)
            if (boundScopeValue() && (authtoken || holdsGeneratedToken())) {
                scopes.add("");
            }
            // a class whose members keep Zoho API URLs and no other host's (customerUrl = "https://crm.zoho.com/…" in
            // its constructor) is a Zoho client in all its methods
            Set<String> zohoClasses = new HashSet<>();
            Set<String> otherHostClasses = new HashSet<>();
            for (StringExpr expr : strings) {
                int member = expr.scope().indexOf('#');
                if (member > 0) {
                    String text = fold(expr).text();
                    String type = expr.scope().substring(0, member);
                    if (ZohoHints.isHostLiteral(text)) {
                        zohoClasses.add(type);
                    } else if (OTHER_HOST.matcher(text).find()) {
                        otherHostClasses.add(type);
                    }
                }
                if (!scopes.contains(expr.scope()) && ZohoHints.isLiteralHint(fold(expr).text())) {
                    scopes.add(expr.scope());
                }
                // SCOPE = 'creatorapi' in a file that speaks of an authtoken is Zoho's v1 scope: the file is Zoho's
                if (authtoken && scopeValue(expr)) {
                    scopes.add("");
                }
            }
            for (CallFact call : calls) {
                for (StringExpr arg : call.args()) {
                    if (!scopes.contains(arg.scope()) && ZohoHints.isLiteralHint(fold(arg).text())) {
                        scopes.add(arg.scope());
                    }
                }
                // params.put("scope", "crmapi") in a file that speaks of an authtoken
                if (authtoken && call.args().size() == 2 && scopeEntry(call)) {
                    scopes.add("");
                }
            }
            zohoClasses.removeAll(otherHostClasses);
            scopes.addAll(zohoClasses);
            contextScopes = scopes;
        }
        return scopes;
    }

    /** Whether a string or a name the code binds is written with Zoho's spelling of the authtoken (not a comment). */
    private boolean mentionsAuthtoken() {
        return strings.stream().flatMap(e -> e.parts().stream()).anyMatch(p -> p instanceof Part.Literal literal
                        && AUTHTOKEN_WORD.matcher(literal.value()).find())
                || bindings.stream().anyMatch(b -> AUTHTOKEN_WORD.matcher(b.name()).find());
    }

    /**
     * Zoho's spellings as a word of their own ({@code authtoken}, {@code AUTHTOKEN}, {@code ?authtoken=}): a
     * camel-case {@code authToken}, {@code TWILIO_AUTH_TOKEN} or Django's {@code rest_framework.authtoken} is another's.
     */
    private static final java.util.regex.Pattern AUTHTOKEN_WORD = java.util.regex.Pattern.compile(
            "(?<![\\w.])(?:authtoken|AUTHTOKEN)(?!\\w)");

    /**
     * A product's v1 scope written as the value of a scope: after a key or name that says scope in the same
     * expression ({@code define('SCOPE', 'creatorapi')}, {@code 'scope' => 'crmapi'}).
     */
    private boolean scopeValue(StringExpr expr) {
        String previous = null;
        for (Part part : expr.parts()) {
            if (part instanceof Part.Literal literal) {
                if (previous != null && SCOPE_NAME.matcher(previous).matches()
                        && ZohoHints.LEGACY_PRODUCT_SCOPE.matcher(literal.value()).matches()) {
                    return true;
                }
                previous = literal.value();
            }
        }
        return false;
    }

    /** A binding whose value has the shape of a generated authtoken: 32 lower-case hex, digits and letters. */
    private boolean holdsGeneratedToken() {
        return bindings.stream().anyMatch(b -> b.value() != null && b.value().literalValue() != null
                && ZohoHints.GENERATED_TOKEN.matcher(b.value().literalValue().trim()).matches());
    }

    /** A call that puts a product's v1 scope under a scope key: {@code params.put("scope", "crmapi")}. */
    private static boolean scopeEntry(CallFact call) {
        String key = call.arg(0).literalValue();
        String value = call.arg(1).literalValue();
        return key != null && value != null && SCOPE_NAME.matcher(key).matches()
                && ZohoHints.LEGACY_PRODUCT_SCOPE.matcher(value).matches();
    }

    /** {@code SCOPE = 'creatorapi'}, {@code zoho.scope=crmapi}: a name that says scope bound to a product's v1 scope. */
    private boolean boundScopeValue() {
        return bindings.stream().anyMatch(b -> b.value() != null && b.value().literalValue() != null
                && ZohoHints.LEGACY_PRODUCT_SCOPE.matcher(b.value().literalValue()).matches()
                && SCOPE_NAME.matcher(b.name()).matches());
    }

    private static final java.util.regex.Pattern SCOPE_NAME = java.util.regex.Pattern.compile(
            "(?i)(?:.*[._-])?scope");

    private FoldedString fold(StringExpr expr, int depth, Set<String> visiting) {
        List<FoldedString.Segment> out = new ArrayList<>();
        for (Part part : expr.parts()) {
            if (part instanceof Part.Literal literal) {
                out.add(new FoldedString.Segment(literal.value(), FoldedString.Kind.LITERAL, literal.range(), null,
                        offsets(literal)));
            } else if (part instanceof Part.Hole hole) {
                out.add(hole(hole.range()));
            } else if (part instanceof Part.Ref ref) {
                out.addAll(resolve(ref, depth, visiting));
            }
        }
        return new FoldedString(out);
    }

    /** Where a literal's characters are written: as its adapter mapped them, or found written out whole. */
    private SourceOffsets offsets(Part.Literal literal) {
        if (literal.offsets() != null || literal.range().end() > file.text().length()) {
            return literal.offsets();
        }
        return SourceOffsets.ofVerbatim(file.text(), literal.range(), literal.value());
    }

    private List<FoldedString.Segment> resolve(Part.Ref ref, int depth, Set<String> visiting) {
        Constant constant = lookup(ref.keys());
        if (constant == null || depth >= MAX_DEPTH || !visiting.add(constant.key())) {
            return List.of(hole(ref.range()));
        }
        try {
            FoldedString inner = fold(constant.value(), depth + 1, visiting);
            FoldedString.Reference reference = new FoldedString.Reference(constant.key(), inner, constant.path(),
                    constant.declaration(), constant.line());
            List<FoldedString.Segment> out = new ArrayList<>();
            for (FoldedString.Segment s : inner.segments()) {
                FoldedString.Kind kind = s.kind() == FoldedString.Kind.HOLE ? FoldedString.Kind.HOLE
                        : FoldedString.Kind.REFERENCE;
                out.add(new FoldedString.Segment(s.text(), kind, ref.range(), reference));
            }
            return out;
        } finally {
            visiting.remove(constant.key());
        }
    }

    private Constant lookup(List<String> keys) {
        for (String key : keys) {
            Constant local = locals.get(key);
            if (local != null) {
                return local;
            }
        }
        return symbols.lookup(keys);
    }

    private static FoldedString.Segment hole(TextRange range) {
        return new FoldedString.Segment(String.valueOf(FoldedString.HOLE), FoldedString.Kind.HOLE, range, null);
    }

    /** Collects facts while an adapter walks a file. */
    public static final class Builder {
        private final SourceFile file;
        private boolean fallback;
        private final List<StringExpr> strings = new ArrayList<>();
        private final List<CallFact> calls = new ArrayList<>();
        private final List<Binding> bindings = new ArrayList<>();
        private final List<Comment> comments = new ArrayList<>();
        private final List<Constant> exports = new ArrayList<>();
        private final Map<String, Constant> locals = new HashMap<>();
        private final Set<String> hintScopes = new HashSet<>();
        private final List<Embedding> embeddings = new ArrayList<>();
        private JavaShape javaShape;

        private Builder(SourceFile file) {
            this.file = file;
        }

        public Builder java(JavaShape shape) {
            javaShape = shape;
            return this;
        }

        public Builder fallback(boolean value) {
            fallback = value;
            return this;
        }

        public Builder string(StringExpr expr) {
            strings.add(expr);
            return this;
        }

        public Builder call(CallFact call) {
            calls.add(call);
            return this;
        }

        public Builder binding(Binding binding) {
            bindings.add(binding);
            return this;
        }

        public Builder comment(Comment comment) {
            comments.add(comment);
            return this;
        }

        /** A constant visible to other files of the scan. */
        public Builder export(Constant constant) {
            exports.add(constant);
            return this;
        }

        /** A name visible only inside this file (a local variable, a private constant under its own key). */
        public Builder local(Constant constant) {
            locals.putIfAbsent(constant.key(), constant);
            return this;
        }

        /** Marks a scope ({@code ""} for the whole file) as having Zoho context. */
        public Builder zohoHint(String scope) {
            hintScopes.add(scope);
            return this;
        }

        /**
         * Adds the facts of a script embedded in an escaped region: {@code text} is the script, {@code offsets} the
         * container offset of each of its characters and then of its end.
         */
        public Builder embed(CodeFacts embedded, String text, int[] offsets, TextCodec codec) {
            embeddings.add(new Embedding(new TextRange(offsets[0], offsets[offsets.length - 1]), codec, text,
                    offsets));
            return embed(embedded, i -> offsets[Math.max(0, Math.min(i, offsets.length - 1))]);
        }

        /**
         * Adds another file's facts (a script embedded in this container) with every position moved by
         * {@code toContainer}, an offset map from the embedded text into this file, defined at the end as well.
         */
        public Builder embed(CodeFacts embedded, java.util.function.IntUnaryOperator toContainer) {
            // an end is where the next character starts: a range ending in an escaped character (\" in JSON)
            // ends after the whole escape
            java.util.function.UnaryOperator<TextRange> move = r -> {
                int start = toContainer.applyAsInt(r.start());
                int end = r.end() > r.start() ? toContainer.applyAsInt(r.end()) : start;
                return new TextRange(start, Math.max(start, end));
            };
            java.util.function.UnaryOperator<StringExpr> moveExpr = e -> e == null ? null : new StringExpr(
                    e.parts().stream().map(p -> movePart(p, move, embedded.file(), toContainer)).toList(),
                    move.apply(e.range()), e.scope());
            embedded.strings().forEach(e -> string(moveExpr.apply(e)));
            embedded.calls().forEach(c -> call(new CallFact(c.name(), c.receiver(),
                    c.args().stream().map(moveExpr).toList(), move.apply(c.range()), move.apply(c.nameRange()),
                    c.chain() + "@" + toContainer.applyAsInt(0), c.scope())));
            embedded.bindings().forEach(b -> binding(new Binding(b.name(), b.kind(), moveExpr.apply(b.value()),
                    move.apply(b.nameRange()), b.scope(), b.profile())));
            embedded.comments().forEach(c -> comment(new Comment(c.text(), move.apply(c.range()),
                    SourceOffsets.verbatim(c.range().start(), c.text().length()).moved(toContainer))));
            embedded.locals.values().forEach(c -> local(new Constant(c.key(), moveExpr.apply(c.value()), file.path(),
                    move.apply(c.declaration()), file.lines().line(move.apply(c.declaration()).start()))));
            embedded.hintScopes.forEach(this::zohoHint);
            return this;
        }

        private static Part movePart(Part part, java.util.function.UnaryOperator<TextRange> move, SourceFile from,
                                     java.util.function.IntUnaryOperator toContainer) {
            if (part instanceof Part.Literal l) {
                SourceOffsets offsets = l.offsets() != null ? l.offsets()
                        : SourceOffsets.ofVerbatim(from.text(), l.range(), l.value());
                return new Part.Literal(l.value(), move.apply(l.range()),
                        offsets == null ? null : offsets.moved(toContainer));
            }
            if (part instanceof Part.Ref r) {
                return new Part.Ref(r.keys(), r.text(), move.apply(r.range()));
            }
            Part.Hole h = (Part.Hole) part;
            return new Part.Hole(h.text(), move.apply(h.range()));
        }

        /** The string expressions added so far. */
        public List<StringExpr> strings() {
            return java.util.Collections.unmodifiableList(strings);
        }

        /** The comments added so far. */
        public List<Comment> comments() {
            return java.util.Collections.unmodifiableList(comments);
        }

        public CodeFacts build() {
            return new CodeFacts(this);
        }
    }

    /**
     * A whole-file answer several rules ask for ({@code compute} of these facts), worked out once: rules run after
     * the facts are linked, when the answer can no longer change. Two threads asking at once may both compute it.
     */
    @SuppressWarnings("unchecked")
    public <T> T answer(String question, java.util.function.Function<CodeFacts, T> compute) {
        Object known = answers.get(question);
        if (known == null) {
            known = compute.apply(this);
            answers.put(question, known);
        }
        return (T) known;
    }
}

package io.cliqmigrate.core.lang.java;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Constant;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.SourceOffsets;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.code.ZohoHints;
import io.cliqmigrate.core.lang.lexical.LexicalScanner;
import io.cliqmigrate.core.lang.lexical.LexicalSyntax;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a JavaParser tree into {@link CodeFacts}: string expressions flattened through concatenation,
 * {@code String.format}/{@code formatted}, {@code MessageFormat.format}, {@code StringBuilder} chains and text
 * blocks, with names left as
 * references that the engine resolves across the scanned tree (same-class, qualified and static-imported
 * constants, local variables).
 */
final class JavaFactsExtractor {
    private static final int MAX_HINT_TEXT = 80;
    private static final Set<String> BUILDER_TYPES = Set.of("StringBuilder", "StringBuffer");

    final SourceFile file;
    private final CompilationUnit cu;
    private final CodeFacts.Builder facts;
    private String pkg = "";
    private final Map<String, String> typeImports = new HashMap<>();
    private final List<String> wildcardImports = new ArrayList<>();
    private final Map<String, String> staticImports = new HashMap<>();
    private final List<String> staticWildcards = new ArrayList<>();
    private final Set<String> stringNames = new HashSet<>();
    private final Set<String> builderLocals = new HashSet<>();

    JavaFactsExtractor(SourceFile file, CompilationUnit cu) {
        this.file = file;
        this.cu = cu;
        this.facts = CodeFacts.builder(file);
    }

    /** Every node of the tree by its class, from one walk (each findAll would walk the whole tree again). */
    private final Map<Class<?>, List<Node>> byClass = new HashMap<>();

    @SuppressWarnings("unchecked")
    <T extends Node> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Map.Entry<Class<?>, List<Node>> e : byClass.entrySet()) {
            if (type.isAssignableFrom(e.getKey())) {
                out.addAll((List<T>) e.getValue());
            }
        }
        if (out.size() > 1 && byClass.keySet().stream().filter(type::isAssignableFrom).count() > 1) {
            out.sort(java.util.Comparator.comparing(n -> n.getBegin().map(b -> b.line * 100_000L + b.column)
                    .orElse(0L)));
        }
        return out;
    }

    /** {@code shape}: build the file's {@link io.cliqmigrate.core.code.JavaShape} whatever words it has. */
    CodeFacts extract(boolean shape) {
        cu.walk(node -> byClass.computeIfAbsent(node.getClass(), k -> new ArrayList<>()).add(node));
        readPackageAndImports();
        new LexicalScanner(LexicalSyntax.C_LIKE).comments(file).forEach(facts::comment);
        collectDeclarations();
        collectStringBuilderLocals();
        scanStrings(cu);
        collectCalls();
        collectAssignments();
        if (shape || mentionsAuthtoken(file.text())) {
            // only code that still uses the authtoken is rewritten: the others need no shape
            facts.java(new JavaShapes(this, cu).build());
        }
        for (SimpleName name : all(SimpleName.class)) {
            if (ZohoHints.isHint(name.getIdentifier())) {
                facts.zohoHint(scopeOf(name));
            }
        }
        return facts.build();
    }

    private static boolean mentionsAuthtoken(String text) {
        int n = text.length() - "authtoken".length();
        for (int i = 0; i <= n; i++) {
            char c = text.charAt(i);
            // not the oauthtoken of code already migrated
            if ((c == 'a' || c == 'A') && text.regionMatches(true, i, "authtoken", 0, "authtoken".length())
                    && (i == 0 || Character.toLowerCase(text.charAt(i - 1)) != 'o')) {
                return true;
            }
        }
        return false;
    }

    private void readPackageAndImports() {
        // the package name is not a hint: com.acme.cliqbridge may also hold unrelated Firebase code
        cu.getPackageDeclaration().ifPresent(p -> pkg = p.getNameAsString());
        for (ImportDeclaration imp : cu.getImports()) {
            String name = imp.getNameAsString();
            if (ZohoHints.isHint(name)) {
                facts.zohoHint("");
            }
            if (imp.isStatic()) {
                if (imp.isAsterisk()) {
                    staticWildcards.add(name);
                } else {
                    staticImports.put(simple(name), name);
                }
            } else if (imp.isAsterisk()) {
                wildcardImports.add(name);
            } else {
                typeImports.put(simple(name), name);
            }
        }
    }

    private void collectDeclarations() {
        for (FieldDeclaration field : all(FieldDeclaration.class)) {
            String type = typeName(field);
            boolean constant = field.isStatic() && field.isFinal()
                    || field.getParentNode().filter(p -> p instanceof TypeDeclaration<?> t && t.isTopLevelType()
                            && t instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c
                            && c.isInterface()).isPresent();
            for (VariableDeclarator v : field.getVariables()) {
                if (v.getTypeAsString().equals("String")) {
                    stringNames.add(v.getNameAsString());
                }
                StringExpr value = v.getInitializer().map(init -> expr(init, type)).orElse(null);
                range(v.getName()).ifPresent(nameRange -> {
                    facts.binding(new Binding(v.getNameAsString(),
                            constant ? Binding.Kind.CONSTANT : Binding.Kind.FIELD, value, nameRange, type));
                    if (value != null) {
                        Constant c = new Constant(type + "." + v.getNameAsString(), value, file.path(), nameRange,
                                line(nameRange));
                        facts.local(c);
                        // a private constant cannot be read from another file: exporting it would send every
                        // file that names it (HEADER, URL) to be re-read and parsed for nothing
                        if (constant && !field.isPrivate()) {
                            facts.export(c);
                        }
                    }
                });
            }
        }
        for (VariableDeclarator v : all(VariableDeclarator.class)) {
            if (v.getParentNode().filter(p -> p instanceof FieldDeclaration).isPresent()) {
                continue;
            }
            String scope = scopeOf(v);
            if (v.getTypeAsString().equals("String")) {
                stringNames.add(v.getNameAsString());
            }
            if (BUILDER_TYPES.contains(v.getTypeAsString()) || v.getTypeAsString().equals("var")
                    && v.getInitializer().filter(i -> i instanceof ObjectCreationExpr o
                    && BUILDER_TYPES.contains(o.getType().getNameAsString())).isPresent()) {
                builderLocals.add(scope + ":" + v.getNameAsString());
                continue;
            }
            StringExpr value = v.getInitializer().map(init -> expr(init, scope)).orElse(null);
            range(v.getName()).ifPresent(nameRange -> {
                facts.binding(new Binding(v.getNameAsString(), Binding.Kind.LOCAL, value, nameRange, scope));
                StringExpr symbolValue = value != null ? value : StringExpr.hole(v.getNameAsString(), nameRange, scope);
                facts.local(new Constant(localKey(scope, v.getNameAsString()), symbolValue, file.path(), nameRange,
                        line(nameRange)));
            });
        }
        for (Parameter p : all(Parameter.class)) {
            String scope = scopeOf(p);
            range(p.getName()).ifPresent(r -> facts.local(new Constant(localKey(scope, p.getNameAsString()),
                    StringExpr.hole(p.getNameAsString(), r, scope), file.path(), r, line(r))));
        }
    }

    /** A local StringBuilder's value is the constructor argument plus every append to it, in source order. */
    private void collectStringBuilderLocals() {
        Map<String, List<Part>> parts = new LinkedHashMap<>();
        Map<String, TextRange> declared = new HashMap<>();
        for (VariableDeclarator v : all(VariableDeclarator.class)) {
            String key = scopeOf(v) + ":" + v.getNameAsString();
            if (!builderLocals.contains(key)) {
                continue;
            }
            List<Part> list = parts.computeIfAbsent(key, k -> new ArrayList<>());
            v.getInitializer().ifPresent(init -> list.addAll(builderChainParts(init, new ArrayList<>())));
            range(v).ifPresent(r -> declared.put(key, r));
        }
        // appends in source order: findAll lists a chain's outer (last) call first
        List<MethodCallExpr> appends = new ArrayList<>(all(MethodCallExpr.class).stream().filter(c ->
                c.getNameAsString().equals("append") && c.getArguments().size() == 1).toList());
        appends.sort(java.util.Comparator.comparing(c -> range(c.getArgument(0)).map(TextRange::start).orElse(0)));
        for (MethodCallExpr call : appends) {
            Expression root = call;
            while (root instanceof MethodCallExpr m && m.getScope().isPresent()
                    && m.getNameAsString().equals("append")) {
                root = m.getScope().get();
            }
            if (root instanceof NameExpr name && call.getScope().filter(s -> s == name
                    || s instanceof MethodCallExpr).isPresent()) {
                String key = scopeOf(call) + ":" + name.getNameAsString();
                if (parts.containsKey(key)) {
                    parts.get(key).addAll(flatten(call.getArgument(0), new ArrayList<>()));
                }
            }
        }
        for (Map.Entry<String, List<Part>> entry : parts.entrySet()) {
            String key = entry.getKey();
            int colon = key.lastIndexOf(':');
            String scope = key.substring(0, colon);
            TextRange r = declared.get(key);
            if (r == null) {
                continue;
            }
            StringExpr value = new StringExpr(entry.getValue(), r, scope);
            facts.local(new Constant(localKey(scope, key.substring(colon + 1)), value, file.path(), r, line(r)));
            if (value.hasLiteral()) {
                facts.string(value);
            }
        }
    }

    /** Records every maximal string expression, then looks inside the parts it could not fold. */
    private void scanStrings(Node root) {
        Deque<Node> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Node node = work.pop();
            if (node instanceof Expression e && isStringy(e) && !isBuilderAppend(e)) {
                List<Node> holes = new ArrayList<>();
                List<Part> parts = flatten(e, holes);
                Optional<TextRange> r = range(e);
                if (r.isPresent() && parts.stream().anyMatch(p -> p instanceof Part.Literal)) {
                    facts.string(new StringExpr(parts, r.get(), scopeOf(e)));
                }
                holes.forEach(work::push);
                continue;
            }
            List<Node> children = node.getChildNodes();
            for (int i = children.size() - 1; i >= 0; i--) {
                work.push(children.get(i));
            }
        }
    }

    private void collectCalls() {
        for (MethodCallExpr call : all(MethodCallExpr.class)) {
            String scope = scopeOf(call);
            List<StringExpr> args = new ArrayList<>();
            for (Expression arg : call.getArguments()) {
                args.add(expr(arg, scope));
            }
            String receiver = call.getScope().map(s -> abbreviate(s.toString())).orElse("");
            Optional<TextRange> r = range(call);
            Optional<TextRange> nameRange = range(call.getName());
            if (r.isPresent() && nameRange.isPresent()) {
                facts.call(new CallFact(call.getNameAsString(), receiver, args, r.get(), nameRange.get(),
                        chainKey(call, scope), scope));
            }
        }
        for (ObjectCreationExpr creation : all(ObjectCreationExpr.class)) {
            String scope = scopeOf(creation);
            List<StringExpr> args = new ArrayList<>();
            for (Expression arg : creation.getArguments()) {
                args.add(expr(arg, scope));
            }
            Optional<TextRange> r = range(creation);
            Optional<TextRange> nameRange = range(creation.getType());
            if (r.isPresent() && nameRange.isPresent()) {
                facts.call(new CallFact("new " + creation.getType().getNameWithScope(), "", args, r.get(),
                        nameRange.get(), chainKey(creation, scope), scope));
            }
        }
        for (AnnotationExpr annotation : all(AnnotationExpr.class)) {
            String scope = scopeOf(annotation);
            List<StringExpr> args = new ArrayList<>();
            if (annotation instanceof SingleMemberAnnotationExpr single) {
                args.add(expr(single.getMemberValue(), scope));
            } else if (annotation instanceof NormalAnnotationExpr normal) {
                normal.getPairs().forEach(pair -> args.add(expr(pair.getValue(), scope)));
            }
            Optional<TextRange> r = range(annotation);
            Optional<TextRange> nameRange = range(annotation.getName());
            if (r.isPresent() && nameRange.isPresent() && !args.isEmpty()) {
                facts.call(new CallFact("@" + annotation.getNameAsString(), "", args, r.get(), nameRange.get(),
                        "annotation:" + r.get().start(), scope));
            }
        }
    }

    private void collectAssignments() {
        for (AssignExpr assign : all(AssignExpr.class)) {
            String scope = scopeOf(assign);
            Expression target = assign.getTarget();
            String name = target instanceof NameExpr n ? n.getNameAsString()
                    : target instanceof FieldAccessExpr f ? f.getNameAsString() : null;
            Optional<TextRange> targetRange = range(target);
            if (name == null || targetRange.isEmpty()) {
                continue;
            }
            StringExpr value = expr(assign.getValue(), scope);
            if (assign.getOperator() == AssignExpr.Operator.PLUS) {
                // url += "?authtoken=" + t: the value at this point is the earlier value plus the right side
                List<Part> parts = new ArrayList<>(flatten(target, new ArrayList<>()));
                parts.addAll(value.parts());
                StringExpr appended = new StringExpr(parts, range(assign).orElse(targetRange.get()), scope);
                if (appended.hasLiteral()) {
                    facts.string(appended);
                }
            }
            facts.binding(new Binding(name, Binding.Kind.ASSIGNMENT, value, targetRange.get(), scope));
        }
    }

    StringExpr expr(Expression e, String scope) {
        TextRange r = range(e).orElse(new TextRange(0, 0));
        return new StringExpr(flatten(e, new ArrayList<>()), r, scope);
    }

    private boolean isStringy(Expression e) {
        if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) {
            return true;
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            for (Expression leaf : plusOperands(b)) {
                if (leaf instanceof StringLiteralExpr || leaf instanceof TextBlockLiteralExpr || isStringy(leaf)
                        || leaf instanceof NameExpr n && stringNames.contains(n.getNameAsString())) {
                    return true;
                }
            }
            return false;
        }
        if (e instanceof EnclosedExpr enclosed) {
            return isStringy(enclosed.getInner());
        }
        if (e instanceof MethodCallExpr m) {
            return isFormat(m) || isFormatted(m) || isMessageFormat(m) || isConcat(m) || isBuilderChain(m)
                    || encodedWord(m) != null;
        }
        return false;
    }

    private List<Part> flatten(Expression e, List<Node> holes) {
        List<Part> parts = new ArrayList<>();
        TextRange r = range(e).orElse(new TextRange(0, 0));
        if (e instanceof StringLiteralExpr s) {
            parts.add(literal(s.asString(), r));
        } else if (e instanceof TextBlockLiteralExpr t) {
            parts.add(literal(t.asString(), r));
        } else if (e instanceof CharLiteralExpr c) {
            parts.add(literal(String.valueOf(c.asChar()), r));
        } else if (e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr) {
            parts.add(new Part.Literal(e.toString(), r));
        } else if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS && isStringy(b)) {
            for (Expression operand : plusOperands(b)) {
                parts.addAll(flatten(operand, holes));
            }
        } else if (e instanceof EnclosedExpr enclosed) {
            parts.addAll(flatten(enclosed.getInner(), holes));
        } else if (e instanceof NameExpr name) {
            parts.add(new Part.Ref(nameKeys(name), name.getNameAsString(), r));
        } else if (e instanceof FieldAccessExpr field && !fieldKeys(field).isEmpty()) {
            parts.add(new Part.Ref(fieldKeys(field), field.toString(), r));
        } else if (e instanceof MethodCallExpr m && (isFormat(m) || isFormatted(m))) {
            List<Expression> operands = new ArrayList<>();
            if (isFormatted(m)) {
                operands.add(m.getScope().get());
                operands.addAll(m.getArguments());
            } else {
                List<Expression> args = m.getArguments();
                int first = args.size() > 1 && !isStringy(args.get(0)) && !(args.get(0) instanceof NameExpr)
                        ? 1 : 0; // String.format(Locale, fmt, ...)
                operands.addAll(args.subList(first, args.size()));
            }
            parts.addAll(format(operands, holes));
        } else if (e instanceof MethodCallExpr m && encodedWord(m) instanceof StringLiteralExpr word
                && range(word).isPresent()) {
            parts.add(literal(word.asString(), range(word).get()));
        } else if (e instanceof MethodCallExpr m && isMessageFormat(m)) {
            parts.addAll(messageFormat(m, holes));
        } else if (e instanceof MethodCallExpr m && isConcat(m)) {
            parts.addAll(flatten(m.getScope().get(), holes));
            parts.addAll(flatten(m.getArgument(0), holes));
        } else if (e instanceof MethodCallExpr m && isBuilderChain(m)) {
            parts.addAll(builderChainParts(m, holes));
        } else if (e instanceof MethodCallExpr m && m.getNameAsString().equals("toString")
                && m.getArguments().isEmpty() && m.getScope().filter(s -> s instanceof NameExpr).isPresent()) {
            NameExpr name = (NameExpr) m.getScope().get();
            parts.add(new Part.Ref(nameKeys(name), name.getNameAsString(), r));
        } else {
            parts.add(new Part.Hole(abbreviate(e.toString()), r));
            holes.add(e);
        }
        return parts;
    }

    private Part.Literal literal(String value, TextRange r) {
        return new Part.Literal(value, r, JavaLiterals.offsets(file.text(), r, value));
    }

    /** {@code String.format(fmt, a, b)}: the format text with each {@code %s} replaced by its argument. */
    private List<Part> format(List<Expression> operands, List<Node> holes) {
        if (operands.isEmpty()) {
            return List.of();
        }
        List<Part> fmt = flatten(operands.get(0), holes);
        List<Expression> args = operands.subList(1, operands.size());
        if (fmt.size() != 1 || !(fmt.get(0) instanceof Part.Literal literal)) {
            List<Part> parts = new ArrayList<>(fmt);
            args.forEach(a -> parts.addAll(flatten(a, holes)));
            return parts;
        }
        List<Part> parts = new ArrayList<>();
        String text = literal.value();
        // each character of a piece keeps the source of what it stands for: %% is one %, %n a line end
        SourceOffsets written = literal.offsets();
        SourceOffsets.Builder pending = new SourceOffsets.Builder();
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%' || i + 1 >= text.length()) {
                pending.addFrom(c, written, i, i + 1);
                continue;
            }
            int j = i + 1;
            while (j < text.length() && "0123456789$-#+ ,.(".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            char conversion = j < text.length() ? text.charAt(j) : '%';
            int end = Math.min(j, text.length() - 1) + 1;
            if (conversion == '%') {
                pending.addFrom('%', written, i, end);
            } else if (conversion == 'n') {
                pending.addFrom('\n', written, i, end);
            } else {
                parts.add(piece(pending, literal));
                pending.clear();
                if (next < args.size()) {
                    parts.addAll(flatten(args.get(next++), holes));
                } else {
                    parts.add(new Part.Hole("%" + conversion, literal.range()));
                }
            }
            i = j;
        }
        parts.add(piece(pending, literal));
        return parts;
    }

    /** A piece of a format string, with the offsets of its characters when the format's are known. */
    private static Part.Literal piece(SourceOffsets.Builder pending, Part.Literal format) {
        return new Part.Literal(pending.value(), format.range(), format.offsets() == null ? null : pending.offsets());
    }

    /**
     * {@code MessageFormat.format(pattern, a, b)} or {@code new MessageFormat(pattern).format(new Object[] {a, b})}:
     * the pattern with each {@code {n}} replaced by argument n. An argument no placeholder takes is still read
     * for strings of its own.
     */
    private List<Part> messageFormat(MethodCallExpr m, List<Node> holes) {
        Expression scope = m.getScope().orElseThrow();
        List<Expression> given;
        Expression pattern;
        if (scope instanceof ObjectCreationExpr creation) {
            pattern = creation.getArgument(0);
            given = m.getArguments().subList(0, Math.min(1, m.getArguments().size()));
        } else {
            pattern = m.getArgument(0);
            given = m.getArguments().subList(1, m.getArguments().size());
        }
        List<Expression> args = given;
        if (given.size() == 1 && given.get(0) instanceof ArrayCreationExpr array) {
            args = array.getInitializer().map(i -> (List<Expression>) i.getValues()).orElse(null);
        } else if (scope instanceof ObjectCreationExpr) {
            args = null; // format(Object) takes an Object[] whose elements are not written here
        }
        List<List<Part>> argParts = null;
        List<List<Node>> argHoles = new ArrayList<>();
        if (args != null) {
            argParts = new ArrayList<>();
            for (Expression arg : args) {
                List<Node> own = new ArrayList<>();
                argParts.add(flatten(arg, own));
                argHoles.add(own);
            }
        }
        Set<Integer> used = new HashSet<>();
        List<Part> parts = MessagePatterns.fold(flatten(pattern, holes), argParts, used);
        for (int i = 0; i < argHoles.size(); i++) {
            if (used.contains(i)) {
                holes.addAll(argHoles.get(i));
            } else {
                holes.add(args.get(i));
            }
        }
        if (args == null) {
            holes.addAll(given);
        }
        return parts;
    }

    private List<Part> builderChainParts(Expression e, List<Node> holes) {
        Deque<Expression> appended = new ArrayDeque<>();
        Expression cur = e;
        while (cur instanceof MethodCallExpr m && m.getScope().isPresent()) {
            if (m.getNameAsString().equals("append") && m.getArguments().size() == 1) {
                appended.push(m.getArgument(0));
            }
            cur = m.getScope().get();
        }
        List<Part> parts = new ArrayList<>();
        if (cur instanceof ObjectCreationExpr creation && creation.getArguments().size() == 1
                && !(creation.getArgument(0) instanceof IntegerLiteralExpr)) {
            parts.addAll(flatten(creation.getArgument(0), holes));
        }
        for (Expression arg : appended) {
            parts.addAll(flatten(arg, holes));
        }
        return parts;
    }

    private boolean isFormat(MethodCallExpr m) {
        return m.getNameAsString().equals("format") && !m.getArguments().isEmpty() && m.getScope()
                .map(s -> s.toString().equals("String") || s.toString().equals("java.lang.String")).orElse(false);
    }

    /**
     * The word a URL-encoding call is given ({@code URLEncoder.encode("authtoken", "UTF-8")}), or {@code null}: a
     * plain word encodes to itself, so a form body built of such calls reads as written.
     */
    private static Expression encodedWord(MethodCallExpr m) {
        // URLEncoder.encode, Uri.encode, UriUtils.encode, URLCodec's: not a password encoder's encode("secret")
        return m.getNameAsString().equals("encode") && !m.getArguments().isEmpty()
                && m.getScope().filter(scope -> URL_CODERS.contains(lastName(scope.toString()))).isPresent()
                && m.getArgument(0) instanceof StringLiteralExpr word && PLAIN_WORD.matcher(word.asString()).matches()
                ? word : null;
    }

    /** What URL-encoding leaves as it is ({@code ~} becomes {@code %7E}). */
    private static final java.util.regex.Pattern PLAIN_WORD = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]+");
    private static final java.util.Set<String> URL_CODERS = java.util.Set.of("URLEncoder", "Uri", "UriUtils",
            "URLCodec", "UrlEscapers", "URLUtils");

    private static String lastName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    private boolean isMessageFormat(MethodCallExpr m) {
        if (!m.getNameAsString().equals("format") || m.getScope().isEmpty()) {
            return false;
        }
        Expression scope = m.getScope().get();
        if (scope instanceof ObjectCreationExpr creation) {
            return creation.getType().getNameAsString().equals("MessageFormat") && !creation.getArguments().isEmpty()
                    && m.getArguments().size() == 1;
        }
        return !m.getArguments().isEmpty()
                && (scope.toString().equals("MessageFormat") || scope.toString().equals("java.text.MessageFormat"));
    }

    private boolean isFormatted(MethodCallExpr m) {
        return m.getNameAsString().equals("formatted") && m.getScope().isPresent();
    }

    private boolean isConcat(MethodCallExpr m) {
        return m.getNameAsString().equals("concat") && m.getArguments().size() == 1 && m.getScope()
                .map(s -> s instanceof StringLiteralExpr || isStringy(s)).orElse(false);
    }

    private boolean isBuilderChain(MethodCallExpr m) {
        if (!m.getNameAsString().equals("append") && !m.getNameAsString().equals("toString")) {
            return false;
        }
        Expression cur = m;
        while (cur instanceof MethodCallExpr call && call.getScope().isPresent()) {
            cur = call.getScope().get();
        }
        return cur instanceof ObjectCreationExpr creation
                && BUILDER_TYPES.contains(creation.getType().getNameAsString());
    }

    /** An append on a local builder is folded into the builder's own value, not reported by itself. */
    private boolean isBuilderAppend(Expression e) {
        if (!(e instanceof MethodCallExpr m) || !m.getNameAsString().equals("append")) {
            return false;
        }
        Expression cur = m;
        while (cur instanceof MethodCallExpr call && call.getScope().isPresent()) {
            cur = call.getScope().get();
        }
        return cur instanceof NameExpr name && builderLocals.contains(scopeOf(e) + ":" + name.getNameAsString());
    }

    private static List<Expression> plusOperands(BinaryExpr b) {
        Deque<Expression> operands = new ArrayDeque<>();
        Expression cur = b;
        while (cur instanceof BinaryExpr bin && bin.getOperator() == BinaryExpr.Operator.PLUS) {
            operands.push(bin.getRight());
            cur = bin.getLeft();
        }
        operands.push(cur);
        return new ArrayList<>(operands);
    }

    private List<String> nameKeys(NameExpr name) {
        String id = name.getNameAsString();
        List<String> keys = new ArrayList<>();
        keys.add(localKey(scopeOf(name), id));
        for (String type : enclosingTypes(name)) {
            keys.add(type + "." + id);
        }
        if (staticImports.containsKey(id)) {
            keys.add(staticImports.get(id));
        }
        staticWildcards.forEach(t -> keys.add(t + "." + id));
        return keys;
    }

    private List<String> fieldKeys(FieldAccessExpr field) {
        String id = field.getNameAsString();
        String scope = field.getScope().toString();
        List<String> keys = new ArrayList<>();
        if (scope.equals("this")) {
            enclosingTypes(field).stream().findFirst().ifPresent(t -> keys.add(t + "." + id));
            return keys;
        }
        if (!scope.chars().allMatch(c -> Character.isJavaIdentifierPart(c) || c == '.')) {
            return keys;
        }
        String first = scope.contains(".") ? scope.substring(0, scope.indexOf('.')) : scope;
        String rest = scope.substring(first.length());
        if (typeImports.containsKey(first)) {
            keys.add(typeImports.get(first) + rest + "." + id);
        }
        for (String type : enclosingTypes(field)) {
            keys.add(type + "." + scope + "." + id);
        }
        if (!pkg.isEmpty()) {
            keys.add(pkg + "." + scope + "." + id);
        }
        wildcardImports.forEach(p -> keys.add(p + "." + scope + "." + id));
        keys.add(scope + "." + id);
        return keys;
    }

    private String chainKey(Expression call, String scope) {
        Node outer = call;
        while (outer.getParentNode().isPresent() && outer.getParentNode().get() instanceof MethodCallExpr parent
                && parent.getScope().isPresent() && parent.getScope().get() == outer) {
            outer = parent;
        }
        Optional<Node> parent = outer.getParentNode();
        if (parent.isPresent() && parent.get() instanceof VariableDeclarator v) {
            return "var:" + scope + ":" + v.getNameAsString();
        }
        if (parent.isPresent() && parent.get() instanceof AssignExpr a && a.getTarget() instanceof NameExpr n) {
            return "var:" + scope + ":" + n.getNameAsString();
        }
        Expression root = call;
        while (root instanceof MethodCallExpr m && m.getScope().isPresent()) {
            root = m.getScope().get();
        }
        if (root instanceof NameExpr n && !Character.isUpperCase(n.getNameAsString().charAt(0))) {
            return "var:" + scope + ":" + n.getNameAsString();
        }
        return "expr:" + range(outer).map(TextRange::start).orElse(-1);
    }

    private List<String> enclosingTypes(Node node) {
        List<String> types = new ArrayList<>();
        Optional<Node> cur = Optional.of(node);
        while (cur.isPresent()) {
            if (cur.get() instanceof TypeDeclaration<?> type) {
                types.add(typeName(type));
            }
            cur = cur.get().getParentNode();
        }
        return types;
    }

    private String typeName(Node node) {
        Deque<String> names = new ArrayDeque<>();
        Optional<Node> cur = Optional.of(node);
        while (cur.isPresent()) {
            if (cur.get() instanceof TypeDeclaration<?> type) {
                names.push(type.getNameAsString());
            }
            cur = cur.get().getParentNode();
        }
        String joined = String.join(".", names);
        return pkg.isEmpty() ? joined : pkg + "." + joined;
    }

    /** {@code pkg.Type#member(arity)} for code in a member, {@code pkg.Type} for field initialisers. */
    String scopeOf(Node node) {
        Optional<Node> cur = Optional.of(node);
        while (cur.isPresent()) {
            Node n = cur.get();
            if (n instanceof CallableDeclaration<?> callable) {
                return typeName(n) + "#" + callable.getNameAsString() + "(" + callable.getParameters().size() + ")";
            }
            if (n instanceof InitializerDeclaration) {
                return typeName(n) + "#<init>";
            }
            if (n instanceof BodyDeclaration<?> && !(n instanceof TypeDeclaration<?>) && !(n instanceof LambdaExpr)) {
                return typeName(n);
            }
            if (n instanceof TypeDeclaration<?>) {
                return typeName(n);
            }
            cur = n.getParentNode();
        }
        return "";
    }

    private static String localKey(String scope, String name) {
        return "local:" + scope + ":" + name;
    }

    private static String simple(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_HINT_TEXT ? oneLine : oneLine.substring(0, MAX_HINT_TEXT) + "…";
    }

    Optional<TextRange> range(Node node) {
        Optional<Range> r = node.getRange();
        if (r.isEmpty()) {
            return Optional.empty();
        }
        int start = file.lines().offset(r.get().begin.line, r.get().begin.column);
        int end = file.lines().offset(r.get().end.line, r.get().end.column) + 1;
        return Optional.of(new TextRange(start, Math.max(start, Math.min(end, file.text().length()))));
    }

    private int line(TextRange r) {
        return file.lines().line(r.start());
    }
}

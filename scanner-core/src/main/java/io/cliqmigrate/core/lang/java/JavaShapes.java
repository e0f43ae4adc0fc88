package io.cliqmigrate.core.lang.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import io.cliqmigrate.core.code.JavaShape;
import io.cliqmigrate.core.code.JavaShape.Anchor;
import io.cliqmigrate.core.code.JavaShape.Client;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the {@link JavaShape} of a parsed file: imports, statements, names, fields and the HTTP requests built with
 * the client libraries, recognised by the types the code declares (a variable's declared type, the type created,
 * the class a static factory is called on) and the imports that name the library, never by a variable's name.
 */
final class JavaShapes {
    private static final Set<String> APACHE_REQUESTS = Set.of("HttpGet", "HttpPost", "HttpPut", "HttpDelete",
            "HttpPatch", "HttpHead", "HttpOptions");
    private static final Set<String> COMMONS_METHODS = Set.of("GetMethod", "PostMethod", "PutMethod", "DeleteMethod");
    private static final List<String> REST_ASSURED_SENDS = List.of("get", "post", "put", "delete", "patch", "head",
            "options");
    private static final Set<String> CONNECTIONS = Set.of("HttpURLConnection", "HttpsURLConnection", "URLConnection");
    private static final Set<String> TEMPLATES = Set.of("RestTemplate", "RestOperations");
    private static final Set<String> TEMPLATE_METHODS = Set.of("getForObject", "getForEntity", "postForObject",
            "postForEntity", "exchange", "put", "patchForObject", "postForLocation");
    private static final Set<String> FLUENT = Set.of("WebClient", "RestClient");
    /** Calls that turn a URL builder or a URL into the URL it holds: {@code builder.build().encode().toUri()}. */
    private static final Set<String> URL_TERMINALS = Set.of("toString", "toURL", "toURI", "toUri", "toUriString",
            "build", "encode", "normalize", "toExternalForm", "url", "uri");
    /** How deep the URL's local variables are followed ({@code url} → {@code new URL(url)} → {@code base + …}). */
    private static final int FLOW_DEPTH = 4;

    private final JavaFactsExtractor facts;
    private final CompilationUnit cu;
    private final Map<String, String> typeImports = new HashMap<>();
    private final List<String> wildcards = new ArrayList<>();
    private final List<String> staticImports = new ArrayList<>();

    JavaShapes(JavaFactsExtractor facts, CompilationUnit cu) {
        this.facts = facts;
        this.cu = cu;
        for (ImportDeclaration imp : cu.getImports()) {
            if (imp.isStatic()) {
                staticImports.add(imp.getNameAsString() + (imp.isAsterisk() ? ".*" : ""));
                continue;
            }
            if (imp.isAsterisk()) {
                wildcards.add(imp.getNameAsString());
            } else {
                String name = imp.getNameAsString();
                typeImports.put(name.substring(name.lastIndexOf('.') + 1), name);
            }
        }
    }

    JavaShape build() {
        String pkg = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        TextRange pkgRange = cu.getPackageDeclaration().flatMap(facts::range).orElse(null);
        List<JavaShape.Import> imports = new ArrayList<>();
        for (ImportDeclaration imp : cu.getImports()) {
            facts.range(imp).ifPresent(r -> imports.add(new JavaShape.Import(imp.getNameAsString(), imp.isStatic(),
                    imp.isAsterisk(), r)));
        }
        List<JavaShape.Statement> statements = new ArrayList<>();
        for (ExpressionStmt stmt : facts.all(ExpressionStmt.class)) {
            Optional<TextRange> r = facts.range(stmt);
            Optional<TextRange> e = facts.range(stmt.getExpression());
            if (r.isPresent() && e.isPresent()) {
                TextRange block = inBlock(stmt) ? stmt.getParentNode().flatMap(facts::range).orElse(null) : null;
                statements.add(new JavaShape.Statement(r.get(), e.get(), facts.scopeOf(stmt), block));
            }
        }
        Map<String, Set<String>> names = names();
        List<JavaShape.Request> requests = new ArrayList<>();
        connections(requests);
        apache(requests);
        commons(requests);
        restAssured(requests);
        okhttp(requests);
        jdk(requests);
        fluent(requests);
        templates(requests);
        requests.sort(java.util.Comparator.comparing(r -> r.anchorRange()));
        return new JavaShape(pkg, pkgRange, imports, statements, names, variables(), requests, methods(),
                receiverTypes(), constructors());
    }

    /** The methods the file declares, those its interfaces declare without a body (not default or static) told. */
    private List<JavaShape.Method> methods() {
        List<JavaShape.Method> out = new ArrayList<>();
        for (MethodDeclaration method : facts.all(MethodDeclaration.class)) {
            boolean inInterface = method.getParentNode().filter(p -> p instanceof ClassOrInterfaceDeclaration type
                    && type.isInterface()).isPresent();
            Optional<TextRange> declaration = facts.range(method);
            Optional<TextRange> name = facts.range(method.getName());
            if (declaration.isEmpty() || name.isEmpty()) {
                continue;
            }
            List<JavaShape.Parameter> parameters = new ArrayList<>();
            for (Parameter p : method.getParameters()) {
                Optional<TextRange> range = facts.range(p);
                Optional<TextRange> nameRange = facts.range(p.getName());
                if (range.isEmpty() || nameRange.isEmpty()) {
                    break;
                }
                parameters.add(new JavaShape.Parameter(p.getNameAsString(), range.get(), nameRange.get()));
            }
            if (parameters.size() == method.getParameters().size()) {
                String scope = facts.scopeOf(method);
                out.add(new JavaShape.Method(scope.substring(0, scope.indexOf('#')), method.getNameAsString(),
                        declaration.get(), name.get(), parameters, inInterface && method.getBody().isEmpty()
                        && !method.isStatic()));
            }
        }
        return out;
    }

    /**
     * The declared type of the variable each call is made on ({@code api.post(…)}, {@code this.api.post(…)}), by
     * the call's range: the local, parameter or field it names, as written without type arguments; none for a
     * lambda's parameter or a {@code var} whose type the file does not show.
     */
    private Map<TextRange, String> receiverTypes() {
        Map<TextRange, String> out = new HashMap<>();
        for (MethodCallExpr call : facts.all(MethodCallExpr.class)) {
            Expression scope = call.getScope().orElse(null);
            String type = null;
            if (scope instanceof NameExpr n && !lambdaParameter(n.getNameAsString(), call)) {
                type = declaredType(n.getNameAsString(), call);
            } else if (scope instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) {
                VariableDeclarator field = fieldVariable(f.getNameAsString(), call);
                type = field == null ? null : field.getTypeAsString();
            }
            if (type != null && !type.equals("var")) {
                String written = type.replaceAll("<.*", "");
                facts.range(call).ifPresent(r -> out.put(r, written));
            }
        }
        return out;
    }

    private static boolean lambdaParameter(String name, Node at) {
        Optional<LambdaExpr> lambda = at.findAncestor(LambdaExpr.class);
        while (lambda.isPresent()) {
            if (lambda.get().getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name))) {
                return true;
            }
            lambda = lambda.get().findAncestor(LambdaExpr.class);
        }
        return false;
    }

    private List<JavaShape.Constructor> constructors() {
        List<JavaShape.Constructor> out = new ArrayList<>();
        for (ConstructorDeclaration constructor : facts.all(ConstructorDeclaration.class)) {
            List<JavaShape.Parameter> parameters = new ArrayList<>();
            for (Parameter p : constructor.getParameters()) {
                List<TextRange> reads = new ArrayList<>();
                constructor.getBody().walk(NameExpr.class, n -> {
                    if (n.getNameAsString().equals(p.getNameAsString())) {
                        facts.range(n).ifPresent(reads::add);
                    }
                });
                Optional<TextRange> declaration = facts.range(p);
                Optional<TextRange> name = facts.range(p.getName());
                if (declaration.isEmpty() || name.isEmpty()) {
                    return out;
                }
                parameters.add(new JavaShape.Parameter(p.getNameAsString(), declaration.get(), name.get(), reads));
            }
            out.add(new JavaShape.Constructor(facts.scopeOf(constructor), parameters));
        }
        return out;
    }

    /**
     * The identifiers each method uses (its scope's key), and under {@code ""} the names of the file's types and
     * fields: a name a rewrite introduces must be none of them.
     */
    private Map<String, Set<String>> names() {
        Map<String, Set<String>> names = new HashMap<>();
        for (CallableDeclaration<?> callable : facts.all(CallableDeclaration.class)) {
            Set<String> own = names.computeIfAbsent(facts.scopeOf(callable), k -> new HashSet<>());
            callable.walk(SimpleName.class, n -> own.add(n.getIdentifier()));
        }
        Set<String> declared = names.computeIfAbsent("", k -> new HashSet<>());
        for (TypeDeclaration<?> type : facts.all(TypeDeclaration.class)) {
            declared.add(type.getNameAsString());
            type.getFields().forEach(f -> f.getVariables().forEach(v -> declared.add(v.getNameAsString())));
        }
        return names;
    }

    /** Every name expression of the file by its identifier, from one walk. */
    private Map<String, List<NameExpr>> nameExpressions;

    private List<NameExpr> named(String identifier) {
        if (nameExpressions == null) {
            nameExpressions = new HashMap<>();
            for (NameExpr n : facts.all(NameExpr.class)) {
                nameExpressions.computeIfAbsent(n.getNameAsString(), k -> new ArrayList<>()).add(n);
            }
        }
        return nameExpressions.getOrDefault(identifier, List.of());
    }

    private List<JavaShape.Variable> variables() {
        List<JavaShape.Variable> out = new ArrayList<>();
        for (FieldDeclaration field : facts.all(FieldDeclaration.class)) {
            Optional<TextRange> declared = facts.range(field);
            Optional<Node> type = field.getParentNode();
            // only a String can hold a token
            if (declared.isEmpty() || type.isEmpty() || !simple(field.getElementType().asString()).equals("String")) {
                continue;
            }
            TextRange range = withComment(declared.get());
            for (VariableDeclarator v : field.getVariables()) {
                List<TextRange> reads = new ArrayList<>();
                List<TextRange> writes = new ArrayList<>();
                uses(type.get(), v.getNameAsString(), true, reads, writes);
                out.add(new JavaShape.Variable(v.getNameAsString(), range, field.getVariables().size() == 1,
                        field.isPrivate(), reads, writes, null));
            }
        }
        for (VariableDeclarationExpr local : facts.all(VariableDeclarationExpr.class)) {
            Optional<CallableDeclaration> method = local.findAncestor(CallableDeclaration.class);
            Optional<TextRange> statement = local.getParentNode().filter(p -> p instanceof ExpressionStmt)
                    .flatMap(facts::range);
            if (method.isEmpty() || statement.isEmpty() || !simple(local.getElementType().asString()).equals("String")) {
                continue;
            }
            for (VariableDeclarator v : local.getVariables()) {
                List<TextRange> reads = new ArrayList<>();
                List<TextRange> writes = new ArrayList<>();
                uses(method.get(), v.getNameAsString(), false, reads, writes);
                out.add(new JavaShape.Variable(v.getNameAsString(), statement.get(), local.getVariables().size() == 1,
                        false, reads, writes, facts.scopeOf(local)));
            }
        }
        return out;
    }

    /**
     * A declaration with the comments right before it, on lines of their own ({@code //} lines, a Javadoc).
     */
    private TextRange withComment(TextRange declaration) {
        String text = facts.file.text();
        int start = lineStart(text, declaration.start());
        if (!text.substring(start, declaration.start()).isBlank()) {
            return declaration;
        }
        int from = declaration.start();
        while (start > 0) {
            int previous = lineStart(text, start - 1 - (start >= 2 && text.charAt(start - 2) == '\r'
                    && text.charAt(start - 1) == '\n' ? 1 : 0));
            String line = text.substring(previous, start).strip();
            if (line.startsWith("//")) {
                from = previous;
                start = previous;
                continue;
            }
            if (!line.endsWith("*/")) {
                break;
            }
            int open = text.lastIndexOf("/*", start);
            int openLine = open < 0 ? -1 : lineStart(text, open);
            if (open < 0 || !text.substring(openLine, open).isBlank() || text.indexOf("*/", open) < previous) {
                break;
            }
            from = openLine;
            start = openLine;
        }
        return new TextRange(from, declaration.end());
    }

    private static int lineStart(String text, int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /**
     * The reads and the assignments of a variable in {@code within}: {@code token}, and for a field {@code
     * this.token}, not a local or parameter of the same name.
     */
    private void uses(Node within, String name, boolean field, List<TextRange> reads, List<TextRange> writes) {
        List<Expression> refs = new ArrayList<>();
        for (NameExpr n : named(name)) {
            if (n.isDescendantOf(within) && (!field || localType(name, n) == null)) {
                refs.add(n);
            }
        }
        if (field) {
            within.walk(FieldAccessExpr.class, f -> {
                if (f.getNameAsString().equals(name) && f.getScope() instanceof ThisExpr) {
                    refs.add(f);
                }
            });
        }
        for (Expression ref : refs) {
            Optional<Node> parent = ref.getParentNode();
            if (parent.isPresent() && parent.get() instanceof AssignExpr assign && assign.getTarget() == ref) {
                facts.range(assign).ifPresent(writes::add);
            } else {
                facts.range(ref).ifPresent(reads::add);
            }
        }
        reads.sort(null);
        writes.sort(null);
    }

    /** {@code (HttpURLConnection) url.openConnection()} declared or assigned to a variable. */
    private void connections(List<JavaShape.Request> out) {
        for (MethodCallExpr call : facts.all(MethodCallExpr.class)) {
            if (!call.getNameAsString().equals("openConnection") || call.getScope().isEmpty()) {
                continue;
            }
            Node value = call;
            if (value.getParentNode().orElse(null) instanceof CastExpr cast) {
                if (!CONNECTIONS.contains(simple(cast.getType().asString()))) {
                    continue;
                }
                value = cast;
            }
            Target target = target(value);
            if (target == null || !CONNECTIONS.contains(simple(String.valueOf(declaredType(target.name, call))))) {
                continue;
            }
            out.add(request(Client.URL_CONNECTION, Anchor.AFTER_STATEMENT, call, target.name, target.statement,
                    null, null, call.getScope().get()));
        }
    }

    /** {@code new HttpGet(url)} of Apache HttpClient 4 or 5, in a variable or inline. */
    private void apache(List<JavaShape.Request> out) {
        created(out, Client.APACHE, APACHE_REQUESTS, "org.apache.http.", "org.apache.hc.");
    }

    /** Commons HttpClient 3's {@code new PostMethod(url)}, in a variable or inline. */
    private void commons(List<JavaShape.Request> out) {
        created(out, Client.COMMONS_HTTPCLIENT, COMMONS_METHODS, "org.apache.commons.httpclient.");
    }

    /** A request object created from its URL ({@code new HttpGet(url)}), in a variable or inline. */
    private void created(List<JavaShape.Request> out, Client client, Set<String> types, String... packages) {
        for (ObjectCreationExpr creation : facts.all(ObjectCreationExpr.class)) {
            String type = creation.getType().getNameAsString();
            if (!types.contains(type) || creation.getArguments().isEmpty() || !fromLibrary(type, packages)) {
                continue;
            }
            Target target = target(creation);
            if (target != null) {
                out.add(request(client, Anchor.AFTER_STATEMENT, creation, target.name, target.statement, null, null,
                        creation.getArgument(0)));
                continue;
            }
            Statement before = insertionPoint(creation);
            if (before != null) {
                out.add(request(client, Anchor.INLINE, creation, null, before, creation,
                        creation.getType().asString(), creation.getArgument(0)));
            }
        }
    }

    /** REST Assured's {@code given()…post(url)}: the header goes right after {@code given()}. */
    private void restAssured(List<JavaShape.Request> out) {
        boolean imported = staticImports.stream().anyMatch(i -> i.endsWith("RestAssured.given")
                || i.endsWith("RestAssured.*")) || typeImports.getOrDefault("RestAssured", "").endsWith(
                "restassured.RestAssured");
        if (!imported) {
            return;
        }
        for (MethodCallExpr call : facts.all(MethodCallExpr.class)) {
            boolean given = call.getNameAsString().equals("given") && call.getArguments().isEmpty()
                    && call.getScope().map(s -> s.toString().endsWith("RestAssured")).orElse(true);
            if (!given) {
                continue;
            }
            MethodCallExpr send = null;
            for (String name : REST_ASSURED_SENDS) {
                MethodCallExpr c = chainCall(call, name);
                if (c != null && !c.getArguments().isEmpty()) {
                    send = c;
                    break;
                }
            }
            if (send != null) {
                out.add(request(Client.REST_ASSURED, Anchor.CHAIN, call, null, null, null, null,
                        send.getArgument(0)));
            }
        }
    }

    /** OkHttp's {@code new Request.Builder()…url(u)…}: the header goes right after {@code .url(u)}. */
    private void okhttp(List<JavaShape.Request> out) {
        for (ObjectCreationExpr creation : facts.all(ObjectCreationExpr.class)) {
            String type = creation.getType().getNameWithScope();
            boolean builder = type.equals("Request.Builder") && fromLibrary("Request", "okhttp3.")
                    || type.equals("Builder") && "okhttp3.Request.Builder".equals(typeImports.get("Builder"))
                    || type.equals("okhttp3.Request.Builder");
            if (!builder) {
                continue;
            }
            MethodCallExpr url = chainCall(creation, "url");
            if (url != null && url.getArguments().size() == 1) {
                out.add(request(Client.OKHTTP, Anchor.CHAIN, url, null, null, null, null, url.getArgument(0)));
            }
        }
    }

    /** {@code HttpRequest.newBuilder(uri)} or {@code HttpRequest.newBuilder().uri(uri)} of {@code java.net.http}. */
    private void jdk(List<JavaShape.Request> out) {
        for (MethodCallExpr call : facts.all(MethodCallExpr.class)) {
            if (!call.getNameAsString().equals("newBuilder") || call.getScope().isEmpty()) {
                continue;
            }
            String scope = call.getScope().get().toString();
            if (!scope.equals("java.net.http.HttpRequest") && !(scope.equals("HttpRequest")
                    && fromLibrary("HttpRequest", "java.net.http."))) {
                continue;
            }
            MethodCallExpr at = call.getArguments().size() == 1 ? call : chainCall(call, "uri");
            if (at != null && at.getArguments().size() == 1) {
                out.add(request(Client.JDK_HTTP, Anchor.CHAIN, at, null, null, null, null, at.getArgument(0)));
            }
        }
    }

    /** Spring's {@code webClient.post().uri(…)} and {@code restClient.get().uri(…)}. */
    private void fluent(List<JavaShape.Request> out) {
        for (MethodCallExpr call : facts.all(MethodCallExpr.class)) {
            if (!call.getNameAsString().equals("uri") || call.getArguments().isEmpty()) {
                continue;
            }
            Expression root = call;
            while (root instanceof MethodCallExpr m && m.getScope().isPresent()) {
                root = m.getScope().get();
            }
            // webClient.post(), this.restClient.get(), or a chain that starts at the factory: WebClient.create(…)
            String type = root instanceof NameExpr n ? (FLUENT.contains(n.getNameAsString()) ? n.getNameAsString()
                    : declaredType(n.getNameAsString(), call))
                    : root instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr
                    ? declaredType(f.getNameAsString(), call) : null;
            if (type != null && FLUENT.contains(simple(type)) && fromLibrary(simple(type), "org.springframework.")) {
                out.add(request(Client.SPRING_FLUENT, Anchor.CHAIN, call, null, null, null, null,
                        call.getArgument(0)));
            }
        }
    }

    /**
     * {@code restTemplate.exchange(url, method, new HttpEntity<>(body, headers), …)} gets its header on {@code
     * headers}; a call that sends no headers yet is rewritten to send an {@code HttpEntity} with them.
     */
    private void templates(List<JavaShape.Request> out) {
        for (MethodCallExpr call : facts.all(MethodCallExpr.class)) {
            if (!TEMPLATE_METHODS.contains(call.getNameAsString()) || call.getArguments().isEmpty()
                    || call.getScope().isEmpty()) {
                continue;
            }
            Expression receiver = call.getScope().get();
            String name = receiver instanceof NameExpr n ? n.getNameAsString()
                    : receiver instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr ? f.getNameAsString()
                    : null;
            if (name == null || !TEMPLATES.contains(simple(String.valueOf(declaredType(name, call))))) {
                continue;
            }
            Expression entity = entityArgument(call);
            VariableDeclarator headers = entity == null ? null : headersOf(entity, call);
            if (headers != null) {
                Target target = target(headers.getInitializer().orElse(null));
                if (target != null) {
                    out.add(request(Client.SPRING_HEADERS, Anchor.AFTER_STATEMENT, call, target.name,
                            target.statement, null, null, call.getArgument(0)));
                }
                continue;
            }
            Statement before = entity == null ? insertionPoint(call) : null;
            if (before != null) {
                out.add(request(Client.REST_TEMPLATE, Anchor.TEMPLATE_CALL, call, null, before, null, null,
                        call.getArgument(0)));
            }
        }
    }

    /** The argument of a RestTemplate call that is the request entity, where it is one. */
    private static Expression entityArgument(MethodCallExpr call) {
        String method = call.getNameAsString();
        int index = method.equals("exchange") ? 2 : method.startsWith("get") ? -1 : 1;
        if (index < 0 || index >= call.getArguments().size()) {
            return null;
        }
        Expression arg = call.getArgument(index);
        boolean entity = arg instanceof ObjectCreationExpr c && c.getType().getNameAsString().endsWith("Entity");
        return entity || arg instanceof NameExpr n && n.getNameAsString().toLowerCase().contains("entity")
                || method.equals("exchange") ? arg : null;
    }

    /** The {@code HttpHeaders} local an entity is built with: {@code new HttpEntity<>(body, headers)}. */
    private VariableDeclarator headersOf(Expression entity, Node at) {
        Expression created = entity;
        if (entity instanceof NameExpr n) {
            VariableDeclarator local = local(n.getNameAsString(), at);
            created = local == null ? null : local.getInitializer().orElse(null);
        }
        if (!(created instanceof ObjectCreationExpr c)) {
            return null;
        }
        for (Expression arg : c.getArguments()) {
            if (arg instanceof NameExpr h && "HttpHeaders".equals(simple(String.valueOf(declaredType(
                    h.getNameAsString(), at))))) {
                return local(h.getNameAsString(), at);
            }
        }
        return null;
    }

    private JavaShape.Request request(Client client, Anchor anchor, Node at, String variable, Node statement,
                                      ObjectCreationExpr creation, String type, Expression url) {
        Set<TextRange> sources = new LinkedHashSet<>();
        List<StringExpr> values = new ArrayList<>();
        boolean[] viaParameter = {false};
        flow(url, at, sources, values, viaParameter, FLOW_DEPTH);
        CallableDeclaration<?> method = at.findAncestor(CallableDeclaration.class).orElse(null);
        boolean privateMethod = method != null && method.isPrivate();
        List<TextRange> args = new ArrayList<>();
        String methodName = null;
        if (at instanceof MethodCallExpr call && (anchor == Anchor.TEMPLATE_CALL
                || client == Client.SPRING_HEADERS)) {
            methodName = call.getNameAsString();
            call.getArguments().forEach(a -> facts.range(a).ifPresent(args::add));
        }
        TextRange anchorRange = facts.range(anchor == Anchor.AFTER_STATEMENT ? statement : at).orElseThrow();
        return new JavaShape.Request(client, anchor, facts.scopeOf(at), variable, anchorRange,
                statement == null ? null : facts.range(statement).orElse(null),
                creation == null ? null : facts.range(creation).orElse(null), type, methodName, args,
                List.copyOf(sources), viaParameter[0], privateMethod, values, urlName(url, at));
    }

    /** The String parameter or local, assigned nowhere but in its declaration, that {@code url} unwraps to. */
    private String urlName(Expression url, Node at) {
        if (!(unwrapped(url) instanceof NameExpr name)) {
            return null;
        }
        String id = name.getNameAsString();
        boolean declaredHere = local(id, at) != null || parameter(id, at) != null;
        return declaredHere && "String".equals(localType(id, at)) && assignments(id, at).isEmpty() ? id : null;
    }

    /**
     * The ranges the URL expression is built from: itself, the values of the locals and fields it names, and for a
     * parameter of the method, the arguments the file passes to it; {@code values} gets the whole string values.
     */
    private void flow(Expression url, Node at, Set<TextRange> sources, List<StringExpr> values,
                      boolean[] viaParameter, int depth) {
        Optional<TextRange> own = facts.range(url);
        if (own.isEmpty() || !sources.add(own.get()) || depth == 0) {
            return;
        }
        Expression value = unwrapped(url);
        if (value instanceof ConditionalExpr conditional) {
            // each branch is a URL of its own: one of them may not be Zoho's
            flow(conditional.getThenExpr(), at, sources, values, viaParameter, depth);
            flow(conditional.getElseExpr(), at, sources, values, viaParameter, depth);
            return;
        }
        if (!(value instanceof NameExpr)) {
            values.add(facts.expr(value, facts.scopeOf(value)));
        }
        List<NameExpr> names = new ArrayList<>();
        if (url instanceof NameExpr n) {
            names.add(n);
        } else {
            url.walk(NameExpr.class, names::add);
        }
        for (NameExpr name : names) {
            // only a name that is the URL itself gives the URL its values; others are parts of it
            boolean whole = name == value;
            List<StringExpr> into = whole ? values : new ArrayList<>();
            int known = into.size();
            flowName(name, whole, at, sources, into, viaParameter, depth);
            if (whole && into.size() == known) {
                // a URL from where the file does not show (a field set from outside, a constructor's parameter)
                into.add(StringExpr.hole(name.getNameAsString(), facts.range(name).orElse(own.get()),
                        facts.scopeOf(name)));
            }
        }
    }

    /** The values a name in a URL stands for: its local's, its method's callers', its field's. */
    private void flowName(NameExpr name, boolean whole, Node at, Set<TextRange> sources, List<StringExpr> into,
                          boolean[] viaParameter, int depth) {
        String id = name.getNameAsString();
        VariableDeclarator local = local(id, at);
        if (local != null) {
            // a StringBuilder's value is its declaration and the appends after it
            facts.range(local).ifPresent(sources::add);
            local.getInitializer().ifPresent(v -> flow(v, local, sources, into, viaParameter, depth - 1));
            assignments(id, at).forEach(v -> flow(v, v, sources, into, viaParameter, depth - 1));
            return;
        }
        Parameter parameter = parameter(id, at);
        if (parameter != null) {
            // a parameter that is a part of the URL (a channel name) is not where the URL comes from
            if (whole && parameter.getParentNode().orElse(null) instanceof MethodDeclaration method) {
                viaParameter[0] = true;
                int index = method.getParameters().indexOf(parameter);
                for (MethodCallExpr call : facts.all(MethodCallExpr.class)) {
                    if (call.getNameAsString().equals(method.getNameAsString())
                            && call.getArguments().size() == method.getParameters().size()
                            && call.getScope().map(s -> s instanceof ThisExpr).orElse(true)) {
                        flow(call.getArgument(index), call, sources, into, new boolean[1], depth - 1);
                    }
                }
            }
            return;
        }
        VariableDeclarator field = fieldVariable(id, at);
        if (field != null) {
            field.getInitializer().ifPresent(v -> flow(v, field, sources, into, viaParameter, depth - 1));
            fieldAssignments(id, field).forEach(v -> flow(v, v, sources, into, viaParameter, depth - 1));
        }
    }

    /** The values assigned to a field anywhere in its class: a constructor's, a setter's. */
    private List<Expression> fieldAssignments(String name, VariableDeclarator field) {
        List<Expression> out = new ArrayList<>();
        field.findAncestor(TypeDeclaration.class).ifPresent(type -> type.walk(AssignExpr.class, a -> {
            Expression t = a.getTarget();
            if (t instanceof FieldAccessExpr f && f.getNameAsString().equals(name) && f.getScope() instanceof ThisExpr
                    || t instanceof NameExpr n && n.getNameAsString().equals(name) && local(name, a) == null
                    && parameter(name, a) == null) {
                out.add(a.getValue());
            }
        }));
        return out;
    }

    /**
     * The string inside {@code new URL(s)}, {@code URI.create(s)}, {@code new URI(s)}, {@code s.toString()}, and the
     * builder inside {@code builder.build().encode().toUri()}.
     */
    private static Expression unwrapped(Expression url) {
        Expression cur = url;
        while (true) {
            if (cur instanceof ObjectCreationExpr c && c.getArguments().size() == 1
                    && Set.of("URL", "URI").contains(c.getType().getNameAsString())) {
                cur = c.getArgument(0);
            } else if (cur instanceof MethodCallExpr m && m.getArguments().size() == 1
                    && Set.of("create", "parse", "get").contains(m.getNameAsString()) && m.getScope().filter(s ->
                    Set.of("URI", "HttpUrl", "Uri").contains(s.toString())).isPresent()) {
                cur = m.getArgument(0);
            } else if (cur instanceof MethodCallExpr m && m.getArguments().isEmpty() && m.getScope().isPresent()
                    && URL_TERMINALS.contains(m.getNameAsString())) {
                cur = m.getScope().get();
            } else {
                return cur;
            }
        }
    }

    /** The values assigned to {@code name} in the method around {@code at}. */
    private List<Expression> assignments(String name, Node at) {
        List<Expression> out = new ArrayList<>();
        Node body = at.findAncestor(CallableDeclaration.class).map(n -> (Node) n).orElse(null);
        if (body != null) {
            body.walk(AssignExpr.class, a -> {
                Expression t = a.getTarget();
                if (t instanceof NameExpr n && n.getNameAsString().equals(name)
                        || t instanceof FieldAccessExpr f && f.getNameAsString().equals(name)) {
                    out.add(a.getValue());
                }
            });
        }
        return out;
    }

    /** The variable a value is declared into or assigned to, and the statement that does it. */
    private record Target(String name, Node statement) {}

    private Target target(Node value) {
        if (value == null) {
            return null;
        }
        Node parent = value.getParentNode().orElse(null);
        if (parent instanceof VariableDeclarator v && v.getParentNode().orElse(null) instanceof
                VariableDeclarationExpr d && d.getVariables().size() == 1
                && d.getParentNode().orElse(null) instanceof ExpressionStmt stmt && inBlock(stmt)) {
            return new Target(v.getNameAsString(), stmt);
        }
        if (parent instanceof AssignExpr a && a.getValue() == value && a.getOperator() == AssignExpr.Operator.ASSIGN
                && a.getParentNode().orElse(null) instanceof ExpressionStmt stmt && inBlock(stmt)) {
            Expression t = a.getTarget();
            String name = t instanceof NameExpr n ? n.getNameAsString()
                    : t instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr ? f.getNameAsString() : null;
            return name == null ? null : new Target(name, stmt);
        }
        return null;
    }

    /**
     * The statement before which code can be inserted so that it runs once, right before {@code node} is
     * evaluated: an expression, return or throw statement, a try's resource, an if's condition, in a block and
     * not inside a lambda.
     */
    private static Statement insertionPoint(Node node) {
        Node cur = node;
        while (cur.getParentNode().isPresent()) {
            Node parent = cur.getParentNode().get();
            if (parent instanceof LambdaExpr) {
                return null;
            }
            if (parent instanceof Statement stmt) {
                boolean once = stmt instanceof ExpressionStmt || stmt instanceof ReturnStmt
                        || stmt instanceof ThrowStmt || stmt instanceof TryStmt t && t.getResources().contains(cur)
                        || stmt instanceof IfStmt i && i.getCondition() == cur;
                boolean inBlock = inBlock(stmt);
                return once && inBlock ? stmt : null;
            }
            cur = parent;
        }
        return null;
    }

    /** Whether a statement stands in a block, where a statement can go before or after it. */
    private static boolean inBlock(Statement statement) {
        // a switch rule (case 1 -> x = null;) holds one statement that cannot go
        return statement.getParentNode().filter(p -> p instanceof BlockStmt || p instanceof SwitchEntry e
                && e.getType() == SwitchEntry.Type.STATEMENT_GROUP).isPresent();
    }

    /** The next call named {@code name} up the chain that starts at {@code start}. */
    private static MethodCallExpr chainCall(Expression start, String name) {
        Node cur = start;
        while (cur.getParentNode().orElse(null) instanceof MethodCallExpr call && call.getScope().orElse(null) == cur) {
            if (call.getNameAsString().equals(name)) {
                return call;
            }
            cur = call;
        }
        return null;
    }

    /** The declared type of {@code name} where {@code at} reads it: a local, a parameter or a field. */
    private String declaredType(String name, Node at) {
        String local = localType(name, at);
        if (local != null) {
            return local;
        }
        VariableDeclarator field = fieldVariable(name, at);
        return field == null ? null : field.getTypeAsString();
    }

    private String localType(String name, Node at) {
        VariableDeclarator local = local(name, at);
        if (local != null) {
            return local.getTypeAsString().equals("var") ? local.getInitializer()
                    .filter(i -> i instanceof ObjectCreationExpr).map(i -> ((ObjectCreationExpr) i).getType()
                            .getNameAsString()).orElse("var") : local.getTypeAsString();
        }
        Parameter p = parameter(name, at);
        return p == null ? null : p.getTypeAsString();
    }

    private VariableDeclarator local(String name, Node at) {
        Optional<CallableDeclaration> method = at.findAncestor(CallableDeclaration.class);
        Optional<LambdaExpr> lambda = at.findAncestor(LambdaExpr.class);
        Node body = method.map(m -> (Node) m).or(() -> lambda.map(l -> (Node) l)).orElse(null);
        if (body == null) {
            return null;
        }
        List<VariableDeclarator> found = localsOf(body).getOrDefault(name, List.of());
        return found.size() == 1 ? found.get(0) : null;
    }

    /** Each body's local variables by name, from one walk of it: every call of a method asks for its receiver's. */
    private final Map<Node, Map<String, List<VariableDeclarator>>> locals = new java.util.IdentityHashMap<>();

    private Map<String, List<VariableDeclarator>> localsOf(Node body) {
        return locals.computeIfAbsent(body, b -> {
            Map<String, List<VariableDeclarator>> byName = new HashMap<>();
            b.walk(VariableDeclarator.class, v -> {
                if (!(v.getParentNode().orElse(null) instanceof FieldDeclaration)) {
                    byName.computeIfAbsent(v.getNameAsString(), k -> new ArrayList<>()).add(v);
                }
            });
            return byName;
        });
    }

    private static Parameter parameter(String name, Node at) {
        Optional<CallableDeclaration> method = at.findAncestor(CallableDeclaration.class);
        if (method.isEmpty()) {
            return null;
        }
        for (Object p : method.get().getParameters()) {
            if (((Parameter) p).getNameAsString().equals(name)) {
                return (Parameter) p;
            }
        }
        return null;
    }

    private static VariableDeclarator fieldVariable(String name, Node at) {
        Optional<TypeDeclaration> type = at.findAncestor(TypeDeclaration.class);
        while (type.isPresent()) {
            for (Object f : type.get().getFields()) {
                for (VariableDeclarator v : ((FieldDeclaration) f).getVariables()) {
                    if (v.getNameAsString().equals(name)) {
                        return v;
                    }
                }
            }
            type = type.get().findAncestor(TypeDeclaration.class);
        }
        return null;
    }

    /** Whether the simple type name comes from one of the packages: imported from there, or a wildcard of it. */
    private boolean fromLibrary(String simpleName, String... packages) {
        String imported = typeImports.get(simpleName);
        for (String p : packages) {
            if (imported != null && imported.startsWith(p)) {
                return true;
            }
            if (imported == null && wildcards.stream().anyMatch(w -> (w + ".").startsWith(p))) {
                return true;
            }
        }
        return false;
    }

    private static String simple(String type) {
        String t = type.replaceAll("<.*", "");
        return t.substring(t.lastIndexOf('.') + 1);
    }
}

package io.cliqmigrate.rules.support.java;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Comment;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.code.JavaShape;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.ZohoHints;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.rules.support.Calls;
import io.cliqmigrate.rules.support.SettingRewrites;
import io.cliqmigrate.rules.support.UrlContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP client interface whose method takes the legacy authtoken as a parameter: Retrofit's {@code
 * @Query("authtoken") String authtoken} (JAX-RS's {@code @QueryParam}, Spring's {@code @RequestParam}), or a Feign
 * template's {@code ?authtoken={token}} filled from {@code @Param("token") String token}. The OAuth rewrite makes
 * the parameter the request's Authorization header ({@code @Header("Authorization") String authorization}; {@code
 * @Headers("Authorization: {authorization}")} on the Feign method), and every call of the method, in other files,
 * passes the token provider's header value there instead of the authtoken ({@link JavaClientCalls}): the fix of the
 * interface {@linkplain Fix#needs() needs} the parameter's key, which the fixes of the calls cover.
 */
public final class JavaClientInterfaces {
    /** A query parameter annotation and the header annotation of the same package that replaces it. */
    private static final Map<String, String> HEADER_OF = Map.of(
            "retrofit2.http.Query", "retrofit2.http.Header",
            "retrofit.http.Query", "retrofit.http.Header",
            "javax.ws.rs.QueryParam", "javax.ws.rs.HeaderParam",
            "jakarta.ws.rs.QueryParam", "jakarta.ws.rs.HeaderParam",
            "org.springframework.web.bind.annotation.RequestParam",
            "org.springframework.web.bind.annotation.RequestHeader");
    /** {@code ?authtoken=} or {@code &authtoken=} in a Feign template, with the variable that fills it. */
    private static final Pattern TEMPLATE_TOKEN = Pattern.compile("(?i)([?&])(auth_?token)=(?:\\{(\\w+)\\})?");
    private static final String PARAMETER_NAME = "authorization";
    private static final String FEIGN_HEADER = "\"Authorization: {" + PARAMETER_NAME + "}\"";

    private JavaClientInterfaces() {}

    /** How the authtoken parameter reaches the request. */
    enum Style {
        /** A query parameter annotation on the parameter ({@code @Query("authtoken")}). */
        ANNOTATED,
        /** A variable of the method's Feign {@code @RequestLine} template ({@code ?authtoken={token}}). */
        TEMPLATE
    }

    /**
     * A parameter of an interface's method that carries the authtoken: {@code index} among the method's parameters,
     * {@code annotation} the query annotation on it or the method's {@code @RequestLine}.
     */
    record LegacyParameter(JavaShape.Method method, int index, Style style, CallFact annotation) {
        String key(CodeFacts facts) {
            return Fix.parameterKey(facts.file().path(), method.name(), method.parameters().size(), index);
        }

        JavaShape.Parameter parameter() {
            return method.parameters().get(index);
        }
    }

    /**
     * A Feign {@code @RequestLine} template that sends the authtoken in its query, in code that talks to Zoho:
     * where to report it.
     */
    public record Template(CallFact requestLine, TextRange place) {}

    /**
     * The {@code @RequestLine("GET /api/v1/agents?authtoken={token}…")} templates of the file that send an
     * authtoken to Zoho: the path is one only Zoho's APIs have, or the file talks to Zoho (its code, or the doc
     * comment of one of its types or methods, names it; a template holds a path, never the host that would tell).
     */
    public static List<Template> templates(CodeFacts facts) {
        List<Template> out = new ArrayList<>();
        for (CallFact call : facts.calls()) {
            if (!isRequestLine(call)) {
                continue;
            }
            FoldedString folded = facts.fold(call.arg(0));
            Matcher m = TEMPLATE_TOKEN.matcher(folded.text());
            UrlContext.Host host = m.find() ? UrlContext.hostBefore(folded, m.start()) : UrlContext.Host.OTHER;
            if (host == UrlContext.Host.OTHER || host == UrlContext.Host.UNKNOWN && !facts.hasZohoContext(call.scope())
                    && !docNamesZoho(facts)) {
                continue;
            }
            FoldedString.Segment segment = folded.segmentAt(m.start(2));
            TextRange written = segment == null ? null : segment.written(folded.offsetInSegment(m.start(2)),
                    folded.offsetInSegment(m.start(2)) + m.group(2).length());
            out.add(new Template(call, written != null ? written : call.arg(0).range()));
        }
        return out;
    }

    /** Whether the string is the template of a Feign {@code @RequestLine}, which {@link #templates} reports. */
    public static boolean isTemplate(CodeFacts facts, io.cliqmigrate.core.code.StringExpr expr) {
        return facts.calls().stream().anyMatch(c -> isRequestLine(c) && c.arg(0).range().equals(expr.range()));
    }

    private static boolean isRequestLine(CallFact call) {
        return (call.name().equals("@RequestLine") || call.name().equals("@feign.RequestLine"))
                && call.args().size() == 1;
    }

    private static boolean docNamesZoho(CodeFacts facts) {
        return facts.comments().stream().anyMatch(c -> c.text().startsWith("/**") && ZohoHints.isHint(c.text()));
    }

    /**
     * The parameters of the file's interface methods that carry the authtoken to Zoho, where one rewrite can make
     * them the Authorization header: the method is the only one of its name and arity in the interface, and the
     * file names it nowhere else.
     */
    static List<LegacyParameter> legacyParameters(CodeFacts facts) {
        Optional<JavaShape> shape = facts.java();
        if (shape.isEmpty()) {
            return List.of();
        }
        List<Template> templates = null;
        List<LegacyParameter> out = new ArrayList<>();
        for (JavaShape.Method method : shape.get().methods()) {
            if (!method.abstractInInterface()) {
                continue;
            }
            for (CallFact a : annotations(facts, method.declaration())) {
                if (HEADER_OF.keySet().stream().anyMatch(q -> simple(q).equals(a.simpleName())) && a.args().size() >= 1
                        && Calls.isAuthtokenKey(Calls.knownText(facts, a.arg(0))) && Calls.inZohoContext(facts, a)) {
                    int index = indexOf(method, a.range());
                    if (index >= 0) {
                        out.add(new LegacyParameter(method, index, Style.ANNOTATED, a));
                    }
                } else if (a.simpleName().equals("RequestLine")) {
                    templates = templates != null ? templates : templates(facts);
                    if (templates.stream().anyMatch(t -> t.requestLine() == a)) {
                        templateParameter(facts, method, a).ifPresent(out::add);
                    }
                }
            }
        }
        out.removeIf(p -> !onlyNamedOnce(facts, shape.get(), p.method()));
        return out;
    }

    /** The parameter whose {@code @Param} names the variable of the template's {@code authtoken={…}}. */
    private static Optional<LegacyParameter> templateParameter(CodeFacts facts, JavaShape.Method method,
                                                               CallFact requestLine) {
        Matcher m = TEMPLATE_TOKEN.matcher(facts.fold(requestLine.arg(0)).text());
        if (!m.find() || m.group(3) == null) {
            return Optional.empty();
        }
        for (CallFact a : annotations(facts, method.declaration())) {
            if (a.simpleName().equals("Param") && a.args().size() == 1
                    && m.group(3).equals(Calls.knownText(facts, a.arg(0)))) {
                int index = indexOf(method, a.range());
                return index < 0 ? Optional.empty()
                        : Optional.of(new LegacyParameter(method, index, Style.TEMPLATE, requestLine));
            }
        }
        return Optional.empty();
    }

    /**
     * The fix of the interface for the authtoken parameter whose annotation or template is {@code at}: the
     * parameter becomes the Authorization header, for its callers to pass, which they must all do in the same
     * fix ({@link Fix#needs}); empty where the file's imports do not tell the library or the method already sends
     * an Authorization header.
     */
    public static Optional<Fix> fix(RuleContext ctx, CodeFacts facts, CallFact at) {
        Optional<LegacyParameter> legacy = legacyParameters(facts).stream().filter(p -> p.annotation() == at)
                .findFirst();
        if (legacy.isEmpty() || facts.java().isEmpty()) {
            return Optional.empty();
        }
        LegacyParameter p = legacy.get();
        JavaShape shape = facts.java().get();
        boolean nameTaken = p.method().parameters().stream()
                .anyMatch(other -> other != p.parameter() && other.name().equals(PARAMETER_NAME));
        if (nameTaken || sendsAuthorization(facts, p.method())) {
            return Optional.empty();
        }
        Optional<List<TextEdit>> edits = p.style() == Style.ANNOTATED ? annotatedEdits(ctx, facts, shape, p)
                : templateEdits(ctx, facts, shape, p);
        String member = simple(p.method().type()) + "." + p.method().name();
        return edits.map(e -> Fix.review(SettingRewrites.OAUTH_HEADER, "Send an OAuth access token as the "
                                + "Authorization header of " + member + " instead of the authtoken; its callers in other "
                                + "files pass the token provider's header value (in the same fix)", e,
                        "Create a Self Client in the Zoho API console of your data centre, generate its refresh token, "
                                + "and set ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET and ZOHO_REFRESH_TOKEN in the environment "
                                + "(the token provider reads them)",
                        SettingRewrites.REVOKE)
                .needing(List.of(p.key(facts))));
    }

    /**
     * Whether the method already sends an Authorization header: an annotation of it or of a parameter names one
     * ({@code @Header("Authorization")}, {@code @Headers("Authorization: …")}), or a type's {@code @Headers} does.
     */
    private static boolean sendsAuthorization(CodeFacts facts, JavaShape.Method method) {
        return facts.calls().stream().anyMatch(c -> c.isAnnotation() && (c.simpleName().equals("Headers")
                || method.declaration().start() <= c.range().start() && c.range().end() <= method.declaration().end())
                && c.args().stream().anyMatch(a -> facts.sourceText(a.range()).toLowerCase(java.util.Locale.ROOT)
                        .contains("authorization")));
    }

    /**
     * {@code @Query("authtoken") String authtoken} → {@code @Header("Authorization") String authorization}, the
     * header annotation imported and the query one's import dropped where nothing else uses it.
     */
    private static Optional<List<TextEdit>> annotatedEdits(RuleContext ctx, CodeFacts facts, JavaShape shape,
                                                           LegacyParameter p) {
        String query = qualified(shape, p.annotation());
        String header = query == null ? null : HEADER_OF.get(query);
        if (header == null) {
            return Optional.empty();
        }
        JavaImports.Use use = JavaImports.of(ctx, shape, header);
        Optional<JavaShape.Import> unused = unusedImport(ctx, facts, shape, query, p.annotation().nameRange());
        List<TextEdit> edits = new ArrayList<>();
        if (use.edit().isPresent() && unused.isPresent()
                && use.edit().get().range().start() == lineStart(ctx.file().text(), unused.get().range().start())) {
            // the header's import sorts right before the query's: it takes that import's place
            edits.add(ctx.edit(unused.get().range(), "import " + header + ";"));
        } else {
            use.edit().ifPresent(edits::add);
            unused.ifPresent(imp -> edits.add(JavaEdits.deleteStatement(ctx, imp.range())));
        }
        edits.add(ctx.edit(p.annotation().range(), "@" + use.name() + "(\"Authorization\")"));
        rename(ctx, p).ifPresent(edits::add);
        return Optional.of(edits);
    }

    /**
     * {@code @RequestLine("GET /agents?authtoken={token}&orgId={orgId}")} → {@code "GET /agents?orgId={orgId}"}
     * with {@code @Headers("Authorization: {authorization}")} on the method (added to its own {@code @Headers}),
     * and {@code @Param("token") String token} → {@code @Param("authorization") String authorization}.
     */
    private static Optional<List<TextEdit>> templateEdits(RuleContext ctx, CodeFacts facts, JavaShape shape,
                                                          LegacyParameter p) {
        if (!"feign.RequestLine".equals(qualified(shape, p.annotation()))) {
            return Optional.empty();
        }
        FoldedString template = facts.fold(p.annotation().arg(0));
        Matcher m = TEMPLATE_TOKEN.matcher(template.text());
        if (!m.find()) {
            return Optional.empty();
        }
        String variable = "{" + m.group(3) + "}";
        String method = ctx.file().slice(p.method().declaration());
        if (method.indexOf(variable) != method.lastIndexOf(variable) || method.contains("{" + PARAMETER_NAME + "}")) {
            // the token fills another part of the request too, or the new name is the template's already
            return Optional.empty();
        }
        String text = template.text();
        boolean first = m.group(1).equals("?");
        boolean more = m.end() < text.length() && text.charAt(m.end()) == '&';
        // ?authtoken={t}&orgId=… keeps its ?; …&authtoken={t} and a lone ?authtoken={t} lose their joint
        int from = first && more ? m.start(2) : m.start();
        int to = first && more ? m.end() + 1 : m.end();
        Optional<TextRange> removed = written(template, from, to);
        Optional<CallFact> param = annotations(facts, p.parameter().range()).stream()
                .filter(a -> a.simpleName().equals("Param")).findFirst();
        if (removed.isEmpty() || param.isEmpty()) {
            return Optional.empty();
        }
        List<TextEdit> edits = new ArrayList<>();
        edits.add(ctx.edit(removed.get(), ""));
        Optional<List<TextEdit>> headers = headers(ctx, facts, shape, p);
        if (headers.isEmpty()) {
            return Optional.empty();
        }
        edits.addAll(headers.get());
        edits.add(ctx.edit(param.get().arg(0).range(), "\"" + PARAMETER_NAME + "\""));
        rename(ctx, p).ifPresent(edits::add);
        return Optional.of(edits);
    }

    /**
     * The method's {@code @Headers} gains the Authorization header, or the method gets one right after its
     * {@code @RequestLine} (a type's {@code @Headers} applies to every method, and stays as it is).
     */
    private static Optional<List<TextEdit>> headers(RuleContext ctx, CodeFacts facts, JavaShape shape,
                                                    LegacyParameter p) {
        String text = ctx.file().text();
        Optional<CallFact> own = annotations(facts, p.method().declaration()).stream()
                .filter(a -> a.simpleName().equals("Headers") && a.range().end() <= p.method().nameRange().start())
                .findFirst();
        if (own.isPresent()) {
            TextRange value = own.get().arg(0).range();
            String written = ctx.file().slice(value);
            if (!written.startsWith("{")) {
                return Optional.of(List.of(ctx.edit(value, "{" + written + ", " + FEIGN_HEADER + "}")));
            }
            int close = value.end() - 1;
            int last = close - 1;
            while (last > value.start() && Character.isWhitespace(text.charAt(last))) {
                last--;
            }
            String joint = text.charAt(last) == ',' || last == value.start() ? " " : ", ";
            return Optional.of(List.of(ctx.edit(new TextRange(last + 1, last + 1), joint + FEIGN_HEADER)));
        }
        JavaImports.Use use = JavaImports.of(ctx, shape, "feign.Headers");
        List<TextEdit> edits = new ArrayList<>();
        use.edit().ifPresent(edits::add);
        int after = p.annotation().range().end();
        String annotation = "@" + use.name() + "(" + FEIGN_HEADER + ")";
        boolean endsLine = after == text.length() || text.charAt(after) == '\n' || text.charAt(after) == '\r';
        edits.add(ctx.edit(new TextRange(after, after), endsLine
                ? lineBreak(text, after) + indentation(text, p.annotation().range().start()) + annotation
                : " " + annotation));
        return Optional.of(edits);
    }

    /** The parameter's new name, where it has another. */
    private static Optional<TextEdit> rename(RuleContext ctx, LegacyParameter p) {
        return p.parameter().name().equals(PARAMETER_NAME) ? Optional.empty()
                : Optional.of(ctx.edit(p.parameter().nameRange(), PARAMETER_NAME));
    }

    /**
     * The import of {@code qualified}, where the file names its simple name nowhere else but at {@code replaced}
     * (comments aside).
     */
    private static Optional<JavaShape.Import> unusedImport(RuleContext ctx, CodeFacts facts, JavaShape shape,
                                                   String qualified, TextRange replaced) {
        Optional<JavaShape.Import> imp = shape.imports().stream()
                .filter(i -> !i.isStatic() && !i.asterisk() && i.name().equals(qualified)).findFirst();
        if (imp.isEmpty()) {
            return Optional.empty();
        }
        Matcher uses = word(simple(qualified)).matcher(ctx.file().text());
        while (uses.find()) {
            int at = uses.start();
            boolean elsewhere = !contains(imp.get().range(), at) && !contains(replaced, at)
                    && facts.comments().stream().noneMatch(c -> contains(c.range(), at));
            if (elsewhere) {
                return Optional.empty();
            }
        }
        return imp;
    }

    /** The qualified name of an annotation, as the file's imports tell; {@code null} when they do not. */
    private static String qualified(JavaShape shape, CallFact annotation) {
        String written = annotation.name().substring(1);
        if (written.contains(".")) {
            return written;
        }
        for (JavaShape.Import imp : shape.imports()) {
            if (!imp.isStatic() && !imp.asterisk() && imp.name().endsWith("." + written)) {
                return imp.name();
            }
        }
        List<String> known = new ArrayList<>(HEADER_OF.keySet());
        known.add("feign.RequestLine");
        for (JavaShape.Import imp : shape.imports()) {
            String candidate = imp.name() + "." + written;
            if (!imp.isStatic() && imp.asterisk() && known.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Whether the method is the only one of its name and arity in its interface, and the file uses it nowhere but
     * where it declares it (a default method's call would keep passing the authtoken).
     */
    private static boolean onlyNamedOnce(CodeFacts facts, JavaShape shape, JavaShape.Method method) {
        if (usedElsewhere(facts, shape, method, at -> at == method.nameRange().start())) {
            return false;
        }
        return shape.methods().stream().filter(m -> m.type().equals(method.type()) && m.name().equals(method.name())
                && m.parameters().size() == method.parameters().size()).count() == 1;
    }

    /**
     * Whether the file uses the method other than at the places {@code ours} accepts: a method reference ({@code
     * api::post}), or a call or declaration of its name and arity. A call or declaration of another arity is an
     * overload, and a variable, a comment or a string's text of its name is no use of it.
     */
    static boolean usedElsewhere(CodeFacts facts, JavaShape shape, JavaShape.Method method,
                                 java.util.function.IntPredicate ours) {
        String text = facts.file().text();
        int arity = method.parameters().size();
        Matcher uses = word(method.name()).matcher(text);
        while (uses.find()) {
            int at = uses.start();
            if (ours.test(at) || inCommentOrText(facts, at)) {
                continue;
            }
            int before = at - 1;
            while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
                before--;
            }
            int after = uses.end();
            while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
                after++;
            }
            boolean reference = before >= 1 && text.charAt(before) == ':' && text.charAt(before - 1) == ':';
            boolean called = after < text.length() && text.charAt(after) == '(';
            boolean overload = facts.calls().stream().anyMatch(c -> c.nameRange().start() == at
                    && c.args().size() != arity)
                    || shape.methods().stream().anyMatch(m -> m.nameRange().start() == at
                    && m.parameters().size() != arity);
            if (reference || called && !overload) {
                return true;
            }
        }
        return false;
    }

    /** Whether the offset is in a comment or written in a string literal ({@code @GET("api/v2/channels")}). */
    private static boolean inCommentOrText(CodeFacts facts, int at) {
        for (Comment c : facts.comments()) {
            if (contains(c.range(), at)) {
                return true;
            }
        }
        java.util.function.Predicate<io.cliqmigrate.core.code.StringExpr> holds = e -> contains(e.range(), at)
                && e.parts().stream().anyMatch(p -> p instanceof Part.Literal && contains(p.range(), at));
        return facts.strings().stream().anyMatch(holds)
                || facts.calls().stream().anyMatch(c -> c.args().stream().anyMatch(holds));
    }

    /** The annotations written in {@code range}. */
    private static List<CallFact> annotations(CodeFacts facts, TextRange range) {
        return facts.calls().stream().filter(c -> c.isAnnotation() && range.start() <= c.range().start()
                && c.range().end() <= range.end()).toList();
    }

    private static int indexOf(JavaShape.Method method, TextRange annotation) {
        for (int i = 0; i < method.parameters().size(); i++) {
            TextRange r = method.parameters().get(i).range();
            if (r.start() <= annotation.start() && annotation.end() <= r.end()) {
                return i;
            }
        }
        return -1;
    }

    /** Where the characters [{@code from}, {@code to}) of the folded text are written, when one literal does. */
    private static Optional<TextRange> written(FoldedString folded, int from, int to) {
        FoldedString.Segment segment = folded.segmentAt(from);
        if (segment == null || segment.kind() != FoldedString.Kind.LITERAL || folded.segmentAt(to - 1) != segment) {
            return Optional.empty();
        }
        int at = folded.offsetInSegment(from);
        return Optional.ofNullable(segment.written(at, at + to - from));
    }

    private static int lineStart(String text, int at) {
        int start = at;
        while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
            start--;
        }
        return start;
    }

    private static String indentation(String text, int at) {
        int start = lineStart(text, at);
        int end = start;
        while (end < at && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }

    /** The file's line break where {@code at} ends a line. */
    private static String lineBreak(String text, int at) {
        return at < text.length() && text.charAt(at) == '\r' ? "\r\n" : "\n";
    }

    static Pattern word(String name) {
        return Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])");
    }

    private static boolean contains(TextRange range, int at) {
        return range.start() <= at && at < range.end();
    }

    static String simple(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}

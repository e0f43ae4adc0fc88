package io.cliqmigrate.rules.support.java;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.JavaShape;
import io.cliqmigrate.core.code.JavaShape.Request;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.RuleContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Adds {@code Authorization: <value>} to a request through the API that sends it: a statement after the one that
 * creates a connection or request ({@code conn.setRequestProperty}, {@code request.setHeader}, {@code
 * headers.set}), a call in a builder chain ({@code .header}, {@code .setHeader}), a variable for a request created
 * inline, or headers sent with a {@code RestTemplate} call. Every setter used replaces a header of the same name,
 * so a request that already sends one (a header being rewritten elsewhere) still sends exactly one.
 */
public final class JavaHeaders {
    private static final String SPRING_HTTP = "org.springframework.http.";

    private JavaHeaders() {}

    /**
     * The edits that add the header with the value {@code valueCode}, given the fix's other edits ({@code
     * others}: those inside code this moves are applied to the moved text and left out of the result). Empty
     * when the request's shape has no safe place for it. A {@code guard} (URL prefixes, for a request made right
     * after a statement) limits the header to requests whose URL starts with one of them.
     */
    public static Optional<List<TextEdit>> add(RuleContext ctx, CodeFacts facts, JavaShape shape, Request request,
                                               String valueCode, List<String> guard, List<TextEdit> others) {
        if (!guard.isEmpty() && (request.anchor() != JavaShape.Anchor.AFTER_STATEMENT || request.urlName() == null)) {
            return Optional.empty();
        }
        String text = ctx.file().text();
        if (setsAuthorization(facts, shape, request, text)) {
            // its own Authorization header (rewritten to the provider's by the header's fix) carries the token
            return Optional.of(others);
        }
        List<TextEdit> out = new ArrayList<>();
        switch (request.anchor()) {
            case AFTER_STATEMENT -> {
                String indent = facts.indentation(request.anchorRange().start());
                String set = request.variable() + "." + setter(request.client()) + "(\"Authorization\", " + valueCode
                        + ");";
                int at = afterStatement(text, request.anchorRange().end());
                out.add(ctx.edit(new TextRange(at, at), "\n" + indent + (guard.isEmpty() ? set
                        : guarded(request.urlName(), guard, set, indent, unit(facts, shape, request, indent)))));
                out.addAll(others);
            }
            case CHAIN -> {
                // Spring's fluent header(…) adds a value: headers(…).set replaces one a rewritten call still sends
                String call = request.client() == JavaShape.Client.SPRING_FLUENT
                        ? ".headers(h -> h.set(\"Authorization\", " + valueCode + "))"
                        : (request.client() == JavaShape.Client.JDK_HTTP ? ".setHeader" : ".header")
                        + "(\"Authorization\", " + valueCode + ")";
                int at = request.anchorRange().end();
                int next = skipBlanks(text, at);
                boolean ownLine = next < text.length() && text.charAt(next) == '.'
                        && text.substring(at, next).indexOf('\n') >= 0;
                out.add(ctx.edit(new TextRange(at, at), ownLine ? "\n" + facts.indentation(next) + call : call));
                out.addAll(others);
            }
            case INLINE -> {
                String name = fresh(shape, request.scope(), "request", "zohoRequest");
                String creation = applied(ctx, request.creation(), others, out);
                String indent = facts.indentation(request.statement().start());
                out.add(ctx.edit(new TextRange(request.statement().start(), request.statement().start()),
                        request.type() + " " + name + " = " + creation + ";\n" + indent + name
                                + "." + setter(request.client()) + "(\"Authorization\", " + valueCode + ");\n"
                                + indent));
                out.add(ctx.edit(request.creation(), name));
            }
            case TEMPLATE_CALL -> {
                return template(ctx, facts, shape, request, valueCode, others);
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }

    /**
     * {@code if (url.startsWith("https://cliq.zoho.com/")) { … }}: the header only for the Zoho URLs among those the
     * request is sent to.
     */
    private static String guarded(String urlName, List<String> prefixes, String statement, String indent,
                                  String unit) {
        StringBuilder condition = new StringBuilder();
        for (String prefix : prefixes) {
            condition.append(condition.length() == 0 ? "" : " || ").append(urlName).append(".startsWith(\"")
                    .append(prefix).append("\")");
        }
        return "if (" + condition + ") {\n" + indent + unit + statement + "\n" + indent + "}";
    }

    /** One level of the file's indentation: what the request's statement is indented by inside its block. */
    private static String unit(CodeFacts facts, JavaShape shape, Request request, String indent) {
        String outer = shape.statements().stream().filter(st -> st.range().equals(request.anchorRange()))
                .map(JavaShape.Statement::block).filter(java.util.Objects::nonNull).findFirst()
                .map(block -> facts.indentation(block.start())).orElse(null);
        if (outer != null && indent.length() > outer.length() && indent.startsWith(outer)) {
            return indent.substring(outer.length());
        }
        return indent.startsWith("\t") ? "\t" : "    ";
    }

    /**
     * Whether the request already sets an Authorization header whenever it is made: in its builder chain after the
     * anchor, or through its variable in the block that creates it. A second one would be sent as well by the
     * setters that add.
     */
    private static boolean setsAuthorization(CodeFacts facts, JavaShape shape, Request request, String text) {
        if (request.anchor() == JavaShape.Anchor.CHAIN) {
            int end = text.indexOf(';', request.anchorRange().end());
            String rest = text.substring(request.anchorRange().end(), end < 0 ? text.length() : end);
            return AUTHORIZATION_CALL.matcher(rest).find();
        }
        if (request.anchor() != JavaShape.Anchor.AFTER_STATEMENT || request.variable() == null) {
            return false;
        }
        Pattern onVariable = Pattern.compile("(?<![\\w$])" + Pattern.quote(request.variable()) + "\\s*"
                + AUTHORIZATION_CALL.pattern());
        // only where it runs whenever the request is made: in the block that creates it, not under a condition
        TextRange block = shape.statements().stream().filter(st -> st.range().equals(request.anchorRange()))
                .map(JavaShape.Statement::block).findFirst().orElse(null);
        return block != null && shape.statements().stream().filter(st -> block.equals(st.block()))
                .anyMatch(st -> onVariable.matcher(facts.sourceText(st.range())).find());
    }

    /** A call that sets the Authorization header. */
    private static final Pattern AUTHORIZATION_CALL = Pattern.compile(
            "\\.\\s*\\w+\\s*\\(\\s*(?:\"Authorization\"|HttpHeaders\\.AUTHORIZATION)\\s*,");

    /** The method that sets a header on a request object of the client. */
    private static String setter(JavaShape.Client client) {
        return switch (client) {
            case URL_CONNECTION -> "setRequestProperty";
            case SPRING_HEADERS -> "set";
            case COMMONS_HTTPCLIENT -> "setRequestHeader";
            default -> "setHeader";
        };
    }

    /**
     * {@code restTemplate.postForObject(url, body, T.class)} sends {@code new HttpEntity<>(body, headers)};
     * {@code getForObject(url, T.class, vars…)} becomes {@code exchange(url, HttpMethod.GET, new
     * HttpEntity<>(headers), T.class, vars…).getBody()}, {@code getForEntity} the same without {@code getBody()}.
     */
    private static Optional<List<TextEdit>> template(RuleContext ctx, CodeFacts facts, JavaShape shape,
                                                     Request request, String valueCode, List<TextEdit> others) {
        String method = request.method();
        List<TextRange> args = request.arguments();
        List<TextEdit> out = new ArrayList<>();
        String headers = fresh(shape, request.scope(), "headers", "zohoHeaders");
        JavaImports.Use headersType = JavaImports.of(ctx, shape, SPRING_HTTP + "HttpHeaders");
        JavaImports.Use entity = JavaImports.of(ctx, shape, SPRING_HTTP + "HttpEntity");
        headersType.edit().ifPresent(out::add);
        entity.edit().ifPresent(out::add);
        String text = ctx.file().text();
        if (method.startsWith("get") && args.size() >= 2) {
            JavaImports.Use httpMethod = JavaImports.of(ctx, shape, SPRING_HTTP + "HttpMethod");
            httpMethod.edit().ifPresent(out::add);
            int name = text.lastIndexOf(method, args.get(0).start());
            if (name < request.anchorRange().start()) {
                return Optional.empty();
            }
            out.add(ctx.edit(new TextRange(name, name + method.length()), "exchange"));
            out.add(ctx.edit(new TextRange(args.get(0).end(), args.get(0).end()), ", " + httpMethod.name()
                    + ".GET, new " + entity.name() + "<>(" + headers + ")"));
            if (method.equals("getForObject")) {
                int end = request.anchorRange().end();
                out.add(ctx.edit(new TextRange(end, end), ".getBody()"));
            }
        } else if (!method.startsWith("get") && !method.equals("exchange") && args.size() >= 2) {
            String body = applied(ctx, args.get(1), others, out);
            out.add(ctx.edit(args.get(1), "new " + entity.name() + "<>(" + body + ", " + headers + ")"));
        } else {
            return Optional.empty();
        }
        String indent = facts.indentation(request.statement().start());
        out.add(ctx.edit(new TextRange(request.statement().start(), request.statement().start()),
                headersType.name() + " " + headers + " = new " + headersType.name() + "();\n" + indent + headers
                        + ".set(\"Authorization\", " + valueCode + ");\n" + indent));
        // the edits inside the body, which moved into the entity, were applied to it
        List<TextRange> moved = method.startsWith("get") ? List.of() : List.of(args.get(1));
        others.stream().filter(e -> !out.contains(e) && !inside(e, moved)).forEach(out::add);
        return Optional.of(out);
    }

    /**
     * The source of {@code range} with the edits of {@code others} inside it applied (the code is moved or
     * wrapped, so they are applied to the copy); the edits outside it go to {@code out}.
     */
    private static String applied(RuleContext ctx, TextRange range, List<TextEdit> others, List<TextEdit> out) {
        String source = ctx.file().slice(range);
        List<TextEdit> inside = new ArrayList<>();
        for (TextEdit e : others) {
            if (range.start() <= e.range().start() && e.range().end() <= range.end()) {
                inside.add(e);
            } else {
                out.add(e);
            }
        }
        inside.sort(Comparator.comparing((TextEdit e) -> e.range().start()).reversed());
        StringBuilder sb = new StringBuilder(source);
        for (TextEdit e : inside) {
            sb.replace(e.range().start() - range.start(), e.range().end() - range.start(), e.replacement());
        }
        return sb.toString();
    }

    private static boolean inside(TextEdit e, List<TextRange> ranges) {
        return ranges.stream().anyMatch(r -> r.start() <= e.range().start() && e.range().end() <= r.end());
    }

    /**
     * Where a statement inserted after the one ending at {@code end} goes: the end of its line when only blanks
     * or a line comment follow it there, else right after it.
     */
    private static int afterStatement(String text, int end) {
        int eol = end;
        while (eol < text.length() && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
            eol++;
        }
        String rest = text.substring(end, eol).strip();
        return rest.isEmpty() || rest.startsWith("//") ? eol : end;
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The first of the names (then numbered) that the method and its class do not use yet. */
    static String fresh(JavaShape shape, String scope, String... names) {
        Set<String> used = new java.util.HashSet<>(shape.names().getOrDefault(scope, Set.of()));
        used.addAll(shape.names().getOrDefault("", Set.of()));
        for (String n : names) {
            if (!used.contains(n)) {
                return n;
            }
        }
        for (int i = 2; ; i++) {
            if (!used.contains(names[0] + i)) {
                return names[0] + i;
            }
        }
    }
}

package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Constant;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The HTTP requests of a Deluge script, as the fixes see them: a {@code getUrl}/{@code postUrl} call or an
 * {@code invokeurl} block, with its URL, body and header map, and where the values of those are written (a
 * variable's assignment, its {@code put} calls).
 */
public final class DelugeRequests {
    /** {@code INVOKE_URL_FUNCTION} is Creator's deprecated {@code invokeUrl(url, type …)} (round brackets). */
    public enum Kind { GET_URL, POST_URL, INVOKE_URL_FUNCTION, INVOKEURL }

    /** What an argument of getUrl/postUrl is, by its form (facts §6 P5: type, not arity, decides). */
    public enum ArgType { MAP, BOOLEAN, TEXT, JSON_TEXT, UNKNOWN }

    /**
     * One request. For getUrl/postUrl {@code body} and {@code headers} are {@code null} when not passed and
     * {@code simple} is the {@code simple} flag's value ({@code true} when not passed, {@code null} when it is a
     * variable whose value is not known), {@code method} the HTTP method; for invokeurl {@code entries} are its
     * keys, in order.
     */
    public record Request(Kind kind, String method, CallFact call, StringExpr url, StringExpr body,
                          StringExpr headers, Boolean simple, List<CallFact> entries) {
        public Optional<CallFact> entry(String key) {
            return entries.stream().filter(e -> e.name().equalsIgnoreCase("invokeurl." + key)).findFirst();
        }
    }

    /** Resolving a variable through variables stops here: {@code a = b; b = a;} must not loop. */
    private static final int MAX_DEPTH = 8;
    private static final Pattern METHOD = Pattern.compile("(?i)GET|POST|PUT|PATCH|DELETE");
    private static final Pattern MAP_LITERAL = Pattern.compile("(?is)^(?:\\{.*\\}|map\\(\\s*\\)|.*\\.tomap\\(\\))$");

    private DelugeRequests() {}

    /** Every request of the file; empty when one of getUrl/postUrl's arguments cannot be typed. */
    public static List<Request> all(CodeFacts facts) {
        // asked for every finding of a script: found once per file
        return facts.answer("delugeRequests.all", f -> List.copyOf(findAll(f)));
    }

    private static List<Request> findAll(CodeFacts facts) {
        List<Request> requests = new ArrayList<>();
        for (CallFact call : facts.calls()) {
            String name = call.name().toLowerCase(Locale.ROOT);
            if (name.equals("invokeurl") && functionForm(facts, call)) {
                if (call.args().size() >= 2 && call.args().size() <= 5) {
                    invokeUrlFunction(facts, call).ifPresent(requests::add);
                }
            } else if (name.equals("invokeurl")) {
                List<CallFact> entries = facts.chainOf(call).stream().filter(e -> e != call).toList();
                StringExpr url = entries.stream().filter(e -> e.name().equalsIgnoreCase("invokeurl.url"))
                        .map(e -> e.arg(0)).findFirst().orElse(null);
                if (url != null) {
                    requests.add(new Request(Kind.INVOKEURL, null, call, url, null, null, null, entries));
                }
            } else if (name.equals("geturl") && !call.args().isEmpty() && call.args().size() <= 3) {
                getUrl(facts, call).ifPresent(requests::add);
            } else if (name.equals("posturl") && call.args().size() >= 2 && call.args().size() <= 4) {
                postUrl(facts, call).ifPresent(requests::add);
            }
        }
        return requests;
    }

    /** {@code getUrl(u)}, {@code getUrl(u, simple)}, {@code getUrl(u, headers [, simple])}. */
    private static Optional<Request> getUrl(CodeFacts facts, CallFact call) {
        StringExpr second = call.arg(1);
        StringExpr third = call.arg(2);
        ArgType type2 = second == null ? null : type(facts, second);
        if (type2 == ArgType.BOOLEAN && third == null) {
            return Optional.of(new Request(Kind.GET_URL, "GET", call, call.arg(0), null, null, flag(facts, second),
                    List.of()));
        }
        if (type2 != null && type2 != ArgType.MAP || third != null && type(facts, third) != ArgType.BOOLEAN) {
            return Optional.empty();
        }
        return Optional.of(new Request(Kind.GET_URL, "GET", call, call.arg(0), null, second,
                third == null ? Boolean.TRUE : flag(facts, third), List.of()));
    }

    /** {@code postUrl(u, body)}, {@code postUrl(u, body, simple)}, {@code postUrl(u, body, headers [, simple])}. */
    private static Optional<Request> postUrl(CodeFacts facts, CallFact call) {
        return withBody(facts, call, Kind.POST_URL, "POST", 1);
    }

    /**
     * Creator's {@code invokeUrl(u, type [, simple])} and {@code invokeUrl(u, type, body [, headers] [, simple])},
     * with {@code type} written out.
     */
    private static Optional<Request> invokeUrlFunction(CodeFacts facts, CallFact call) {
        String method = Calls.knownText(facts, call.arg(1));
        if (method == null || !METHOD.matcher(method.strip()).matches()) {
            return Optional.empty();
        }
        method = method.strip().toUpperCase(Locale.ROOT);
        StringExpr third = call.arg(2);
        if (third == null || call.args().size() == 3 && type(facts, third) == ArgType.BOOLEAN) {
            return Optional.of(new Request(Kind.INVOKE_URL_FUNCTION, method, call, call.arg(0), null, null,
                    third == null ? Boolean.TRUE : flag(facts, third), List.of()));
        }
        return withBody(facts, call, Kind.INVOKE_URL_FUNCTION, method, 2);
    }

    /** A call whose arguments from {@code body} on are {@code body [, simple]} or {@code body, headers [, simple]}. */
    private static Optional<Request> withBody(CodeFacts facts, CallFact call, Kind kind, String method, int body) {
        StringExpr next = call.arg(body + 1);
        StringExpr last = call.arg(body + 2);
        ArgType nextType = next == null ? null : type(facts, next);
        if (nextType == ArgType.BOOLEAN && last == null) {
            return Optional.of(new Request(kind, method, call, call.arg(0), call.arg(body), null, flag(facts, next),
                    List.of()));
        }
        if (nextType != null && nextType != ArgType.MAP || last != null && type(facts, last) != ArgType.BOOLEAN) {
            return Optional.empty();
        }
        return Optional.of(new Request(kind, method, call, call.arg(0), call.arg(body), next,
                last == null ? Boolean.TRUE : flag(facts, last), List.of()));
    }

    /** Whether an {@code invokeurl} call is the function form, {@code invokeUrl(…)}, rather than the task block. */
    public static boolean functionForm(CodeFacts facts, CallFact call) {
        return facts.sourceText(new TextRange(call.nameRange().end(), call.range().end())).strip().startsWith("(");
    }

    /** The form of an argument: a map literal or a variable assigned one, a boolean, a text. */
    public static ArgType type(CodeFacts facts, StringExpr expr) {
        return type(facts, expr, 0);
    }

    private static ArgType type(CodeFacts facts, StringExpr expr, int depth) {
        if (expr.parts().size() != 1 || depth > MAX_DEPTH) {
            return expr.hasLiteral() ? ArgType.TEXT : ArgType.UNKNOWN;
        }
        Part part = expr.parts().get(0);
        if (part instanceof Part.Literal literal) {
            String v = literal.value().trim();
            return v.startsWith("{") || v.startsWith("[") ? ArgType.JSON_TEXT : ArgType.TEXT;
        }
        String source = facts.sourceText(part.range()).trim();
        if (part instanceof Part.Ref ref) {
            if (source.equalsIgnoreCase("true") || source.equalsIgnoreCase("false")) {
                return ArgType.BOOLEAN;
            }
            return local(facts, ref).map(c -> type(facts, c.value(), depth + 1)).orElse(ArgType.UNKNOWN);
        }
        if (MAP_LITERAL.matcher(source).matches()) {
            return ArgType.MAP;
        }
        return source.toLowerCase(Locale.ROOT).endsWith(".tostring()") ? ArgType.JSON_TEXT : ArgType.UNKNOWN;
    }

    /** The value an expression names: a variable's assigned value, else the expression itself. */
    public static StringExpr valueOf(CodeFacts facts, StringExpr expr) {
        if (expr.parts().size() == 1 && expr.parts().get(0) instanceof Part.Ref ref) {
            return local(facts, ref).map(Constant::value).orElse(expr);
        }
        return expr;
    }

    /** The variable an expression is, if it is one: the receiver of its {@code put} calls. */
    public static Optional<String> variable(StringExpr expr) {
        return expr != null && expr.parts().size() == 1 && expr.parts().get(0) instanceof Part.Ref ref
                ? Optional.of(ref.text()) : Optional.empty();
    }

    /**
     * {@code m.put(k, v)} calls on the variable {@code name} in the script holding {@code near} (in a Cliq export,
     * another handler's variable of the same name is another variable).
     */
    public static List<CallFact> puts(CodeFacts facts, String name, int near) {
        DelugeScript script = DelugeScript.around(facts, near);
        return facts.calls().stream().filter(c -> c.name().equalsIgnoreCase(name + ".put") && c.args().size() == 2)
                .filter(c -> script.holds(c.range())).toList();
    }

    /** The assignment a variable refers to, when it is in the variable's own script. */
    public static Optional<Constant> local(CodeFacts facts, Part.Ref ref) {
        return facts.local(ref).filter(c -> DelugeScript.around(facts, ref.range().start()).holds(c.declaration()));
    }

    /** The request a finding at {@code range} belongs to: in its call, its URL's assignment or its maps' entries. */
    public static Optional<Request> at(CodeFacts facts, TextRange range) {
        for (Request request : all(facts)) {
            if (request.call().range().contains(range) || touches(facts, request, range)) {
                return Optional.of(request);
            }
        }
        return Optional.empty();
    }

    private static boolean touches(CodeFacts facts, Request request, TextRange range) {
        List<StringExpr> values = new ArrayList<>(List.of(request.url()));
        if (request.body() != null) {
            values.add(request.body());
        }
        if (request.headers() != null) {
            values.add(request.headers());
        }
        request.entry("parameters").map(e -> e.arg(0)).ifPresent(values::add);
        request.entry("headers").map(e -> e.arg(0)).ifPresent(values::add);
        for (StringExpr value : values) {
            if (valueOf(facts, value).range().contains(range)) {
                return true;
            }
            Optional<String> name = variable(value);
            if (name.isPresent() && puts(facts, name.get(), value.range().start()).stream()
                    .anyMatch(p -> p.range().contains(range))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value of a boolean argument: {@code true}/{@code false} written out, or a variable assigned one of them
     * once (and through other such variables); {@code null} when the value is not known here.
     */
    private static Boolean flag(CodeFacts facts, StringExpr expr) {
        StringExpr value = expr;
        for (int depth = 0; depth <= MAX_DEPTH; depth++) {
            if (value.parts().size() != 1 || !(value.parts().get(0) instanceof Part.Ref ref)) {
                return null;
            }
            String source = facts.sourceText(ref.range()).trim();
            if (source.equalsIgnoreCase("true") || source.equalsIgnoreCase("false")) {
                return Boolean.valueOf(source.toLowerCase(Locale.ROOT));
            }
            Optional<Constant> local = local(facts, ref);
            if (local.isEmpty() || !assignedOnce(facts, source)) {
                return null;
            }
            value = local.get().value();
        }
        return null;
    }

    /**
     * Whether the variable is written once in the file: any second {@code name =} (or {@code +=} …, or an
     * {@code =} that compares) makes its value at the request unknown, which keeps the request manual.
     */
    private static boolean assignedOnce(CodeFacts facts, String name) {
        java.util.regex.Matcher writes = Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "\\s*[-+*/%]?=(?!=)")
                .matcher(facts.file().text());
        int count = 0;
        while (writes.find()) {
            count++;
        }
        return count == 1;
    }
}

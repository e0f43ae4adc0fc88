package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.code.ZohoHints;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Helpers for rules that look at calls: keys of key/value calls and the Zoho context of a request. */
public final class Calls {

    /** One key/value pair passed to a call: {@code put(k, v)}, {@code new BasicNameValuePair(k, v)}, {@code Map.of}. */
    public record Pair(StringExpr key, StringExpr value, String keyText) {}

    private static final Pattern OTHER_URL = Pattern.compile("(?i)https?://[a-z0-9]");
    /** Calls whose meaning depends on what they are called on: a URI builder's query, or a request's body. */
    public static final Pattern PARAMETER_SETTERS = Pattern.compile("setParameter|addParameter");
    /** Requests and parameter objects whose {@code setParameter}/{@code addParameter} fill the body (HttpClient). */
    private static final Pattern BODY_TYPES = Pattern.compile(
            "HttpPost|HttpPut|HttpPatch|PostMethod|PutMethod|EntityEnclosingMethod|BasicHttpParams|HttpParams"
                    + "|HttpMethodParams|BasicHttpEntityEnclosingRequest");
    private static final Pattern URI_BUILDERS = Pattern.compile("URIBuilder|UriBuilder|UriComponentsBuilder|HttpUrl");
    private static final Pattern QUERY_MAP_METHODS = Pattern.compile("add|put|set|append");
    private static final Pattern QUERY_MAP = Pattern.compile(
            "(?i)(?:[\\w$]+\\.)*(?:query|queryParams|queryMap|qs|searchParams)");

    /** Calls that expand a URL template from a map of its variables (Spring's RestTemplate and URI builders). */
    private static final Pattern TEMPLATE_FILLERS = Pattern.compile(
            "getForObject|getForEntity|postForObject|postForEntity|postForLocation|patchForObject|exchange|execute"
                    + "|put|delete|headForHeaders|optionsForAllow|expand|buildAndExpand|uri");
    /** A URL template's {@code authtoken={name}} placeholder. */
    private static final Pattern AUTHTOKEN_PLACEHOLDER = Pattern.compile("(?i)[?&]auth_?token=\\{[\\w.-]*}");

    private Calls() {}

    /** The argument's text if every part of it is known, else {@code null}. */
    public static String knownText(CodeFacts facts, StringExpr expr) {
        if (expr == null) {
            return null;
        }
        String text = facts.fold(expr).text();
        return text.indexOf(FoldedString.HOLE) >= 0 ? null : text;
    }

    /**
     * Key/value pairs passed to a call: the first two arguments for two-argument calls, every pair for
     * {@code Map.of}/{@code Map.ofEntries}-style calls.
     */
    public static List<Pair> pairs(CodeFacts facts, CallFact call) {
        List<Pair> pairs = new ArrayList<>();
        int step = call.simpleName().equals("of") && call.args().size() % 2 == 0 ? 2 : 0;
        if (step == 2) {
            for (int i = 0; i + 1 < call.args().size(); i += 2) {
                pairs.add(new Pair(call.arg(i), call.arg(i + 1), knownText(facts, call.arg(i))));
            }
        } else if (call.args().size() >= 2) {
            pairs.add(new Pair(call.arg(0), call.arg(1), knownText(facts, call.arg(0))));
        }
        return pairs;
    }

    /** Whether a key is exactly an authtoken name. */
    public static boolean isAuthtokenKey(String key) {
        return key != null && ZohoPatterns.AUTHTOKEN_KEY.matcher(key.trim()).matches();
    }

    /**
     * Whether the call is part of a request to Zoho: a string in its chain names a Zoho host, or its member
     * (or its type's fields, or the file's imports) mention Zoho.
     */
    public static boolean inZohoContext(CodeFacts facts, CallFact call) {
        boolean otherHost = false;
        for (CallFact c : requestCalls(facts, call)) {
            for (StringExpr arg : c.args()) {
                String text = facts.fold(arg).text();
                if (ZohoPatterns.ZOHO_HOST.matcher(text).find() || ZohoHints.isHint(text)) {
                    return true;
                }
                otherHost |= OTHER_URL.matcher(text).find();
            }
            if (ZohoHints.isHint(c.receiver())) {
                return true;
            }
        }
        // a request that names another host is not Zoho's, whatever else the class talks to
        return !otherHost && facts.hasZohoContext(call.scope());
    }

    /**
     * The calls that build one request: the chain of {@code call}, and calls in the same member that take the
     * chain's variable as an argument ({@code rest.postForEntity(url, form)} for {@code form.add(…)}).
     */
    private static List<CallFact> requestCalls(CodeFacts facts, CallFact call) {
        List<CallFact> calls = new ArrayList<>(facts.chainOf(call));
        if (call.chain().startsWith("var:")) {
            String variable = call.chain().substring(call.chain().lastIndexOf(':') + 1);
            for (CallFact other : facts.calls()) {
                if (other.scope().equals(call.scope()) && !other.chain().equals(call.chain())
                        && other.args().stream().anyMatch(a -> a.parts().size() == 1
                        && a.parts().get(0) instanceof io.cliqmigrate.core.code.Part.Ref ref
                        && ref.text().equals(variable))) {
                    calls.addAll(facts.chainOf(other));
                }
            }
        }
        return calls;
    }

    /**
     * Whether a map entry is a URL template's variable: the map is handed to a call that expands a template whose
     * query holds an {@code authtoken={…}} placeholder ({@code rest.getForObject(URL, String.class, variables)}).
     * The placeholder is the legacy use (authtoken-query-param's); the entry only fills it in.
     */
    public static boolean fillsUriTemplate(CodeFacts facts, CallFact entry) {
        List<CallFact> calls = requestCalls(facts, entry);
        boolean expands = calls.stream().anyMatch(c -> !c.chain().equals(entry.chain())
                && nameIn(c, TEMPLATE_FILLERS));
        return expands && calls.stream().anyMatch(c -> c.args().stream()
                .anyMatch(a -> AUTHTOKEN_PLACEHOLDER.matcher(facts.fold(a).text()).find()));
    }

    /** {@code query.add("authtoken", t)} on a map named for the query it becomes ({@code queryParams(query)}). */
    public static boolean isQueryMapEntry(CallFact call) {
        return QUERY_MAP_METHODS.matcher(call.name()).matches() && QUERY_MAP.matcher(call.receiver()).matches();
    }

    /**
     * Whether a {@code setParameter}/{@code addParameter} call fills a request's body: it is made on an
     * {@code HttpPost}, a {@code PostMethod} or the {@code HttpParams} a request is given, and no URI builder
     * takes part.
     */
    public static boolean fillsBody(CodeFacts facts, CallFact call) {
        if (!nameIn(call, PARAMETER_SETTERS)) {
            return false;
        }
        boolean body = false;
        for (CallFact c : requestCalls(facts, call)) {
            if (URI_BUILDERS.matcher(c.isConstructor() ? c.simpleName() : c.receiver()).lookingAt()) {
                return false;
            }
            body |= c.isConstructor() && BODY_TYPES.matcher(c.simpleName()).matches();
        }
        return body;
    }

    public static boolean nameIn(CallFact call, Pattern names) {
        return names.matcher(call.simpleName()).matches();
    }
}

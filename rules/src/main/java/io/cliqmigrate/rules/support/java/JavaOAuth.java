package io.cliqmigrate.rules.support.java;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.code.JavaShape;
import io.cliqmigrate.core.code.JavaShape.Request;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.rules.support.Calls;
import io.cliqmigrate.core.rule.DataCentres;
import io.cliqmigrate.rules.support.SettingRewrites;
import io.cliqmigrate.rules.support.UrlContext;
import io.cliqmigrate.rules.support.ZohoPatterns;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The OAuth rewrites of Java code that sends the legacy authtoken: the token leaves the URL, the form or the
 * header value, and the request gets {@code Authorization: Zoho-oauthtoken <access token>} from the generated
 * token provider ({@link TokenProviders}), added through the client library's own API ({@link JavaHeaders}).
 * Each fix is {@code review}: it changes what the request sends, and the OAuth client must exist before it runs.
 * A fix shares the strategy of the OAuth settings rewrite, so that with the setting the token came from, every
 * use of that setting is rewritten in one fix or none.
 */
public final class JavaOAuth {
    private static final Pattern HEADER_PREFIX = Pattern.compile("(?i)\\s*zoho-authtoken\\s+");
    /** The URL-builder calls whose authtoken parameter is a link of the URL's chain. */
    private static final Pattern URL_BUILDER_CALLS = Pattern.compile(
            "queryParam|addQueryParameter|addEncodedQueryParameter|setQueryParameter|addParameter|setParameter");
    private static final Pattern BODY_CALLS = Pattern.compile("add|put|addFormDataPart|addEncoded|set|append");

    private JavaOAuth() {}

    /** {@code "…?authtoken=" + token} (and {@code &scope=…api}) in a URL that a request of this file sends. */
    public static Optional<Fix> urlParameter(RuleContext ctx, CodeFacts facts, StringExpr url) {
        Optional<JavaShape> shape = facts.java();
        if (shape.isEmpty()) {
            return Optional.empty();
        }
        Optional<JavaUrlStrip.Strip> strip = JavaUrlStrip.withSlots(ctx, facts, url);
        if (strip.isEmpty() || strip.get().edits().isEmpty()) {
            return Optional.empty();
        }
        List<TextEdit> edits = new ArrayList<>(strip.get().edits());
        if (!strip.get().removedSlots().isEmpty()) {
            Optional<List<TextEdit>> arguments = formatArguments(ctx, facts, shape.get(), url,
                    strip.get().removedSlots());
            if (arguments.isEmpty()) {
                return Optional.empty();
            }
            edits.addAll(arguments.get());
        }
        if (!strip.get().removedVariables().isEmpty()) {
            Optional<List<TextEdit>> values = templateValues(ctx, facts, url, strip.get().removedVariables());
            if (values.isEmpty()) {
                return Optional.empty();
            }
            edits.addAll(values.get());
        }
        Optional<JavaShape.Variable> constant = constantOf(facts, shape.get(), url);
        if (constant.isPresent() && continued(ctx.file().text(), constant.get().name())) {
            // CONSTANT + "&x=…": the query it continues may be the one the fix removes
            return Optional.empty();
        }
        Optional<Destination> request = requestOf(facts, shape.get(), url.range());
        if (request.isEmpty()) {
            return strip.get().removedSlots().isEmpty() && strip.get().removedVariables().isEmpty()
                    ? exportedConstant(ctx, facts, shape.get(), url, edits) : Optional.empty();
        }
        Optional<Fix> fix = withHeader(ctx, facts, shape.get(), request.get(), edits,
                "Send an OAuth access token in the Authorization header instead of the authtoken in the URL");
        // a constant other files may read too: their requests need the header as well
        return constant.filter(c -> !c.isPrivate()).isEmpty() ? fix
                : fix.map(f -> f.needing(List.of(Fix.constantKey(ctx.file().path(), constant.get().name()))));
    }

    /** The String constant (a static final field) whose value {@code url} is. */
    private static Optional<JavaShape.Variable> constantOf(CodeFacts facts, JavaShape shape, StringExpr url) {
        return facts.bindings().stream().filter(b -> b.kind() == io.cliqmigrate.core.code.Binding.Kind.CONSTANT
                        && b.value() != null && b.value().range().equals(url.range())).findFirst()
                .flatMap(b -> shape.variables().stream().filter(v -> v.isField() && v.name().equals(b.name()))
                        .findFirst());
    }

    /** Whether {@code text} continues the query of the constant {@code name}: {@code NAME + "&text=" + …}. */
    private static boolean continued(String text, String name) {
        return Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "\\s*\\+\\s*\"&").matcher(text).find();
    }

    /**
     * A URL constant other files read ({@code public static final String BOT_URL = "…?authtoken=…"}) loses its
     * authtoken, where every request that reads it gets the header in its own file's fix ({@link Fix#needs}).
     */
    private static Optional<Fix> exportedConstant(RuleContext ctx, CodeFacts facts, JavaShape shape, StringExpr url,
                                                  List<TextEdit> edits) {
        Optional<JavaShape.Variable> constant = constantOf(facts, shape, url);
        if (constant.isEmpty() || constant.get().isPrivate() || !constant.get().reads().isEmpty()) {
            // a private one is read by this file's requests, or by none; one this file reads too is left alone
            return Optional.empty();
        }
        String name = constant.get().name();
        return Optional.of(Fix.review(SettingRewrites.OAUTH_HEADER, "Remove the authtoken from " + name
                        + "; the requests of other files that read it send an OAuth access token in the Authorization "
                        + "header instead (in the same fix)", edits,
                "Revoke the old authtoken (accounts.zoho.com → Active Authtokens); a value that was committed stays "
                        + "in the version history")
                .needing(List.of(Fix.constantKey(ctx.file().path(), name))));
    }

    /**
     * Offers the header ({@link RuleContext#offer}) to each request of this file whose URL comes from another file's
     * constant that holds an authtoken, or from a bean property configuration may set: that constant or
     * configuration loses the token only where every request that reads it gets the header.
     */
    public static void offerHeaders(RuleContext ctx, CodeFacts facts) {
        Optional<JavaShape> shape = facts.java();
        if (shape.isEmpty()) {
            return;
        }
        for (Request request : shape.get().requests()) {
            if (!sharedWithZohoOnly(facts, shape.get(), request, null)) {
                continue;
            }
            Optional<Destination> to = reach(facts, request, null).map(guard -> new Destination(request, guard));
            if (to.isPresent() && !(coveredConstants(ctx, facts, shape.get(), request).isEmpty()
                    && coveredProperties(facts, shape.get(), to.get()).isEmpty())) {
                withHeader(ctx, facts, shape.get(), to.get(), List.of(), "Send an OAuth access token in the "
                        + "Authorization header: the URL it is sent to loses its authtoken").ifPresent(ctx::offer);
            }
        }
    }

    /**
     * The constants of other files that hold an authtoken in a URL the request is sent to, where every use of them
     * in this file is a URL of this request: the header the fix gives it covers them ({@link Fix#covers}).
     */
    private static List<String> coveredConstants(RuleContext ctx, CodeFacts facts, JavaShape shape, Request request) {
        Set<FoldedString.Reference> found = new LinkedHashSet<>();
        request.urlValues().forEach(v -> references(facts.fold(v), found));
        List<String> keys = new ArrayList<>();
        String text = ctx.file().text();
        for (FoldedString.Reference ref : found) {
            if (ref.path() == null || ref.path().equals(ctx.file().path())
                    || !ZohoPatterns.AUTHTOKEN_PARAM.matcher(ref.value().text()).find()) {
                continue;
            }
            String name = ref.key().substring(ref.key().lastIndexOf('.') + 1);
            var uses = word(name).matcher(text);
            boolean onlyHere = true;
            while (uses.find() && onlyHere) {
                int at = uses.start();
                onlyHere = shape.imports().stream().anyMatch(i -> i.range().start() <= at && at < i.range().end())
                        || request.urlSources().stream().anyMatch(s -> s.start() <= at && at < s.end());
            }
            String key = Fix.constantKey(ref.path(), name);
            if (onlyHere && !continued(text, name) && !keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /**
     * The bean properties whose URL the request is sent to ({@code post(onCallUrl, …)} with {@code onCallUrl} a field
     * its setter {@code setOnCallUrl} fills), for the origins the header goes to: configuration that sets one of them
     * to such a URL may then drop the authtoken from it ({@link Fix#propertyKey}).
     */
    private static List<String> coveredProperties(CodeFacts facts, JavaShape shape, Destination to) {
        Request request = to.request();
        String type = typeOf(request.scope());
        // a scope names its type with the package
        String className = type;
        List<String> keys = new ArrayList<>();
        for (JavaShape.Variable field : shape.variables()) {
            if (!field.isField()) {
                continue;
            }
            String name = field.name();
            boolean isUrl = request.urlSources().stream().map(facts::sourceText).map(String::strip)
                    .anyMatch(t -> t.equals(name) || t.equals("this." + name));
            String setter = type + "#set" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "(1)";
            boolean hasSetter = field.writes().stream().anyMatch(w -> shape.statementAround(w)
                    .filter(st -> st.scope().equals(setter)).isPresent());
            if (isUrl && hasSetter) {
                (to.guard().isEmpty() ? List.of("*") : to.guard())
                        .forEach(origin -> keys.add(Fix.propertyKey(className, name, origin)));
            }
        }
        return keys;
    }

    private static void references(FoldedString folded, Set<FoldedString.Reference> into) {
        for (FoldedString.Segment segment : folded.segments()) {
            if (segment.reference() != null && into.add(segment.reference())) {
                references(segment.reference().value(), into);
            }
        }
    }

    /**
     * A URI template that loses variables ({@code .uri("…&authtoken={token}", id, token)}): the call it is given to
     * loses their values, given by order after the template (Spring's {@code uri}, {@code RestTemplate}'s
     * methods); none to remove where the template's variables are not given that way.
     */
    private static Optional<List<TextEdit>> templateValues(RuleContext ctx, CodeFacts facts, StringExpr template,
                                                           List<Integer> variables) {
        Optional<CallFact> call = facts.calls().stream().filter(c -> !c.args().isEmpty()
                && c.arg(0).range().equals(template.range())).findFirst();
        Integer first = call.map(c -> TEMPLATE_VALUES_AT.get(c.simpleName())).orElse(null);
        if (first == null) {
            return Optional.of(List.of());
        }
        List<TextEdit> edits = new ArrayList<>();
        for (int variable : variables) {
            int index = first + variable;
            if (index >= call.get().args().size()) {
                // the values come as a map or an array: the entry is harmless left in
                return Optional.of(List.of());
            }
            Optional<TextEdit> value = JavaEdits.listElement(ctx, ctx.file().text(), call.get().arg(index).range());
            if (value.isEmpty()) {
                return Optional.empty();
            }
            edits.add(value.get());
        }
        return Optional.of(edits);
    }

    /** Where the values of a URI template's variables start among a call's arguments. */
    private static final java.util.Map<String, Integer> TEMPLATE_VALUES_AT = java.util.Map.of("uri", 1,
            "getForObject", 2, "getForEntity", 2, "postForObject", 3, "postForEntity", 3, "postForLocation", 2,
            "put", 2, "patchForObject", 3, "exchange", 4);

    /**
     * A URL constant that is a format string ({@code GET = "…?authtoken=%s&from=%d"}) loses slots: every use of it,
     * which must be a {@code String.format(GET, …)} of this file (a private constant), loses the arguments of those
     * slots. Empty when the constant is used any other way.
     */
    private static Optional<List<TextEdit>> formatArguments(RuleContext ctx, CodeFacts facts, JavaShape shape,
                                                            StringExpr url, List<Integer> slots) {
        Optional<io.cliqmigrate.core.code.Binding> constant = facts.bindings().stream().filter(b ->
                b.kind() == io.cliqmigrate.core.code.Binding.Kind.CONSTANT && b.value() != null
                        && b.value().range().equals(url.range())).findFirst();
        Optional<JavaShape.Variable> variable = constant.flatMap(c -> shape.variables().stream()
                .filter(v -> v.isField() && v.name().equals(c.name())).findFirst());
        if (variable.isEmpty() || !variable.get().isPrivate() || variable.get().reads().isEmpty()
                || !variable.get().writes().isEmpty()) {
            return Optional.empty();
        }
        List<TextEdit> edits = new ArrayList<>();
        for (TextRange read : variable.get().reads()) {
            Optional<CallFact> format = facts.calls().stream().filter(c -> c.simpleName().equals("format")
                    && c.receiver().equals("String") && !c.args().isEmpty() && c.arg(0).range().equals(read))
                    .findFirst();
            if (format.isEmpty() || format.get().args().size() <= slots.get(slots.size() - 1) + 1) {
                return Optional.empty();
            }
            for (int slot : slots) {
                Optional<TextEdit> argument = JavaEdits.listElement(ctx, ctx.file().text(), format.get().arg(slot + 1).range());
                if (argument.isEmpty()) {
                    return Optional.empty();
                }
                edits.add(argument.get());
            }
        }
        return Optional.of(edits);
    }

    /**
     * The automatic fix, else in Java the exact steps for this use at {@code use}: what to remove, where the header
     * goes, and why the fix could not do it. Empty outside Java and where the automatic fix exists.
     */
    public static List<Fix> orSteps(RuleContext ctx, CodeFacts facts, Optional<Fix> automatic, TextRange use) {
        if (facts.java().isEmpty() || automatic.isPresent() && automatic.get().needs().isEmpty()) {
            return automatic.stream().toList();
        }
        // a fix that other files' fixes must complete may be withdrawn: these steps are then what is left
        List<Fix> out = new ArrayList<>(automatic.stream().toList());
        out.add(steps(ctx, facts, use));
        return out;
    }

    private static Fix steps(RuleContext ctx, CodeFacts facts, TextRange use) {
        JavaShape shape = facts.java().get();
        int line = ctx.file().lines().line(use.start());
        List<Request> requests = shape.requests().stream().filter(r -> r.uses(use)).toList();
        String provider = ctx.tokenProvider().qualifiedName();
        String where;
        String why;
        if (requests.size() == 1) {
            Request r = requests.get(0);
            where = "on the request made at line " + ctx.file().lines().line(r.anchorRange().start()) + " ("
                    + member(r.scope()) + ")";
            why = "The fix leaves it to you: that request may also be sent to a URL this file does not show to be "
                    + "Zoho's (a field set from outside, a caller's argument, another branch), or shares its headers "
                    + "with one; give the header only to the calls to Zoho";
        } else {
            where = "where the request with this URL is made";
            why = "The fix leaves it to you: this file does not show where the request is made (another file, a "
                    + "public method's caller, a client it does not know) or shows several";
        }
        return Fix.manual("oauth", "Move this request's authentication to an OAuth header",
                "Remove the authtoken (and any scope=…api) written at line " + line + " of " + ctx.file().path(),
                "Set the header 'Authorization' to " + simple(provider) + ".shared().header() " + where
                        + ": the Zoho-oauthtoken value of " + provider + ", the class fix creates for the "
                        + "project's other calls (or your own OAuth client)",
                why, SettingRewrites.REVOKE);
    }

    private static String member(String scope) {
        int hash = scope.indexOf('#');
        String type = hash < 0 ? scope : scope.substring(0, hash);
        return simple(type) + (hash < 0 ? "" : "." + scope.substring(hash + 1).replaceAll("\\(\\d+\\)$", "()"));
    }

    private static String simple(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    /**
     * {@code .queryParam("authtoken", token)} and its kin in a URL builder's chain, or an authtoken entry of a
     * form or parameter map: the entry goes, and the request that sends it gets the header.
     */
    public static Optional<Fix> entry(RuleContext ctx, CodeFacts facts, CallFact call) {
        Optional<JavaShape> shape = facts.java();
        if (shape.isEmpty() || !Calls.isAuthtokenKey(Calls.knownText(facts, call.arg(0)))) {
            return Optional.empty();
        }
        List<TextEdit> removals = new ArrayList<>();
        for (CallFact entry : entries(facts, call)) {
            Optional<TextEdit> removal = removeCall(ctx, facts, shape.get(), entry);
            if (removal.isEmpty()) {
                return Optional.empty();
            }
            removals.add(removal.get());
        }
        boolean query = !call.isConstructor() && URL_BUILDER_CALLS.matcher(call.simpleName()).matches()
                && !Calls.fillsBody(facts, call);
        Optional<Destination> request = query ? requestOf(facts, shape.get(), call.range())
                : requestOfBody(facts, shape.get(), call);
        List<TextEdit> joined = JavaEdits.joinDeletions(ctx, removals);
        return request.flatMap(r -> withHeader(ctx, facts, shape.get(), r, joined,
                "Send an OAuth access token in the Authorization header instead of the authtoken "
                        + (query ? "query parameter" : "in the request's parameters")));
    }

    /**
     * The fix of a legacy {@code scope} entry ({@code new BasicNameValuePair("scope", "crmapi")}): the fix of the
     * authtoken entry beside it, which removes both.
     */
    public static Optional<Fix> scopeEntry(RuleContext ctx, CodeFacts facts, CallFact scope) {
        return facts.calls().stream().filter(c -> c.scope().equals(scope.scope())
                        && c.simpleName().equals(scope.simpleName()) && c.args().size() >= 2
                        && Calls.isAuthtokenKey(Calls.knownText(facts, c.arg(0))))
                .findFirst().flatMap(c -> entry(ctx, facts, c));
    }

    /** The authtoken entry and the authtoken-era {@code scope} entries made the same way in the same method. */
    private static List<CallFact> entries(CodeFacts facts, CallFact call) {
        List<CallFact> out = new ArrayList<>(List.of(call));
        for (CallFact c : facts.calls()) {
            if (c != call && c.scope().equals(call.scope()) && c.simpleName().equals(call.simpleName())
                    && c.args().size() >= 2 && "scope".equalsIgnoreCase(Calls.knownText(facts, c.arg(0)))) {
                String value = Calls.knownText(facts, c.arg(1));
                if (value != null && ZohoPatterns.LEGACY_SCOPE_VALUE.matcher(value.trim()).matches()) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /**
     * {@code "Zoho-authtoken " + token} (or the token written in) as a header value: the value becomes the
     * provider's {@code Zoho-oauthtoken} header value. The request already sends the header, so nothing else
     * changes.
     */
    public static Optional<Fix> headerValue(RuleContext ctx, CodeFacts facts, StringExpr value) {
        Optional<JavaShape> shape = facts.java();
        if (shape.isEmpty() || !isHeaderValue(value)) {
            return Optional.empty();
        }
        String accounts = accountsUrl(facts, shape.get().requests().stream()
                .filter(r -> r.scope().equals(value.scope())).toList());
        return TokenProviders.use(ctx, facts, shape.get(), accounts).map(provider -> {
            List<TextEdit> edits = new ArrayList<>(provider.edits());
            edits.add(ctx.edit(value.range(), provider.headerCode()));
            return fix("Send an OAuth access token with the Zoho-oauthtoken scheme from " + provider.simpleName(),
                    edits, provider);
        });
    }


    static boolean contains(TextRange outer, TextRange inner) {
        return outer.start() <= inner.start() && inner.end() <= outer.end();
    }

    /** {@code "Zoho-authtoken " + x}, {@code "Zoho-authtoken <token>"}, {@code String.format("Zoho-authtoken %s", x)}. */
    private static boolean isHeaderValue(StringExpr value) {
        List<Part> parts = value.parts();
        if (parts.isEmpty() || !(parts.get(0) instanceof Part.Literal first)) {
            return false;
        }
        var m = HEADER_PREFIX.matcher(first.value());
        if (!m.lookingAt()) {
            return false;
        }
        String rest = first.value().substring(m.end());
        if (parts.size() == 1) {
            return rest.matches("\\S+");
        }
        boolean trailingEmpty = parts.size() == 3 && parts.get(2) instanceof Part.Literal l && l.value().isEmpty();
        return rest.isEmpty() && !(parts.get(1) instanceof Part.Literal) && (parts.size() == 2 || trailingEmpty);
    }

    /**
     * A request the header may go to, and the URL prefixes ({@code https://cliq.zoho.com/}) it is limited to
     * there: none when every URL the request can be sent to is Zoho's; else the origins of the Zoho URLs it is
     * sent to, as the request may also go where this file does not show (a field a public setter fills, a public
     * method's caller), and the header must not.
     */
    record Destination(Request request, List<String> guard) {
        Destination {
            guard = List.copyOf(guard);
        }
    }

    /**
     * The reader of an authtoken setting, removed with this file's rewrites ({@link JavaReaders}).
     */
    public static List<Fix> reader(RuleContext ctx, CodeFacts facts, TextRange read) {
        return JavaReaders.reader(ctx, facts, read);
    }

    /**
     * The request whose URL is built from {@code range}, where the header may go without reaching a host that is
     * not Zoho's: every URL the request can be sent to comes from this legacy expression, names a Zoho host or
     * carries an authtoken itself, or the header is limited to the Zoho URLs among them.
     */
    private static Optional<Destination> requestOf(CodeFacts facts, JavaShape shape, TextRange range) {
        Set<TextRange> anchors = new LinkedHashSet<>();
        Request found = null;
        for (Request r : shape.requests()) {
            if (r.uses(range)) {
                anchors.add(r.anchorRange());
                found = r;
            }
        }
        if (anchors.size() != 1 || !sharedWithZohoOnly(facts, shape, found, range)) {
            return Optional.empty();
        }
        Request request = found;
        return reach(facts, request, range).map(guard -> new Destination(request, guard));
    }

    /**
     * Whether every other request the header would reach too (the same {@code HttpHeaders} sent twice, one
     * connection variable reused) goes to Zoho as well.
     */
    private static boolean sharedWithZohoOnly(CodeFacts facts, JavaShape shape, Request request, TextRange legacy) {
        return shape.requests().stream().filter(r -> r != request && r.anchorRange().equals(request.anchorRange()))
                .allMatch(r -> reach(facts, r, legacy).filter(List::isEmpty).isPresent());
    }

    /**
     * Where the header may go on the request: everywhere (an empty guard) when every URL it can be sent to is
     * Zoho's: it comes from the legacy expression at {@code legacy} (judged by the rule that found it), names a Zoho
     * host or API path, or carries an authtoken itself; one that arrives through a parameter must come from this
     * file. Otherwise only to the origins of those Zoho URLs, checked on the String the request is given its URL in
     * right after it is made; empty when that cannot be done.
     */
    private static Optional<List<String>> reach(CodeFacts facts, Request request, TextRange legacy) {
        boolean elsewhere = request.viaParameter() && !request.privateMethod() || request.urlValues().isEmpty();
        Set<String> origins = new java.util.TreeSet<>();
        boolean unlimited = true;
        for (StringExpr value : request.urlValues()) {
            // the legacy expression holds the value or is part of it (a StringBuilder's value is its declaration
            // and its appends)
            boolean isLegacy = legacy != null && (contains(value.range(), legacy) || contains(legacy, value.range()));
            FoldedString folded = facts.fold(value);
            boolean zoho = isLegacy || UrlContext.hostBefore(folded, folded.text().length()) == UrlContext.Host.ZOHO
                    || ZohoPatterns.AUTHTOKEN_PARAM.matcher(folded.text()).find();
            if (!zoho) {
                elsewhere = true;
                continue;
            }
            var origin = ORIGIN.matcher(folded.text());
            if (origin.lookingAt() && UrlContext.hostBefore(folded, origin.end()) == UrlContext.Host.ZOHO) {
                origins.add(origin.group(1) + "/");
            } else {
                unlimited = false;
            }
        }
        if (!elsewhere) {
            return Optional.of(List.of());
        }
        boolean limitable = unlimited && !origins.isEmpty() && request.urlName() != null
                && request.anchor() == JavaShape.Anchor.AFTER_STATEMENT;
        return limitable ? Optional.of(List.copyOf(origins)) : Optional.empty();
    }

    /** The scheme and host a URL starts with, where a path follows. */
    private static final Pattern ORIGIN = Pattern.compile("\\s*(https?://[A-Za-z0-9.-]+(?::\\d+)?)(?=/)");

    /**
     * The request a body parameter is sent with: the one request its method builds, or the one request of a
     * private method of this file that the method passes its URL to ({@code post(url, params)}), where every URL
     * the others pass is Zoho's or the header is limited to them.
     */
    private static Optional<Destination> requestOfBody(CodeFacts facts, JavaShape shape, CallFact entry) {
        String container = container(facts, entry);
        if (container == null) {
            return Optional.empty();
        }
        List<Request> in = shape.requests().stream().filter(r -> r.scope().equals(entry.scope())
                && !r.viaParameter() && sends(facts, shape, r, container)).toList();
        if (in.size() == 1) {
            // it sent the token in its body to whatever URL it has: the header goes nowhere the token did not
            return sharedWithZohoOnly(facts, shape, in.get(0), null)
                    ? Optional.of(new Destination(in.get(0), List.of())) : Optional.empty();
        }
        if (in.isEmpty()) {
            // the container handed to a private method of the file with the URL: that method's request
            in = shape.requests().stream().filter(r -> r.viaParameter() && facts.calls().stream().anyMatch(c ->
                    c.scope().equals(entry.scope()) && r.scope().startsWith(typeOf(c.scope()) + "#" + c.name() + "(")
                            && c.args().stream().anyMatch(a -> r.urlSources().contains(a.range()))
                            && c.args().stream().anyMatch(a -> word(container).matcher(facts.sourceText(a.range()))
                            .find())))
                    .toList();
        }
        if (in.size() != 1 || !sharedWithZohoOnly(facts, shape, in.get(0), null)) {
            return Optional.empty();
        }
        Request request = in.get(0);
        return reach(facts, request, null).map(guard -> new Destination(request, guard));
    }

    /**
     * The variable that holds the entries ({@code form} of {@code form.add(new BasicNameValuePair(…))}, {@code
     * params} of {@code params.put(…)}, the builder of a chain), or {@code null}.
     */
    private static String container(CodeFacts facts, CallFact entry) {
        CallFact holder = entry;
        if (entry.isConstructor()) {
            holder = facts.calls().stream().filter(c -> c.args().size() == 1
                    && c.arg(0).range().equals(entry.range())).findFirst().orElse(null);
        }
        if (holder == null) {
            return null;
        }
        if (holder.receiver().matches("[A-Za-z_$][\\w$]*")) {
            return holder.receiver();
        }
        return holder.chain().startsWith("var:") ? holder.chain().substring(holder.chain().lastIndexOf(':') + 1)
                : null;
    }

    /**
     * Whether the request sends what {@code container} holds: it is the request itself ({@code
     * post.setParameter(…)}), or one statement of the method names both ({@code post.setEntity(new
     * UrlEncodedFormEntity(form))}, {@code .post(form)} in the builder chain), or the call that sends it takes it
     * ({@code postForObject(url, new HttpEntity<>(form, headers), …)}).
     */
    private static boolean sends(CodeFacts facts, JavaShape shape, Request request, String container) {
        Pattern holder = word(container);
        Pattern sender = request.variable() == null ? null : word(request.variable());
        if (container.equals(request.variable()) || request.arguments().stream()
                .anyMatch(a -> holder.matcher(facts.sourceText(a)).find())) {
            return true;
        }
        for (JavaShape.Statement statement : shape.statements()) {
            if (!statement.scope().equals(request.scope())) {
                continue;
            }
            String text = facts.sourceText(statement.range());
            boolean holdsRequest = contains(statement.range(), request.anchorRange())
                    || sender != null && sender.matcher(text).find();
            if (holdsRequest && holder.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The identifier {@code name} as a whole word of code. */
    private static Pattern word(String name) {
        return Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])");
    }

    static String typeOf(String scope) {
        int hash = scope.indexOf('#');
        return hash < 0 ? scope : scope.substring(0, hash);
    }

    private static Optional<Fix> withHeader(RuleContext ctx, CodeFacts facts, JavaShape shape, Destination to,
                                            List<TextEdit> removal, String description) {
        Request request = to.request();
        String accounts = accountsUrl(facts, List.of(request));
        return TokenProviders.use(ctx, facts, shape, accounts).flatMap(provider ->
                JavaHeaders.add(ctx, facts, shape, request, provider.headerCode(), to.guard(), removal).map(edits -> {
                    List<TextEdit> all = new ArrayList<>(provider.edits());
                    all.addAll(edits);
                    List<String> covered = new ArrayList<>(coveredConstants(ctx, facts, shape, request));
                    covered.addAll(coveredProperties(facts, shape, to));
                    return fix(description + ", from " + provider.simpleName(), all, provider).covering(covered);
                }));
    }

    /**
     * The accounts server of the one data centre the requests' URLs name, else of the hosts the file names (a base
     * URL kept in a field), or null.
     */
    private static String accountsUrl(CodeFacts facts, List<Request> requests) {
        StringBuilder urls = new StringBuilder();
        requests.forEach(r -> r.urlValues().forEach(v -> urls.append(facts.fold(v).text()).append('\n')));
        String accounts = DataCentres.accountsUrl(urls.toString());
        return accounts != null ? accounts : DataCentres.accountsUrl(facts.zohoLiterals());
    }

    private static Fix fix(String description, List<TextEdit> edits, TokenProviders.Provider provider) {
        List<TextEdit> distinct = new ArrayList<>(new LinkedHashSet<>(edits));
        return Fix.review(SettingRewrites.OAUTH_HEADER, description, distinct, provider.steps().toArray(String[]::new));
    }

    /**
     * The edit that removes the call: its whole statement where it is one ({@code form.add(new
     * BasicNameValuePair("authtoken", t));}, {@code params.put("authtoken", t);}), its link of a chain
     * ({@code .queryParam("authtoken", t)}), or an argument of a list ({@code Arrays.asList(new
     * BasicNameValuePair(…), …)}).
     */
    private static Optional<TextEdit> removeCall(RuleContext ctx, CodeFacts facts, JavaShape shape, CallFact call) {
        String text = ctx.file().text();
        Optional<JavaShape.Statement> own = shape.statementOf(call.range());
        if (own.isPresent()) {
            return own.filter(JavaShape.Statement::inBlock).map(s -> JavaEdits.deleteStatement(ctx, s.range()));
        }
        if (call.isConstructor()) {
            for (CallFact outer : facts.calls()) {
                if (outer.args().size() == 1 && outer.arg(0).range().equals(call.range())
                        && BODY_CALLS.matcher(outer.simpleName()).matches()) {
                    return shape.statementOf(outer.range()).filter(JavaShape.Statement::inBlock)
                            .map(s -> JavaEdits.deleteStatement(ctx, s.range()));
                }
            }
            return JavaEdits.listElement(ctx, text, call.range());
        }
        // a link of a chain: from the end of what it is called on to its closing parenthesis
        int dot = call.nameRange().start() - 1;
        while (dot >= 0 && Character.isWhitespace(text.charAt(dot))) {
            dot--;
        }
        if (dot < 0 || text.charAt(dot) != '.') {
            return Optional.empty();
        }
        // blanks before the link on its own line only: a line before it may end in a // comment
        int start = dot;
        while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
            start--;
        }
        int end = call.range().end();
        boolean startsLine = start == 0 || text.charAt(start - 1) == '\n' || text.charAt(start - 1) == '\r';
        int after = end;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        boolean endsLine = after == text.length() || text.charAt(after) == '\n' || text.charAt(after) == '\r';
        if (startsLine && endsLine) {
            return Optional.of(ctx.edit(new TextRange(start, io.cliqmigrate.rules.support.Lines.afterLineBreak(text, after)), ""));
        }
        // a link that starts its line keeps the line's indentation for what follows it there
        return Optional.of(startsLine ? ctx.edit(new TextRange(dot, after), "")
                : ctx.edit(new TextRange(start, end), ""));
    }


}

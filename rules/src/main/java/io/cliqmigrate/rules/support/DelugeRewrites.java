package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.Connections;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.rules.support.DelugeRequests.ArgType;
import io.cliqmigrate.rules.support.DelugeRequests.Kind;
import io.cliqmigrate.rules.support.DelugeRequests.Request;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rewrite of a Deluge request to a connection, whichever rule reports on it (the deprecated getUrl, the
 * authtoken in its URL, the scope in its map): every rule gets the same complete edits, so two fixes of one call
 * are identical and are applied once.
 */
public final class DelugeRewrites {
    /** CRM v1 and Creator v1: dead APIs no change of authentication revives (facts §3.3, §6 P10). */
    private static final Pattern DEAD_API = Pattern.compile(
            "(?i)/crm/private/|creator\\.zoho\\.[a-z.]+/api/[^/]+/(?:json|xml)/");
    private static final Pattern CLIQ_MESSAGE = Pattern.compile(
            "(?i)^https://cliq\\.zoho\\.[a-z.]+(?:/company/\\d+)?/api/v2/(channelsbyname|bots|buddies|chats)/"
                    + "([^/?#\\u0000]+)/message$");
    private static final List<String[]> SERVICES = List.of(
            new String[] {"cliq", "(?i)//cliq\\.zoho\\."},
            new String[] {"crm", "(?i)//crm\\.zoho\\.|zohoapis\\.[a-z.]+/crm/"},
            new String[] {"books", "(?i)//books\\.zoho\\.|zohoapis\\.[a-z.]+/books/"},
            new String[] {"desk", "(?i)//desk\\.zoho\\.|zohoapis\\.[a-z.]+/desk/"},
            new String[] {"creator", "(?i)//creator\\.zoho\\.|zohoapis\\.[a-z.]+/creator/"},
            new String[] {"projects", "(?i)//projects(?:api)?\\.zoho\\.|zohoapis\\.[a-z.]+/projects/"},
            new String[] {"recruit", "(?i)//recruit\\.zoho\\.|zohoapis\\.[a-z.]+/recruit/"},
            new String[] {"inventory", "(?i)//inventory\\.zoho\\.|zohoapis\\.[a-z.]+/inventory/"},
            new String[] {"invoice", "(?i)//invoice\\.zoho\\.|zohoapis\\.[a-z.]+/invoice/"},
            new String[] {"analytics", "(?i)//(?:analyticsapi|reportsapi|analytics)\\.zoho\\."},
            new String[] {"sign", "(?i)//sign\\.zoho\\."},
            new String[] {"billing", "(?i)//(?:subscriptions|billing)\\.zoho\\.|zohoapis\\.[a-z.]+/billing/"});
    private static final Pattern ASSIGNED = Pattern.compile("^\\s*[A-Za-z_]\\w*\\s*=\\s*$");
    private static final String STRATEGY = "deluge-connection";

    private DelugeRewrites() {}

    /**
     * The report context a rule uses for a Deluge file: each finding inside a request gets that request's rewrite
     * as its first fix, before the rule's own manual steps. Other files get {@code ctx} unchanged.
     */
    public static RuleContext withRequestFixes(CodeFacts facts, RuleContext ctx) {
        if (!"deluge".equals(facts.file().languageId())) {
            return ctx;
        }
        return new RuleContext() {
            @Override
            public io.cliqmigrate.core.model.SourceFile file() {
                return ctx.file();
            }

            @Override
            public void secret(TextRange value) {
                ctx.secret(value);
            }

            @Override
            public void report(TextRange range, String message, List<io.cliqmigrate.core.model.RelatedLocation> related,
                               List<Fix> fixes, java.util.Map<String, String> properties) {
                List<Fix> all = new ArrayList<>();
                Optional<Request> request = DelugeRequests.at(facts, range);
                Optional<Fix> rewrite = request.flatMap(r -> fix(facts, ctx, r));
                rewrite.ifPresent(all::add);
                all.addAll(fixes);
                ctx.report(range, message, related, all, rewrite.isEmpty() ? properties
                        : withConnection(properties, ctx, service(facts.fold(DelugeRequests.valueOf(facts,
                        request.get().url())).text())));
            }

            @Override
            public Connections.Link connection(String service) {
                return ctx.connection(service);
            }

            @Override
            public Optional<String> delugeHost() {
                return ctx.delugeHost();
            }

            @Override
            public TextEdit edit(TextRange range, String replacement) {
                return ctx.edit(range, replacement);
            }
        };
    }

    /**
     * A finding's properties with the connection its rewrite names (none without {@code ctx}) and the service's
     * scopes, for the setup manifest; unchanged when the service is not known (the rewrite then names no
     * connection).
     */
    public static java.util.Map<String, String> withConnection(java.util.Map<String, String> properties,
                                                               RuleContext ctx, String service) {
        if (service == null) {
            return properties;
        }
        java.util.Map<String, String> out = new java.util.TreeMap<>(properties);
        if (ctx != null) {
            out.putIfAbsent("proposedConnection", ctx.connection(service).name());
        }
        String scopes = Connections.scopes(service);
        if (!scopes.startsWith("the ")) {
            out.putIfAbsent("scope", scopes.replace(", ", ","));
        }
        return out;
    }

    /** The automatic fix of a request, if it has one; empty for dead APIs and forms too dynamic to rewrite. */
    public static Optional<Fix> fix(CodeFacts facts, RuleContext ctx, Request request) {
        StringExpr urlValue = DelugeRequests.valueOf(facts, request.url());
        boolean urlInline = urlValue == request.url();
        String folded = facts.fold(urlValue).text();
        if (DEAD_API.matcher(folded).find()) {
            return Optional.empty();
        }
        Optional<DelugeUrlStrip.Result> url = DelugeUrlStrip.strip(facts, urlValue);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String service = service(folded);
        if (service == null && ZohoPatterns.ZOHO_HOST.matcher(folded).find()) {
            return Optional.empty();
        }
        List<TextEdit> edits = new ArrayList<>();
        // the variables whose written values the fix cleans: their other readers change with them
        List<StringExpr> cleaned = new ArrayList<>();
        if (!urlInline && url.get().changed()) {
            edits.add(ctx.edit(urlValue.range(), url.get().text()));
            cleaned.add(request.url());
        }
        String urlSource = urlInline ? url.get().text() : facts.sourceText(request.url().range());
        if (request.kind() == Kind.INVOKEURL) {
            List<CallFact> dropped = new ArrayList<>();
            for (String key : List.of("parameters", "headers")) {
                request.entry(key).filter(e -> cleanMap(facts, ctx, request, e.arg(0), e, edits, cleaned)
                        .filter(String::isEmpty).isPresent()).ifPresent(dropped::add);
            }
            if (urlInline && url.get().changed()) {
                edits.add(ctx.edit(urlValue.range(), url.get().text()));
            }
            if (request.entry("connection").isEmpty() && service != null) {
                addConnectionKey(facts, ctx, request, service, dropped, edits);
            }
            return edits.isEmpty() ? Optional.empty()
                    : Optional.of(fix("Authenticate the invokeurl through a connection", new ArrayList<>(),
                            sharedWith(facts, request, cleaned), edits, steps(ctx, service)));
        }
        String statement = statementForm(facts, request.call());
        // a simple flag of unknown value: whether the result is text or a response map cannot be kept
        if (statement == null || request.simple() == null) {
            return Optional.empty();
        }
        String bodySource = null;
        if (request.body() != null) {
            Optional<String> body = cleanMap(facts, ctx, request, request.body(), null, edits, cleaned);
            if (body.isEmpty()) {
                return Optional.empty();
            }
            bodySource = body.get().isEmpty() ? null : body.get();
        }
        String headerSource = null;
        if (request.headers() != null) {
            Optional<String> headers = cleanMap(facts, ctx, request, request.headers(), null, edits, cleaned);
            if (headers.isEmpty()) {
                return Optional.empty();
            }
            headerSource = headers.get().isEmpty() ? null : headers.get();
        }
        Matcher cliq = CLIQ_MESSAGE.matcher(stripped(facts, urlValue, url.get()));
        if (request.kind() == Kind.POST_URL && cliq.matches() && request.headers() == null && bodySource != null
                && request.simple() && DelugeRequests.type(facts, request.body()) == ArgType.MAP) {
            return Optional.of(cliqTask(facts, ctx, request, cliq, bodySource, edits,
                    sharedWith(facts, request, cleaned)));
        }
        boolean jsonText = request.body() != null && DelugeRequests.type(facts, request.body()) == ArgType.JSON_TEXT;
        if (jsonText && headerSource != null) {
            return Optional.empty();
        }
        Connections.Link link = service == null ? null : ctx.connection(service);
        String indent = facts.indentation(request.call().range().start());
        String inner = indent + (indent.contains("\t") || indent.isEmpty() ? "\t" : "    ");
        StringBuilder block = new StringBuilder("invokeurl\n").append(indent).append("[\n");
        block.append(inner).append("url: ").append(urlSource).append('\n');
        block.append(inner).append("type: ").append(request.method()).append('\n');
        if (bodySource != null) {
            block.append(inner).append("parameters: ").append(bodySource).append('\n');
        }
        if (headerSource != null) {
            block.append(inner).append("headers: ").append(headerSource).append('\n');
        } else if (jsonText) {
            block.append(inner).append("headers: {\"Content-Type\":\"application/json\"}\n");
        }
        if (!request.simple()) {
            block.append(inner).append("detailed: true\n");
        }
        if (link != null) {
            block.append(inner).append("connection: \"").append(link.name()).append("\"\n");
        }
        block.append(indent).append(']');
        replaceNoted(facts, ctx, request.call().range(), block.toString(), link, edits);
        String description = "Rewrite " + request.call().name()
                + (request.kind() == Kind.INVOKE_URL_FUNCTION ? "(…) as an invokeurl block" : " as invokeurl")
                + (link == null ? "" : " with the connection \"" + link.name() + "\"");
        // a map body is sent form-encoded either way (facts §3.3); a bare statement's result is unused, and an
        // assigned one read only through get(…), toMap(), info or return does not notice it became a map
        boolean sameBody = !jsonText
                && (request.body() == null || DelugeRequests.type(facts, request.body()) == ArgType.MAP);
        List<String> cautions = new ArrayList<>();
        if (!statement.isBlank() && !request.simple()) {
            cautions.add("the detailed result's responseText may be parsed JSON rather than text; check how the "
                    + "script reads it");
        }
        Optional<String> textUse = statement.isBlank() || !request.simple() ? Optional.empty()
                : DelugeResultUses.notMapSafe(facts, request.call(), statement.strip().replaceFirst("\\s*=$", ""));
        if (bodySource != null && (request.method().equals("GET") || request.method().equals("DELETE"))) {
            cautions.add("whether invokeurl sends the parameters of a " + request.method() + " in the query string "
                    + "is not documented; check the request");
        }
        textUse.ifPresent(use -> cautions.add("the result is a map (parsed JSON) rather than text, and " + use
                + "; check that use"));
        if (!sameBody) {
            cautions.add(jsonText ? "check that the JSON body is sent as JSON"
                    : "a body that is not a map is sent as text/plain; check that the API accepts it");
        }
        return Optional.of(fix(description, cautions, sharedWith(facts, request, cleaned), edits,
                steps(ctx, service)));
    }

    /** Safe without cautions; otherwise {@code review}, its description saying what to check. */
    private static Fix fix(String description, List<String> cautions, Optional<String> shared, List<TextEdit> edits,
                           String[] steps) {
        shared.ifPresent(use -> cautions.add(use + ", which this fix does not rewrite: that use loses the "
                + "authtoken too, so migrate it together with this call"));
        return cautions.isEmpty() ? Fix.safe(STRATEGY, description, edits, steps)
                : Fix.review(STRATEGY, description + ": " + String.join("; ", cautions), edits, steps);
    }

    /**
     * The source to pass for a parameter or header map once its legacy entries are gone, edited in place too when
     * it is a task block's {@code entry}; a variable whose {@code put} lines or literal lost an entry is noted in
     * {@code cleaned}. {@code ""} when nothing is left in a map only the request reads: the map, its statements and
     * the block's entry go.
     */
    private static Optional<String> cleanMap(CodeFacts facts, RuleContext ctx, Request request, StringExpr map,
                                             CallFact entry, List<TextEdit> edits, List<StringExpr> cleaned) {
        Optional<List<TextEdit>> emptied = DelugeMaps.emptied(facts, ctx, request, map);
        if (emptied.isPresent()) {
            edits.addAll(emptied.get());
            if (entry != null) {
                edits.add(DelugeMaps.removeEntry(facts, ctx, entry));
            }
            return Optional.of("");
        }
        int before = edits.size();
        Optional<String> source = DelugeMaps.stripped(facts, ctx, map, edits);
        if (edits.size() > before) {
            cleaned.add(map); // only a variable's entries are edited where they are written
        }
        if (entry != null) {
            source.filter(text -> !text.equals(facts.sourceText(map.range())))
                    .ifPresent(text -> edits.add(ctx.edit(map.range(), text)));
        }
        return source;
    }

    /** The first other reader of a variable the fix cleans, if any. */
    private static Optional<String> sharedWith(CodeFacts facts, Request request, List<StringExpr> cleaned) {
        for (StringExpr value : cleaned) {
            if (value.parts().size() == 1 && value.parts().get(0) instanceof Part.Ref ref) {
                Optional<String> use = DelugeUses.elsewhere(facts, request, ref);
                if (use.isPresent()) {
                    return use;
                }
            }
        }
        return Optional.empty();
    }

    /** {@code postUrl(".../channelsbyname/sales/message?authtoken=…", m)} → {@code zoho.cliq.postToChannel}. */
    private static Fix cliqTask(CodeFacts facts, RuleContext ctx, Request request, Matcher cliq, String body,
                                List<TextEdit> edits, Optional<String> shared) {
        String task = switch (cliq.group(1).toLowerCase(Locale.ROOT)) {
            case "channelsbyname" -> "postToChannel";
            case "bots" -> "postToBot";
            case "buddies" -> "postToUser";
            default -> "postToChat";
        };
        String target = pathDecode(cliq.group(2));
        Connections.Link link = ctx.connection("cliq");
        replaceNoted(facts, ctx, request.call().range(), "zoho.cliq." + task + "(\"" + target.replace("\"", "\\\"")
                + "\", " + body + ", \"" + link.name() + "\")", link, edits);
        List<String> cautions = new ArrayList<>(List.of("the task returns a status map, not the API's text reply"));
        return fix("Post with zoho.cliq." + task + " through the connection \"" + link.name() + "\"", cautions, shared,
                edits, steps(ctx, "cliq"));
    }

    /**
     * A path segment's text: only {@code %XX} escapes are decoded, since a {@code +} in a path is a plus
     * ({@code a+b%40x.com} is the address {@code a+b@x.com}); a malformed escape stays as written.
     */
    static String pathDecode(String segment) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            int hi = i + 2 < segment.length() ? Character.digit(segment.charAt(i + 1), 16) : -1;
            int lo = hi < 0 ? -1 : Character.digit(segment.charAt(i + 2), 16);
            if (c == '%' && lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Replaces the call, with the note naming a placeholder connection on the line above; when the call starts its
     * line the note goes into the same edit, since two edits at one point would collide.
     */
    private static void replaceNoted(CodeFacts facts, RuleContext ctx, TextRange call, String text,
                                     Connections.Link link, List<TextEdit> edits) {
        if (link != null && !link.configured() && facts.lineStart(call.start()) == call.start()) {
            edits.add(ctx.edit(call, link.todo() + "\n" + text));
            return;
        }
        if (link != null) {
            DelugeEdits.todoAbove(facts, ctx, call.start(), link).ifPresent(edits::add);
        }
        edits.add(ctx.edit(call, text));
    }

    /** The URL's text after the strip, for matching its shape (variables stand as holes). */
    private static String stripped(CodeFacts facts, StringExpr value, DelugeUrlStrip.Result result) {
        if (!result.changed()) {
            return facts.fold(value).text();
        }
        String text = result.text().trim();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") && text.indexOf('"', 1) == text.length() - 1
                ? text.substring(1, text.length() - 1) : "\u0000";
    }

    /**
     * {@code connection: "…"} as the block's last key, indented and separated like its {@code url} key; after the
     * last entry the fix keeps.
     */
    private static void addConnectionKey(CodeFacts facts, RuleContext ctx, Request request, String service,
                                         List<CallFact> dropped, List<TextEdit> edits) {
        Connections.Link link = ctx.connection(service);
        CallFact urlKey = request.entry("url").orElseThrow();
        List<CallFact> kept = request.entries().stream().filter(e -> !dropped.contains(e)).toList();
        CallFact last = kept.get(kept.size() - 1);
        String separator = facts.sourceText(new TextRange(urlKey.nameRange().end(), urlKey.arg(0).range().start()));
        String entry = "connection" + (separator.isBlank() ? ": " : separator) + "\"" + link.name() + "\"";
        int close = request.call().range().end() - 1;
        boolean ownLine = facts.sourceText(new TextRange(facts.lineStart(close), close)).isBlank()
                && facts.lineStart(close) != facts.lineStart(last.range().start());
        if (ownLine) {
            int at = facts.lineStart(close);
            edits.add(ctx.edit(new TextRange(at, at), facts.indentation(urlKey.range().start()) + entry + "\n"));
        } else {
            // a dropped entry right after the last kept one on its line: the connection takes its place
            int at = last.range().end();
            Optional<TextEdit> gone = edits.stream().filter(e -> e.range().start() == at && e.range().end() > at
                    && e.replacement().isEmpty()).findFirst();
            gone.ifPresent(edits::remove);
            edits.add(ctx.edit(gone.map(TextEdit::range).orElse(new TextRange(at, at)), " " + entry));
        }
        DelugeEdits.todoAbove(facts, ctx, request.call().range().start(), link).ifPresent(edits::add);
    }

    /**
     * How the call stands: {@code ""} for a bare statement, {@code "r = "} for an assignment; {@code null} inside a
     * larger expression, where a task block cannot go.
     */
    private static String statementForm(CodeFacts facts, CallFact call) {
        int start = call.range().start();
        String before = facts.sourceText(new TextRange(facts.lineStart(start), start));
        String after = facts.sourceText(new TextRange(call.range().end(),
                Math.min(facts.file().text().length(), call.range().end() + 1)));
        if (!after.startsWith(";") && !after.isBlank()) {
            return null;
        }
        return before.isBlank() || ASSIGNED.matcher(before).matches() ? before : null;
    }

    /** The service of a Zoho URL (crm, books, cliq …), or {@code null} for another host. */
    public static String service(String url) {
        for (String[] s : SERVICES) {
            if (Pattern.compile(s[1]).matcher(url).find()) {
                return s[0];
            }
        }
        return null;
    }

    private static String[] steps(RuleContext ctx, String service) {
        if (service == null) {
            return new String[0];
        }
        Connections.Link link = ctx.connection(service);
        return link.configured() ? new String[0] : new String[] {"Create a Zoho OAuth connection named "
                + link.name() + " with the scopes " + Connections.scopes(service)};
    }
}

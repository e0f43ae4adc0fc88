package io.cliqmigrate.rules;

import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import io.cliqmigrate.core.rule.Tags;
import io.cliqmigrate.rules.support.AnswerParsings;
import io.cliqmigrate.rules.support.GeneratorAnswerReads;
import io.cliqmigrate.rules.support.Guards;
import io.cliqmigrate.rules.support.Lines;
import io.cliqmigrate.rules.support.StringMatches;
import io.cliqmigrate.rules.support.TicketLogin;
import io.cliqmigrate.rules.support.ZohoPatterns;
import java.util.List;
import java.util.regex.Pattern;

@RuleMeta(id = "authtoken-response-parsing", summary = "Code that reads the AUTHTOKEN= line of the generation response",
        severity = Severity.ERROR, tags = {Tags.LEGACY_AUTH},
        manualMinutes = 15, reviewMinutes = 0, safeMinutes = 0,
        effortAssumption = "Per parsing site: deleting the code that reads AUTHTOKEN= and RESULT= from the "
                + "generator's answer, usually beside the generation call that "
                + "authtoken-generation-endpoint counts.")
public final class AuthtokenResponseParsingRule implements Rule {
    /**
     * Where a key of the answer starts: not inside a longer name ({@code X-AUTHTOKEN=}, {@code ?authtoken=}), but
     * after a regular expression's blank, boundary or line escape ({@code /\\sAUTHTOKEN=(.*)\\s/},
     * {@code r"\\bAUTHTOKEN=(\\w+)"}), which is how the answer's lines are matched.
     */
    private static final String KEY_START = "(?:(?<![A-Za-z_?&-])|(?<=\\\\[sbnrtA]))";

    /** The generator answered with properties-style lines: {@code AUTHTOKEN=…} and {@code RESULT=TRUE}. */
    private static final Pattern RESPONSE_KEY = Pattern.compile(
            KEY_START + "(AUTHTOKEN=|RESULT=\\(?(?:TRUE|FALSE))");

    private static final Pattern AUTHTOKEN_KEY = Pattern.compile(KEY_START + "AUTHTOKEN=");
    private static final Pattern RESULT_KEY = Pattern.compile(KEY_START + "RESULT=\\(?(?:TRUE|FALSE)");
    /** The line the generator answered with instead of a token: {@code CAUSE=NO_SUCH_USER}. */
    private static final Pattern CAUSE_KEY = Pattern.compile(KEY_START + "CAUSE=");

    @Override
    public void check(CodeFacts facts, RuleContext context) {
        AnswerParsings ctx = new AnswerParsings(context);
        reads(facts, ctx);
        ctx.flush();
    }

    private static void reads(CodeFacts facts, RuleContext ctx) {
        // one finding per place: a bare "AUTHTOKEN" next to the generator call is both a key and a prefix test
        java.util.Set<io.cliqmigrate.core.model.TextRange> seen = new java.util.HashSet<>();
        // the lines cut out by position: a check of their key just below is part of the cut's finding
        java.util.List<io.cliqmigrate.core.model.TextRange> cuts = new java.util.ArrayList<>();
        if (Guards.mentionsAny(facts, "authtoken")) {
            boolean callsGenerator = has(facts, ZohoPatterns.GENERATION_ENDPOINT) || checksGeneratorCauses(facts);
            for (GeneratorAnswerReads.Read read : GeneratorAnswerReads.in(facts, callsGenerator)) {
                seen.add(read.range());
                if (read.how().equals(GeneratorAnswerReads.POSITIONAL_CUT)) {
                    cuts.add(read.range());
                }
                ctx.report(read.range(), "Reads the retired authtoken generation response: this code "
                        + read.how() + ", but the call no longer issues tokens. Remove it and read an OAuth access "
                        + "token from the token endpoint's JSON response (access_token, expires_in)", List.of(),
                        List.of(AuthtokenGenerationEndpointRule.FIX));
            }
        }
        ticketReads(facts, ctx);
        if (!Guards.mentionsExactly(facts, "AUTHTOKEN", "RESULT")) {
            return;
        }
        // AUTHTOKEN= with RESULT= or CAUSE= is the generator's answer and nothing else's
        boolean bothKeys = has(facts, AUTHTOKEN_KEY) && (has(facts, RESULT_KEY) || has(facts, CAUSE_KEY));
        // RESULT=TRUE alone is also how Zoho's remote document API answers (remotedoc.im): only in a file that
        // speaks of the authtoken is it the generator's
        boolean authtoken = Guards.mentionsAny(facts, "authtoken");
        if (has(facts, ZohoPatterns.GENERATION_ENDPOINT)) {
            reportBareKeys(facts, ctx, seen, cuts);
        }
        savedAnswer(facts, ctx);
        StringMatches.each(facts, RESPONSE_KEY, 1, v -> RESPONSE_KEY.matcher(v.text()).find(),
                // TICKET=… RESULT=TRUE is the ticket login's answer (written out in a docstring), not the generator's
                (expr, folded, m) -> !(folded.text().contains("TICKET=") && !folded.text().contains("AUTHTOKEN="))
                        && (bothKeys || facts.hasZohoContext(expr.scope())
                        && (authtoken || m.group(1).startsWith("AUTHTOKEN"))),
                (expr, folded, m, p) -> {
                    // a marker kept in a constant is reported where the answer is cut with it
                    List<io.cliqmigrate.core.model.TextRange> uses = markerCuts(facts, p.range());
                    for (io.cliqmigrate.core.model.TextRange at : uses.isEmpty() ? List.of(p.range()) : uses) {
                        ctx.report(at, "Parses the response of the retired authtoken generation call "
                                        + "('AUTHTOKEN=' / 'RESULT='): the call no longer issues tokens. Remove it and "
                                        + "read an OAuth access token from the token endpoint's JSON response "
                                        + "(access_token, expires_in)",
                                p.related(), List.of(AuthtokenGenerationEndpointRule.FIX), uses.isEmpty()
                                        ? java.util.Map.of() : java.util.Map.of(AnswerParsings.MARKER, m.group(1)));
                    }
                });
    }


    /** A call that finds or cuts by a marker: {@code r.indexOf(AUTHTOKEN)}, {@code line.split(KEY)}. */
    private static final String CUTTING_CALL = "\\b(?:indexOf|lastIndexOf|IndexOf|split|Split|startsWith|StartsWith"
            + "|substring|contains|Contains|explode|strpos|stripos|strstr|index|find|partition|replace|Replace)"
            + "\\s*\\(\\s*(?:[\\w$.]+\\s*,\\s*)?";

    /**
     * The places this file cuts the answer with the constant whose declared value holds {@code marker}
     * ({@code private static final String authenticationToken = "AUTHTOKEN=";} and then
     * {@code r.substring(r.indexOf(authenticationToken) + …)}), the first of each parsing (uses within a parsing's
     * reach of the one before); none when the marker is not a constant's, the constant is not used so here, or a use
     * is near the declaration (the marker is then part of that parsing, reported where it is set).
     */
    private static List<io.cliqmigrate.core.model.TextRange> markerCuts(CodeFacts facts,
                                                                      io.cliqmigrate.core.model.TextRange marker) {
        Binding constant = null;
        for (Binding binding : facts.bindings()) {
            if (binding.value() != null && binding.value().range().contains(marker)) {
                constant = binding;
            }
        }
        if (constant == null) {
            return List.of();
        }
        String name = constant.name().substring(constant.name().lastIndexOf('.') + 1);
        if (!name.matches("[A-Za-z_$][\\w$]*")) {
            return List.of();
        }
        java.util.regex.Matcher use = Pattern.compile(CUTTING_CALL + "(?:\\$?this\\s*(?:\\.|->)\\s*|self\\.|"
                + "\\w+::)?\\$?(" + Pattern.quote(name.replace("$", "")) + ")(?![\\w$])").matcher(facts.file().text());
        List<io.cliqmigrate.core.model.TextRange> cuts = new java.util.ArrayList<>();
        int declared = facts.file().lines().line(marker.start());
        int lastCut = -AnswerParsings.SAME_PARSING_LINES - 1;
        while (use.find()) {
            if (Lines.inComment(facts, use.start(1))) {
                continue;
            }
            int line = facts.file().lines().line(use.start(1));
            // a marker set near its cut (var mark = 'AUTHTOKEN=';) is part of that parsing, reported where it is set
            if (Math.abs(line - declared) <= AnswerParsings.SAME_PARSING_LINES) {
                return List.of();
            }
            // one parsing, one finding: its first cut (indexOf, then substring of the same line or the next)
            if (cuts.isEmpty() || line - lastCut > AnswerParsings.SAME_PARSING_LINES) {
                cuts.add(new io.cliqmigrate.core.model.TextRange(use.start(1), use.end(1)));
            }
            lastCut = line;
        }
        return cuts;
    }

    /**
     * In a file that asks Zoho's ticket login for a ticket, the reads of its answer's {@code TICKET} line
     * ({@code resp['TICKET']}, {@code line.start_with?('TICKET=')}): the scheme before the authtoken, retired with it.
     */
    private static void ticketReads(CodeFacts facts, RuleContext ctx) {
        if (!Guards.mentionsExactly(facts, "TICKET") || !TicketLogin.called(facts)) {
            return;
        }
        for (var expr : facts.strings()) {
            for (var part : expr.parts()) {
                String value = part instanceof io.cliqmigrate.core.code.Part.Literal literal ? literal.value() : null;
                if ("TICKET".equals(value) || "TICKET=".equals(value)) {
                    ctx.report(part.range(), "Reads the TICKET line of Zoho's ticket login answer: the "
                            + "API-key-and-ticket scheme came before the authtoken and is retired with it. Remove it "
                            + "and read an OAuth access token from the token endpoint's JSON response (access_token, "
                            + "expires_in)", List.of(), List.of(AuthtokenGenerationEndpointRule.FIX));
                }
            }
        }
    }

    /**
     * The app's own store, up to a key: {@code chrome.storage.local.get(}, {@code .set({},
     * {@code localStorage.setItem(}, {@code AsyncStorage.getItem(}, Android's {@code getString(}/{@code putString(}.
     */
    private static final Pattern STORAGE_CALL = Pattern.compile("(?:storage(?:\\.\\w+)?\\.(?:get|set|remove)"
            + "|(?:local|session|Async)Storage\\.(?:getItem|setItem|removeItem)|\\b(?:get|put)String)\\s*\\(\\s*\\{?\\s*$");
    /** The result a store hands its callback: {@code get("AUTHTOKEN", function(i) {…})}, group 1 the name. */
    private static final Pattern STORE_CALLBACK = Pattern.compile("^\\s*,\\s*(?:function\\s*)?\\(\\s*(\\w+)\\s*\\)");
    /** A store's read of the token's key: {@code chrome.storage.local.get("AUTHTOKEN"}. */
    private static final Pattern STORED_TOKEN_READ = Pattern.compile(
            "storage(?:\\.\\w+)?\\.get\\s*\\(\\s*(['\"])AUTHTOKEN\\1");
    /** How many lines below a store's read its callback may take the key from its result. */
    private static final int CALLBACK_LINES = 5;

    /**
     * Whether the literal at {@code at} is the key the app keeps the token under in its own store (a browser
     * extension's {@code chrome.storage}, {@code localStorage}), or that key read from what the store handed back:
     * the token saved, not the generator's answer parsed.
     */
    private static boolean storedUnderKey(String text, int at) {
        int lineStart = Math.max(Lines.startOf(text, at), at - 200);
        if (STORAGE_CALL.matcher(text.substring(lineStart, at)).find()) {
            return true;
        }
        // i["AUTHTOKEN"] where a few lines above chrome.storage.local.get("AUTHTOKEN", function(i) {
        int from = lineStart;
        for (int n = 0; n < CALLBACK_LINES && from > 0; n++) {
            from = Lines.startAbove(text, from);
        }
        java.util.regex.Matcher read = STORED_TOKEN_READ.matcher(text.substring(from, at));
        while (read.find()) {
            java.util.regex.Matcher callback = STORE_CALLBACK.matcher(text.substring(from + read.end(), at));
            if (callback.find() && Pattern.compile("\\b" + Pattern.quote(callback.group(1)) + "\\s*\\[\\s*$")
                    .matcher(text.substring(Math.max(from, at - 40), at)).find()) {
                return true;
            }
        }
        return false;
    }

    /** Next to the generator call, the bare keys read from its answer: {@code getProperty("AUTHTOKEN")}. */
    private static void reportBareKeys(CodeFacts facts, RuleContext ctx,
                                       java.util.Set<io.cliqmigrate.core.model.TextRange> seen,
                                       List<io.cliqmigrate.core.model.TextRange> cuts) {
        String text = facts.file().text();
        for (var expr : facts.strings()) {
            for (var part : expr.parts()) {
                String value = part instanceof io.cliqmigrate.core.code.Part.Literal literal ? literal.value() : null;
                if ("AUTHTOKEN".equals(value) && storedUnderKey(text, part.range().start())) {
                    continue;
                }
                if (("AUTHTOKEN".equals(value) || "RESULT".equals(value))
                        && seen.stream().noneMatch(r -> r.start() < part.range().end()
                        && part.range().start() < r.end())
                        && !("AUTHTOKEN".equals(value)
                        && cuts.stream().anyMatch(c -> checksTheLineJustCut(facts, c, part.range())))) {
                    ctx.report(part.range(), "Reads the '" + value + "' key of the retired authtoken generation "
                            + "response: the call no longer issues tokens. Remove it and read an OAuth access token "
                            + "from the token endpoint's JSON response (access_token, expires_in)", List.of(),
                            List.of(AuthtokenGenerationEndpointRule.FIX));
                }
            }
        }
    }

    /**
     * {@code strcmp($authToken['0'], "AUTHTOKEN")} right after {@code $authToken = explode("=", $lines['2'])}: the
     * check of the line just cut out by position belongs to that read, one finding for both.
     */
    private static boolean checksTheLineJustCut(CodeFacts facts, io.cliqmigrate.core.model.TextRange read,
                                                io.cliqmigrate.core.model.TextRange key) {
        var lines = facts.file().lines();
        int distance = lines.line(key.start()) - lines.line(read.start());
        return key.start() >= read.end() && distance <= 2;
    }

    /**
     * The generator's answer kept as a file ({@code AUTHTOKEN=…} next to {@code RESULT=TRUE}, a test fixture or a
     * cache read back later): its AUTHTOKEN line is reported, as the code that reads it is.
     */
    private static void savedAnswer(CodeFacts facts, RuleContext ctx) {
        boolean answer = "text".equals(facts.file().languageId()) || facts.bindings().stream().anyMatch(b ->
                b.kind() == Binding.Kind.CONFIG_KEY && b.name().equals("RESULT") && b.value() != null
                        && RESULT_VALUE.matcher(String.valueOf(b.value().literalValue())).matches());
        if (!answer) {
            return;
        }
        for (Binding binding : facts.bindings()) {
            if (binding.kind() == Binding.Kind.CONFIG_KEY && binding.name().equals("AUTHTOKEN")) {
                ctx.report(binding.nameRange(), "A saved answer of the retired authtoken generator ('AUTHTOKEN=' "
                        + "with 'RESULT='): the call no longer issues tokens, so whatever reads this answer works "
                        + "with a dead token. Delete it with the code that reads it, and read an OAuth access token "
                        + "from the token endpoint's JSON response instead", List.of(),
                        List.of(AuthtokenGenerationEndpointRule.FIX));
            }
        }
    }

    /**
     * A file that checks the generator's failure causes ({@code NO_SUCH_USER}, {@code INVALID_PASSWORD},
     * {@code EXCEEDED_MAXIMUM_ALLOWED_AUTHTOKENS}) in code that talks to Zoho handles its answer, though the request
     * is made elsewhere ({@code $client->generateZohoTokenForApiRequests($username, $password)}).
     */
    private static boolean checksGeneratorCauses(CodeFacts facts) {
        return Guards.mentionsExactly(facts, "NO_SUCH_USER", "EXCEEDED_MAXIMUM_ALLOWED_AUTHTOKENS")
                && facts.strings().stream().flatMap(e -> e.parts().stream())
                        .anyMatch(p -> p instanceof io.cliqmigrate.core.code.Part.Literal literal
                                && GENERATOR_CAUSE.matcher(literal.value()).matches())
                && facts.hasZohoContext("");
    }

    private static final Pattern GENERATOR_CAUSE = Pattern.compile(
            "NO_SUCH_USER|EXCEEDED_MAXIMUM_ALLOWED_AUTHTOKENS");

    private static final Pattern RESULT_VALUE = Pattern.compile("\\(?(?:TRUE|FALSE)\\)?");

    private static boolean has(CodeFacts facts, Pattern pattern) {
        return facts.strings().stream().anyMatch(e -> pattern.matcher(facts.fold(e).text()).find());
    }
}

package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arguments handed to a function of the same file whose parameter it sends as the authtoken: in
 * {@code fun photo(oAuthToken: String) { … "Zoho-authtoken $oAuthToken" … }}, the argument of
 * {@code photo("<32 hex>")} is the token. The reader keeps no link from a parameter to its callers, so both are
 * found in the source: the parameters named right after {@code Zoho-authtoken } or {@code authtoken=}, the functions
 * that declare them, and those functions' calls.
 */
public final class TokenParameters {
    /** A legacy marker at the end of a literal, the token's value coming next. */
    private static final Pattern MARKER = Pattern.compile("(?i)(?:zoho-authtoken\\s+|[?&]auth_?token=)$");
    /** {@code $token}, {@code ${token}}, {@code #{token}}, {@code {$token}}, {@code token}: the identifier alone. */
    private static final Pattern INTERPOLATED = Pattern.compile("^[$#]?\\{?\\s*\\$?([A-Za-z_]\\w*)\\s*}?$");
    /** {@code fun name(…)}, {@code def name(…)}, {@code function name(…)}, {@code func name(…)}. */
    private static final Pattern DECLARATION = Pattern.compile(
            "\\b(?:fun|def|function|func|sub)\\s+([A-Za-z_]\\w*)\\s*\\(([^()]*)\\)");
    /** A Java- or C#-like method: {@code Bitmap photo(String token) {}; not {@code if (token) {} and its kin. */
    private static final Pattern METHOD = Pattern.compile(
            "\\b(?!(?:if|while|for|foreach|switch|catch|function|return|using|lock|synchronized)\\b)([A-Za-z_]\\w*)"
                    + "\\s*\\(([^()]*)\\)\\s*(?:throws\\s[^{;]*)?\\{");
    /** A name this short ({@code t} in a minified bundle) names nothing to follow. */
    private static final int SHORTEST_NAME = 3;

    private TokenParameters() {}

    /** The source of each argument passed where a function of this file takes the token it sends. */
    public static List<TextRange> arguments(CodeFacts facts) {
        Set<String> names = sentNames(facts);
        List<TextRange> found = new ArrayList<>();
        if (names.isEmpty()) {
            return found;
        }
        String text = facts.file().text();
        // each function that takes the token, with the position of that parameter and where it is declared
        java.util.Map<String, Integer> positions = new java.util.HashMap<>();
        Set<Integer> declarations = new java.util.HashSet<>();
        for (Pattern declaration : List.of(DECLARATION, METHOD)) {
            Matcher m = declaration.matcher(text);
            while (m.find()) {
                int at = parameterIndex(m.group(2), names);
                if (at >= 0 && !Lines.inComment(facts, m.start())) {
                    positions.putIfAbsent(m.group(1), at);
                    declarations.add(m.start(1));
                }
            }
        }
        if (positions.isEmpty()) {
            return found;
        }
        // their calls, in one pass over the file
        StringBuilder alternatives = new StringBuilder();
        positions.keySet().stream().sorted().forEach(n -> alternatives.append(alternatives.isEmpty() ? "" : "|")
                .append(Pattern.quote(n)));
        Matcher call = Pattern.compile("(?<![\\w$])(" + alternatives + ")\\s*\\(").matcher(text);
        while (call.find()) {
            if (!declarations.contains(call.start(1)) && !Lines.inComment(facts, call.start())) {
                CallArguments.at(text, call.end(), positions.get(call.group(1))).ifPresent(found::add);
            }
        }
        return found;
    }

    /**
     * The identifiers a legacy header or query takes its token from: {@code token} of
     * {@code "Zoho-authtoken " + token} or {@code "…?authtoken=$token"}.
     */
    public static Set<String> sentNames(CodeFacts facts) {
        return facts.answer("tokenParameters.sentNames", TokenParameters::findSentNames);
    }

    private static Set<String> findSentNames(CodeFacts facts) {
        Set<String> names = new LinkedHashSet<>();
        if (!Guards.mentionsAuthtoken(facts)) {
            return names; // both markers say authtoken
        }
        for (StringExpr expr : facts.strings()) {
            List<Part> parts = expr.parts();
            for (int i = 0; i + 1 < parts.size(); i++) {
                if (parts.get(i) instanceof Part.Literal literal && MARKER.matcher(literal.value()).find()) {
                    Part next = parts.get(i + 1);
                    String written = next instanceof Part.Hole hole ? hole.text()
                            : next instanceof Part.Ref ref ? ref.text() : null;
                    Matcher name = written == null ? null : INTERPOLATED.matcher(written.strip());
                    if (name != null && name.matches() && name.group(1).length() >= SHORTEST_NAME) {
                        names.add(name.group(1));
                    }
                }
            }
        }
        // fmt.Sprintf("?authtoken=%s&…", token, …), sprintf, String.format read lexically: the argument at the verb
        for (io.cliqmigrate.core.code.CallFact call : facts.calls()) {
            String template = call.args().isEmpty() || !PRINTF.matcher(call.simpleName()).matches() ? null
                    : call.arg(0).literalValue();
            Matcher verb = template == null ? null : PRINTF_TOKEN.matcher(template);
            if (verb == null || !verb.find()) {
                continue;
            }
            int index = 1 + (int) PRINTF_VERB.matcher(template.substring(0, verb.start(1))).results().count();
            if (index < call.args().size()) {
                Matcher name = INTERPOLATED.matcher(facts.file().slice(call.arg(index).range()).strip());
                if (name.matches() && name.group(1).length() >= SHORTEST_NAME) {
                    names.add(name.group(1));
                }
            }
        }
        return names;
    }

    private static final Pattern PRINTF = Pattern.compile("(?i)s?n?printf|format");
    /** The verb the token fills: {@code authtoken=%s}. */
    private static final Pattern PRINTF_TOKEN = Pattern.compile("(?i)(?:zoho-authtoken\\s+|[?&]auth_?token=)(%[sv])");
    /** A formatting verb, not an escaped percent sign. */
    private static final Pattern PRINTF_VERB = Pattern.compile("%(?!%)[-+# 0-9.]*[a-zA-Z]");

    private static final Pattern WORD = Pattern.compile("[A-Za-z_]\\w*");
    private static final Pattern LEADING_NAME = Pattern.compile("^\\s*\\$?([A-Za-z_]\\w*)");

    /**
     * The position of the parameter named like one of {@code names}, or -1: Kotlin, Python, PHP and JavaScript
     * write the name first ({@code token: String}, {@code $token = ''}), Java and C# last ({@code String token}).
     */
    private static int parameterIndex(String parameters, Set<String> names) {
        String[] each = parameters.split(",");
        for (int i = 0; i < each.length; i++) {
            Matcher word = WORD.matcher(each[i].split("[:=]")[0]);
            String last = null;
            while (word.find()) {
                last = word.group();
            }
            Matcher first = LEADING_NAME.matcher(each[i]);
            if (last != null && names.contains(last) || first.find() && names.contains(first.group(1))) {
                return i;
            }
        }
        return -1;
    }
}

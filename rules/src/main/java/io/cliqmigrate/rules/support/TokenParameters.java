package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
    /** A Java- or C#-like method: {@code Bitmap photo(String token) {}. */
    private static final Pattern METHOD = Pattern.compile(
            "\\b([A-Za-z_]\\w*)\\s*\\(([^()]*)\\)\\s*(?:throws\\s[^{;]*)?\\{");

    private TokenParameters() {}

    /** The source of each argument passed where a function of this file takes the token it sends. */
    public static List<TextRange> arguments(CodeFacts facts) {
        Set<String> names = sentNames(facts);
        List<TextRange> found = new ArrayList<>();
        if (names.isEmpty()) {
            return found;
        }
        String text = facts.file().text();
        for (Pattern declaration : List.of(DECLARATION, METHOD)) {
            Matcher m = declaration.matcher(text);
            while (m.find()) {
                int at = parameterIndex(m.group(2), names);
                if (at >= 0 && !Lines.inComment(facts, m.start())) {
                    calls(facts, m.group(1), m.start(), at, found);
                }
            }
        }
        return found;
    }

    /** The identifiers a legacy header or query takes its token from. */
    private static Set<String> sentNames(CodeFacts facts) {
        Set<String> names = new LinkedHashSet<>();
        for (StringExpr expr : facts.strings()) {
            List<Part> parts = expr.parts();
            for (int i = 0; i + 1 < parts.size(); i++) {
                if (parts.get(i) instanceof Part.Literal literal && MARKER.matcher(literal.value()).find()) {
                    Part next = parts.get(i + 1);
                    String written = next instanceof Part.Hole hole ? hole.text()
                            : next instanceof Part.Ref ref ? ref.text() : null;
                    Matcher name = written == null ? null : INTERPOLATED.matcher(written.strip());
                    if (name != null && name.matches()) {
                        names.add(name.group(1));
                    }
                }
            }
        }
        return names;
    }

    /** The position of the parameter named like one of {@code names}, or -1. */
    private static int parameterIndex(String parameters, Set<String> names) {
        String[] each = parameters.split(",");
        for (int i = 0; i < each.length; i++) {
            Matcher word = Pattern.compile("[A-Za-z_]\\w*").matcher(each[i].split("[:=]")[0]);
            String last = null;
            while (word.find()) {
                last = word.group();
            }
            // Kotlin, Python, PHP, JavaScript name first (token: String); Java and C# last (String token)
            Matcher first = Pattern.compile("^\\s*\\$?([A-Za-z_]\\w*)").matcher(each[i]);
            String firstName = first.find() ? first.group(1) : null;
            if (last != null && names.contains(last) || firstName != null && names.contains(firstName)
                    && !firstName.toLowerCase(Locale.ROOT).equals("string")) {
                return i;
            }
        }
        return -1;
    }

    /** The argument at {@code index} of each call of {@code function} outside its own declaration. */
    private static void calls(CodeFacts facts, String function, int declaredAt, int index, List<TextRange> found) {
        String text = facts.file().text();
        Matcher call = Pattern.compile("(?<![\\w$])" + Pattern.quote(function) + "\\s*\\(").matcher(text);
        while (call.find()) {
            if (call.start() == text.indexOf(function, declaredAt) || Lines.inComment(facts, call.start())) {
                continue;
            }
            CallArguments.at(text, call.end(), index).ifPresent(found::add);
        }
    }
}

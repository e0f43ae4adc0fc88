package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Constant;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Removes the legacy entries of a Deluge parameter or header map: {@code "authtoken"}, {@code "scope"} with an
 * authtoken-era value, and an {@code Authorization} of the {@code Zoho-authtoken} scheme; as {@code m.put(…);}
 * statements (the whole line goes) and as entries of a map literal (with their comma).
 */
public final class DelugeMaps {
    private static final java.util.regex.Pattern EMPTY_MAP = java.util.regex.Pattern.compile("(?i)\\s*(?:\\{\\s*\\}|map\\(\\s*\\))\\s*");
    private DelugeMaps() {}

    /**
     * The source to pass for {@code expr} once its legacy entries are gone: a variable stays itself (its
     * {@code put} lines and literal are cleaned by added edits), an inline map literal is returned cleaned. Empty
     * when an entry cannot be removed on its own.
     */
    public static Optional<String> stripped(CodeFacts facts, RuleContext ctx, StringExpr expr, List<TextEdit> edits) {
        Optional<String> variable = DelugeRequests.variable(expr);
        if (variable.isPresent()) {
            for (CallFact put : DelugeRequests.puts(facts, variable.get(), expr.range().start())) {
                if (legacy(facts, put.arg(0), put.arg(1))) {
                    Optional<TextRange> line = wholeLine(facts, put.range());
                    if (line.isEmpty()) {
                        return Optional.empty();
                    }
                    edits.add(ctx.edit(line.get(), ""));
                }
            }
            Part.Ref ref = (Part.Ref) expr.parts().get(0);
            Optional<Constant> local = DelugeRequests.local(facts, ref);
            if (local.isPresent() && isLiteral(facts, local.get().value())) {
                StringExpr value = local.get().value();
                Optional<String> cleaned = cleanLiteral(facts.sourceText(value.range()));
                if (cleaned.isEmpty()) {
                    return Optional.empty();
                }
                if (!cleaned.get().equals(facts.sourceText(value.range()))) {
                    edits.add(ctx.edit(value.range(), cleaned.get()));
                }
            }
            return Optional.of(variable.get());
        }
        String source = facts.sourceText(expr.range());
        return isLiteral(facts, expr) ? cleanLiteral(source) : Optional.of(source);
    }

    private static boolean isLiteral(CodeFacts facts, StringExpr expr) {
        return expr.parts().size() == 1 && expr.parts().get(0) instanceof Part.Hole
                && facts.sourceText(expr.range()).trim().startsWith("{");
    }

    private static boolean legacy(CodeFacts facts, StringExpr key, StringExpr value) {
        return legacy(Calls.knownText(facts, key), facts.fold(value).text());
    }

    private static boolean legacy(String key, String value) {
        if (key == null) {
            return false;
        }
        String k = key.trim().toLowerCase(Locale.ROOT);
        return Calls.isAuthtokenKey(k)
                || k.equals("scope") && (ZohoPatterns.LEGACY_SCOPE_VALUE.matcher(value.trim()).matches()
                        // the full form the rule reports too: ZohoCRM/crmapi, ZohoCliq/InternalAPI
                        || ZohoPatterns.LEGACY_SCOPE.matcher(value.trim()).matches())
                || k.equals("authorization") && value.trim().toLowerCase(Locale.ROOT).startsWith("zoho-authtoken");
    }

    /**
     * The edits that drop the map of a request when nothing is left in it once its legacy entries are gone, and
     * the request is all that reads it: a variable's assignment and {@code put} lines go with it. Empty when the
     * map keeps an entry, was empty as written, is read elsewhere, or a statement does not stand alone on its line.
     */
    static Optional<List<TextEdit>> emptied(CodeFacts facts, RuleContext ctx, DelugeRequests.Request request,
                                            StringExpr expr) {
        Optional<String> variable = DelugeRequests.variable(expr);
        if (variable.isEmpty()) {
            String source = facts.sourceText(expr.range());
            return isLiteral(facts, expr) && !EMPTY_MAP.matcher(source).matches()
                    && cleanLiteral(source).filter(t -> EMPTY_MAP.matcher(t).matches()).isPresent()
                    ? Optional.of(List.of()) : Optional.empty();
        }
        Part.Ref ref = (Part.Ref) expr.parts().get(0);
        Optional<Constant> local = DelugeRequests.local(facts, ref);
        if (local.isEmpty() || DelugeUses.elsewhere(facts, request, ref).isPresent()) {
            return Optional.empty();
        }
        String declared = facts.sourceText(local.get().value().range()).trim();
        boolean literal = isLiteral(facts, local.get().value());
        List<CallFact> puts = DelugeRequests.puts(facts, variable.get(), expr.range().start());
        boolean startsEmpty = EMPTY_MAP.matcher(declared).matches()
                || literal && cleanLiteral(declared).filter(t -> EMPTY_MAP.matcher(t).matches()).isPresent();
        boolean lostEntries = !puts.isEmpty() || literal && !EMPTY_MAP.matcher(declared).matches();
        if (!startsEmpty || !lostEntries || !puts.stream().allMatch(p -> legacy(facts, p.arg(0), p.arg(1)))) {
            return Optional.empty();
        }
        List<TextEdit> edits = new ArrayList<>();
        List<TextRange> statements = new ArrayList<>(List.of(new TextRange(local.get().declaration().start(),
                local.get().value().range().end())));
        puts.forEach(p -> statements.add(p.range()));
        for (TextRange statement : statements) {
            Optional<TextRange> line = wholeLine(facts, statement);
            if (line.isEmpty()) {
                return Optional.empty();
            }
            edits.add(ctx.edit(line.get(), ""));
        }
        return Optional.of(edits);
    }

    /**
     * The edit that removes a task block's entry ({@code parameters: m}): its whole line, or in a block written on
     * one line the entry and the blanks before it.
     */
    static TextEdit removeEntry(CodeFacts facts, RuleContext ctx, CallFact entry) {
        Optional<TextRange> line = wholeLine(facts, entry.range());
        if (line.isPresent()) {
            return ctx.edit(line.get(), "");
        }
        int start = entry.range().start();
        while (start > 0 && facts.sourceText(new TextRange(start - 1, start)).isBlank()) {
            start--;
        }
        return ctx.edit(new TextRange(start, entry.range().end()), "");
    }

    /** The statement's whole line, line break included, when the statement is alone on it. */
    private static Optional<TextRange> wholeLine(CodeFacts facts, TextRange statement) {
        int start = facts.lineStart(statement.start());
        if (!facts.sourceText(new TextRange(start, statement.start())).isBlank()) {
            return Optional.empty();
        }
        String text = facts.file().text();
        int end = statement.end();
        if (end < text.length() && text.charAt(end) == ';') {
            end++;
        }
        int lineOfEnd = facts.lineStart(end);
        for (int p = end; p <= Math.min(text.length(), end + 16); p++) {
            if (facts.lineStart(p) != lineOfEnd) {
                int next = facts.lineStart(p);
                return facts.sourceText(new TextRange(end, next)).isBlank() ? Optional.of(new TextRange(start, next))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * A map literal {@code {"a":1, "authtoken":t}} without its legacy entries; empty when it cannot be split into
     * entries.
     */
    static Optional<String> cleanLiteral(String literal) {
        String trimmed = literal.trim();
        if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) {
            return Optional.empty();
        }
        List<int[]> entries = new ArrayList<>();
        int depth = 0;
        int start = 1;
        boolean quoted = false;
        String inner = trimmed.substring(0, trimmed.length() - 1);
        for (int i = 1; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '{' || c == '[' || c == '(') {
                depth++;
            } else if (c == '}' || c == ']' || c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                entries.add(new int[] {start, i});
                start = i + 1;
            }
        }
        entries.add(new int[] {start, inner.length()});
        boolean[] drop = new boolean[entries.size()];
        boolean any = false;
        for (int e = 0; e < entries.size(); e++) {
            String entry = inner.substring(entries.get(e)[0], entries.get(e)[1]);
            int colon = keyEnd(entry);
            if (colon > 0) {
                String key = entry.substring(0, colon).trim();
                String value = entry.substring(colon + 1).trim();
                if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")
                        && legacy(key.substring(1, key.length() - 1), unquote(value))) {
                    drop[e] = true;
                    any = true;
                }
            }
        }
        if (!any) {
            return Optional.of(literal);
        }
        StringBuilder out = new StringBuilder(literal.substring(0, literal.indexOf('{') + 1));
        boolean first = true;
        for (int e = 0; e < entries.size(); e++) {
            if (drop[e]) {
                continue;
            }
            String entry = inner.substring(entries.get(e)[0], entries.get(e)[1]);
            out.append(first ? entry.stripLeading() : "," + entry);
            first = false;
        }
        int close = literal.lastIndexOf('}');
        return Optional.of(out + literal.substring(close));
    }

    /** The colon after an entry's quoted key. */
    private static int keyEnd(String entry) {
        String t = entry.stripLeading();
        int offset = entry.length() - t.length();
        if (!t.startsWith("\"")) {
            return -1;
        }
        int close = t.indexOf('"', 1);
        int colon = close < 0 ? -1 : t.indexOf(':', close);
        return colon < 0 ? -1 : colon + offset;
    }

    private static String unquote(String value) {
        return value.startsWith("\"") ? value.substring(1, Math.max(1, value.indexOf('"', 1))) : value;
    }
}

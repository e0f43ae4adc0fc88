package io.cliqmigrate.rules.support.java;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.SourceOffsets;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.rules.support.DelugeUrlStrip;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Removes {@code authtoken=…} and authtoken-era {@code scope=…api} parameters from a Java URL expression with the
 * smallest edits, so the code keeps its layout: characters cut out of the literals that write them, an operand
 * that goes with its {@code +}, a {@code String.format} slot with its argument. {@code "…/message?authtoken=" +
 * token} becomes {@code "…/message"}; {@code String.format("…?authtoken=%s&x=%d", token, x)} becomes {@code
 * String.format("…?x=%d", x)}.
 */
public final class JavaUrlStrip {
    /** What may stand between two operands of a concatenation. */
    private static final Pattern PLUS = Pattern.compile("[\\s+]*\\+[\\s+]*");
    /** A slot of a format string, {@code %%} and {@code %n} included (they take no argument). */
    private static final Pattern SLOT = Pattern.compile("%(?:\\d+\\$)?[-#+ 0,(]*\\d*(?:\\.\\d+)?[a-zA-Z%]");
    /** A statement that appends to a builder variable. */
    private static final Pattern APPEND_STATEMENT = Pattern.compile("[\\w$]+\\s*\\.\\s*append\\s*\\(");
    /** A URI template variable. */
    private static final Pattern VARIABLE = Pattern.compile("\\{[^{}\\u0000]*}");
    /** What stands between two arguments of a {@code StringBuilder} chain. */
    private static final Pattern APPEND = Pattern.compile("\\s*\\)\\s*\\.\\s*append\\s*\\(\\s*");

    private JavaUrlStrip() {}

    /**
     * The edits, and the format slots ({@code %s}, by their order in the text) that they remove from a URL that is
     * itself a format string, whose arguments must then go too.
     */
    public record Strip(List<TextEdit> edits, List<Integer> removedSlots, List<Integer> removedVariables) {}

    /**
     * The edits, none when nothing is to be removed; empty when the expression cannot be edited safely. A URL
     * whose removed text holds format slots is not edited here: see {@link #withSlots}.
     */
    public static Optional<List<TextEdit>> edits(RuleContext ctx, CodeFacts facts, StringExpr url) {
        return withSlots(ctx, facts, url).filter(s -> s.removedSlots().isEmpty()).map(Strip::edits);
    }

    /** The edits and the format slots they remove; empty when the expression cannot be edited safely. */
    public static Optional<Strip> withSlots(RuleContext ctx, CodeFacts facts, StringExpr url) {
        List<Part> parts = url.parts();
        Optional<boolean[]> mask = DelugeUrlStrip.removed(parts);
        if (mask.isEmpty() || mask.get().length == 0) {
            return mask.map(m -> new Strip(List.of(), List.of(), List.of()));
        }
        boolean[] removed = mask.get();
        Optional<List<Integer>> slots = removedSlots(DelugeUrlStrip.virtual(parts), removed);
        if (slots.isEmpty()) {
            return Optional.empty();
        }
        String text = ctx.file().text();
        List<TextEdit> edits = new ArrayList<>();
        boolean[] gone = new boolean[parts.size()];
        int pos = 0;
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            if (!(part instanceof Part.Literal literal)) {
                gone[i] = removed[pos++];
                continue;
            }
            int length = literal.value().length();
            SourceOffsets offsets = offsets(text, literal);
            if (offsets == null) {
                return Optional.empty();
            }
            int count = 0;
            for (int k = 0; k < length; k++) {
                count += removed[pos + k] ? 1 : 0;
            }
            if (count == length && length > 0 && operand(parts, i)) {
                gone[i] = true;
            } else {
                for (int k = 0; k < length; ) {
                    if (!removed[pos + k]) {
                        k++;
                        continue;
                    }
                    int run = k;
                    while (k < length && removed[pos + k]) {
                        k++;
                    }
                    edits.add(ctx.edit(offsets.range(run, k), ""));
                }
            }
            pos += length;
        }
        for (int i = 0; i < parts.size(); i++) {
            if (!gone[i]) {
                continue;
            }
            int j = i;
            while (j + 1 < parts.size() && gone[j + 1]) {
                j++;
            }
            Optional<List<TextEdit>> removal = removeOperands(ctx, facts, text, parts, i, j);
            if (removal.isEmpty()) {
                return Optional.empty();
            }
            edits.addAll(removal.get());
            i = j;
        }
        Optional<List<Integer>> variables = removedVariables(DelugeUrlStrip.virtual(parts), removed);
        return variables.map(v -> new Strip(edits, slots.get(), v));
    }

    /**
     * The order numbers of the URI template variables ({@code {token}} of {@code "…&authtoken={token}"}) the removal
     * cuts out; empty when it cuts one only in part or a name comes twice (its values are given by order).
     */
    private static Optional<List<Integer>> removedVariables(String virtual, boolean[] removed) {
        List<Integer> out = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.regex.Matcher m = VARIABLE.matcher(virtual);
        int ordinal = 0;
        while (m.find()) {
            int cut = 0;
            for (int k = m.start(); k < m.end(); k++) {
                cut += removed[k] ? 1 : 0;
            }
            if (cut > 0 && cut < m.end() - m.start() || !names.add(m.group())) {
                return Optional.empty();
            }
            if (cut > 0) {
                out.add(ordinal);
            }
            ordinal++;
        }
        return Optional.of(out);
    }

    /**
     * The order numbers of the {@code String.format} slots ({@code %s}, {@code %d}; not {@code %%} or {@code %n})
     * that the removal cuts out of the text; empty when it cuts one only in part, or the text numbers its slots
     * ({@code %1$s}): its arguments could not be matched.
     */
    private static Optional<List<Integer>> removedSlots(String virtual, boolean[] removed) {
        List<Integer> slots = new ArrayList<>();
        java.util.regex.Matcher m = SLOT.matcher(virtual);
        int ordinal = 0;
        while (m.find()) {
            if (m.group().equals("%%") || m.group().equals("%n")) {
                continue;
            }
            int cut = 0;
            for (int k = m.start(); k < m.end(); k++) {
                cut += removed[k] ? 1 : 0;
            }
            if (cut > 0 && (cut < m.end() - m.start() || m.group().contains("$"))) {
                return Optional.empty();
            }
            if (cut > 0) {
                slots.add(ordinal);
            }
            ordinal++;
        }
        return Optional.of(slots);
    }

    /**
     * Removes parts {@code from}..{@code to}: operands of a concatenation with the {@code +} before them (after
     * them at the start), or a format argument with its slot and comma.
     */
    private static Optional<List<TextEdit>> removeOperands(RuleContext ctx, CodeFacts facts, String text,
                                                           List<Part> parts, int from, int to) {
        Part first = parts.get(from);
        Part last = parts.get(to);
        if (from == to && formatSlot(parts, from)) {
            Part.Literal before = (Part.Literal) parts.get(from - 1);
            Part.Literal after = (Part.Literal) parts.get(from + 1);
            int slotStart = before.value().isEmpty() ? before.range().start() + 1
                    : offsets(text, before).end(before.value().length() - 1);
            int slotEnd = after.value().isEmpty() ? after.range().end() - 1 : offsets(text, after).start(0);
            if (!text.substring(slotStart, slotEnd).matches("%[-#+ 0,(\\d.$]*[a-zA-Z]")) {
                return Optional.empty();
            }
            int comma = first.range().start() - 1;
            while (comma >= 0 && Character.isWhitespace(text.charAt(comma))) {
                comma--;
            }
            if (comma < 0 || text.charAt(comma) != ',') {
                return Optional.empty();
            }
            return Optional.of(List.of(ctx.edit(new TextRange(slotStart, slotEnd), ""),
                    ctx.edit(new TextRange(comma, first.range().end()), "")));
        }
        Optional<List<TextEdit>> links = appendLinks(ctx, text, parts, from, to);
        if (links.isPresent()) {
            return links;
        }
        Optional<List<TextEdit>> statements = appendStatements(ctx, facts, text, parts, from, to);
        if (statements.isPresent()) {
            return statements;
        }
        // the operands go with the + before them, or at the start with the + after them
        int lo = from > 0 ? from - 1 : from;
        int hi = from > 0 ? to : to + 1;
        if (hi >= parts.size()) {
            return Optional.empty();
        }
        for (int k = lo; k < hi; k++) {
            if (!between(text, parts.get(k), parts.get(k + 1))) {
                return Optional.empty();
            }
        }
        TextRange gone = from > 0 ? new TextRange(parts.get(from - 1).range().end(), last.range().end())
                : new TextRange(first.range().start(), parts.get(to + 1).range().start());
        if (from > 0 && to + 1 < parts.size() && quoted(text, parts.get(from - 1)) && quoted(text, parts.get(to + 1))
                && between(text, last, parts.get(to + 1))) {
            // "…?authtoken=" + t + "&x=1" → "…?x=1": the literals on both sides become one
            gone = new TextRange(parts.get(from - 1).range().end() - 1, parts.get(to + 1).range().start() + 1);
        }
        return Optional.of(List.of(ctx.edit(gone, "")));
    }

    /**
     * Parts {@code from}..{@code to} that are each the argument of a {@code StringBuilder} link ({@code
     * .append("authtoken=").append(token)}): the links go, from the parenthesis that closes the one before.
     */
    private static Optional<List<TextEdit>> appendLinks(RuleContext ctx, String text, List<Part> parts, int from,
                                                        int to) {
        if (from == 0) {
            return Optional.empty();
        }
        for (int k = from; k <= to; k++) {
            int a = parts.get(k - 1).range().end();
            int b = parts.get(k).range().start();
            if (a > b || !APPEND.matcher(text.substring(a, b)).matches()) {
                return Optional.empty();
            }
        }
        int start = closing(text, parts.get(from - 1).range().end());
        int end = closing(text, parts.get(to).range().end());
        return start < 0 || end < 0 ? Optional.empty()
                : Optional.of(List.of(ctx.edit(new TextRange(start + 1, end + 1), "")));
    }

    /**
     * Parts {@code from}..{@code to} that are all a local {@code StringBuilder}'s appends of whole statements
     * ({@code url.append("&authtoken=").append(token);}): the statements go.
     */
    private static Optional<List<TextEdit>> appendStatements(RuleContext ctx, CodeFacts facts, String text,
                                                             List<Part> parts, int from, int to) {
        Optional<io.cliqmigrate.core.code.JavaShape> shape = facts.java();
        if (shape.isEmpty()) {
            return Optional.empty();
        }
        java.util.Set<io.cliqmigrate.core.code.JavaShape.Statement> statements = new java.util.LinkedHashSet<>();
        for (int k = from; k <= to; k++) {
            Optional<io.cliqmigrate.core.code.JavaShape.Statement> around = shape.get().statementAround(
                    parts.get(k).range());
            if (around.isEmpty() || !around.get().inBlock() || !APPEND_STATEMENT.matcher(text.substring(
                    around.get().range().start(),
                    around.get().range().end())).lookingAt()) {
                return Optional.empty();
            }
            statements.add(around.get());
        }
        for (int k = 0; k < parts.size(); k++) {
            TextRange r = parts.get(k).range();
            boolean inside = statements.stream().anyMatch(s -> s.range().start() <= r.start()
                    && r.end() <= s.range().end());
            if (inside && (k < from || k > to)) {
                return Optional.empty();
            }
        }
        return Optional.of(statements.stream().map(s -> JavaEdits.deleteStatement(ctx, s.range())).toList());
    }

    /** The closing parenthesis right after {@code from}, blanks aside; -1 when something else is there. */
    private static int closing(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ')' ? i : -1;
    }

    /** Whether two parts are operands joined by {@code +} (blanks and line breaks aside). */
    private static boolean between(String text, Part left, Part right) {
        int a = left.range().end();
        int b = right.range().start();
        return a <= b && PLUS.matcher(text.substring(a, b)).matches();
    }

    /** A plain one-line string literal written as an operand of its own. */
    private static boolean quoted(String text, Part part) {
        if (!(part instanceof Part.Literal)) {
            return false;
        }
        String source = text.substring(part.range().start(), part.range().end());
        return source.length() >= 2 && source.startsWith("\"") && source.endsWith("\"") && !source.startsWith("\"\"\"");
    }

    /** A literal is an operand of its own, not a piece cut from a format string around a slot. */
    private static boolean operand(List<Part> parts, int index) {
        TextRange range = parts.get(index).range();
        for (int k = 0; k < parts.size(); k++) {
            if (k != index && parts.get(k).range().equals(range)) {
                return false;
            }
        }
        return true;
    }

    /** A part between two pieces of one format literal: an argument filling a {@code %s}. */
    private static boolean formatSlot(List<Part> parts, int index) {
        return index > 0 && index + 1 < parts.size() && parts.get(index - 1) instanceof Part.Literal before
                && parts.get(index + 1) instanceof Part.Literal after && before.range().equals(after.range())
                && !parts.get(index).range().equals(before.range());
    }

    /** Where each character of the literal's value is written; a plain literal's are right after its quote. */
    private static SourceOffsets offsets(String text, Part.Literal literal) {
        if (literal.offsets() != null) {
            return literal.offsets();
        }
        TextRange r = literal.range();
        String source = text.substring(r.start(), r.end());
        return source.equals("\"" + literal.value() + "\"") ? SourceOffsets.verbatim(r.start() + 1,
                literal.value().length()) : null;
    }
}

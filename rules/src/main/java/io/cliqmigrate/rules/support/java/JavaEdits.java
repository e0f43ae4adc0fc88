package io.cliqmigrate.rules.support.java;

import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Deletions in Java source that leave it tidy: an element of a list with its comma, a statement with its line (and
 * one of the blank lines around a block it ends), deletions side by side on a line as one.
 */
final class JavaEdits {
    private JavaEdits() {}

    /**
     * An element of a list with others ({@code new NameValuePair[] {new NameValuePair("authtoken", t), …}}, {@code
     * Arrays.asList(…)}): it goes with the comma after it, or for the last one the comma before it.
     */
    static Optional<TextEdit> listElement(RuleContext ctx, String text, TextRange element) {
        return listElement(ctx, text, element, false);
    }

    /** {@code sole}: the element may be the only one of its list, which is then left empty ({@code f()}). */
    static Optional<TextEdit> listElement(RuleContext ctx, String text, TextRange element, boolean sole) {
        int before = element.start() - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        int after = element.end();
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        if (before < 0 || after >= text.length()) {
            return Optional.empty();
        }
        char open = text.charAt(before);
        char next = text.charAt(after);
        if (next == ',' && (open == ',' || open == '{' || open == '(')) {
            int end = after + 1;
            while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
                end++;
            }
            return Optional.of(ctx.edit(new TextRange(element.start(), end), ""));
        }
        if (open == ',' && (next == '}' || next == ')')) {
            return Optional.of(ctx.edit(new TextRange(before, element.end()), ""));
        }
        if (sole && open == '(' && next == ')') {
            // the only element: the list is left empty
            return Optional.of(ctx.edit(new TextRange(before + 1, after), ""));
        }
        return Optional.empty();
    }

    /** The statement, with its line when nothing else is on it. */
    static TextEdit deleteStatement(RuleContext ctx, TextRange statement) {
        String text = ctx.file().text();
        Optional<TextRange> line = io.cliqmigrate.rules.support.Lines.alone(text, statement.start(), statement.end());
        if (line.isEmpty()) {
            return ctx.edit(statement, "");
        }
        int start = line.get().start();
        int end = line.get().end();
        // a block between two blank lines takes one of them along
        if (blankLineBefore(text, start)) {
            int next = end;
            while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                next++;
            }
            if (next < text.length() && (text.charAt(next) == '\n' || text.charAt(next) == '\r')) {
                end = io.cliqmigrate.rules.support.Lines.afterLineBreak(text, next);
            }
        }
        return ctx.edit(new TextRange(start, end), "");
    }

    /**
     * Deletions next to each other on a line ({@code a(); b();} both removed) as one, and a line they leave blank
     * removed with its line break, so no line of blanks stays behind.
     */
    static List<TextEdit> joinDeletions(RuleContext ctx, List<TextEdit> edits) {
        String text = ctx.file().text();
        List<TextEdit> deletions = new ArrayList<>(edits.stream().filter(e -> e.replacement().isEmpty()
                && e.range().length() > 0).sorted(java.util.Comparator.comparingInt(e -> e.range().start())).toList());
        if (deletions.size() < 2) {
            return edits;
        }
        List<TextEdit> out = new ArrayList<>(edits);
        out.removeAll(deletions);
        TextRange current = null;
        List<TextRange> joined = new ArrayList<>();
        for (TextEdit d : deletions) {
            if (current != null && text.substring(current.end(), Math.max(current.end(), d.range().start()))
                    .isBlank() && text.substring(current.end(), Math.max(current.end(), d.range().start()))
                    .indexOf('\n') < 0 && d.range().start() >= current.end()) {
                current = new TextRange(current.start(), Math.max(current.end(), d.range().end()));
            } else {
                if (current != null) {
                    joined.add(current);
                }
                current = d.range();
            }
        }
        joined.add(current);
        for (TextRange range : joined) {
            // a deletion that takes its line break along already took its line
            boolean endsLine = text.charAt(range.end() - 1) == '\n' || text.charAt(range.end() - 1) == '\r';
            out.add(ctx.edit(endsLine ? range : io.cliqmigrate.rules.support.Lines.alone(text, range.start(),
                    range.end()).orElse(range), ""));
        }
        return out;
    }

    /** Whether the line before the one starting at {@code lineStart} holds only blanks. */
    private static boolean blankLineBefore(String text, int lineStart) {
        int i = lineStart - 1;
        if (i >= 0 && text.charAt(i) == '\n') {
            i--;
        }
        if (i >= 0 && text.charAt(i) == '\r') {
            i--;
        }
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i >= 0 && (text.charAt(i) == '\n' || text.charAt(i) == '\r');
    }
}

package io.cliqmigrate.core.lang.java;

import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.SourceOffsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What {@code java.text.MessageFormat} makes of a pattern: {@code {n}}, {@code {n,number}} and
 * {@code {n,number,#}} are argument n; a placeholder of another type ({@code {n,date}}, {@code {n,choice,…}}) is a
 * value not known statically; text between single quotes is literal and {@code ''} is one quote. A piece of the
 * pattern that is not literal text (a constant from elsewhere) is kept as it is.
 */
final class MessagePatterns {
    private MessagePatterns() {}

    /**
     * The pattern with its placeholders replaced. {@code args} holds each argument's parts, or is {@code null}
     * when the arguments are not known (an {@code Object[]} variable); {@code used} receives the indexes taken.
     */
    static List<Part> fold(List<Part> pattern, List<List<Part>> args, Set<Integer> used) {
        List<Part> out = new ArrayList<>();
        boolean quoted = false;
        for (Part part : pattern) {
            if (part instanceof Part.Literal literal) {
                quoted = foldLiteral(literal, args, used, quoted, out);
            } else {
                out.add(part);
            }
        }
        return out;
    }

    /** Folds one literal piece of the pattern; returns whether a quoted section is still open at its end. */
    private static boolean foldLiteral(Part.Literal literal, List<List<Part>> args, Set<Integer> used,
                                       boolean quoted, List<Part> out) {
        String text = literal.value();
        Chunks chunks = new Chunks(literal, out);
        boolean inQuote = quoted;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                chunks.keepUpTo(i);
                chunks.keep('\'', i, i + 2); // one quote, written as two
                chunks.skipTo(i + 2);
                i += 2;
            } else if (c == '\'') {
                inQuote = !inQuote;
                chunks.keepUpTo(i);
                chunks.skipTo(i + 1);
                i++;
            } else if (c == '{' && !inQuote) {
                int close = closing(text, i);
                chunks.keepUpTo(i);
                chunks.flush();
                if (close < 0) {
                    // MessageFormat rejects an unmatched brace; what follows is not known text
                    out.add(new Part.Hole(text.substring(i), literal.range()));
                    return inQuote;
                }
                out.addAll(argument(text.substring(i + 1, close), args, used, literal));
                chunks.skipTo(close + 1);
                i = close + 1;
            } else {
                i++;
            }
        }
        chunks.keepUpTo(text.length());
        chunks.flush();
        return inQuote;
    }

    private static List<Part> argument(String placeholder, List<List<Part>> args, Set<Integer> used,
                                       Part.Literal literal) {
        String[] fields = placeholder.split(",", 3);
        String index = fields[0].trim();
        String type = fields.length > 1 ? fields[1].trim().toLowerCase(Locale.ROOT) : "";
        if (args == null || index.isEmpty() || !index.chars().allMatch(Character::isDigit) || index.length() > 4
                || !type.isEmpty() && !type.equals("number")) {
            return List.of(new Part.Hole("{" + placeholder + "}", literal.range()));
        }
        int n = Integer.parseInt(index);
        if (n >= args.size()) {
            // MessageFormat writes a missing argument's placeholder as {n}
            return List.of(new Part.Literal("{" + n + "}", literal.range()));
        }
        used.add(n);
        return args.get(n);
    }

    /** The brace closing the one at {@code open} (choice subformats nest braces), or -1. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The text of the literal the output keeps between two placeholders, as one piece whose characters keep the
     * source of what they stand for ({@code ''} is one quote), so a match in it can still be traced to its place.
     */
    private static final class Chunks {
        private final Part.Literal literal;
        private final List<Part> out;
        private final SourceOffsets.Builder piece = new SourceOffsets.Builder();
        private int start;

        Chunks(Part.Literal literal, List<Part> out) {
            this.literal = literal;
            this.out = out;
        }

        /** Keeps the literal's characters from where the last kept or skipped text ended up to {@code end}. */
        void keepUpTo(int end) {
            for (int i = start; i < end; i++) {
                keep(literal.value().charAt(i), i, i + 1);
            }
            start = Math.max(start, end);
        }

        /** Keeps {@code c}, which the literal's characters [{@code from}, {@code to}) stand for. */
        void keep(char c, int from, int to) {
            piece.addFrom(c, literal.offsets(), from, to);
        }

        void skipTo(int next) {
            start = next;
        }

        void flush() {
            if (!piece.isEmpty()) {
                out.add(new Part.Literal(piece.value(), literal.range(), literal.offsets() == null ? null
                        : piece.offsets()));
                piece.clear();
            }
        }
    }
}

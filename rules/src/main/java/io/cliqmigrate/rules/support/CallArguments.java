package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.model.TextRange;
import java.util.Optional;

/**
 * A call's arguments read from the source text, for calls the language adapters record with fewer arguments than
 * they have (the lexical reader keeps a call's first two): the argument at a position, string literals and nested
 * brackets skipped over.
 */
public final class CallArguments {
    private CallArguments() {}

    /** The sources of the call's first {@code max} arguments (fewer when it has fewer), as {@link #at} gives each. */
    public static java.util.List<TextRange> first(String text, int open, int max) {
        java.util.List<TextRange> arguments = new java.util.ArrayList<>();
        for (int n = 0; n < max; n++) {
            Optional<TextRange> argument = at(text, open, n);
            if (argument.isEmpty()) {
                break;
            }
            arguments.add(argument.get());
        }
        return arguments;
    }

    /**
     * The source of the argument at {@code index} of the call whose opening parenthesis ends just before
     * {@code open}, without the blanks around it, when the call has one.
     */
    public static Optional<TextRange> at(String text, int open, int index) {
        int depth = 0;
        char quote = 0;
        int from = open;
        int at = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == ',' || c == ')')) {
                if (at == index) {
                    String arg = text.substring(from, i);
                    int start = from + (arg.length() - arg.stripLeading().length());
                    int end = i - (arg.length() - arg.stripTrailing().length());
                    return start < end ? Optional.of(new TextRange(start, end)) : Optional.empty();
                }
                if (c == ')') {
                    return Optional.empty();
                }
                at++;
                from = i + 1;
            }
        }
        return Optional.empty();
    }

    /** The inside of an argument written as one string literal ({@code "secret"}, {@code 'secret'}); empty otherwise. */
    public static Optional<TextRange> literalInside(String text, TextRange argument) {
        String written = text.substring(argument.start(), argument.end());
        boolean quoted = written.length() > 2 && (written.charAt(0) == '"' || written.charAt(0) == '\'')
                && written.charAt(written.length() - 1) == written.charAt(0);
        return quoted ? Optional.of(new TextRange(argument.start() + 1, argument.end() - 1)) : Optional.empty();
    }
}

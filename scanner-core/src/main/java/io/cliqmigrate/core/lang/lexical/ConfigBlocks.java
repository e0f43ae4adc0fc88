package io.cliqmigrate.core.lang.lexical;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The named blocks of a configuration DSL ({@code environments { production { zoho { authtoken = '…' } } }}), so a
 * setting is named with its blocks ({@code environments.production.zoho.authtoken}) and {@code slack { token = … }}
 * is not taken for a Zoho token in a file that also configures Zoho.
 */
final class ConfigBlocks {
    private final Deque<String> names = new ArrayDeque<>();

    /** Opens or closes the block at {@code i} (a brace); returns the prefix of the names now open. */
    String enter(String text, int i) {
        if (text.charAt(i) == '}') {
            if (!names.isEmpty()) {
                names.pop();
            }
        } else {
            names.push(nameBefore(text, i));
        }
        StringBuilder prefix = new StringBuilder();
        names.descendingIterator().forEachRemaining(n -> {
            if (!n.isEmpty()) {
                prefix.append(n).append('.');
            }
        });
        return prefix.toString();
    }

    /** {@code slack} in {@code slack {}; "" for a method body ({@code foo() {}) or a closure after an operator. */
    private static String nameBefore(String text, int brace) {
        int end = brace;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }
}

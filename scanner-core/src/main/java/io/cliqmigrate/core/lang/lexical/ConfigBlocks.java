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
            names.push(ObjectLiterals.nameBefore(text, i)); // "" for a method body: foo() {
        }
        StringBuilder prefix = new StringBuilder();
        names.descendingIterator().forEachRemaining(n -> {
            if (!n.isEmpty()) {
                prefix.append(n).append('.');
            }
        });
        return prefix.toString();
    }
}

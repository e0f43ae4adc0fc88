package io.cliqmigrate.core.lang.lexical;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The named blocks of a configuration DSL ({@code environments { production { zoho { authtoken = '…' } } }}, and
 * Terraform's labelled ones, {@code variable "zoho_authtoken" { default = "…" }}), so a
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
            String label = quotedLabelBefore(text, i);
            names.push(label != null ? label : ObjectLiterals.nameBefore(text, i)); // "" for a method body: foo() {
        }
        StringBuilder prefix = new StringBuilder();
        names.descendingIterator().forEachRemaining(n -> {
            if (!n.isEmpty()) {
                prefix.append(n).append('.');
            }
        });
        return prefix.toString();
    }

    /** Terraform's block labels: {@code variable "zoho_authtoken" {} is the block {@code zoho_authtoken}. */
    private static String quotedLabelBefore(String text, int brace) {
        int end = brace - 1;
        while (end >= 0 && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end--;
        }
        if (end < 1 || text.charAt(end) != '"') {
            return null;
        }
        int start = text.lastIndexOf('"', end - 1);
        String label = start < 0 ? "" : text.substring(start + 1, end);
        return label.matches("[\\w.-]{1,80}") ? label : null;
    }
}

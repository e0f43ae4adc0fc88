package io.cliqmigrate.core.lang.config;

import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Environment variables written as list items: {@code - ZOHO_AUTHTOKEN=…} under Travis {@code env}, docker-compose
 * {@code environment}, GitLab and Kubernetes lists. Each {@code NAME=value} of such an item is a setting of its own
 * ({@code env.global[0].ZOHO_AUTHTOKEN}), as it is in the map form ({@code environment: {NAME: value}}), so rules
 * read the variable's name. Travis puts several on one item ({@code - A=1 B=2}); docker-compose keeps the rest of
 * the line as the value ({@code - GREETING=hello world}).
 */
final class EnvListItems {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=");
    /** The next variable of the same item: whitespace, then {@code NAME=}. */
    private static final Pattern NEXT = Pattern.compile("\\s+(?=[A-Za-z_][A-Za-z0-9_]*=)");

    private EnvListItems() {}

    /** One variable: where its name and its value are in the file. */
    record Variable(String name, TextRange nameRange, String value, TextRange valueRange) {}

    /**
     * The variables of a list item whose value is written out as read ({@code written} is the item's text in the
     * file, quotes included, starting at {@code offset}); empty when the item is not {@code NAME=value …} or its
     * text holds escapes, so positions could not be exact.
     */
    static List<Variable> of(String value, String written, int offset) {
        int start = written.startsWith("\"") || written.startsWith("'") ? 1 : 0;
        if (!NAME.matcher(value).lookingAt() || !written.startsWith(value, start)) {
            return List.of();
        }
        int base = offset + start;
        List<Variable> variables = new ArrayList<>();
        int at = 0;
        while (at < value.length()) {
            Matcher name = NAME.matcher(value).region(at, value.length());
            if (!name.lookingAt()) {
                return List.of();
            }
            int valueStart = name.end();
            Matcher next = NEXT.matcher(value).region(valueStart, value.length());
            int valueEnd = next.find() && !value.substring(valueStart, next.start()).isEmpty() ? next.start()
                    : value.stripTrailing().length();
            variables.add(new Variable(value.substring(at, name.end() - 1),
                    new TextRange(base + at, base + name.end() - 1), value.substring(valueStart, valueEnd),
                    new TextRange(base + valueStart, base + valueEnd)));
            at = valueEnd;
            while (at < value.length() && Character.isWhitespace(value.charAt(at))) {
                at++;
            }
        }
        return variables;
    }
}
